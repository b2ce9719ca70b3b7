// Writing CSV cells that are safe to open in a spreadsheet: RFC 4180
// quoting, and formula injection neutralised (a cell starting with =, +, -,
// @, tab or carriage return gets a leading '), because a voter id like
// =HYPERLINK(...) in a vendor's export must not run in an officer's Excel.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/table.h"

namespace bargain {

std::string csv_cell(std::string_view text);
// Cells joined with commas, ending in "\n".
std::string csv_row(const std::vector<std::string>& cells);
// The same for a row of figures a spreadsheet must read as numbers: a cell
// that is only a number ("-2.5", "-367500.00") goes out as is, since it
// cannot be a formula, where csv_cell() would quote its leading '-' and turn
// every negative figure into text.
std::string csv_figures_row(const std::vector<std::string>& cells);
// The headers, then each row; a heading-less column's header is empty, and a
// row that ends early is filled with empty cells, since a reader (ours too)
// wants every record as long as the header.
std::string csv_table(const Table& table);

}  // namespace bargain
