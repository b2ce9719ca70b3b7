// The block scan (stop_scan.h) finds what the byte loop finds, wherever the
// stops fall against its 64-byte blocks, and reads nothing past the end.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "io/stop_scan.h"

using namespace bargain;

namespace {

template <char Stop>
std::size_t byte_loop(const std::string& s, std::size_t p) {
    while (p < s.size() && !StopScan<Stop>::kTable[static_cast<unsigned char>(s[p])]) ++p;
    return p;
}

// Walks the text as the CSV parser does, from each stop to the next, and
// also from every position, each against the byte loop.
template <char Stop>
void agrees(const std::string& text) {
    // Exactly `text`, on the heap: a read past its end is ASan's to see.
    std::vector<char> bytes(text.begin(), text.end());
    const char* data = bytes.empty() ? nullptr : bytes.data();
    {
        StopScan<Stop> scan(data, bytes.size());
        for (std::size_t p = 0; p <= text.size();) {
            std::size_t got = scan.next(p);
            REQUIRE(got == byte_loop<Stop>(text, p));
            p = got + 1;
        }
    }
    StopScan<Stop> scan(data, bytes.size());
    for (std::size_t p = 0; p <= text.size(); ++p) REQUIRE(scan.next(p) == byte_loop<Stop>(text, p));
}

}  // namespace

TEST_CASE("the block scan stops where the byte loop stops") {
    std::mt19937 random(18);
    // Mostly plain text, with each kind of stop, and bytes that are near
    // them but are not stops (0x7f, the other delimiters, a quote).
    const std::string sometimes = ",;\t\"\n\r\x7f\x80\xc3\xa9\xff";
    for (int round = 0; round < 1000; ++round) {
        std::size_t n = random() % 300;
        int density = 1 + static_cast<int>(random() % 40);
        std::string text;
        for (std::size_t i = 0; i < n; ++i) {
            if (static_cast<int>(random() % 100) < density) text += sometimes[random() % sometimes.size()];
            else if (random() % 500 == 0) text += '\0';
            else text += static_cast<char>('a' + random() % 26);
        }
        CAPTURE(text);
        agrees<','>(text);
        agrees<';'>(text);
        agrees<'\t'>(text);
        agrees<'"'>(text);
    }
}

TEST_CASE("the block scan at its edges: nothing, a stop at the last byte of a block and at the first of the next") {
    agrees<','>("");
    agrees<','>(",");
    for (std::size_t at : {0, 62, 63, 64, 65, 127, 128, 191}) {
        std::string text(200, 'x');
        text[at] = ',';
        CAPTURE(at);
        agrees<','>(text);
        text[at] = '\x80';
        agrees<','>(text);
        text[at] = '\0';
        agrees<'"'>(text);
    }
    std::string none(256, 'x');
    agrees<','>(none);
    StopScan<','> scan(none.data(), none.size());
    CHECK(scan.next(0) == 256);
    CHECK(scan.next(256) == 256);
}
