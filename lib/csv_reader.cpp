#include "csv_reader.h"

#include <array>
#include <cstring>

#include "input_limits.h"

namespace bargain {

namespace {
constexpr size_t kInitialBuffer = 1 << 18;

// Bytes that end an unquoted field (a NUL ends it too, to be reported).
constexpr std::array<bool, 256> kEndsUnquoted = [] {
    std::array<bool, 256> t{};
    t[static_cast<unsigned char>(',')] = t[static_cast<unsigned char>('\n')] = t[0] = true;
    return t;
}();
}  // namespace

CsvReader::Place CsvReader::place_of(size_t i) const {
    // A quoted field's place is its opening quote; its text starts after it.
    size_t at = offsets_[i].first;
    if (at > line_starts_[0] && buf_[at - 1] == '"') --at;
    size_t k = line_starts_.size() - 1;
    while (k > 0 && line_starts_[k] > at) --k;
    return Place{record_line_ + static_cast<long long>(k), static_cast<long long>(at - line_starts_[k] + 1)};
}

std::string row_width_message(size_t fields, size_t header) {
    return "this row has " + std::to_string(fields) + (fields == 1 ? " field" : " fields") +
           " but the header has " + std::to_string(header);
}

CsvReader::CsvReader(Input& in) : in_(in) { buf_.resize(kInitialBuffer); }

Diagnostic CsvReader::at_field(size_t i, std::string message) const {
    Place p = place_of(i);
    return Diagnostic{in_.name(), p.line, p.column, std::move(message)};
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
    // The first read insists on three bytes (or the end), so a byte order
    // mark is seen whole, however a pipe delivers the data.
    do {
        std::streamsize got = in_.sgetn(buf_.data() + end_, static_cast<std::streamsize>(buf_.size() - end_));
        if (!in_.read_error().empty()) {
            fail(0, 0, in_.read_error());
            return false;
        }
        if (got <= 0) eof_ = true;
        end_ += static_cast<size_t>(got > 0 ? got : 0);
    } while (!started_ && end_ < 3 && !eof_);
    if (!started_) {
        started_ = true;
        if (end_ >= 3 && std::memcmp(buf_.data(), "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
    }
    return true;
}

CsvReader::Parse CsvReader::parse_record() {
    const char* b = buf_.data();
    size_t p = pos_;
    long long line = line_;
    size_t line_start = pos_;
    fields_.clear();
    line_starts_.assign(1, pos_);
    unescape_.clear();

    // Blank lines carry no record (a spreadsheet's trailing empty rows).
    if (p < end_ && b[p] == '\n') {
        pos_ = p + 1;
        ++line_;
        return Parse::blank;
    }
    if (p < end_ && b[p] == '\r') {
        if (p + 1 >= end_ && !eof_) return Parse::need_more;
        if (p + 1 < end_ && b[p + 1] == '\n') {
            pos_ = p + 2;
            ++line_;
            return Parse::blank;
        }
    }

    offsets_.clear();
    for (;;) {
        if (offsets_.size() >= limits::kMaxFields)
            return fail(line, static_cast<long long>(p - line_start + 1),
                        "more than " + std::to_string(limits::kMaxFields) + " fields in one row");
        long long open_line = line, open_column = static_cast<long long>(p - line_start + 1);
        size_t start, stop;
        bool quoted = p < end_ && b[p] == '"';
        if (quoted) {
            bool escaped = false;
            start = ++p;
            for (;;) {
                if (p >= end_) {
                    if (eof_)
                        return fail(open_line, open_column, "this quoted field is never closed (a \" is missing)");
                    return Parse::need_more;
                }
                char c = b[p];
                if (c == '"') {
                    if (p + 1 >= end_ && !eof_) return Parse::need_more;
                    if (p + 1 < end_ && b[p + 1] == '"') {
                        escaped = true;
                        p += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\n') {
                    ++line;
                    line_start = p + 1;
                    line_starts_.push_back(line_start);
                } else if (c == '\0') {
                    return fail(line, static_cast<long long>(p - line_start + 1),
                                "NUL byte: this is not a text file");
                }
                ++p;
            }
            stop = p;
            ++p;  // past the closing quote
            if (escaped) unescape_.push_back(offsets_.size());
            offsets_.emplace_back(start, stop);
        } else {
            start = p;
            // The hot loop of a million-row file: one table look-up a byte.
            while (p < end_ && !kEndsUnquoted[static_cast<unsigned char>(b[p])]) ++p;
            if (p < end_ && b[p] == '\0')
                return fail(line, static_cast<long long>(p - line_start + 1), "NUL byte: this is not a text file");
            if (p >= end_ && !eof_) return Parse::need_more;
            stop = p;
            if (p < end_ && b[p] == '\n' && stop > start && b[stop - 1] == '\r') --stop;
            offsets_.emplace_back(start, stop);
        }
        // What ends the field.
        if (p >= end_) break;  // end of input ends the record
        char c = b[p];
        if (c == ',') {
            ++p;
            continue;
        }
        if (c == '\n') {
            ++p;
            ++line;
            break;
        }
        if (quoted && c == '\r') {
            if (p + 1 >= end_ && !eof_) return Parse::need_more;
            if (p + 1 < end_ && b[p + 1] == '\n') {
                p += 2;
                ++line;
                break;
            }
        }
        return fail(line, static_cast<long long>(p - line_start + 1),
                    "unexpected text after a closing quote (a quote inside a quoted field is "
                    "written twice: \"\")");
    }
    record_line_ = line_;
    pos_ = p;
    line_ = line;

    // Undo "" escapes in place; the text only gets shorter.
    char* w = buf_.data();
    for (size_t i : unescape_) {
        auto& [s, e] = offsets_[i];
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
        switch (parse_record()) {
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
