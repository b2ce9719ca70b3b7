// Data files compiled into the program (lib/data/): the law presets and the
// built-in templates. They ship inside the binary so that a campaign checked
// in CI means the same thing everywhere, with nothing to install beside it.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace bargain {

struct EmbeddedFile {
    std::string_view path;  // relative to lib/data/, e.g. "law/presets.yaml"
    std::string_view text;
};

// In path order (the build sorts them).
std::span<const EmbeddedFile> embedded_files();

// The file at `path`, or nothing.
std::optional<std::string_view> embedded_file(std::string_view path);

}  // namespace bargain
