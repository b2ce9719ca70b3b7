// Text from a team's files shown to a person: control characters (a line
// break, a tab, a terminal escape sequence) become C escapes such as \n and
// \x1b, so that a hostile value can neither split a line that tools parse
// nor drive the reader's terminal. Everything else, UTF-8 included, passes
// as it is.
#pragma once

#include <string>
#include <string_view>

namespace bargain {

void append_visible(std::string& out, std::string_view text);
std::string visible(std::string_view text);

}  // namespace bargain
