// The redline of contract language: what is struck, what is inserted, and
// that both versions come back exactly. Redlines are written here the way
// `git diff --word-diff` prints them: [-struck-]{+inserted+}.
#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fuzz/word_diff_check.h"
#include "text/word_diff.h"

using namespace bargain;

namespace {

std::string redline(std::string_view old_text, std::string_view new_text,
                    std::size_t limit = kWordDiffSearchLimit) {
    std::string out;
    for (const DiffRun& r : word_diff(old_text, new_text, limit)) {
        if (r.kind == DiffRun::Kind::same) out += r.text;
        else if (r.kind == DiffRun::Kind::deleted) out += "[-" + r.text + "-]";
        else out += "{+" + r.text + "+}";
    }
    return out;
}

// The tokens joined with '|', to see where the cuts fall.
std::string cuts(std::string_view text) {
    std::string out;
    for (std::string_view t : diff_words(text)) out += (out.empty() ? "" : "|") + std::string(t);
    return out;
}

}  // namespace

TEST_CASE("word diff: words, whitespace and single marks are the tokens") {
    CHECK(cuts("The Employer shall pay.") == "The| |Employer| |shall| |pay|.");
    CHECK(cuts("the employer's full-time staff") == "the| |employer's| |full-time| |staff");
    CHECK(cuts("the employer\xE2\x80\x99s") == "the| |employer\xE2\x80\x99s");  // a curly apostrophe
    CHECK(cuts("'quoted' -dash- well-") == "'|quoted|'| |-|dash|-| |well|-");
    CHECK(cuts("$1,000.50 at 12.3% in 3.2.1") == "$|1,000.50| |at| |12.3|%| |in| |3.2.1");
    CHECK(cuts("1. Hours, 2.") == "1|.| |Hours|,| |2|.");
    CHECK(cuts("a  \n\n\tb") == "a|  \n\n\t|b");
}

TEST_CASE("word diff: accented words are whole, dashes and curly quotes stand alone") {
    CHECK(cuts("caf\xC3\xA9 d\xC3\xA9j\xC3\xA0") == "caf\xC3\xA9| |d\xC3\xA9j\xC3\xA0");
    CHECK(cuts("9\xE2\x80\x93" "5") == "9|\xE2\x80\x93|5");                       // en dash
    CHECK(cuts("\xE2\x80\x9Cpay\xE2\x80\x9D") == "\xE2\x80\x9C|pay|\xE2\x80\x9D");  // curly quotes
    CHECK(cuts("\xC2\xA7\xC2\xA0" "5") == "\xC2\xA7|\xC2\xA0|5");                 // section sign, no-break space
}

TEST_CASE("word diff: the tokens give back the text exactly, stray bytes and all") {
    for (std::string_view text : {"", " ", "\n", "a", "hours.\r\n\r\nOvertime", "\xC3", "a\xC3\xA9\xFF" "b\x80",
                                  "\xE2\x80", "x-\xE2\x80\x99y", "1,", ",1", "1.2.", "--", "a'"}) {
        std::string joined;
        for (std::string_view t : diff_words(text)) {
            CHECK(!t.empty());
            joined += t;
        }
        CHECK(joined == text);
    }
    CHECK(cuts("a\xC3\xA9\xFF" "b") == "a\xC3\xA9\xFF" "b");  // an invalid byte stays inside a word
}

TEST_CASE("word diff: identical texts are one run in common") {
    std::vector<DiffRun> runs = word_diff("Article 5. Hours of work.", "Article 5. Hours of work.");
    REQUIRE(runs.size() == 1);
    CHECK(runs[0] == DiffRun{DiffRun::Kind::same, "Article 5. Hours of work."});
    CHECK(word_diff("", "").empty());
}

TEST_CASE("word diff: a new section is all inserted, a struck one all deleted") {
    CHECK(redline("", "Section 9. Parking.") == "{+Section 9. Parking.+}");
    CHECK(redline("Section 9. Parking.", "") == "[-Section 9. Parking.-]");
}

