#include "campaign/schedule_check.h"

#include <algorithm>
#include <limits>

#include "core/decimal.h"
#include "core/text.h"
#include "text/ap_style.h"

namespace bargain {

namespace {

// 1,234.5: FTE to as many decimals as it has, its thousands grouped.
std::string fte_text(long long fte) {
    std::string fraction = decimal_text(fte % kFteScale, 4).substr(1);  // ".5000"
    while (fraction.back() == '0') fraction.pop_back();
    if (fraction == ".") fraction.clear();
    return with_commas(fte / kFteScale) + fraction;
}

}  // namespace

std::vector<Diagnostic> schedule_warnings(const Campaign& c, const std::string& file) {
    std::vector<Diagnostic> out;
    for (const SalarySchedule& s : c.schedules) {
        if (s.unused_hours_line)
            out.push_back(Diagnostic{file, s.unused_hours_line, s.unused_hours_column,
                                     "schedule '" + s.id + "' pays annual salaries, so its hours: changes nothing",
                                     "hours: is the paid hours of an hourly schedule; write pay: hourly if its "
                                     "steps are pay per hour, or remove hours:"});
        __int128 fte = 0;
        for (const PlacementCell& p : s.placement) fte += p.fte;
        long long members = 0;
        std::vector<std::string> units;
        bool counted = !s.units.empty();
        for (const std::string& id : s.units) {
            auto u = std::find_if(c.units.begin(), c.units.end(), [&](const Unit& x) { return x.id == id; });
            counted = counted && u != c.units.end() && u->members;
            if (!counted) break;
            members += *u->members;
            units.push_back("'" + id + "'");
        }
        // Without every unit's head count there is nothing to compare with.
        if (!counted || fte > std::numeric_limits<long long>::max() ||
            fte == static_cast<__int128>(members) * kFteScale)
            continue;
        std::string who = units.size() == 1 ? "unit " + units[0] + " has members: " + with_commas(members)
                                            : "units " + joined_and(units) + " have " + with_commas(members) +
                                                  " members in all";
        out.push_back(Diagnostic{file, s.line, s.column,
                                 "schedule '" + s.id + "' places " + fte_text(static_cast<long long>(fte)) +
                                     " FTE, but " + who,
                                 "members: counts people and FTE full-time equivalents, so part-time members make "
                                 "FTE the smaller; anything else is a placement row missing or too many, or members: "
                                 "out of date"});
    }
    return out;
}

}  // namespace bargain
