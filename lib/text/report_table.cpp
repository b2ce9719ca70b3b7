#include "text/report_table.h"

#include <algorithm>

#include "core/utf8.h"
#include "text/report_text.h"

namespace bargain {

std::string text_table(const TableRows& rows, Align align) {
    std::vector<size_t> width;
    for (const auto& row : rows)
        for (size_t i = 0; i < row.size(); ++i) {
            if (width.size() <= i) width.push_back(0);
            width[i] = std::max(width[i], display_length(row[i]));
        }
    std::string out;
    for (const auto& row : rows) {
        std::string line = " ";
        for (size_t i = 0; i < row.size(); ++i) {
            std::string pad(width[i] - display_length(row[i]), ' ');
            line += " " + (align == Align::figures && i > 0 ? pad + row[i] : row[i] + pad) + " ";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string markdown_table(const TableRows& rows, Align align) {
    std::string out;
    for (size_t r = 0; r < rows.size(); ++r) {
        out += "|";
        for (const std::string& cell : rows[r]) out += " " + markdown_text(cell) + " |";
        out += "\n";
        if (r == 0) {
            out += "|";
            for (size_t i = 0; i < rows[r].size(); ++i) out += align == Align::figures && i > 0 ? "---:|" : "---|";
            out += "\n";
        }
    }
    return out;
}

}  // namespace bargain
