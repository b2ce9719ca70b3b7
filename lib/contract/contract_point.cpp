#include "contract/contract_point.h"

#include <cctype>
#include <vector>

#include "core/datetime.h"
#include "core/suggest.h"

namespace bargain {

namespace {

std::string session_shown(const PlacedSession& s) {
    return "session " + s.session->id + (s.date ? " (" + format_date(*s.date) + ")" : "");
}

// The sessions held on or before `day`: dated ones only, as the order
// keeps undated sessions last.
std::size_t sessions_through(const ContractHistory& h, Date day) {
    std::size_t n = 0;
    for (std::size_t k = 0; k < h.sessions.size(); ++k)
        if (h.sessions[k].date && *h.sessions[k].date <= day) n = k + 1;
    return n;
}

}  // namespace

NamedPoint all_agreed(const ContractHistory& h) {
    return NamedPoint{VersionPoint{h.sessions.size(), Standing::agreed, std::nullopt}, "every tentative agreement"};
}

std::variant<NamedPoint, Diagnostic> named_point(const ContractHistory& h, const Campaign& campaign,
                                                 const Timeline& timeline, std::string_view word, PointUse use,
                                                 const std::string& option) {
    const std::string w(word);
    // The same words mean the same points in every command: --as-of takes
    // both ends too.
    if ((use == PointUse::from || use == PointUse::as_of) && w == "current")
        return NamedPoint{VersionPoint{0, Standing::agreed, std::nullopt}, "the current contract"};
    if ((use == PointUse::to || use == PointUse::as_of) && w == "ta") return all_agreed(h);
    // The two words that are each a point of the other option.
    if (use == PointUse::from && w == "ta")
        return Diagnostic{"", 0, 0, "--from: 'ta' is where a comparison ends, with every agreement",
                          "write --to ta (the default), and --from current, a session id or an offer id"};
    if (use == PointUse::to && w == "current")
        return Diagnostic{"", 0, 0, "--to: 'current' is where a comparison starts, with the contract as it is",
                          "write --from current (the default), and --to ta, a session id or an offer id"};
    for (std::size_t k = 0; k < h.sessions.size(); ++k)
        if (h.sessions[k].session->id == w) {
            if (use == PointUse::as_of)
                return NamedPoint{VersionPoint{k + 1, Standing::agreed, std::nullopt},
                                  "the tentative agreements through " + session_shown(h.sessions[k])};
            return NamedPoint{VersionPoint{k + 1, Standing::on_the_table, std::nullopt},
                              "the table at the end of " + session_shown(h.sessions[k])};
        }
    if (use != PointUse::as_of)
        for (const Offer& o : campaign.offers)
            if (o.id == w) {
                const TimelineItem* item = timeline.find(o.id);
                std::optional<Date> day = item ? std::optional<Date>(item->date) : std::nullopt;
                if (!day)
                    return Diagnostic{"", 0, 0, option + ": offer '" + w + "' has no date, so which sessions it follows "
                                                "is not known",
                                      "give the offer a date:"};
                if (o.side == Side::unstated)
                    return Diagnostic{"", 0, 0, option + ": offer '" + w + "' has no side, so whose proposals are its "
                                                "package is not known",
                                      "give the offer side: union or side: employer"};
                return NamedPoint{VersionPoint{sessions_through(h, *day), Standing::on_the_table, o.side},
                                  "offer " + w + " (" + name_of(o.side) + ", " + format_date(*day) + ")"};
            }
    if (use == PointUse::as_of) {
        std::string why;
        if (auto day = parse_date(w, &why))
            return NamedPoint{VersionPoint{sessions_through(h, *day), Standing::agreed, std::nullopt},
                              "the tentative agreements through " + format_date(*day)};
        // Written as a date, it is one that is wrong: say how.
        if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0])) && w.find('-') != std::string::npos)
            return Diagnostic{"", 0, 0, option + ": '" + w + "': " + why};
    }
    std::vector<std::string> known;
    if (use == PointUse::from) known.push_back("current");
    if (use == PointUse::to) known.push_back("ta");
    for (const PlacedSession& s : h.sessions) known.push_back(s.session->id);
    if (use != PointUse::as_of)
        for (const Offer& o : campaign.offers) known.push_back(o.id);
    if (use == PointUse::as_of) known.insert(known.begin(), {"current", "ta"});
    const char* what = use == PointUse::as_of ? "current, ta, a session id or a date (YYYY-MM-DD)"
                       : use == PointUse::from ? "current, a session id or an offer id"
                                               : "ta, a session id or an offer id";
    return Diagnostic{"", 0, 0, option + ": '" + w + "' is not " + what + " of this campaign", suggestion(w, known)};
}

}  // namespace bargain
