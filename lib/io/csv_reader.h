// A streaming RFC 4180 reader for the files spreadsheets and e-voting vendors
// really export: quoted fields with embedded delimiters, quotes ("") and line
// breaks; a comma, semicolon or tab between fields (Excel in a German or
// French locale writes ';', its "Unicode Text" a tab); CR, LF or CRLF line
// ends (CR alone: old Mac exports); UTF-8 with or without one or more byte
// order marks, or UTF-16 with one (see text_source.h); a last line with or
// without its line end.
//
// It holds one record at a time, so a ten-million-row ballot export costs the
// memory of its longest row. Fields are views into the reader's buffer, valid
// until the next call to next(). Every problem names the physical line (and
// column) where it is, because the person fixing it has the file open in a
// spreadsheet or an editor. Blank lines are skipped (and counted).
//
// What it must get right besides: speed. The delimiter is decided once, from
// the header; the record parser is compiled once per delimiter, each with its
// own set of stops, found 64 bytes at a time (stop_scan.h), so a comma file
// runs a comma-only scan. Text that is not UTF-8 is an error at its byte,
// found without a second pass: bytes >= 0x80 stop the same scan and only
// then, out of line, is their sequence checked, so ASCII costs nothing extra
// (the tally benchmark in bench/ measures it).
// Columns count bytes of UTF-8 (as yaml-cpp's do, so every message counts
// alike); in a UTF-16 file, bytes of its text transcoded to UTF-8, so an
// accented letter counts as it would in the same file saved as UTF-8.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "io/input.h"
#include "io/text_source.h"

namespace bargain {

// "this row has 1 field but the header has 3": the message for a ragged row.
std::string row_width_message(size_t fields, size_t header);

struct CsvOptions {
    std::optional<char> delimiter;  // forced (--delimiter); sniffed from the header when empty
};

// "comma", "semicolon", "tab": what reports call a delimiter.
const char* delimiter_name(char delimiter);
// The delimiter a user names: "comma", "semicolon", "tab" or the character
// itself (",", ";", a tab or "\t"); nothing for anything else.
std::optional<char> delimiter_from_name(std::string_view name);

class CsvReader {
public:
    // A forced delimiter other than a comma, a semicolon or a tab is an error
    // at the first next().
    explicit CsvReader(Input& in, CsvOptions options = {});

    // Reads the next record. False at the end of input or on an error; then
    // error() tells which.
    bool next();

    // Like next(), but never moves the buffer: the fields of earlier records
    // stay valid. `must_move` says the next record needs more input; the
    // caller lets go of those fields and calls next().
    enum class Step { record, end, must_move };
    Step next_in_place();
    const std::optional<Diagnostic>& error() const { return error_; }

    const std::vector<std::string_view>& fields() const { return fields_; }
    // Where the current record starts, and where field i starts (1-based).
    long long line() const { return record_line_; }
    long long field_line(size_t i) const { return place_of(i).line; }
    long long field_column(size_t i) const { return place_of(i).column; }
    std::pair<long long, long long> field_place(size_t i) const {
        Place p = place_of(i);
        return {p.line, p.column};
    }

    // Bytes of text consumed so far (up to the end of the current record):
    // UTF-8 after any byte order mark, so in a UTF-16 file the transcoded
    // text's bytes, not the file's.
    std::uint64_t offset() const { return dropped_ + pos_; }

    // The delimiter between fields (',' until the header is read) and the
    // file's encoding: valid after the first record (the header) is read.
    char delimiter() const { return delimiter_; }
    bool delimiter_forced() const { return options_.delimiter.has_value(); }
    // Another of the delimiters (comma, semicolon, tab) that the current
    // record holds outside quotes, or 0: a row not split where it should
    // be. Asked when a row is already wrong, never for every row.
    char other_delimiter() const;
    TextEncoding encoding() const { return text_.encoding(); }
    // Physically empty lines skipped so far (LF, CRLF or CR alone).
    long long blank_lines() const { return blank_lines_; }

    // A Diagnostic located at field i of the current record, its width the
    // field as written (a quoted one with its quotes), so that where the
    // line is shown (a vendor's totals, io/excerpt.h) the caret is under
    // the whole field.
    Diagnostic at_field(size_t i, std::string message) const;

private:
    enum class Parse { record, need_more, blank, failed };
    // One instance per delimiter, so each scan is as tight as a comma-only
    // one. `blank` also means "nothing to hand over: parse again".
    template <char Delimiter>
    Parse parse_record();
    Parse decide_delimiter();
    bool refill();
    Parse fail(long long line, long long column, std::string message);
    // The header at pos_ split by each candidate: the delimiter it decides,
    // or 0 when the header does not end within the buffer yet.
    char sniff_delimiter() const;
    // After a byte >= 0x80 at p: the length of its UTF-8 sequence, 0 when the
    // buffer ends before the sequence can be told, or npos when it is not UTF-8.
    size_t utf8_at(size_t p) const;
    // From a byte >= 0x80 at p to the next byte in `stops` below 0x80 (or
    // the end of the buffer), every character checked as UTF-8: where it
    // stopped, or npos when it needs more input or failed (error_ is set).
    [[gnu::noinline]] size_t scan_utf8(size_t p, const std::array<bool, 256>& stops, long long line,
                                       size_t line_start);

    struct Place {
        long long line, column;
    };
    // Worked out only when asked for (an error), not for every field.
    Place place_of(size_t i) const;
    // The bytes field i takes in the file's text (transcoded to UTF-8), at
    // least 1.
    long long written_width(size_t i) const;
    // Where the text read so far ends: where a problem in it stopped it.
    Place place_of_end() const;

    Input& in_;
    TextSource text_;
    CsvOptions options_;
    char delimiter_ = ',';
    bool delimiter_known_ = false;
    long long blank_lines_ = 0;
    std::vector<char> buf_;
    std::uint64_t dropped_ = 0;  // bytes moved out of buf_ by refills
    size_t pos_ = 0;  // start of the unparsed data
    size_t end_ = 0;  // end of the data in buf_
    bool eof_ = false;
    long long line_ = 1;       // physical line at pos_
    long long record_line_ = 0;
    std::vector<std::string_view> fields_;
    std::vector<size_t> line_starts_;  // where each physical line of the record starts in buf_
    std::vector<std::pair<size_t, size_t>> offsets_;  // field spans in buf_
    // Quoted fields that hold "" pairs, and where each one's text ended
    // before the pairs were undone (for written_width()).
    std::vector<std::pair<size_t, size_t>> unescape_;
    std::optional<Diagnostic> error_;
};

}  // namespace bargain
