// Reads what a unit on a salary schedule is costed from (SPEC.md, "Salary
// schedules and costing"): `costing:`, each item of `schedules:` with its
// placement (inline, or a CSV file `lane,step,fte`), and the terms an offer
// adds for such units (`steps:`, `effective:`, `bonus:`,
// `employer_percent:`). The campaign reader (campaign.cpp) hands each part
// over; this reads it into schedule.h's types.
//
// What it must get right: a misread schedule is a wrong cost, silently, so
// nothing is guessed. Every row has one cell per lane, every cell is pay
// above 0, every placed cell is inside the grid and given once, FTE is a
// non-negative decimal, and a number YAML split at its thousands comma
// ([45,000, 48,000]) is an error that says to quote it, never two cells.
// Every problem is located: in the campaign, or at its line and column in
// the placement CSV (whose lines are shown: a placement is counts, not a
// member's business).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "campaign/campaign.h"
#include "campaign/schedule.h"
#include "core/diagnostic.h"
#include "io/input.h"
#include "io/yaml_map.h"

namespace bargain {

// Up to this many problems are reported from one placement file; reading
// stops there (a file of 10,000 wrong rows needs its first few fixed).
inline constexpr std::size_t kMaxPlacementProblems = 100;

// Paid hours per FTE in a year can be at most a leap year's hours: 2080
// typed as 20800 must be an error, not a wage bill ten times too large.
inline constexpr long long kMaxHoursPerYear = 366 * 24;

// Reads `in`, a placement CSV with the header lane,step,fte (lane may be
// left out when the schedule has one lane), into schedule.placement.
// `schedule` must already have its lanes and steps. Problems go to
// `problems`, located in the file, each with its line shown.
void read_placement_csv(Input& in, SalarySchedule& schedule, std::vector<Diagnostic>& problems);

class ScheduleReader {
public:
    ScheduleReader(YamlReader& reader, OpenCampaignFile open) : r_(reader), open_(std::move(open)) {}

    void read_costing(const YamlNode& n, CostingTerms& out);
    // The keys of a schedule after its id and units (which campaign.cpp
    // reads, since it checks ids and references): pay, hours, lanes, steps,
    // rounding and placement. A placement file is found from `campaign`'s
    // path.
    void read_schedule(YamlMap& f, const Campaign& campaign, SalarySchedule& s);
    // An offer's steps:, effective:, bonus: and employer_percent:, after its
    // wages: have been read (they give the offer its number of years).
    void read_offer_terms(YamlMap& f, Offer& o);
    // What can be told only once the whole file is read: an offer's
    // employer_percent: with no benefits: to share.
    void finish(const Campaign& c);

private:
    std::optional<long long> hours(const YamlNode& n);
    // False after a problem with a lane's name.
    bool read_lanes(const std::vector<YamlNode>& names, SalarySchedule& s);
    void read_steps(const YamlNode& n, SalarySchedule& s);
    // A placement CSV named at `n`, checked against `steps` steps (as
    // written: a row with a problem is not kept, but is still a step).
    void read_placement(const YamlNode& n, const Campaign& campaign, std::size_t steps, SalarySchedule& s,
                        std::vector<Diagnostic>& problems);
    std::optional<Bonus> bonus(const YamlNode& n, std::size_t years);

    YamlReader& r_;
    OpenCampaignFile open_;
    std::vector<Where> employer_percent_keys_;
};

// Pay, a benefit or a bonus as a schedule writes it: "45,000", 45000,
// "45,000.50" or "$45,000", in cents; nothing after a problem at `n`.
// `zero` is the message for 0, or "" when 0 is fine. (A unit's payroll:
// keeps its own plainer form, 9450000.00.)
std::optional<long long> schedule_money(YamlReader& r, const YamlNode& n, std::string_view zero = {});

}  // namespace bargain
