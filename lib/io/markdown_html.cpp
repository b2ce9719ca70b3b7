#include "io/markdown_html.h"

#include <cmark.h>

#include <cstdlib>
#include <memory>

namespace bargain {

std::string markdown_html(std::string_view markdown) {
    std::unique_ptr<char, decltype(&std::free)> html(
        cmark_markdown_to_html(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8),
        &std::free);
    return html ? std::string(html.get()) : std::string();
}

}  // namespace bargain
