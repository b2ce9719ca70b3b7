// Limits on hostile or broken input, in one place so each has a name, a
// reason and an error message. A bargaining team's real files sit far below
// every one of them; a file above one is almost certainly not a ballot file.
#pragma once

#include <cstddef>

namespace bargain::limits {

// One CSV record (a row, with its quoted newlines). Real rows are < 1 KiB.
inline constexpr std::size_t kMaxRecordBytes = 16u << 20;
// Columns in one CSV file: reserved columns plus one per question.
inline constexpr std::size_t kMaxFields = 4096;
// Bytes in a voter id, ballot serial, unit id or question id.
inline constexpr std::size_t kMaxIdBytes = 1024;
// Nesting of YAML collections inside one ballot, roster entry or return.
inline constexpr int kMaxYamlDepth = 16;
// Scalars in one YAML ballot, roster entry or return.
inline constexpr std::size_t kMaxYamlItemScalars = 20000;

}  // namespace bargain::limits
