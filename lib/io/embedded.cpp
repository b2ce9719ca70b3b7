#include "io/embedded.h"

namespace bargain {

std::optional<std::string_view> embedded_file(std::string_view path) {
    for (const EmbeddedFile& f : embedded_files())
        if (f.path == path) return f.text;
    return std::nullopt;
}

}  // namespace bargain
