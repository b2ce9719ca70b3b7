#include "output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "ap_style.h"
#include "input.h"

namespace bargain::cli {

int report(const Diagnostic& d) {
    std::cerr << "bargain: " << d.located() << '\n';
    return kBadInput;
}

int report(const std::string& message) { return report(Diagnostic{"", 0, 0, message}); }

int report_all(const std::vector<Diagnostic>& problems) {
    size_t shown = std::min(problems.size(), kMaxReportedProblems);
    for (size_t i = 0; i < shown; ++i) report(problems[i]);
    if (size_t more = problems.size() - shown; more > 0)
        report(with_commas(static_cast<long long>(more)) + (more == 1 ? " more problem" : " more problems") +
               " not shown; fix the first " + std::to_string(shown) + " and run again");
    return kBadInput;
}

bool write_all(int fd, std::string_view content) {
    const char* p = content.data();
    size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n == 0) errno = EIO;
        if (n <= 0) return false;
        p += n;
        left -= static_cast<size_t>(n);
    }
    return true;
}

HoldSignals::HoldSignals() {
    sigset_t hold;
    ::sigemptyset(&hold);
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) ::sigaddset(&hold, s);
    ::sigprocmask(SIG_BLOCK, &hold, &before_);
}

HoldSignals::~HoldSignals() { ::sigprocmask(SIG_SETMASK, &before_, nullptr); }

int write_output(const std::string& path, const std::string& content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        std::cout.flush();
        if (!std::cout) return report("cannot write to standard output");
        return kSuccess;
    }
    std::string temp = path + ".XXXXXX";
    HoldSignals hold;
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return report(Diagnostic{path, 0, 0, std::string("cannot write: ") + std::strerror(errno)});
    // mkstemp makes the file 0600; a report is as readable as any new file.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    bool ok = write_all(fd, content) && ::fsync(fd) == 0;
    int saved = errno;
    ok = (::close(fd) == 0) && ok;
    if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
        if (ok) saved = errno;
        ::unlink(temp.c_str());
        return report(Diagnostic{path, 0, 0, std::string("cannot write: ") + std::strerror(saved)});
    }
    return kSuccess;
}

namespace {

// The same file: by device and inode when both exist (links and other
// spellings of a path included), else by their normal form.
bool same_file(const std::string& a, const std::string& b) {
    struct stat sa, sb;
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    auto normal = [](const std::string& path) {
        std::error_code ignored;
        return std::filesystem::weakly_canonical(std::filesystem::absolute(path, ignored), ignored);
    };
    return normal(a) == normal(b);
}

bool is_stdio(const std::string& path) { return path.empty() || path == "-"; }

}  // namespace

int refuse_overwriting(const std::vector<OutputFile>& outputs, const std::vector<std::string>& inputs) {
    for (size_t i = 0; i < outputs.size(); ++i) {
        const OutputFile& out = outputs[i];
        if (is_stdio(out.path)) continue;
        for (const std::string& in : inputs)
            if (!is_stdio(in) && same_file(out.path, in))
                return report(Diagnostic{out.path, 0, 0,
                                         out.option + " names a file this run reads; writing it would replace it. "
                                                      "Nothing was written"});
        for (size_t j = 0; j < i; ++j)
            if (!is_stdio(outputs[j].path) && same_file(out.path, outputs[j].path))
                return report(Diagnostic{out.path, 0, 0,
                                         outputs[j].option + " and " + out.option +
                                             " name the same file; one would replace the other. Nothing was written"});
    }
    return kSuccess;
}

std::optional<LoadedCampaign> load_campaign_or_report(const std::string& path) {
    auto in = Input::open(path);
    if (!in) {
        report(in.error());
        return std::nullopt;
    }
    LoadedCampaign loaded{(*in)->name(), load_and_check(**in)};
    if (loaded.checked.problems.empty()) return loaded;
    report_all(loaded.checked.problems);
    return std::nullopt;
}

bool option_date(const std::string& option, const std::string& text, std::optional<Date>* out) {
    if (text.empty()) return true;
    std::string why;
    *out = parse_date(text, &why);
    if (*out) return true;
    report(option + ": '" + text + "': " + why);
    return false;
}

}  // namespace bargain::cli
