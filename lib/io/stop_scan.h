// Finding where a CSV field ends, 64 bytes at a time.
//
// A field of a ballot export is a few bytes (an id, "yes", a timestamp), and
// testing each byte against a table costs a load and a branch a byte: at a
// million rows that loop was most of reading the file. Here one pass over 64
// bytes compares them all at once (SSE2, which every x86-64 has) into a bit
// mask of where the stops are, and the next field's end is read off the mask
// with one instruction: the six fields of a ballot row cost about one pass.
// Without SSE2 the same answers come from the table, a byte at a time.
//
// The stops: one chosen byte (the delimiter, or the quote that closes a
// quoted field), the line ends '\n' and '\r', NUL (reported as an error) and
// every byte >= 0x80 (checked as UTF-8 where it is, see csv_reader.cpp).
//
// What it must get right: the same answer as the byte loop, always, and no
// read past `end` (the mask is taken only where 64 bytes are there; the
// last few bytes before `end` go a byte at a time).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace bargain {

template <char Stop>
class StopScan {
public:
    // The stops as a byte table: the byte loop's, and the definition the
    // mask must agree with.
    static constexpr std::array<bool, 256> kTable = [] {
        std::array<bool, 256> t{};
        t[static_cast<unsigned char>(Stop)] = t['\n'] = t['\r'] = t[0] = true;
        for (std::size_t c = 0x80; c < 256; ++c) t[c] = true;
        return t;
    }();

    // Scans data[0, end): the bytes must not change while it is in use.
    StopScan(const char* data, std::size_t end) : data_(data), end_(end) {}

    // The first stop at or after p, or `end` when there is none.
    std::size_t next(std::size_t p) {
#if defined(__SSE2__)
        if (p - at_ < 64) {  // within the last mask (never, before the first: at_ is far off)
            std::uint64_t m = mask_ >> (p - at_);
            if (m) return p + static_cast<std::size_t>(std::countr_zero(m));
            p = at_ + 64;  // no stop from p to the end of that block
        }
        while (p <= end_ && end_ - p >= 64) {
            at_ = p;
            mask_ = block(data_ + p);
            if (mask_) return p + static_cast<std::size_t>(std::countr_zero(mask_));
            p += 64;
        }
#endif
        while (p < end_ && !kTable[static_cast<unsigned char>(data_[p])]) ++p;
        return p;
    }

private:
#if defined(__SSE2__)
    // Bit i set when p[i] is a stop.
    static std::uint64_t block(const char* p) {
        const __m128i stop = _mm_set1_epi8(Stop), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
        const __m128i nul = _mm_setzero_si128();
        std::uint64_t m = 0;
        for (int k = 0; k < 4; ++k) {
            __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
            __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, stop), _mm_cmpeq_epi8(v, lf)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, nul)));
            // A byte >= 0x80 has its top bit set already: movemask reads top bits.
            hit = _mm_or_si128(hit, v);
            m |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(hit))} << (16 * k);
        }
        return m;
    }
    std::size_t at_ = SIZE_MAX / 2;  // where mask_ starts: none yet (p - at_ wraps far past 64)
    std::uint64_t mask_ = 0;
#endif
    const char* data_;
    std::size_t end_;
};

}  // namespace bargain
