// The iCalendar building blocks: a calendar client given a line one octet
// too long, a split UTF-8 character or an unescaped comma shows members
// the wrong place or refuses the whole file.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "core/datetime.h"
#include "io/ics.h"

using namespace bargain;
using namespace std::chrono;

namespace {

// What a reader does first (RFC 5545 3.1): remove every CRLF followed by a space.
std::string unfold(std::string folded) {
    std::string out;
    for (size_t i = 0; i < folded.size(); ++i) {
        if (folded.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += folded[i];
    }
    return out;
}

// Every physical line's length in octets, without its CRLF; -1 for a line
// that does not end CRLF.
std::vector<long> physical_lines(const std::string& folded) {
    std::vector<long> lengths;
    size_t start = 0;
    while (start < folded.size()) {
        size_t end = folded.find("\r\n", start);
        if (end == std::string::npos) {
            lengths.push_back(-1);
            break;
        }
        lengths.push_back(static_cast<long>(end - start));
        start = end + 2;
    }
    return lengths;
}

bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

Zone zone(const char* name) {
    auto z = Zone::named(name, nullptr);
    REQUIRE(z.has_value());
    return *z;
}

}  // namespace

TEST_CASE("a line of exactly 75 octets is not folded; one of 76 is") {
    std::string line75 = "DESCRIPTION:" + std::string(63, 'x');
    REQUIRE(line75.size() == 75);
    CHECK(ics::fold(line75) == line75 + "\r\n");
    std::string line76 = line75 + "y";
    CHECK(ics::fold(line76) == line75 + "\r\n y\r\n");
}

TEST_CASE("continuation lines hold 74 octets after their space, 75 in all") {
    std::string line = "SUMMARY:" + std::string(300, 'a');
    std::string folded = ics::fold(line);
    std::vector<long> lengths = physical_lines(folded);
    REQUIRE(lengths.size() == 5);  // 75 + 74 * 3 = 297, then 11 more
    CHECK(lengths[0] == 75);
    CHECK(lengths[1] == 75);
    CHECK(lengths[3] == 75);
    CHECK(lengths[4] == 1 + 308 - 75 - 74 * 3);
    CHECK(unfold(folded) == line + "\r\n");
}

TEST_CASE("a fold never splits a UTF-8 character at the 75-octet boundary") {
    // A 2-, 3- and 4-octet character each straddling octet 75, at every offset.
    for (std::string wide : {"\u00e9", "\u2013", "\U0001F4E3"}) {
        for (size_t lead = 70; lead <= 75; ++lead) {
            std::string line = std::string(lead, 'x') + wide + "tail";
            std::string folded = ics::fold(line);
            INFO("lead " << lead << ", character of " << wide.size() << " octets");
            CHECK(unfold(folded) == line + "\r\n");
            size_t cut = folded.find("\r\n ");
            REQUIRE(cut != std::string::npos);
            CHECK(cut <= 75);
            CHECK(starts_character(folded[cut + 3]));
            // The character that would cross the boundary moves whole to the next line.
            if (lead < 75 && lead + wide.size() > 75) CHECK(cut == lead);
        }
    }
}

TEST_CASE("a long line of multi-byte text folds into whole characters that unfold to the original") {
    std::string line = "LOCATION:";
    for (int i = 0; i < 60; ++i) line += "Cap\u00edtol \u2013 ";
    std::string folded = ics::fold(line);
    CHECK(unfold(folded) == line + "\r\n");
    std::vector<long> lengths = physical_lines(folded);
    REQUIRE(lengths.size() > 3);
    for (size_t i = 0; i + 1 < lengths.size(); ++i) {
        CHECK(lengths[i] <= 75);
        CHECK(lengths[i] >= 73);  // backing off a 3-octet character costs at most 2
    }
    for (size_t at = folded.find("\r\n "); at != std::string::npos; at = folded.find("\r\n ", at + 1))
        CHECK(starts_character(folded[at + 3]));
}

TEST_CASE("TEXT escapes backslash, semicolon, comma and every kind of line break") {
    CHECK(ics::text("a\\b;c,d") == "a\\\\b\\;c\\,d");
    CHECK(ics::text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
    CHECK(ics::text("10:00: Howlett Building") == "10:00: Howlett Building");  // a colon is not escaped
    CHECK(ics::text("tab\there") == "tab\there");
    CHECK(ics::text("\\n is not a line break") == "\\\\n is not a line break");
}

TEST_CASE("TEXT holds no control characters and only valid UTF-8") {
    CHECK(ics::text("bell\x07" "and\x1b" "esc\x7f") == "bell and esc ");
    CHECK(ics::text(std::string("nul\0here", 8)) == "nul here");
    CHECK(ics::text("caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x93\xA3") == "caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x93\xA3");
    CHECK(ics::text("latin-1 caf\xE9!") == "latin-1 caf\xEF\xBF\xBD!");
    CHECK(ics::text("cut \xE2\x80") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(ics::text("overlong \xC0\xAF") == "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(ics::text("surrogate \xED\xA0\x80") == "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("dates, local and UTC times and offsets in iCalendar's forms") {
    Date d = sys_days(year(2020) / February / 4);
    CHECK(ics::date_value(d) == "20200204");
    CHECK(ics::local_time_value(Seconds(d) + hours(11) + minutes(30)) == "20200204T113000");
    CHECK(ics::utc_time_value(Seconds(d) + hours(17) + seconds(5)) == "20200204T170005Z");
    CHECK(ics::utc_offset_value(hours(-6)) == "-0600");
    CHECK(ics::utc_offset_value(seconds(0)) == "+0000");
    CHECK(ics::utc_offset_value(hours(5) + minutes(30)) == "+0530");
    CHECK(ics::utc_offset_value(-(hours(5) + minutes(50) + seconds(36))) == "-055036");
}

TEST_CASE("a calendar's properties are folded and TEXT ones escaped") {
    ics::Calendar cal;
    cal.begin("VEVENT");
    cal.text("SUMMARY", "Rally; bring signs, water");
    cal.property("DTSTART;VALUE=DATE", "20200204");
    cal.end("VEVENT");
    CHECK(cal.str() ==
          "BEGIN:VEVENT\r\nSUMMARY:Rally\\; bring signs\\, water\r\nDTSTART;VALUE=DATE:20200204\r\nEND:VEVENT\r\n");
}

TEST_CASE("Chicago's VTIMEZONE for 2020 has the offset in force on January 1 and both changes") {
    ics::Calendar cal;
    Zone chicago = zone("America/Chicago");
    cal.time_zone(chicago, chicago.to_instant(Seconds(sys_days(year(2020) / 1 / 1))),
                  chicago.to_instant(Seconds(sys_days(year(2021) / 1 / 1))));
    CHECK(cal.str() ==
          "BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n"
          "BEGIN:STANDARD\r\nDTSTART:20191103T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nTZNAME:CST\r\n"
          "END:STANDARD\r\n"
          "BEGIN:DAYLIGHT\r\nDTSTART:20200308T020000\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0500\r\nTZNAME:CDT\r\n"
          "END:DAYLIGHT\r\n"
          "BEGIN:STANDARD\r\nDTSTART:20201101T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nTZNAME:CST\r\n"
          "END:STANDARD\r\n"
          "END:VTIMEZONE\r\n");
}

TEST_CASE("London's VTIMEZONE changes at 01:00 GMT and 02:00 BST, local time at each onset") {
    ics::Calendar cal;
    Zone london = zone("Europe/London");
    cal.time_zone(london, Seconds(sys_days(year(2026) / 1 / 1)), Seconds(sys_days(year(2027) / 1 / 1)));
    const std::string& s = cal.str();
    CHECK(s.find("BEGIN:DAYLIGHT\r\nDTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n"
                 "TZNAME:BST\r\nEND:DAYLIGHT\r\n") != std::string::npos);
    CHECK(s.find("BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n"
                 "TZNAME:GMT\r\nEND:STANDARD\r\n") != std::string::npos);
}

TEST_CASE("a zone that never changes has one observance, from where the calendar starts") {
    ics::Calendar cal;
    Seconds from = Seconds(sys_days(year(2020) / 1 / 1));
    // Only the database's UTC aliases never changed (a fixed offset such as
    // Etc/GMT+5 is refused as a campaign's zone); Zulu is one that is not
    // Zone::utc(), so it takes the database's path.
    cal.time_zone(zone("Zulu"), from, from + days(366));
    CHECK(cal.str() ==
          "BEGIN:VTIMEZONE\r\nTZID:Zulu\r\n"
          "BEGIN:STANDARD\r\nDTSTART:20200101T000000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:UTC\r\n"
          "END:STANDARD\r\n"
          "END:VTIMEZONE\r\n");
}
