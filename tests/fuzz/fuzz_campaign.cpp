// libFuzzer target: a campaign file loaded, its timeline resolved, its
// constraints checked and the timeline rendered: no crash, no hang, and
// problems always located in the file. (fuzz_schedule gives a schedule's
// placement file too.)
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "campaign/constraint_check.h"
#include "io/input.h"
#include "timeline/timeline_report.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto in = bargain::Input::from_string("campaign.yaml", std::string(reinterpret_cast<const char*>(data), size));
    // No file but the campaign: a fuzzed placement: must not open the disk.
    bargain::CheckedCampaign checked = bargain::load_and_check(*in, bargain::files_in_memory({}));
    for (const bargain::Diagnostic& d : checked.problems)
        if (d.message.empty()) __builtin_trap();
    if (!checked.problems.empty()) return 0;
    bargain::TimelineReport r{checked.campaign.info.name, checked.timeline.items, checked.violations, std::nullopt};
    volatile std::size_t n = bargain::timeline_text(r).size() + bargain::timeline_json(r).size() +
                             bargain::timeline_csv(r).size() + bargain::timeline_markdown(r).size();
    (void)n;
    return 0;
}
