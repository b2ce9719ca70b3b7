// The campaign timeline in each output format (text, markdown, json, csv),
// all from one TimelineReport, so they always agree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "campaign/constraint_check.h"
#include "campaign/timeline.h"

namespace bargain {

struct TimelineReport {
    std::string campaign;  // its name
    std::vector<TimelineItem> items;
    std::vector<Violation> violations;
    std::optional<Date> today;  // --today: mark items past / today / upcoming
    std::optional<Date> contract_expires = {};  // the campaign's: a line on the chart
};

// "past", "today" or "upcoming" relative to `today`.
const char* when_name(Date date, Date today);

std::string timeline_text(const TimelineReport& r);
std::string timeline_markdown(const TimelineReport& r);
std::string timeline_json(const TimelineReport& r);
std::string timeline_csv(const TimelineReport& r);

}  // namespace bargain
