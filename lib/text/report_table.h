// Tables in the text and Markdown reports (tally, timeline, sessions,
// offers), rendered from one Table (core/table.h): in text, columns padded
// to their width and no trailing blanks; in Markdown, every cell escaped,
// since values come from a team's files, and figures right-aligned.
#pragma once

#include <string>
#include <vector>

#include "core/table.h"

namespace bargain {

struct TextLayout {
    std::string indent = "  ";
    bool header = true;  // false: the rows alone, for a listing that needs no headings
};

// Cells are single lines (see one_line()); those past the last column are
// not shown.
std::string text_table(const Table& table, const TextLayout& layout = {});
std::string markdown_table(const Table& table);

// A table written as rows, the first of them the header, each column as
// wide as its widest cell; `align` is for every column but the first,
// which names its row.
using TableRows = std::vector<std::vector<std::string>>;
std::string text_table(const TableRows& rows, Align align);
std::string markdown_table(const TableRows& rows, Align align);

}  // namespace bargain
