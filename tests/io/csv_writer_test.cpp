// CSV cells written for spreadsheets: RFC 4180 quoting, and formula
// injection neutralised, because a voter id like =HYPERLINK(...) in a
// vendor's export must not run in an officer's Excel.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/input.h"

using namespace bargain;

TEST_CASE("a plain voter id is written as it is") {
    CHECK(csv_cell("V00017") == "V00017");
    CHECK(csv_cell("ifpe-4408") == "ifpe-4408");
    CHECK(csv_cell("") == "");
    CHECK(csv_cell("0.9098") == "0.9098");
}

TEST_CASE("a cell that a spreadsheet would run as a formula gets a leading quote") {
    CHECK(csv_cell("=1+1") == "'=1+1");
    CHECK(csv_cell("+1") == "'+1");
    CHECK(csv_cell("-1") == "'-1");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\tcmd") == "'\tcmd");
}

TEST_CASE("a formula with quotes and commas is both neutralised and quoted") {
    CHECK(csv_cell("=HYPERLINK(\"http://x\",\"click\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
}

TEST_CASE("a cell starting with a carriage return is neutralised and quoted") {
    CHECK(csv_cell("\r=1") == "\"'\r=1\"");
}

TEST_CASE("a formula character later in the cell is harmless") {
    CHECK(csv_cell("a=b") == "a=b");
    CHECK(csv_cell("V-1") == "V-1");
}

TEST_CASE("cells with commas, quotes or line breaks are quoted") {
    CHECK(csv_cell("Smith, Jo") == "\"Smith, Jo\"");
    CHECK(csv_cell("say \"no\"") == "\"say \"\"no\"\"\"");
    CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
    CHECK(csv_cell("cr\rhere") == "\"cr\rhere\"");
    CHECK(csv_cell("\"") == "\"\"\"\"");
}

TEST_CASE("a row joins its cells with commas and ends with a newline") {
    CHECK(csv_row({"file", "line", "voter"}) == "file,line,voter\n");
    CHECK(csv_row({"a,b", "", "=x"}) == "\"a,b\",,'=x\n");
    CHECK(csv_row({}) == "\n");
}

TEST_CASE("what the writer writes, the reader reads back") {
    std::vector<std::string> cells = {"Smith, Jo", "say \"no\"", "two\nlines", "", "plain", "a\r\nb"};
    std::string text = csv_row(cells) + csv_row({"x", "y", "z", "", "", ""});
    auto in = Input::from_string("out.csv", text);
    CsvReader reader(*in);
    REQUIRE(reader.next());
    REQUIRE(reader.fields().size() == cells.size());
    for (size_t i = 0; i < cells.size(); ++i) CHECK(std::string(reader.fields()[i]) == cells[i]);
    REQUIRE(reader.next());
    CHECK(reader.line() == 4);
    CHECK_FALSE(reader.next());
    CHECK_FALSE(reader.error());
}

TEST_CASE("a table as CSV: its headings, then its rows, a short one filled out") {
    Table t{{{"question"}, {"unit"}, {std::nullopt}}, {{"accept", "=x", "1"}, {"accept"}}};
    CHECK(csv_table(t) == "question,unit,\naccept,'=x,1\naccept,,\n");
}
