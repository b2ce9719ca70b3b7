// A streaming RFC 4180 reader: quoted fields with embedded commas, quotes
// ("") and newlines, CRLF or LF, a UTF-8 byte order mark, and a last line
// with or without its newline.
//
// It holds one record at a time, so a ten-million-row ballot export costs the
// memory of its longest row. Fields are views into the reader's buffer, valid
// until the next call to next(). Every problem names the physical line (and
// column) where it is, because the person fixing it has the file open in a
// spreadsheet or an editor. Blank lines are skipped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.h"
#include "input.h"

namespace bargain {

// "this row has 1 field but the header has 3": the message for a ragged row.
std::string row_width_message(size_t fields, size_t header);

class CsvReader {
public:
    explicit CsvReader(Input& in);

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

    // Bytes of the input consumed so far (up to the end of the current record).
    std::uint64_t offset() const { return dropped_ + pos_; }

    // A Diagnostic located at field i of the current record.
    Diagnostic at_field(size_t i, std::string message) const;

private:
    enum class Parse { record, need_more, blank, failed };
    Parse parse_record();
    bool refill();
    Parse fail(long long line, long long column, std::string message);

    struct Place {
        long long line, column;
    };
    // Worked out only when asked for (an error), not for every field.
    Place place_of(size_t i) const;

    Input& in_;
    std::vector<char> buf_;
    std::uint64_t dropped_ = 0;  // bytes moved out of buf_ by refills
    size_t pos_ = 0;  // start of the unparsed data
    size_t end_ = 0;  // end of the data in buf_
    bool eof_ = false;
    bool started_ = false;
    long long line_ = 1;       // physical line at pos_
    long long record_line_ = 0;
    std::vector<std::string_view> fields_;
    std::vector<size_t> line_starts_;  // where each physical line of the record starts in buf_
    std::vector<std::pair<size_t, size_t>> offsets_;  // field spans in buf_
    std::vector<size_t> unescape_;  // quoted fields that hold "" pairs
    std::optional<Diagnostic> error_;
};

}  // namespace bargain
