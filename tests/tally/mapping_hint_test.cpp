// The mappings a refusal suggests are pasted as they are, into a shell or
// into a campaign: each must read back as the header or word it names.
#include <doctest/doctest.h>

#include "io/document.h"
#include "tally/mapping_hint.h"

using namespace bargain;

TEST_CASE("a shell word is quoted only when it must be, and never leaves ! to bash") {
    CHECK(shell_word("Member_ID") == "Member_ID");
    CHECK(shell_word("For=yes") == "For=yes");
    CHECK(shell_word("Stimme") == "Stimme");
    CHECK(shell_word("Member ID") == "\"Member ID\"");
    CHECK(shell_word("Vote (yes/no)") == "\"Vote (yes/no)\"");
    CHECK(shell_word("Yes!") == "'Yes!'");
    CHECK(shell_word("Cost $") == "'Cost $'");
    CHECK(shell_word("say \"yes\"") == "'say \"yes\"'");
    CHECK(shell_word("a\\b") == "'a\\b'");
    CHECK(shell_word("it's $5") == "'it'\\''s $5'");
    CHECK(shell_word("=yes") == "\"=yes\"");  // zsh expands a word that starts with '='
    CHECK(shell_word("") == "\"\"");
}

TEST_CASE("a YAML value in a flow mapping is quoted when a reader would read something else") {
    CHECK(yaml_flow("Member ID") == "Member ID");
    CHECK(yaml_flow("For") == "For");
    CHECK(yaml_flow("Yes") == "\"Yes\"");  // YAML 1.1 booleans, any case
    CHECK(yaml_flow("off") == "\"off\"");
    CHECK(yaml_flow("N") == "\"N\"");
    CHECK(yaml_flow("Vote: yes") == "\"Vote: yes\"");
    CHECK(yaml_flow("Ballot #") == "\"Ballot #\"");
    CHECK(yaml_flow("Yes, I accept") == "\"Yes, I accept\"");
    CHECK(yaml_flow("[1]") == "\"[1]\"");
    CHECK(yaml_flow("{a}") == "\"{a}\"");
    CHECK(yaml_flow("- For") == "\"- For\"");
    CHECK(yaml_flow("*star") == "\"*star\"");
    CHECK(yaml_flow(" For") == "\" For\"");
    CHECK(yaml_flow("For ") == "\"For \"");
    CHECK(yaml_flow("say \"x\"") == "say \"x\"");  // a quote inside a plain scalar is text
    CHECK(yaml_flow("\"x\"") == "\"\\\"x\\\"\"");
    CHECK(yaml_flow("a\nb") == "\"a\\nb\"");
}

TEST_CASE("the hints print YAML a campaign reads back as the same header or word") {
    CHECK(column_hint(Column::voter, std::string("Voter: ID")) ==
          "--column voter=\"Voter: ID\" (or columns: {voter: \"Voter: ID\"} in the campaign vote)");
    CHECK(column_hint(Column::voter, std::nullopt, true) ==
          "--roster-column voter=HEADER (or roster_columns: {voter: HEADER} in the campaign vote)");
    CHECK(answer_hint({"Y", "N", "Maybe!"}) ==
          "--answer Y=yes --answer N=no --answer 'Maybe!=yes|no|abstain' (or answers: {yes: [\"Y\"], no: [\"N\"], "
          "yes|no|abstain: [Maybe!]} in the campaign vote)");
}

TEST_CASE("a likely answer is one the words plainly mean") {
    CHECK(likely_answer("For") == Answer::yes);
    CHECK(likely_answer("1") == Answer::yes);
    CHECK(likely_answer("Accept the offer") == Answer::yes);
    CHECK(likely_answer("Yes, I accept") == Answer::yes);
    CHECK(likely_answer("No - reject") == Answer::no);
    CHECK(likely_answer("Contre") == Answer::no);
    CHECK(likely_answer("Pass") == Answer::abstain);
    CHECK(likely_answer("Spoiled") == Answer::spoiled);
    CHECK(likely_answer("Do not accept") == std::nullopt);
    CHECK(likely_answer("Yes or no") == std::nullopt);
    CHECK(likely_answer("Maybe") == std::nullopt);
}

TEST_CASE("a likely header for a totals column is one no other column claims") {
    CHECK(likely_header(Column::votes, {"Question", "Choice", "Percentage", "Count"}) == "Count");
    CHECK(likely_header(Column::option, {"Question", "Choice", "Count"}) == "Choice");
    CHECK(likely_header(Column::question, {"Total ballots", "Ballot item"}) == "Ballot item");
    CHECK(likely_header(Column::votes, {"Share %"}) == std::nullopt);
    CHECK(likely_header(Column::voter, {"Name", "Member ID"}) == "Member ID");
}
