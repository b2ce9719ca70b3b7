// KeptBallots: each voter's current ballot under --duplicates last, in two
// arenas whose storage a replacing ballot reuses when it fits.
#include <doctest/doctest.h>

#include <vector>

#include "tally/kept_ballots.h"

using namespace bargain;

namespace {
std::vector<Mark> marks(std::initializer_list<Answer> answers) {
    std::vector<Mark> out;
    std::uint32_t q = 0;
    for (Answer a : answers) out.push_back({q++, a});
    return out;
}
}  // namespace

TEST_CASE("a kept ballot gives back its marks, serial and place") {
    KeptBallots kept;
    auto m = marks({Answer::yes, Answer::no});
    std::uint32_t slot = kept.keep(KeptBallots::kNew, {2, 1, 40, Status::counted, 7}, m, "SERIAL-1");
    CHECK(kept.size() == 1);
    CHECK(kept.ballot(slot).file == 2);
    CHECK(kept.ballot(slot).unit == 1);
    CHECK(kept.ballot(slot).line == 40);
    CHECK(kept.ballot(slot).audit == 7);
    REQUIRE(kept.marks(slot).size() == 2);
    CHECK(kept.marks(slot)[1].answer == Answer::no);
    CHECK(kept.serial(slot) == "SERIAL-1");
}

TEST_CASE("a voter who votes again and again costs one slot: a replacing ballot that fits reuses the storage") {
    KeptBallots kept;
    auto two = marks({Answer::yes, Answer::no});
    std::uint32_t slot = kept.keep(KeptBallots::kNew, {0, 0, 2, Status::counted, 0}, two, "S-0002");
    for (long long line = 3; line < 1000; ++line)
        CHECK(kept.keep(slot, {0, 0, line, Status::counted, 0}, marks({Answer::abstain}), "S-9") == slot);
    CHECK(kept.size() == 1);
    CHECK(kept.marks_stored() == 2);
    CHECK(kept.serial_bytes_stored() == 6);
    CHECK(kept.ballot(slot).line == 999);
    REQUIRE(kept.marks(slot).size() == 1);
    CHECK(kept.marks(slot)[0].answer == Answer::abstain);
    CHECK(kept.serial(slot) == "S-9");
}

TEST_CASE("a replacing ballot that does not fit moves to new storage, and its neighbours are untouched") {
    KeptBallots kept;
    std::uint32_t a = kept.keep(KeptBallots::kNew, {0, 0, 2, Status::counted, 0}, marks({Answer::yes}), "A");
    std::uint32_t b = kept.keep(KeptBallots::kNew, {0, 0, 3, Status::counted, 0}, marks({Answer::no}), "B");
    kept.keep(a, {0, 0, 4, Status::counted, 0}, marks({Answer::no, Answer::no, Answer::yes}), "A-LONGER");
    CHECK(kept.serial(a) == "A-LONGER");
    CHECK(kept.marks(a).size() == 3);
    CHECK(kept.serial(b) == "B");
    REQUIRE(kept.marks(b).size() == 1);
    CHECK(kept.marks(b)[0].answer == Answer::no);
}

TEST_CASE("a set-aside ballot is kept without marks, and a later counted one takes its place") {
    KeptBallots kept;
    std::uint32_t slot = kept.keep(KeptBallots::kNew, {0, 0, 2, Status::not_on_roster, 0}, {}, "");
    CHECK(kept.marks(slot).empty());
    kept.keep(slot, {0, 0, 5, Status::counted, 0}, marks({Answer::yes}), "S");
    CHECK(kept.ballot(slot).status == Status::counted);
    CHECK(kept.marks(slot).size() == 1);
}
