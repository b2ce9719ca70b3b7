#include "io/csv_reader.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "core/input_limits.h"
#include "core/utf8.h"
#include "io/stop_scan.h"

namespace bargain {

namespace {
constexpr size_t kInitialBuffer = 1 << 18;
constexpr size_t kNotUtf8 = static_cast<size_t>(-1);
constexpr size_t kStopped = static_cast<size_t>(-1);  // scan_utf8(): need more input, or error_ says why

// The delimiters a header is sniffed for, in the order that breaks ties.
constexpr char kDelimiters[] = {',', ';', '\t'};

// Bytes that end an unquoted field: the delimiter and line ends; a NUL (to be
// reported) and bytes >= 0x80 (to be checked as UTF-8) stop the scan too.
// One scanner per delimiter, known at compile time, so the hot loop tests a
// fixed set as it did when only commas were read.
template <char Delimiter>
using UnquotedScan = StopScan<Delimiter>;
// Bytes that stop the scan of a quoted field: its closing quote, line breaks
// (counted), a NUL and bytes >= 0x80.
using QuotedScan = StopScan<'"'>;
}  // namespace

const char* delimiter_name(char delimiter) {
    switch (delimiter) {
        case ',': return "comma";
        case ';': return "semicolon";
        case '\t': return "tab";
    }
    return "?";
}

std::optional<char> delimiter_from_name(std::string_view name) {
    if (name == "comma" || name == ",") return ',';
    if (name == "semicolon" || name == ";") return ';';
    if (name == "tab" || name == "\t" || name == "\\t") return '\t';
    return std::nullopt;
}

CsvReader::Place CsvReader::place_of(size_t i) const {
    // A quoted field's place is its opening quote; its text starts after it.
    size_t at = offsets_[i].first;
    if (at > line_starts_[0] && buf_[at - 1] == '"') --at;
    size_t k = line_starts_.size() - 1;
    while (k > 0 && line_starts_[k] > at) --k;
    return Place{record_line_ + static_cast<long long>(k), static_cast<long long>(at - line_starts_[k] + 1)};
}

CsvReader::Place CsvReader::place_of_end() const {
    // pos_ is always at the start of a line; count the line ends after it.
    long long line = line_;
    size_t line_start = pos_;
    for (size_t p = pos_; p < end_; ++p) {
        if (buf_[p] == '\n' || (buf_[p] == '\r' && (p + 1 == end_ || buf_[p + 1] != '\n'))) {
            ++line;
            line_start = p + 1;
        }
    }
    return Place{line, static_cast<long long>(end_ - line_start + 1)};
}

std::string row_width_message(size_t fields, size_t header) {
    return "this row has " + std::to_string(fields) + (fields == 1 ? " field" : " fields") +
           " but the header has " + std::to_string(header);
}

CsvReader::CsvReader(Input& in, CsvOptions options)
    : in_(in), text_(in, kSaveCsvAsUtf8), options_(options) {
    buf_.resize(kInitialBuffer);
}

long long CsvReader::written_width(size_t i) const {
    auto [start, stop] = offsets_[i];
    for (auto [field, written_stop] : unescape_)
        if (field == i) stop = written_stop;
    bool quoted = start > line_starts_[0] && buf_[start - 1] == '"';
    // An empty field is where its delimiter is: one byte to point at.
    return std::max<long long>(static_cast<long long>(stop - start) + (quoted ? 2 : 0), 1);
}

Diagnostic CsvReader::at_field(size_t i, std::string message) const {
    Place p = place_of(i);
    Diagnostic d{in_.name(), p.line, p.column, std::move(message)};
    d.width = written_width(i);
    return d;
}

char CsvReader::other_delimiter() const {
    for (char d : kDelimiters) {
        if (d == delimiter_) continue;
        for (auto [start, stop] : offsets_) {
            // A quoted field's text starts after its quote; an unquoted
            // one's after a delimiter or a line end, or at the buffer's start.
            bool quoted = start > 0 && buf_[start - 1] == '"';
            if (!quoted && std::memchr(buf_.data() + start, d, stop - start)) return d;
        }
    }
    return 0;
}

CsvReader::Parse CsvReader::fail(long long line, long long column, std::string message) {
    error_ = Diagnostic{in_.name(), line, column, std::move(message)};
    return Parse::failed;
}

bool CsvReader::refill() {
    if (pos_ > 0) {
        dropped_ += pos_;
        std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
        end_ -= pos_;
        pos_ = 0;
    }
    if (end_ == buf_.size()) {
        if (buf_.size() >= limits::kMaxRecordBytes) {
            fail(line_, 1,
                 "this record is longer than " + std::to_string(limits::kMaxRecordBytes >> 20) +
                     " MiB: is a quote left open in it?");
            return false;
        }
        buf_.resize(buf_.size() * 2);
    }
    size_t got = text_.read(buf_.data() + end_, buf_.size() - end_);
    if (!in_.read_error().empty()) {
        fail(0, 0, in_.read_error());
        return false;
    }
    if (got == 0 && !text_.problem().empty()) {
        Place p = place_of_end();
        fail(p.line, p.column, text_.problem());
        return false;
    }
    if (got == 0) eof_ = true;
    end_ += got;
    return true;
}

char CsvReader::sniff_delimiter() const {
    const char* b = buf_.data();
    // A header that no candidate splits into two fields with something in
    // them is one column: a comma file.
    char best = ',';
    size_t most = 1;
    for (char d : kDelimiters) {
        // The header as a record split by d: fields with something in them
        // other than blanks. A quote opens a quoted part only at a field's
        // start. A NUL ends the header here (the parse reports it), or a file
        // of NULs (/dev/zero) would be read to the record limit first.
        size_t p = pos_, filled = 0;
        for (;;) {
            bool something = false;
            if (p < end_ && b[p] == '"') {
                for (++p;; ++p) {
                    if (p >= end_) {
                        if (!eof_) return 0;
                        break;
                    }
                    if (b[p] == '\0') break;
                    if (b[p] == '"') {
                        if (p + 1 >= end_ && !eof_) return 0;
                        if (p + 1 >= end_ || b[p + 1] != '"') {
                            ++p;
                            break;
                        }
                        ++p;
                    }
                    something = true;
                }
            }
            while (p < end_ && b[p] != d && b[p] != '\n' && b[p] != '\r' && b[p] != '\0') {
                something = something || (b[p] != ' ' && b[p] != '\t');
                ++p;
            }
            filled += something;
            if (p >= end_ && !eof_) return 0;
            if (p >= end_ || b[p] != d) break;
            ++p;
        }
        if (filled > most) {
            most = filled;
            best = d;
        }
    }
    return best;
}

size_t CsvReader::scan_utf8(size_t p, const std::array<bool, 256>& stops, long long line, size_t line_start) {
    // Out of line, and p by value, so the hot loop of every field stays one
    // loop with p in a register.
    while (p < end_ && static_cast<unsigned char>(buf_[p]) >= 0x80) {
        size_t n = utf8_at(p);
        if (n == 0) return kStopped;
        if (n == kNotUtf8) {
            fail(line, static_cast<long long>(p - line_start + 1),
                 not_utf8_message(static_cast<unsigned char>(buf_[p]), kSaveCsvAsUtf8));
            return kStopped;
        }
        for (p += n; p < end_ && !stops[static_cast<unsigned char>(buf_[p])];) ++p;
    }
    return p;
}

size_t CsvReader::utf8_at(size_t p) const {
    size_t need = utf8_lead_length(static_cast<unsigned char>(buf_[p]));
    if (need > end_ - p) return eof_ ? kNotUtf8 : 0;
    size_t n = utf8_length(std::string_view(buf_.data() + p, end_ - p), 0);
    return n ? n : kNotUtf8;
}

CsvReader::Parse CsvReader::decide_delimiter() {
    if (options_.delimiter) {
        char d = *options_.delimiter;
        if (d != ',' && d != ';' && d != '\t') return fail(0, 0, "the delimiter must be a comma, a semicolon or a tab");
        delimiter_ = d;
    } else {
        char d = sniff_delimiter();
        if (d == 0) return Parse::need_more;
        delimiter_ = d;
    }
    delimiter_known_ = true;
    return Parse::record;
}

template <char Delimiter>
CsvReader::Parse CsvReader::parse_record() {
    // Locals, not members, in the scans: the compiler keeps them in
    // registers instead of reloading them after every call and store.
    const char* b = buf_.data();
    const size_t end = end_;
    const bool eof = eof_;
    size_t p = pos_;
    long long line = line_;
    size_t line_start = pos_;
    constexpr const std::array<bool, 256>& ends = UnquotedScan<Delimiter>::kTable;
    // Each keeps the mask of its last 64 bytes, so the fields of a row of up
    // to 64 bytes are found in one pass over it.
    UnquotedScan<Delimiter> unquoted(b, end);
    QuotedScan quoted_scan(b, end);
    auto column = [&](size_t at) { return static_cast<long long>(at - line_start + 1); };
    fields_.clear();
    line_starts_.assign(1, pos_);
    unescape_.clear();

    // Blank lines carry no record (a spreadsheet's trailing empty rows).
    if (p < end && (b[p] == '\n' || b[p] == '\r')) {
        size_t length = 1;
        if (b[p] == '\r') {
            if (p + 1 >= end && !eof) return Parse::need_more;
            if (p + 1 < end && b[p + 1] == '\n') length = 2;
        }
        pos_ = p + length;
        ++line_;
        ++blank_lines_;
        return Parse::blank;
    }
    // The first record, the header, decides the delimiter; if it is not
    // this instance's, the caller comes back to the right one.
    if (!delimiter_known_) [[unlikely]] {
        Parse decided = decide_delimiter();
        if (decided != Parse::record) return decided;
        if (delimiter_ != Delimiter) return Parse::blank;
    }

    offsets_.clear();
    for (;;) {
        if (offsets_.size() >= limits::kMaxFields)
            return fail(line, column(p), "more than " + std::to_string(limits::kMaxFields) + " fields in one row");
        long long open_line = line, open_column = column(p);
        size_t start, stop;
        bool quoted = p < end && b[p] == '"';
        if (quoted) {
            bool escaped = false;
            start = ++p;
            for (;;) {
                p = quoted_scan.next(p);
                if (p >= end) {
                    if (eof)
                        return fail(open_line, open_column, "this quoted field is never closed (a \" is missing)");
                    return Parse::need_more;
                }
                char c = b[p];
                if (c == '"') {
                    if (p + 1 >= end && !eof) return Parse::need_more;
                    if (p + 1 < end && b[p + 1] == '"') {
                        escaped = true;
                        p += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n' || c == '\r') {
                    // A line break is the field's text; CRLF is one physical line.
                    if (c == '\r' && p + 1 >= end && !eof) return Parse::need_more;
                    if (c == '\r' && p + 1 < end && b[p + 1] == '\n') ++p;
                    ++line;
                    line_start = p + 1;
                    line_starts_.push_back(line_start);
                    ++p;
                } else if (c == '\0') {
                    return fail(line, column(p), std::string(kNulByteMessage));
                } else {
                    size_t n = utf8_at(p);
                    if (n == 0) return Parse::need_more;
                    if (n == kNotUtf8)
                        return fail(line, column(p), not_utf8_message(static_cast<unsigned char>(c), kSaveCsvAsUtf8));
                    p += n;
                }
            }
            stop = p;
            ++p;  // past the closing quote
            if (escaped) unescape_.emplace_back(offsets_.size(), stop);
            offsets_.emplace_back(start, stop);
        } else {
            start = p;
            // The hot loop of a million-row file (see stop_scan.h).
            p = unquoted.next(p);
            if (p < end && static_cast<unsigned char>(b[p]) >= 0x80) {
                p = scan_utf8(p, ends, line, line_start);
                if (p == kStopped) return error_ ? Parse::failed : Parse::need_more;
            }
            offsets_.emplace_back(start, p);
        }
        // What ends the field. (A closing quote at the end of the buffer
        // has asked for more already, so only unquoted text gets here unsure.)
        if (p >= end) {
            if (!eof) return Parse::need_more;
            break;  // the end of the input ends the record
        }
        char c = b[p];
        if (c == Delimiter) {
            ++p;
            continue;
        }
        if (c == '\n') {
            ++p;
            ++line;
            break;
        }
        if (c == '\r') {
            if (p + 1 >= end && !eof) return Parse::need_more;
            p += p + 1 < end && b[p + 1] == '\n' ? 2 : 1;
            ++line;
            break;
        }
        if (c == '\0') return fail(line, column(p), std::string(kNulByteMessage));
        return fail(line, column(p),
                    "unexpected text after a closing quote (a quote inside a quoted field is "
                    "written twice: \"\")");
    }
    record_line_ = line_;
    pos_ = p;
    line_ = line;

    // Undo "" escapes in place; the text only gets shorter.
    char* w = buf_.data();
    for (const auto& escaped : unescape_) {
        auto& [s, e] = offsets_[escaped.first];
        size_t out = s;
        for (size_t r = s; r < e; ++r) {
            w[out++] = w[r];
            if (w[r] == '"') ++r;
        }
        e = out;
    }
    for (auto [s, e] : offsets_) fields_.emplace_back(buf_.data() + s, e - s);
    return Parse::record;
}

CsvReader::Step CsvReader::next_in_place() {
    if (error_) return Step::end;
    for (;;) {
        if (pos_ >= end_) return eof_ ? Step::end : Step::must_move;
        Parse parsed;
        switch (delimiter_) {
            case ';': parsed = parse_record<';'>(); break;
            case '\t': parsed = parse_record<'\t'>(); break;
            default: parsed = parse_record<','>(); break;
        }
        switch (parsed) {
            case Parse::record: return Step::record;
            case Parse::blank: continue;
            case Parse::failed: return Step::end;
            case Parse::need_more: return Step::must_move;
        }
    }
}

bool CsvReader::next() {
    for (;;) {
        switch (next_in_place()) {
            case Step::record: return true;
            case Step::end: return false;
            case Step::must_move:
                if (!refill()) return false;
                continue;
        }
    }
}

}  // namespace bargain
