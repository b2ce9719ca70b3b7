// The table that interns voter ids and ballot serials: a tally of a million
// voters is made of its lookups, so it must never confuse two ids, however
// alike, and must keep every id findable as it grows.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tally/id_table.h"

using namespace bargain;

namespace {
std::string voter_id(int i) {
    std::string s = std::to_string(i);
    return "V" + std::string(8 - s.size(), '0') + s;
}
}  // namespace

TEST_CASE("a voter id is added once and found again") {
    IdTable t;
    CHECK_FALSE(t.find("V1").has_value());
    auto [index, added] = t.insert("V1");
    CHECK(added);
    CHECK(index == 0);
    auto [again, added_again] = t.insert("V1");
    CHECK_FALSE(added_again);
    CHECK(again == 0);
    CHECK(t.find("V1") == std::optional<std::uint32_t>(0));
    CHECK(t.size() == 1);
}

TEST_CASE("ids get dense indexes in the order they are first seen") {
    IdTable t;
    CHECK(t.insert("b").first == 0);
    CHECK(t.insert("a").first == 1);
    CHECK(t.insert("b").first == 0);
    CHECK(t.insert("c").first == 2);
    CHECK(t.size() == 3);
    CHECK(t.find("a") == std::optional<std::uint32_t>(1));
}

TEST_CASE("an empty table finds nothing") {
    IdTable t;
    CHECK_FALSE(t.find("").has_value());
    CHECK_FALSE(t.find("V00000001").has_value());
    CHECK(t.size() == 0);
}

TEST_CASE("the empty id is an id like any other") {
    IdTable t;
    t.insert("x");
    auto [index, added] = t.insert("");
    CHECK(added);
    CHECK(t.find("") == std::optional<std::uint32_t>(index));
    CHECK_FALSE(t.find(std::string_view("\0", 1)).has_value());
}

TEST_CASE("ids that share their first eight bytes are different ids") {
    IdTable t;
    t.insert("voter-00000001");
    t.insert("voter-00000002");
    t.insert("voter-0");
    t.insert("voter-00");
    CHECK(t.size() == 4);
    CHECK(t.find("voter-00000001") == std::optional<std::uint32_t>(0));
    CHECK(t.find("voter-00000002") == std::optional<std::uint32_t>(1));
    CHECK_FALSE(t.find("voter-00000003").has_value());
    CHECK_FALSE(t.find("voter-000").has_value());
}

TEST_CASE("ids that differ only by a trailing NUL or in length are different ids") {
    IdTable t;
    t.insert(std::string_view("a", 1));
    t.insert(std::string_view("a\0", 2));
    t.insert(std::string_view("a\0\0\0\0\0\0\0\0", 9));
    CHECK(t.size() == 3);
    CHECK(t.find(std::string_view("a\0", 2)) == std::optional<std::uint32_t>(1));
    CHECK(t.find(std::string_view("a\0\0\0\0\0\0\0", 8)) == std::nullopt);
}

TEST_CASE("long ids that differ only at the end are different ids") {
    IdTable t;
    std::string base(1000, 'x');
    t.insert(base + "1");
    t.insert(base + "2");
    // Lengths beyond 255 share the saturated length in a slot's tag.
    std::string a(300, 'y'), b(301, 'y');
    t.insert(a);
    t.insert(b);
    CHECK(t.size() == 4);
    CHECK(t.find(base + "2") == std::optional<std::uint32_t>(1));
    CHECK(t.find(b) == std::optional<std::uint32_t>(3));
    CHECK_FALSE(t.find(std::string(302, 'y')).has_value());
    CHECK(t.find(a) == std::optional<std::uint32_t>(2));
}

TEST_CASE("a quarter of a million voters are all found after the table grows") {
    IdTable t;
    const int n = 250'000;
    for (int i = 0; i < n; ++i) {
        auto [index, added] = t.insert(voter_id(i));
        REQUIRE(added);
        REQUIRE(index == static_cast<std::uint32_t>(i));
    }
    CHECK(t.size() == static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        auto found = t.find(voter_id(i));
        REQUIRE(found.has_value());
        REQUIRE(*found == static_cast<std::uint32_t>(i));
    }
    for (int i = n; i < n + 1000; ++i) REQUIRE_FALSE(t.find(voter_id(i)).has_value());
    // Inserting them again adds nothing.
    for (int i = 0; i < n; i += 997) REQUIRE_FALSE(t.insert(voter_id(i)).second);
    CHECK(t.size() == static_cast<size_t>(n));
}

