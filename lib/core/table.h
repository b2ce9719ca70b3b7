// A report's table as data: its columns (heading, alignment, and how plain
// text lays it out) and its rows of cells, built once by the report and
// rendered per format: text and Markdown by text/report_table.h, CSV by
// io/csv_writer.h. It lives in core/ because io/ and text/ both render it
// and neither may include the other.
//
// What it must get right: a cell is what the report means to show, the
// same in every format; each renderer alone decides escaping and layout.
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace bargain {

// How a column's cells line up: words to the left, figures to the right,
// so that amounts line up on the decimal point.
enum class Align { left, figures };

struct TableColumn {
    // std::nullopt: no heading at all, the corner of a table whose first
    // column names its rows (Markdown writes it "| |"); "" is a heading that
    // happens to be empty ("|  |").
    std::optional<std::string> header;
    Align align = Align::left;
    // Plain text only. `kFit`: as wide as the widest cell, heading included.
    // A number fixes the width and a longer cell runs past it, as in a form
    // whose columns readers already know (0: never padded).
    static constexpr std::size_t kFit = std::numeric_limits<std::size_t>::max();
    std::size_t width = kFit;
    std::size_t gap = 2;  // plain text: spaces before the column (none before the first)
    // Markdown only: the cells are Markdown already (links the report
    // built, their text escaped), so they are written as they are.
    bool markup = false;
};

// A row may end early: the cells it lacks are absent, which a renderer
// shows as nothing at all, unlike an empty cell.
using Row = std::vector<std::string>;

struct Table {
    std::vector<TableColumn> columns;
    std::vector<Row> rows;
};

}  // namespace bargain
