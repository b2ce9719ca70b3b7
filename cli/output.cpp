#include "output.h"

#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "io/input.h"
#include "text/ap_style.h"

namespace bargain::cli {

namespace {

// Colour only for a person at a terminal, and never when NO_COLOR is set
// (whatever its value): logs and pipes get the same plain text.
bool colour_on_stderr() {
    static const bool colour = ::isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr;
    return colour;
}

}  // namespace

int report(const Diagnostic& d) {
    std::cerr << "bargain: " << d.shown(colour_on_stderr());
    return kBadInput;
}

int report(const std::string& message) { return report(Diagnostic{"", 0, 0, message}); }

void report_warning(const Diagnostic& d) {
    Diagnostic shown = d;
    shown.message = "warning: " + d.message;
    std::cerr << "bargain: " << shown.shown(colour_on_stderr());
}

int report_all(const std::vector<Diagnostic>& problems) {
    // One more is shown rather than summed up: "1 more problem not shown"
    // takes the same line, and a reader's "stopped reading after 100
    // problems" is always a file's 101st.
    size_t shown = problems.size() <= kMaxReportedProblems + 1 ? problems.size() : kMaxReportedProblems;
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

namespace {

std::string cannot_write(int error) { return std::string("cannot write: ") + std::strerror(error); }

int write_stdout(const std::string& content) {
    // Through the descriptor, not std::cout, so a full disk or a closed
    // pipe is reported with its reason rather than as a bare failure.
    std::cout.flush();
    if (!write_all(STDOUT_FILENO, content))
        return report(std::string("cannot write to standard output: ") + std::strerror(errno));
    return kSuccess;
}

// Where a chain of symbolic links ends: the path itself when it is not a
// link, else the last link's target (which may not exist yet), each
// relative target read from its link's directory. Empty, with errno set,
// after as many links as the kernel follows (a loop).
std::string final_target(std::string path) {
    namespace fs = std::filesystem;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st;
        if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
        std::error_code error;
        fs::path target = fs::read_symlink(path, error);
        if (error) {
            errno = error.value();
            return "";
        }
        path = target.is_absolute() ? target.string() : (fs::path(path).parent_path() / target).string();
    }
    errno = ELOOP;
    return "";
}

// A device or a FIFO: written as it is, in place. Renaming a new
// file over it would replace the device node or the FIFO (and, run as
// root, /dev/null with a regular file), and a reader at the other end of
// a FIFO would never see a byte. Signals are not held: opening a FIFO
// waits for its reader, and nothing is left behind to clean up.
int write_in_place(const std::string& path, const std::string& content) {
    int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return report(Diagnostic{path, 0, 0, cannot_write(errno)});
    bool ok = write_all(fd, content);
    int saved = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (!ok) return report(Diagnostic{path, 0, 0, cannot_write(saved)});
    return kSuccess;
}

// A regular file, new or old: a temporary file beside it, synced, then
// renamed over it, so the old file stays whole until the new one is.
int write_atomically(const std::string& shown, const std::string& target, const std::string& content) {
    std::string temp = target + ".XXXXXX";
    HoldSignals hold;
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return report(Diagnostic{shown, 0, 0, cannot_write(errno)});
    // mkstemp makes the file 0600; a report is as readable as any new file.
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    bool ok = write_all(fd, content) && ::fsync(fd) == 0;
    int saved = errno;
    ok = (::close(fd) == 0) && ok;
    if (!ok || ::rename(temp.c_str(), target.c_str()) != 0) {
        if (ok) saved = errno;
        ::unlink(temp.c_str());
        return report(Diagnostic{shown, 0, 0, cannot_write(saved)});
    }
    return kSuccess;
}

bool same_inode(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

}  // namespace

int write_output(const std::string& path, const std::string& content) {
    if (path.empty() || path == "-") return write_stdout(content);
    struct stat st, out;
    bool exists = ::stat(path.c_str(), &st) == 0;
    // /dev/stdout, /proc/self/fd/1, or any other name for where standard
    // output already goes: written as standard output is, at its place.
    if (exists && ::fstat(STDOUT_FILENO, &out) == 0 && same_inode(st, out)) return write_stdout(content);
    if (exists && S_ISDIR(st.st_mode)) return report(Diagnostic{path, 0, 0, cannot_write(EISDIR)});
    // open() fails on a socket with "No such device or address", which
    // says nothing to someone who named one.
    if (exists && S_ISSOCK(st.st_mode))
        return report(Diagnostic{path, 0, 0, "cannot write: this is a socket, not a file"});
    if (exists && !S_ISREG(st.st_mode)) return write_in_place(path, content);
    // A symbolic link keeps pointing where it did: its target is replaced.
    std::string target = final_target(path);
    if (target.empty()) return report(Diagnostic{path, 0, 0, cannot_write(errno)});
    return write_atomically(path, target, content);
}

namespace {

// The same file: by device and inode when both exist (links and other
// spellings of a path included), else by their normal form. A character
// device (a terminal, /dev/null) holds nothing an output could replace, so
// `tally /dev/stdin -o /dev/stdout` at a terminal is not refused.
bool same_file(const std::string& a, const std::string& b) {
    struct stat sa, sb;
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return same_inode(sa, sb) && !S_ISCHR(sa.st_mode);
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
    LoadedCampaign loaded{(*in)->name(), load_and_check(**in), {}};
    loaded.text = (*in)->kept();
    if (loaded.checked.problems.empty()) return loaded;
    report_all(loaded.checked.problems);
    return std::nullopt;
}

Date today_in(const Zone& zone) {
    auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return std::chrono::floor<std::chrono::days>(zone.to_wall(Seconds(now)));
}

bool calendar_stamp_from_environment(Seconds fallback, Seconds* out) {
    *out = fallback;
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch) return true;
    std::string why;
    auto stamp = parse_epoch_seconds(epoch, &why);
    if (!stamp) {
        report(std::string("SOURCE_DATE_EPOCH: '") + epoch + "': " + why);
        return false;
    }
    *out = *stamp;
    return true;
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
