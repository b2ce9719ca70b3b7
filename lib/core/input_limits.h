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
// Nesting of YAML collections in a whole document read as a tree (a campaign
// file is about five levels deep).
inline constexpr int kMaxCampaignDepth = 64;
// Nodes copied in by aliases (*name) to lists and mappings: a "billion
// laughs" file makes a few lines stand for billions of nodes.
inline constexpr std::size_t kMaxYamlAliasNodes = 100000;
// Text that aliases repeat, in bytes: an alias to a long value, used many
// times, is a "billion laughs" made of text instead of nodes.
inline constexpr std::size_t kMaxYamlAliasBytes = 16u << 20;
// Nodes in a whole document read as a tree, aliases included.
inline constexpr std::size_t kMaxYamlNodes = 2000000;

// A notice template file: a page or two; a file far larger is not one.
inline constexpr std::size_t kMaxTemplateBytes = 1u << 20;

}  // namespace bargain::limits
