// What to write to map an export's column, word or delimiter, said the two
// ways a team can write it: on the command line (`--column voter="Member
// ID"`) and in the campaign vote (`columns: {voter: Member ID}`). Every
// refusal that a mapping would fix ends with one of these, with the export's
// own header or word filled in when one looks likely.
//
// What it must get right: what it prints is pasted as it is. A shell word
// is quoted so that no shell expands it (bash's `!` included); a YAML value
// so that a YAML reader reads back the same string (`No` is not false,
// `Yes: accept` is not a mapping). Ballot and totals readers share these,
// so the two kinds of file never disagree about what a word means.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "io/csv_reader.h"
#include "tally/ballot.h"
#include "tally/export_mapping.h"

namespace bargain {

// The header of `headers` most likely to hold `column` ("Member ID",
// "Voter ID", "Email" for voter; "Timestamp", "Date Voted" for cast_at;
// "Choice" for a total's option, "Count" for its votes...), or nothing.
std::optional<std::string> likely_header(Column column, const std::vector<std::string>& headers);

// "--column voter=\"Member ID\" (or columns: {voter: Member ID} in the
// campaign vote)"; HEADER when none is given. `roster` says
// --roster-column and roster_columns:.
std::string column_hint(Column column, std::optional<std::string> header, bool roster = false);

// The answer a word plainly means ("For", "Y", "1", "Oui", "Accept the
// offer" are yes; "Against", "N", "0", "Reject" no; "Pass" abstain;
// "Spoiled" void), or nothing: nothing too when its words point two ways or
// are negated ("Do not accept"), for the person reading must decide.
std::optional<Answer> likely_answer(std::string_view word);

// "--answer For=yes --answer Against=no (or answers: {yes: [For], no:
// [Against]} in the campaign vote)" for words found void, each with its
// likely answer; a word with none gets WORD=yes|no|abstain.
std::string answer_hint(const std::vector<std::string>& words);

// `s` as one shell word, quoted only when it must be: Member_ID, "Member
// ID", and in single quotes when double quotes would still expand
// something ('Yes!', 'Cost $'); shown as visible() shows text.
std::string shell_word(std::string_view s);

// "--delimiter semicolon (or delimiter: semicolon in the campaign vote)".
std::string delimiter_hint(char delimiter);

// A header that a forced delimiter leaves one column although it holds
// another delimiter: the forced one is wrong, and no column mapping would
// help. The refusal, naming where the delimiter was forced, or nothing.
// Asked after the header is read.
std::optional<Diagnostic> forced_delimiter_splits_nothing(const CsvReader& csv, const ExportMapping& mapping);

// What to add to the message for a row whose width is not the header's,
// when the delimiter was sniffed and the row, or the header, holds another
// delimiter outside quotes (a semicolon file whose question has a comma is
// sniffed as a comma file): "the header was split at commas, this row holds
// semicolons: if that is the file's delimiter, --delimiter semicolon (or
// ...)". `header_other` is what csv.other_delimiter() said of the header;
// `at_header` says the current record is the header (a header whose columns
// are not found). "" when none of this applies.
std::string sniffed_delimiter_note(const CsvReader& csv, char header_other, bool at_header = false);

}  // namespace bargain