TEST_CASE("word diff: a changed word is struck and the new one inserted") {
    CHECK(redline("The Employer shall pay overtime weekly.", "The Employer shall pay overtime biweekly.") ==
          "The Employer shall pay overtime [-weekly-]{+biweekly+}.");
}

TEST_CASE("word diff: words added at the start or the end of a clause") {
    CHECK(redline("employees shall be paid", "All employees shall be paid") == "{+All +}employees shall be paid");
    CHECK(redline("employees shall be paid", "employees shall be paid weekly") ==
          "employees shall be paid{+ weekly+}");
    CHECK(redline("shall be paid", "shall not be paid") == "shall {+not +}be paid");
}

TEST_CASE("word diff: a changed mark of punctuation is a change of one character") {
    CHECK(redline("forty hours.", "forty hours;") == "forty hours[-.-]{+;+}");
    CHECK(redline("$1,000 per year", "$1,200 per year") == "$[-1,000-]{+1,200+} per year");
}

TEST_CASE("word diff: line breaks are kept, and a changed paragraph break shows") {
    CHECK(redline("Hours.\n\nOvertime is paid.\n", "Hours.\n\nOvertime is paid double.\n") ==
          "Hours.\n\nOvertime is paid{+ double+}.\n");
    CHECK(redline("Hours.\nOvertime.", "Hours.\n\nOvertime.") == "Hours.[-\n-]{+\n\n+}Overtime.");
}

TEST_CASE("word diff: accented words and dashes are compared whole") {
    CHECK(redline("le caf\xC3\xA9 ouvert", "le th\xC3\xA9 ouvert") == "le [-caf\xC3\xA9-]{+th\xC3\xA9+} ouvert");
    // A hyphen joins "9-5" into one word; an en dash stands alone.
    CHECK(redline("9\xE2\x80\x93" "5 shifts", "9-5 shifts") == "[-9\xE2\x80\x93" "5-]{+9-5+} shifts");
    CHECK(redline("a \xE2\x80\x93 b", "a \xE2\x80\x94 b") == "a [-\xE2\x80\x93-]{+\xE2\x80\x94+} b");
}

TEST_CASE("word diff: a space between two changes is folded into both") {
    CHECK(redline("the cat sat", "the dog ran") == "the [-cat sat-]{+dog ran+}");
    CHECK(redline("pay one week, then two", "pay three days, then four") ==
          "pay [-one week-]{+three days+}, then [-two-]{+four+}");
    // Folded whitespace is in both sides' text, so each still reads back.
    std::vector<DiffRun> runs = word_diff("the cat sat", "the dog ran");
    REQUIRE(runs.size() == 3);
    CHECK(runs[1] == DiffRun{DiffRun::Kind::deleted, "cat sat"});
    CHECK(runs[2] == DiffRun{DiffRun::Kind::inserted, "dog ran"});
}

TEST_CASE("word diff: a space that breaks a line is not folded") {
    CHECK(redline("cat\nsat", "dog\nran") == "[-cat-]{+dog+}\n[-sat-]{+ran+}");
    CHECK(redline("the cat sat.", "the dog ran.") == "the [-cat sat-]{+dog ran+}.");
}

TEST_CASE("word diff: a replacement shows the deletion before the insertion") {
    std::vector<DiffRun> runs = word_diff("pay weekly", "pay monthly");
    REQUIRE(runs.size() == 3);
    CHECK(runs[1] == DiffRun{DiffRun::Kind::deleted, "weekly"});
    CHECK(runs[2] == DiffRun{DiffRun::Kind::inserted, "monthly"});
    // Also in the raw script, where nothing is folded.
    std::vector<TokenEdit> script = word_edit_script("a/b.", "x;y!");  // nothing in common
    std::size_t last_deleted = 0, first_inserted = script.size();
    for (std::size_t i = 0; i < script.size(); ++i) {
        if (script[i].kind == DiffRun::Kind::deleted) last_deleted = i;
        if (script[i].kind == DiffRun::Kind::inserted && first_inserted == script.size()) first_inserted = i;
    }
    CHECK(last_deleted < first_inserted);
}

