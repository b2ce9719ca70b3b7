// bargain init DIR: writes a campaign repository a team can start from.
//
// It never overwrites anything, and it is all or nothing: every target is
// checked before the first byte is written, each file is created with
// O_EXCL (so one that appears meanwhile is not replaced either), and if any
// write fails, what was written and the directories made for it are
// removed again. A team's existing campaign must never be clobbered by a
// command meant for starting a new one.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>

#include "campaign/scaffold.h"
#include "commands.h"
#include "output.h"

namespace bargain::cli {

namespace {

namespace fs = std::filesystem;

// The file, created new: false (errno set) when it exists or cannot be written.
bool create_new(const fs::path& path, std::string_view content) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) return false;
    if (!write_all(fd, content)) {
        int saved = errno;
        ::close(fd);
        errno = saved;
        return false;
    }
    return ::close(fd) == 0;
}

// What stands in the way of writing `files` into `dir`, one message each.
std::vector<Diagnostic> obstacles(const fs::path& dir, const std::vector<ScaffoldFile>& files) {
    std::vector<Diagnostic> out;
    std::error_code ec;
    auto blocked = [&](const fs::path& p, const char* why) { out.push_back(Diagnostic{p.string(), 0, 0, why}); };
    fs::file_status d = fs::status(dir, ec);
    if (fs::exists(d) && !fs::is_directory(d)) {
        blocked(dir, "exists and is not a directory");
        return out;
    }
    std::vector<fs::path> seen;
    for (const ScaffoldFile& f : files) {
        fs::path rel(f.path);
        // Each directory on the way must be a directory or not exist yet.
        fs::path on_the_way = dir;
        for (auto part = rel.begin(); std::next(part) != rel.end(); ++part) {
            on_the_way /= *part;
            if (std::find(seen.begin(), seen.end(), on_the_way) != seen.end()) continue;
            seen.push_back(on_the_way);
            fs::file_status s = fs::status(on_the_way, ec);
            if (fs::exists(s) && !fs::is_directory(s)) blocked(on_the_way, "exists and is not a directory");
        }
        // symlink_status: a dangling link is in the way too.
        if (fs::exists(fs::symlink_status(dir / rel, ec))) blocked(dir / rel, "already exists");
    }
    return out;
}

int run_init(const std::string& target) {
    std::vector<ScaffoldFile> files = campaign_scaffold();
    if (files.empty()) return report("the campaign scaffold is missing from this build of bargain");
    fs::path dir(target);

    if (std::vector<Diagnostic> in_the_way = obstacles(dir, files); !in_the_way.empty()) {
        report_all(in_the_way);
        return report("init never overwrites a file: nothing was written; move these away or choose another directory");
    }

    // All or nothing: an interrupt waits until every file is written or the
    // written ones are removed.
    HoldSignals hold;
    // Directories made and files written so far, to undo on failure.
    std::vector<fs::path> made, written;
    auto undo = [&] {
        std::error_code ignored;
        for (auto it = written.rbegin(); it != written.rend(); ++it) fs::remove(*it, ignored);
        for (auto it = made.rbegin(); it != made.rend(); ++it) fs::remove(*it, ignored);
    };
    for (const ScaffoldFile& f : files) {
        fs::path path = dir / f.path;
        // Make the missing directories one by one, remembering each.
        fs::path parent;
        for (const fs::path& part : path.parent_path()) {
            parent /= part;
            std::error_code ec;
            if (fs::is_directory(parent, ec)) continue;
            if (!fs::create_directory(parent, ec) && !fs::is_directory(parent)) {
                undo();
                return report(Diagnostic{parent.string(), 0, 0, "cannot create the directory: " + ec.message() +
                                                                    "; nothing was written"});
            }
            made.push_back(parent);
        }
        if (!create_new(path, f.text)) {
            std::string why = std::strerror(errno);
            undo();
            return report(Diagnostic{path.string(), 0, 0, "cannot write: " + why + "; nothing was written"});
        }
        written.push_back(path);
    }

    std::cout << "Created a campaign repository in " << dir.string() << ":\n";
    for (const ScaffoldFile& f : files) std::cout << "  " << f.path << "\n";
    std::cout << "Next: read the comments in campaign.yaml, then run 'bargain check "
              << (dir / "campaign.yaml").string() << "'.\n";
    return kSuccess;
}

}  // namespace

Command setup_init(CLI::App& parent) {
    auto dir = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("init", "Create a campaign repository to start from.");
    app->add_option("DIR", *dir, "The directory to write it in (made if missing)")->required()->type_name("PATH");
    app->footer("Writes campaign.yaml (a commented example), roster.csv, ballots/lbo-vote.csv, a placeholder contract\n"
                "article (contract/07-grievance-procedure.md), README.md and CI for GitHub\n"
                "(.github/workflows/bargain.yml) and GitLab (.gitlab-ci.yml). Never overwrites a file: if any of\n"
                "them exists, it writes nothing and exits 2.");
    return Command{app, [dir] { return run_init(*dir); }};
}

}  // namespace bargain::cli
