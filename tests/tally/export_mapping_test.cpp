#include <doctest/doctest.h>

#include "core/text.h"
#include "tally/export_mapping.h"

using namespace bargain;

namespace {
MappingPlace cli(std::string shown) { return MappingPlace{"", 0, 0, std::move(shown)}; }
}  // namespace

TEST_CASE("blanks are trimmed, Unicode spaces and byte order marks included") {
    CHECK(trim_blanks("  yes\t") == "yes");
    CHECK(trim_blanks("\xc2\xa0yes\xc2\xa0") == "yes");
    CHECK(trim_blanks("\xe2\x80\x89no\xe3\x80\x80") == "no");
    CHECK(trim_blanks("\xef\xbb\xbfvoter") == "voter");
    CHECK(trim_blanks("caf\xc3\xa9") == "caf\xc3\xa9");  // an accent is not a blank
    CHECK(trim_blanks("\xc2\xa0") == "");
    CHECK(read_answer("\xc2\xa0Yes\xc2\xa0") == Answer::yes);
}

TEST_CASE("a column mapping names each column once and each header once") {
    ColumnMap m;
    CHECK_FALSE(m.map(Column::voter, " Member ID ", cli("--column voter=Member ID")));
    CHECK(m.column_of("Member ID") == Column::voter);
    CHECK(m.column_of("member id") == std::nullopt);  // a mapped header matches exactly
    CHECK(m.column_of("voter") == std::nullopt);      // mapped away from its reserved name
    CHECK(m.column_of(" Unit ") == Column::unit);
    CHECK(m.column_of("question") == std::nullopt);   // only in a totals table
    CHECK(m.column_of("Question", true) == Column::question);
    CHECK_FALSE(m.map(Column::voter, "Member ID", cli("again")));  // the same mapping twice is fine
    auto twice = m.map(Column::voter, "Email", cli("--column voter=Email"));
    REQUIRE(twice);
    CHECK(twice->message == "the 'voter' column is mapped twice: to 'Member ID' by --column voter=Member ID and to 'Email' by "
                            "--column voter=Email");
    auto two = m.map(Column::ballot, "Member ID", MappingPlace{"c.yaml", 4, 12, "columns: ballot"});
    REQUIRE(two);
    CHECK(two->located() ==
          "c.yaml:4:12: the header 'Member ID' is mapped to two columns, 'voter' (by --column voter=Member ID) and "
          "'ballot'");
    CHECK(m.text() == "voter=Member ID");
    CHECK(m.map(Column::unit, "  ", cli("--column unit=")));
}

TEST_CASE("answer words: case and blanks do not matter, a word means one answer") {
    AnswerWords w;
    CHECK(w.read("Y") == Answer::spoiled);
    CHECK_FALSE(w.map("Y", Answer::yes, cli("--answer Y=yes")));
    CHECK_FALSE(w.map("Against", Answer::no, cli("--answer Against=no")));
    CHECK_FALSE(w.map("X", Answer::spoiled, cli("--answer X=void")));
    CHECK(w.read(" y ") == Answer::yes);
    CHECK(w.read("AGAINST\xc2\xa0") == Answer::no);
    CHECK(w.read("yes") == Answer::yes);  // built-in words stay
    CHECK(w.read("") == Answer::blank);
    CHECK(w.read("maybe") == Answer::spoiled);
    bool mapped = false;
    CHECK(w.read("x", &mapped) == Answer::spoiled);
    CHECK(mapped);
    auto both = w.map("y", Answer::no, cli("--answer y=no"));
    REQUIRE(both);
    CHECK(both->message == "'y' is mapped to two answers: 'yes' by --answer Y=yes and 'no' by --answer y=no");
    auto builtin = w.map("No", Answer::yes, cli("--answer No=yes"));
    REQUIRE(builtin);
    CHECK(builtin->message == "'No' is already the built-in answer 'no'; it cannot also mean 'yes'");
    CHECK(w.text() == "Y=yes, Against=no, X=void");
    CHECK(answer_named("void") == Answer::spoiled);
    CHECK(answer_named("Yes") == std::nullopt);
}
