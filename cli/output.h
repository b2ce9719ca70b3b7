// How the command line talks to the user: errors as
// `bargain: FILE:LINE:COL: message` on stderr, results on stdout or in a file
// written atomically (a temporary file in the same directory, renamed over
// the target), so an interrupted run never leaves half a report behind; and
// into a device or FIFO in place, never replacing the node itself.
#pragma once

#include <signal.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/constraint_check.h"
#include "core/datetime.h"
#include "core/diagnostic.h"

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

// At most this many problems are printed: a file of 20,000 misspelt keys
// would otherwise bury the first, which is the one to fix.
inline constexpr size_t kMaxReportedProblems = 100;
// Reports each problem, up to kMaxReportedProblems (or one more, rather
// than a line saying there is one more), then how many more
// there were; returns kBadInput.
int report_all(const std::vector<Diagnostic>& problems);
// "bargain: FILE:LINE:COL: warning: message" on stderr; the exit status is
// unaffected.
void report_warning(const Diagnostic& d);

// Writes all of `content` to `fd`, resuming after interrupted writes; false
// with errno set when it cannot.
bool write_all(int fd, std::string_view content);

// Ctrl-C (or a kill, or a closed terminal) while a half-written output
// exists would leave it behind. While a HoldSignals lives, those signals
// wait; they take effect as usual when it ends.
class HoldSignals {
public:
    HoldSignals();
    ~HoldSignals();
    HoldSignals(const HoldSignals&) = delete;
    HoldSignals& operator=(const HoldSignals&) = delete;

private:
    sigset_t before_;
};

// Writes `content` to stdout when `path` is empty or "-", or names the file
// standard output already is (/dev/stdout). A regular file (new or old) is
// written atomically: a temporary file beside it, renamed over it; through a
// symbolic link, the link is kept and its target replaced. A device or a FIFO
// is written in place, as `>` would. A failure (ENOSPC included) is
// reported as "PATH: cannot write: REASON" and returns kBadInput.
int write_output(const std::string& path, const std::string& content);

// An output file as the command line named it: `option` is "-o", "--audit"...
struct OutputFile {
    std::string option;
    std::string path;  // "" or "-": standard output
};
// Refuses, reporting it and returning kBadInput, when an output would
// replace an input of this run (`bargain tally ballots.csv -o ballots.csv`
// would swap the ballots for a report) or another output. kSuccess when
// every output is a file of its own.
int refuse_overwriting(const std::vector<OutputFile>& outputs, const std::vector<std::string>& inputs);

// A campaign file read, its timeline resolved and its constraints checked,
// as every command that takes a CAMPAIGN starts. When the file cannot be
// read or has problems, each is reported and the result is empty (the
// command exits kBadInput).
struct LoadedCampaign {
    std::string name;  // for messages: the path, or <stdin>
    CheckedCampaign checked;
    std::string text;  // the campaign's text as read, to show the lines of later problems
};
std::optional<LoadedCampaign> load_campaign_or_report(const std::string& path);

// Today's date on the campaign's wall clock (the clock is read here, in
// cli/, never in lib/).
Date today_in(const Zone& zone);

// A calendar's DTSTAMP: SOURCE_DATE_EPOCH when set (the reproducible-builds
// convention CI uses), else `fallback`. False after reporting a
// SOURCE_DATE_EPOCH that is not a number of seconds.
bool calendar_stamp_from_environment(Seconds fallback, Seconds* out);

// The date an option such as --today was given; an empty `text` is no date.
// False when it is not a date, after reporting "OPTION: 'TEXT': why".
bool option_date(const std::string& option, const std::string& text, std::optional<Date>* out);

}  // namespace bargain::cli
