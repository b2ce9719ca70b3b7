// A report's Table rendered as text and Markdown: the same cells in both,
// laid out for a terminal in one and escaped for a renderer in the other.
#include <doctest/doctest.h>

#include <string>

#include "text/report_table.h"

using namespace bargain;

namespace {

Table articles() {
    return {{{"article"}, {"status"}}, {{"Artículo 5", "open"}, {"Wages", "ta"}}};
}

}  // namespace

TEST_CASE("a column that fits its cells is as wide as the widest, heading included") {
    CHECK(text_table(articles()) == "  article     status\n  Artículo 5  open\n  Wages       ta\n");
}

TEST_CASE("the same table in Markdown escapes each cell and marks figures right-aligned") {
    Table t{{{"unit"}, {"yes", Align::figures}}, {{"local|2", "12"}}};
    CHECK(markdown_table(t) == "| unit | yes |\n|---|---:|\n| local\\|2 | 12 |\n");
}

TEST_CASE("a fixed column keeps its width and a longer cell runs past it") {
    Table t{{{std::nullopt, Align::left, 6}, {"votes", Align::figures, 4, 0}, {"share of valid", Align::figures, 6}},
            {{"Yes", "152", "66.7%"}, {"Cast", "228", "91.0% turnout"}}};
    CHECK(text_table(t) == "        votes  share of valid\n"
                           "  Yes    152   66.7%\n"
                           "  Cast   228  91.0% turnout\n");
}

TEST_CASE("a row that ends early has no cells there, unlike an empty cell") {
    Table t{{{std::nullopt}, {"votes", Align::figures}, {"share", Align::figures}},
            {{"Yes", "1", ""}, {"Abstain", "0"}}};
    // No trailing blanks in text, whichever it is.
    CHECK(text_table(t) == "           votes  share\n  Yes          1\n  Abstain      0\n");
    // Markdown shows the difference, as the tally always has; a column with
    // no heading is the corner "| |".
    CHECK(markdown_table(t) == "| | votes | share |\n|---|---:|---:|\n| Yes | 1 |  |\n| Abstain | 0 | |\n");
}

TEST_CASE("a listing shows its rows without headings, indented as asked") {
    Table t{{{"date", Align::left, 0}, {"what", Align::left, 0, 1}}, {{"2020-02-04", "Picket"}}};
    CHECK(text_table(t, {.indent = "    ", .header = false}) == "    2020-02-04 Picket\n");
}

TEST_CASE("rows written as lists put the header first and figures right of the first column") {
    CHECK(markdown_table({{"", "year 1"}, {"raise", "4.0%"}}, Align::figures) ==
          "|  | year 1 |\n|---|---:|\n| raise | 4.0% |\n");
    CHECK(text_table({{"", "year 1"}, {"raise", "4.0%"}}, Align::figures) == "         year 1\n  raise    4.0%\n");
}
