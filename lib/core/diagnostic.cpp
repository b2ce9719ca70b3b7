#include "core/diagnostic.h"

#include "core/visible.h"

namespace bargain {

// Messages quote what a file said, and a hostile file can say anything: a
// line break would split one problem into two lines for the CI log parsers
// that read FILE:LINE:COL, and an escape sequence would drive the reader's
// terminal (see visible.h).

std::string Diagnostic::located() const {
    std::string out;
    if (!file.empty()) {
        append_visible(out, file);
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0) out += ':' + std::to_string(column);
        }
        out += ": ";
    }
    append_visible(out, message);
    return out;
}

}  // namespace bargain
