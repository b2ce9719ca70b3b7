// How the command line talks to the user: errors as
// `bargain: FILE:LINE:COL: message` on stderr, results on stdout or in a file
// written atomically (a temporary file in the same directory, renamed over
// the target), so an interrupted run never leaves half a report behind.
#pragma once

#include <string>

#include "diagnostic.h"

namespace bargain::cli {

// Exit codes from the spec.
inline constexpr int kSuccess = 0;
inline constexpr int kAnswerNo = 1;
inline constexpr int kBadInput = 2;
inline constexpr int kUndetermined = 3;

// Prints "bargain: <located message>" on stderr and returns kBadInput.
int report(const Diagnostic& d);
// Prints "bargain: <message>" on stderr and returns kBadInput.
int report(const std::string& message);

// Writes `content` to stdout when `path` is empty or "-", else atomically to
// `path`. A failure is reported and returns kBadInput.
int write_output(const std::string& path, const std::string& content);

}  // namespace bargain::cli