TEST_CASE("word diff: the same texts always give the same redline") {
    std::string old_text = "The Employer shall pay each employee weekly, on Friday, by direct deposit.";
    std::string new_text = "The Employer shall pay every employee biweekly, on Thursday, by check or deposit.";
    std::string first = redline(old_text, new_text);
    for (int i = 0; i < 5; ++i) CHECK(redline(old_text, new_text) == first);
}

TEST_CASE("word diff: past the search limit the redline is still exact and keeps what lies between changes") {
    // A rewritten middle with a change near each end: the search limit is
    // passed, yet the unchanged words around the rewrite are kept, not
    // struck and inserted again.
    std::string old_text = "Article 12. Seniority is the length of service. one two three four five six seven "
                           "eight nine ten. The list is posted each January.";
    std::string new_text = "Article 12. Service is the length of service. alpha beta gamma delta epsilon zeta "
                           "eta theta iota kappa. The list is posted each June.";
    CHECK(word_diff_check::failure(old_text, new_text, 4).empty());
    std::string r = redline(old_text, new_text, 4);
    CHECK(r.starts_with("Article 12. [-Seniority-]{+Service+} is the length of service. "));
    CHECK(r.ends_with(". The list is posted each [-January-]{+June+}."));
}

TEST_CASE("word diff: the edit script keeps as many tokens as a longest common subsequence") {
    // Seeded texts from a small vocabulary, so that tokens repeat and the
    // search has many equally short paths to choose among; the new text is
    // an edited copy of the old, or (one time in four) unrelated to it.
    const std::vector<std::string> vocabulary = {"the",  "a",  "Employer", "shall", " ",  " ",    "  ", "\n",
                                                 "\n\n", ".",  ",",        "pay",   "’s", "–",    "é",  "1,000",
                                                 "-",    "'", "overtime", "\t",    "x",  "full"};
    std::mt19937 rng(20260117);  // mt19937's sequence is fixed by the standard
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    auto random_text = [&](std::vector<std::string>& pieces) {
        pieces.clear();
        for (std::size_t n = pick(60); n > 0; --n) pieces.push_back(vocabulary[pick(vocabulary.size())]);
    };
    auto join = [](const std::vector<std::string>& pieces) {
        std::string s;
        for (const std::string& p : pieces) s += p;
        return s;
    };
    auto kept = [](std::string_view a, std::string_view b, std::size_t limit) {
        std::size_t same = 0;
        for (const TokenEdit& e : word_edit_script(a, b, limit)) same += e.kind == DiffRun::Kind::same;
        return same;
    };
    std::vector<std::string> old_pieces, new_pieces;
    int settled = 0;  // pairs where the smallest limit gave a longer script
    for (int round = 0; round < 400; ++round) {
        random_text(old_pieces);
        if (pick(4) == 0) {
            random_text(new_pieces);
        } else {
            new_pieces = old_pieces;
            for (std::size_t edits = pick(6); edits > 0; --edits) {
                auto at = new_pieces.begin() + static_cast<long>(pick(new_pieces.size() + 1));
                if (pick(2) == 0 && at != new_pieces.end()) new_pieces.erase(at);
                else new_pieces.insert(at, vocabulary[pick(vocabulary.size())]);
            }
        }
        std::string old_text = join(old_pieces), new_text = join(new_pieces);
        for (std::size_t limit : {kWordDiffSearchLimit, std::size_t{1}, std::size_t{6}}) {
            std::string problem = word_diff_check::failure(old_text, new_text, limit);
            CHECK_MESSAGE(problem.empty(), problem << " (limit " << limit << ")\nold: " << old_text
                                                   << "\nnew: " << new_text);
        }
        settled += kept(old_text, new_text, 1) < kept(old_text, new_text, kWordDiffSearchLimit);
    }
    CHECK(settled > 0);  // the settling-for-less path was taken, and held
}
