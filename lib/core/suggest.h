// "Did you mean ...?" for a misspelt key or name: a typo in a campaign or
// ballot file must be pointed out, never silently ignored, and the fix
// should be one glance away.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bargain {

// The known word closest to `word` by edit distance, when it is close enough
// to be a plausible typo; "" otherwise.
std::string closest(std::string_view word, const std::vector<std::string>& known);

// "did you mean 'ballots'?" or "": a Diagnostic's help.
std::string did_you_mean_help(std::string_view word, const std::vector<std::string>& known);

// " (did you mean 'ballots'?)" or "", for a message that has no help line.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& known);

}  // namespace bargain
