// Writing CSV cells that are safe to open in a spreadsheet: RFC 4180
// quoting, and formula injection neutralised (a cell starting with =, +, -,
// @, tab or carriage return gets a leading '), because a voter id like
// =HYPERLINK(...) in a vendor's export must not run in an officer's Excel.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bargain {

std::string csv_cell(std::string_view text);
// Cells joined with commas, ending in "\n".
std::string csv_row(const std::vector<std::string>& cells);

}  // namespace bargain
