// libFuzzer target: what `bargain verify` reads, a certificate or a tally
// report (JSON, through the YAML reader), and --published totals. It must
// end (a record or a located error), never open a file, and keep its
// promises: a record names at least one file and its numbers compare equal
// to themselves; published totals are known keys, each once, none negative.
//
// The first byte, XOR '0', chooses: bit 0 set, the rest is --published
// text; else it is a certificate file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

#include "io/input.h"
#include "tally/verify.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const int mode = data[0] ^ '0';
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (mode & 1) {
        auto totals = bargain::parse_published_totals(text);
        if (!totals) return 0;
        std::set<std::string> seen;
        for (const auto& [key, n] : totals->numbers) {
            if (n < 0 || !seen.insert(key).second) std::abort();
        }
        if (totals->numbers.empty()) std::abort();
        return 0;
    }
    auto in = bargain::Input::from_string("c.json", text);
    auto record = bargain::read_recorded_count(*in, "root");
    if (!record) {
        if (record.error().message.empty()) std::abort();
        return 0;
    }
    if (record->files.empty()) std::abort();
    if (!bargain::compare_counts(record->numbers, record->numbers).empty()) std::abort();
    return 0;
}
