#include "campaign/scaffold.h"

#include "io/embedded.h"

namespace bargain {

std::vector<ScaffoldFile> campaign_scaffold() {
    constexpr std::string_view kPrefix = "init/";
    std::vector<ScaffoldFile> files;
    for (const EmbeddedFile& f : embedded_files())
        if (f.path.substr(0, kPrefix.size()) == kPrefix)
            files.push_back(ScaffoldFile{std::string(f.path.substr(kPrefix.size())), f.text});
    return files;
}

}  // namespace bargain
