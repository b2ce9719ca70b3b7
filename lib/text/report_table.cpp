#include "text/report_table.h"

#include <algorithm>

#include "core/utf8.h"
#include "text/report_text.h"

namespace bargain {

namespace {

std::string padded(const std::string& cell, std::size_t width, Align align) {
    std::size_t length = display_length(cell);
    std::string pad(width > length ? width - length : 0, ' ');
    return align == Align::figures ? pad + cell : cell + pad;
}

Table from_rows(const TableRows& rows, Align align) {
    Table t;
    if (rows.empty()) return t;
    for (std::size_t i = 0; i < rows[0].size(); ++i)
        t.columns.push_back({rows[0][i], i > 0 ? align : Align::left});
    t.rows.assign(rows.begin() + 1, rows.end());
    return t;
}

}  // namespace

std::string text_table(const Table& table, const TextLayout& layout) {
    const std::vector<TableColumn>& columns = table.columns;
    std::vector<std::size_t> width;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].width != TableColumn::kFit) {
            width.push_back(columns[i].width);
            continue;
        }
        std::size_t w = layout.header ? display_length(columns[i].header.value_or("")) : 0;
        for (const Row& row : table.rows)
            if (i < row.size()) w = std::max(w, display_length(row[i]));
        width.push_back(w);
    }
    std::string out;
    auto line = [&](const Row& cells) {
        std::string text = layout.indent;
        for (std::size_t i = 0; i < cells.size() && i < columns.size(); ++i) {
            if (i > 0) text += std::string(columns[i].gap, ' ');
            text += padded(cells[i], width[i], columns[i].align);
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out += text + "\n";
    };
    if (layout.header && !columns.empty()) {
        Row headers;
        for (const TableColumn& c : columns) headers.push_back(c.header.value_or(""));
        line(headers);
    }
    for (const Row& row : table.rows) line(row);
    return out;
}

std::string markdown_table(const Table& table) {
    if (table.columns.empty()) return "";
    std::string out = "|";
    for (const TableColumn& c : table.columns) out += c.header ? " " + markdown_text(*c.header) + " |" : " |";
    out += "\n|";
    for (const TableColumn& c : table.columns) out += c.align == Align::figures ? "---:|" : "---|";
    out += "\n";
    for (const Row& row : table.rows) {
        out += "|";
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            out += i >= row.size() ? " |"
                   : table.columns[i].markup ? " " + row[i] + " |"
                                             : " " + markdown_text(row[i]) + " |";
        out += "\n";
    }
    return out;
}

std::string text_table(const TableRows& rows, Align align) { return text_table(from_rows(rows, align)); }
std::string markdown_table(const TableRows& rows, Align align) { return markdown_table(from_rows(rows, align)); }

}  // namespace bargain
