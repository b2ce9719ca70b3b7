// What to write to map an export's column or word, said the two ways a
// team can write it: on the command line (`--column voter="Member ID"`) and
// in the campaign vote (`columns: {voter: Member ID}`). Every refusal that
// a mapping would fix ends with one of these, with the export's own header
// or word filled in when one looks likely.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ballot.h"
#include "export_mapping.h"

namespace bargain {

// The header of `headers` most likely to hold `column` ("Member ID",
// "Voter ID", "Email" for voter; "Timestamp", "Date Voted" for cast_at...),
// or nothing.
std::optional<std::string> likely_header(Column column, const std::vector<std::string>& headers);

// "--column voter=\"Member ID\" (or columns: {voter: Member ID} in the
// campaign vote)"; HEADER when none is given. `roster` says
// --roster-column and roster_columns:.
std::string column_hint(Column column, std::optional<std::string> header, bool roster = false);

// The answer a word most likely means ("For", "Y", "Accept", "1", "Oui"
// are yes; "Against", "N", "Reject", "0", "Non" no; "Pass" abstain), or
// nothing.
std::optional<Answer> likely_answer(std::string_view word);

// "--answer For=yes --answer Against=no (or answers: {yes: [For], no:
// [Against]} in the campaign vote)" for words found void, each with its
// likely answer; a word with none gets WORD=yes|no|abstain.
std::string answer_hint(const std::vector<std::string>& words);

// A value for the command line: quoted when it holds a blank or a quote.
std::string shell_word(std::string_view s);

}  // namespace bargain
