// Tables in the text and Markdown reports (offers, sessions): columns sized
// to their widest cell, values from a team's files escaped in Markdown, and
// figures right-aligned so that amounts line up on the decimal point.
#pragma once

#include <string>
#include <vector>

namespace bargain {

// The first row is the header. Cells are single lines (see one_line()).
using TableRows = std::vector<std::vector<std::string>>;

enum class Align { left, figures };  // figures: every column but the first to the right

// Indented two spaces, columns two spaces apart, no trailing blanks.
std::string text_table(const TableRows& rows, Align align);
std::string markdown_table(const TableRows& rows, Align align);

}  // namespace bargain
