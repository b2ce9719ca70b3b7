#include "notice/notice_needs.h"

namespace bargain {

namespace {

// How each built-in is called in a message.
std::string_view template_words(std::string_view builtin) {
    if (builtin == "intent-to-strike") return "the intent-to-strike letter";
    if (builtin == "media-advisory") return "the media advisory";
    if (builtin == "press-release") return "the press release";
    return "";
}

bool is_letter(std::string_view builtin) { return builtin == "intent-to-strike"; }

// Where the notice prints the units by name: the letter lists them; the
// advisory's WHO falls back to them; the advisory and the press release
// close with "... are affiliates of ..." when there is an affiliate.
bool prints_units(std::string_view builtin, const Campaign& c, const Event& e) {
    if (is_letter(builtin)) return true;
    if (builtin == "media-advisory" && e.who.empty()) return true;
    return !c.affiliate.empty();
}

// A location the notice can print: it names a place somehow.
bool names_a_place(const Location& l) { return !l.name.empty() || !l.address.empty() || !l.city.empty(); }

const char* event_noun(EventKind k) {
    switch (k) {
        case EventKind::picket: return "the picket";
        case EventKind::rally: return "the rally";
        case EventKind::strike: return "the strike";
        default: return "it";
    }
}

class Needs {
public:
    Needs(std::string_view builtin, const Campaign& c, const Event& e, const std::string& file)
        : c_(c), e_(e), file_(file),
          opening_(std::string(template_words(builtin)) + " for '" + e.id + "' ") {}

    // A value of the event, or of the campaign as a whole. Campaign keys
    // are reported at the event too: the campaign model keeps no place for
    // `campaign:` itself, and the event is what asked for the notice.
    void missing(std::string message, std::string placeholder, std::function<void(Campaign&, Event&)> fill,
                 Where at = {}) {
        if (at.line == 0) at = e_.where;
        out_.push_back(
            {Diagnostic{file_, at.line, at.column, opening_ + message}, std::move(placeholder), std::move(fill)});
    }

    void campaign_text(std::string CampaignInfo::*field, const char* key, const char* what, const char* placeholder) {
        if (!(c_.info.*field).empty()) return;
        missing(std::string("needs ") + what + ": add `" + key + ":` under `campaign:`", placeholder,
                [field, placeholder](Campaign& c, Event&) { c.info.*field = placeholder; });
    }

    void units() {
        if (!c_.units.empty()) return;
        missing("needs the bargaining units that give notice: list them under `units:`, each with its `id:` and "
                "`name:`",
                "[BARGAINING UNIT]", [](Campaign& c, Event&) {
                    Unit u;
                    u.name = "[BARGAINING UNIT]";
                    c.units.push_back(u);
                });
    }

    void unit_names() {
        for (std::size_t i = 0; i < c_.units.size(); ++i) {
            const Unit& u = c_.units[i];
            if (!u.name.empty() || !u.short_name.empty()) continue;
            std::string placeholder = "[NAME OF UNIT " + u.id + "]";
            missing("names each unit, and unit '" + u.id + "' has no name: add `name:` to it", placeholder,
                    [i, placeholder](Campaign& c, Event&) { c.units[i].name = placeholder; }, u.where);
        }
    }

    void who() {
        if (!e_.who.empty() || !c_.units.empty()) return;
        missing("needs who takes part: add `who:` to the event, or list the bargaining units under `units:`",
                "[WHO]", [](Campaign&, Event& e) { e.who = "[WHO]"; });
    }

    void locations(bool required) {
        if (e_.locations.empty()) {
            if (!required) return;
            missing(std::string("needs where ") + event_noun(e_.kind) +
                        " takes place: add `locations:` to the event, each with a `name:`, `address:` and `city:`",
                    "[LOCATION]", [](Campaign&, Event& e) { e.locations.push_back(Location{"[LOCATION]", "", ""}); });
            return;
        }
        for (std::size_t i = 0; i < e_.locations.size(); ++i) {
            if (names_a_place(e_.locations[i])) continue;
            missing("lists location " + std::to_string(i + 1) +
                        ", which names no place: give it a `name:`, `address:` or `city:`",
                    "[LOCATION]", [i](Campaign&, Event& e) { e.locations[i].name = "[LOCATION]"; });
        }
    }

    std::vector<MissingValue> take() { return std::move(out_); }

private:
    const Campaign& c_;
    const Event& e_;
    const std::string& file_;
    std::string opening_;
    std::vector<MissingValue> out_;
};

}  // namespace

std::vector<MissingValue> missing_values(std::string_view builtin, const Campaign& c, const Event& e,
                                         const std::string& file) {
    if (template_words(builtin).empty()) return {};
    Needs needs(builtin, c, e, file);
    if (is_letter(builtin)) {
        // A letter of notice: who sends it, to whom, where it is served.
        needs.campaign_text(&CampaignInfo::union_address, "union_address", "the union's address, its sender",
                            "[UNION ADDRESS]");
        needs.campaign_text(&CampaignInfo::employer, "employer", "the employer's name", "[EMPLOYER]");
        needs.campaign_text(&CampaignInfo::employer_address, "employer_address",
                            "the employer's address, where it is served", "[EMPLOYER ADDRESS]");
        needs.units();
    }
    if (builtin == "media-advisory") needs.who();
    if (prints_units(builtin, c, e)) needs.unit_names();
    if (!is_letter(builtin)) needs.locations(builtin == "media-advisory");
    return needs.take();
}

}  // namespace bargain
