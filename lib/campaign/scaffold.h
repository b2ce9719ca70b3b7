// What `bargain init` writes: a campaign repository a team can start from
// (a commented campaign, a roster, a ballot file, a README and CI for
// GitHub and GitLab). The files are lib/data/init/, compiled in, so the
// scaffold always matches the bargain that wrote it.
//
// What it must get right: the scaffold passes `bargain check` as written,
// and its file list is the same on every run. Writing it (never over an
// existing file) is the command line's job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bargain {

struct ScaffoldFile {
    std::string path;       // relative to the new repository, e.g. ".github/workflows/bargain.yml"
    std::string_view text;  // its contents
};

// In path order.
std::vector<ScaffoldFile> campaign_scaffold();

}  // namespace bargain
