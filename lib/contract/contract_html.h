// The page around contract text in HTML (the integrated agreement, the
// redline): one stylesheet, printable, readable at 320 px, with nothing
// said by colour alone. Both pages share it so they print alike.
#pragma once

#include <string>

namespace bargain {

// A whole page: `title` in <title> and <h1>, then `body` (HTML) in <main>.
// `css` is added to the shared stylesheet.
std::string contract_page(const std::string& title, const std::string& body, const std::string& css = {});

}  // namespace bargain
