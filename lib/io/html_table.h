// A report's Table as an accessible HTML table: a caption, column headers
// with scope="col", and the first cell of each row a row header
// (scope="row") when the table names its rows; wide tables scroll inside
// a region a keyboard can reach, so the page itself never scrolls sideways
// on a phone. Every cell is text, escaped; `links` may make a cell a link.
#pragma once

#include <functional>
#include <string>

#include "core/table.h"

namespace bargain {

struct HtmlTableOptions {
    std::string caption;
    bool row_headers = true;  // the first column names the rows
    // A cell's link target, or "" for none: (row, column) -> href.
    std::function<std::string(std::size_t, std::size_t)> link;
};

std::string html_table(const Table& table, const HtmlTableOptions& options);

}  // namespace bargain
