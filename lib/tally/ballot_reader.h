// Reads ballot files, CSV or YAML, one record at a time, and hands each to a
// BallotSink (the tally). Nothing here decides what a record's status is;
// it only reads what the file says, and says exactly where the file is wrong.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "io/input.h"
#include "io/text_source.h"
#include "io/yaml_source.h"
#include "tally/ballot.h"
#include "tally/export_mapping.h"

namespace bargain {

inline constexpr std::uint32_t kSkipQuestion = std::numeric_limits<std::uint32_t>::max();

// Where the records of a file go. A sink may refuse a record it cannot
// take (with --by-unit, a ballot of no unit): it says why as a value, and
// the reader adds that problem and reads the file no further, as it stops
// at any problem that makes the rest of the file meaningless to count.
// Nothing is thrown across this interface (core/diagnostic.h).
class BallotSink {
public:
    virtual ~BallotSink() = default;
    // The tally's index for question `id`, or kSkipQuestion when it is not
    // being tallied (`--question` names another).
    virtual std::uint32_t question(std::string_view id) = 0;
    virtual void question_text(std::uint32_t question, std::string_view text) = 0;
    // Nothing when the ballot is taken; else why it is refused, located.
    [[nodiscard]] virtual std::optional<Diagnostic> ballot(const BallotRecord& record) = 0;
    // Several ballots in file order, as ballot() one by one would take them:
    // the first refusal ends the batch, and the ballots after it are not
    // taken. A sink may override this to overlap the memory look-ups of a
    // batch (a big tally waits on memory, not on parsing).
    [[nodiscard]] virtual std::optional<Diagnostic> ballots(std::span<const BallotRecord> batch) {
        for (const BallotRecord& r : batch)
            if (auto refused = ballot(r)) return refused;
        return std::nullopt;
    }
    // Nothing when the counts are taken; else why they are refused, located.
    [[nodiscard]] virtual std::optional<Diagnostic> site_return(const SiteReturn& counts) = 0;
    // True when the sink may need to say where an empty unit cell is
    // (BallotRecord::unit_column): worked out only then.
    virtual bool wants_unit_places() const { return false; }
};

// What the count asks of a file, known before its first record.
struct BallotReadOptions {
    const ExportMapping* mapping = nullptr;  // columns, answer words, delimiter; none: the defaults
    bool window = false;  // --opens/--closes: a file without a cast_at column is refused
    bool roster = false;  // a roster: a file without a voter column is refused
};

// A header cell (CSV) or a key first seen on a ballot (YAML), where it is.
struct HeaderCell {
    std::string name;
    long long line = 0, column = 0;
};

// What a file turned out to be, for the report and the checks after the count.
struct BallotFileFacts {
    long long records = 0;     // ballot records read (site returns are not records)
    long long empty_rows = 0;  // rows whose every cell is empty, and empty lines: skipped
    bool yaml = false;
    char delimiter = ',';
    TextEncoding encoding = TextEncoding::utf8;
    std::vector<HeaderCell> header;  // in file order
    bool has_voter = false, has_cast_at = false;
};

// The top-level values every YAML ballot and totals file shares: `bargain:
// 1` (the format version) and `questions: {id: text}`, each question handed
// to `question` once its text is checked to be text. Throws InputError at
// the value's place in `file`.
void read_yaml_header_value(const std::string& file, const YamlNode& key, const YamlNode& value,
                            const std::function<void(const YamlNode& id, const std::string& text)>& question);

// Up to this many problems are reported from one file; reading stops there.
inline constexpr std::size_t kMaxFileProblems = 100;

// Reads every record of `in` into `sink`. A record with a problem is left
// out and the problem added to `problems` (located); reading goes on, up
// to kMaxFileProblems, so one run shows every problem of a file. A record
// the sink refuses ends the reading there, its problem the last. Nothing
// (and a problem) when the file cannot be read as ballots at all, or a
// YAML file stopped before its end (what its ballots hold is then not
// known). Any problem means the count is not to be trusted.
std::optional<BallotFileFacts> read_ballots(Input& in, std::uint32_t file, const BallotReadOptions& options,
                                            BallotSink& sink, std::vector<Diagnostic>& problems);

}  // namespace bargain
