// Text from a team's files shown to a person: control characters (a line
// break, a tab, a terminal escape sequence, the C1 controls such as U+009B)
// become C escapes such as \n, \x1b and \u009b, so that a hostile value
// can neither split a line that tools parse nor drive the reader's
// terminal. Everything else passes as it is.
#pragma once

#include <string>
#include <string_view>

namespace bargain {

void append_visible(std::string& out, std::string_view text);
std::string visible(std::string_view text);

// `text` made visible, cut at a character boundary (with "..." after it)
// when longer than `max` bytes: a header or a word a message quotes, which
// may be a whole row that was not split.
std::string shortened(std::string_view text, std::size_t max);
// 'text', as shortened().
std::string quoted(std::string_view text, std::size_t max = 80);

}  // namespace bargain
