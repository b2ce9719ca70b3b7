#include "tally/uk_statement.h"

namespace bargain {

std::optional<UkStatement> uk_statement(const Decision& d, const Rule& rule) {
    if (!is_uk_rule(rule.name)) return std::nullopt;
    const AnswerCounts& a = d.counts;
    UkStatement s;
    s.entitled = d.eligible.value_or(0);
    s.cast = a.cast();
    s.yes = a.yes;
    s.no = a.no;
    s.invalid = a.cast() - a.valid();
    s.half_turned_out = static_cast<__int128>(s.cast) * 2 >= s.entitled;
    if (rule.name == "uk-2016-ips") s.forty_percent = static_cast<__int128>(s.yes) * 5 >= static_cast<__int128>(s.entitled) * 2;
    return s;
}

}  // namespace bargain