TEST_CASE("ids of every length survive growth") {
    IdTable t;
    std::vector<std::string> ids;
    for (int i = 0; i < 5000; ++i) ids.push_back(std::string(static_cast<size_t>(i % 40), 'k') + std::to_string(i));
    for (const std::string& id : ids) t.insert(id);
    CHECK(t.size() == ids.size());
    for (size_t i = 0; i < ids.size(); ++i) REQUIRE(t.find(ids[i]) == std::optional<std::uint32_t>(static_cast<std::uint32_t>(i)));
}

TEST_CASE("reserving room first changes nothing a caller sees") {
    IdTable t;
    t.insert("early");
    t.reserve(100'000);
    for (int i = 0; i < 1000; ++i) t.insert(voter_id(i));
    t.reserve(10);  // smaller than it is: a no-op
    CHECK(t.size() == 1001);
    CHECK(t.find("early") == std::optional<std::uint32_t>(0));
    CHECK(t.find(voter_id(999)) == std::optional<std::uint32_t>(1000));
}

TEST_CASE("a moved table keeps its ids") {
    IdTable t;
    for (int i = 0; i < 3000; ++i) t.insert(voter_id(i));
    IdTable moved = std::move(t);
    CHECK(moved.size() == 3000);
    CHECK(moved.find(voter_id(2999)) == std::optional<std::uint32_t>(2999));
    IdTable assigned;
    assigned.insert("x");
    assigned = std::move(moved);
    CHECK(assigned.find(voter_id(7)) == std::optional<std::uint32_t>(7));
    CHECK_FALSE(assigned.find("x").has_value());
}

TEST_CASE("ids that differ only in one middle byte are different ids, at every length") {
    // Short ids are told apart by the bytes a slot keeps; longer ones must
    // also compare the bytes in between.
    for (size_t length = 1; length <= 40; ++length) {
        for (size_t at = 0; at < length; ++at) {
            CAPTURE(length);
            CAPTURE(at);
            IdTable t;
            std::string a(length, 'v'), b(length, 'v');
            b[at] = 'w';
            t.insert(a);
            auto [index, added] = t.insert(b);
            REQUIRE(added);
            REQUIRE(index == 1);
            REQUIRE(t.find(a) == std::optional<std::uint32_t>(0));
            REQUIRE(t.find(b) == std::optional<std::uint32_t>(1));
            std::string c = a;
            c[at] = 'x';
            REQUIRE_FALSE(t.find(c).has_value());
        }
    }
}

TEST_CASE("a million nine-byte voter ids, as a big export has, are all told apart") {
    IdTable t;
    const int n = 1'000'000;
    for (int i = 0; i < n; ++i) REQUIRE(t.insert(voter_id(i)).second);
    for (int i = 0; i < n; i += 7) REQUIRE(t.find(voter_id(i)) == std::optional<std::uint32_t>(static_cast<std::uint32_t>(i)));
    CHECK_FALSE(t.find("V01000000").has_value());
}

TEST_CASE("the value added with an id is found with it, and a second insert keeps the first value") {
    IdTable t;
    std::vector<std::string> ids = {"", "a", "V00000001", "voter-0000000001", std::string(17, 'z'), std::string(400, 'q')};
    for (std::uint32_t i = 0; i < ids.size(); ++i) REQUIRE(t.insert(IdTable::Key(ids[i]), 100 + i).second);
    for (std::uint32_t i = 0; i < ids.size(); ++i) {
        auto again = t.insert(IdTable::Key(ids[i]), 7);
        CHECK_FALSE(again.second);
        CHECK(again.first.index == i);
        CHECK(again.first.value == 100 + i);
    }
    t.reserve(100'000);  // moves every slot: short ids are rehashed from what the slot holds
    for (std::uint32_t i = 0; i < ids.size(); ++i) {
        auto found = t.find(IdTable::Key(ids[i]));
        REQUIRE(found.has_value());
        CHECK(found->index == i);
        CHECK(found->value == 100 + i);
    }
}

TEST_CASE("long ids that share their first 8 bytes, their last 8 and their length are different ids") {
    // Past 16 bytes a slot holds the first 8 bytes and a hash: the arena decides.
    IdTable t;
    std::vector<std::string> ids;
    for (int i = 0; i < 2000; ++i) ids.push_back("member-" + voter_id(i) + "-x@example.org");
    for (const std::string& id : ids) REQUIRE(t.insert(id).second);
    for (size_t i = 0; i < ids.size(); ++i) REQUIRE(t.find(ids[i]) == std::optional<std::uint32_t>(static_cast<std::uint32_t>(i)));
    CHECK_FALSE(t.find("member-" + voter_id(2000) + "-x@example.org").has_value());
}
