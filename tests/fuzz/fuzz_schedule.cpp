// libFuzzer target: a campaign with salary schedules, and the placement CSV
// one of them may name, loaded. It must end (a campaign or located
// problems), and what is kept must be what the reader promises even when
// there are problems, so that nothing downstream indexes outside a grid:
// every row has one cell per lane, each above 0 (and no rows when the
// lanes are in error); every placement cell's
// lane and step are inside the grid kept, given once, with FTE of 0 or
// more; roll-up rates are not negative and benefit shares are 0 to 100. A
// campaign with no problems also places some FTE on every schedule, and
// gives no offer more years of terms than it has wages.
//
// The input is the campaign; a line "--- placement.csv" starts the text of
// placement.csv, which is the only file the load can open (never the disk).
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>

#include "campaign/campaign.h"
#include "io/input.h"

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

void check(const bargain::SalarySchedule& s, bool clean) {
    // lanes: in error leaves none, and then no row either (found by this
    // target: `lanes: M-W[BA, BA]` is text, not a list).
    require(!s.lanes.empty() || (!clean && s.steps_cents.empty() && s.placement.empty()));
    for (const auto& row : s.steps_cents) {
        require(row.size() == s.lanes.size());
        for (long long cell : row) require(cell > 0);
    }
    std::set<std::pair<std::size_t, std::size_t>> cells;
    bool placed = false;
    for (const bargain::PlacementCell& c : s.placement) {
        require(c.lane < s.lanes.size());
        require(c.step < s.steps_cents.size());
        require(c.fte >= 0);
        require(cells.insert({c.lane, c.step}).second);
        placed = placed || c.fte > 0;
    }
    if (s.pay == bargain::PayBasis::annual) require(s.hours == 0);
    if (clean) {
        require(placed);
        require(!s.units.empty());
        require(!s.steps_cents.empty());
        if (s.pay == bargain::PayBasis::hourly) require(s.hours > 0);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    std::map<std::string, std::string> files;
    const std::string marker = "--- placement.csv\n";
    if (std::size_t at = text.find(marker); at != std::string::npos) {
        files["placement.csv"] = text.substr(at + marker.size());
        text.resize(at);
    }
    auto in = bargain::Input::from_string("campaign.yaml", std::move(text));
    bargain::CampaignLoad load = bargain::load_campaign(*in, bargain::files_in_memory(std::move(files)));
    for (const bargain::Diagnostic& d : load.problems) {
        require(!d.message.empty());
        require(d.file == "campaign.yaml" || d.file == "placement.csv");
    }
    const bool clean = load.problems.empty();
    const bargain::Campaign& c = load.campaign;
    for (const bargain::SalarySchedule& s : c.schedules) check(s, clean);
    for (const bargain::RollupRate& r : c.costing.rollup) require(r.percent >= 0);
    for (const bargain::Benefit& b : c.costing.benefits) {
        require(b.per_fte_cents >= 0);
        require(b.employer_percent >= 0 && b.employer_percent <= 100 * bargain::kWageScale);
    }
    for (const bargain::Offer& o : c.offers) {
        const bargain::OfferScheduleTerms& t = o.schedule_terms;
        for (long long p : t.employer_percent) require(p >= 0 && p <= 100 * bargain::kWageScale);
        for (const bargain::Bonus& b : t.bonuses) require(b.per_fte_cents >= 0);
        if (!clean) continue;
        const std::size_t years = o.wages.size();
        require(t.steps.size() <= years && t.effective.size() <= years && t.employer_percent.size() <= years);
        for (const bargain::Bonus& b : t.bonuses) require(b.year < years);
    }
    return 0;
}
