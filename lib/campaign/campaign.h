// The campaign file (campaign.yaml) as typed values: the employer, the
// bargaining units, sessions, offers, votes, events and timeline constraints,
// and the salary schedules and costing terms (schedule.h; read by
// schedule_reader.h).
//
// What it must get right: a typo must never be silently ignored (unknown
// keys, enumerations and references are errors with a "did you mean"), every
// problem is reported at once with its line and column, and what users count
// on is exact: money in integer cents and wage increases as exact decimals,
// never floating point. Relative dates are kept as written; resolving them
// is the timeline's job.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "campaign/schedule.h"
#include "core/datetime.h"
#include "core/diagnostic.h"
#include "io/input.h"
#include "tally/export_mapping.h"
#include "tally/rule.h"

namespace bargain {

// Where a value was written, for messages about it later (the timeline).
struct Where {
    long long line = 0, column = 0;
};

// A date as written: an absolute date, or {after|before: ID, days: N,
// business: yes} counted from another item's date.
struct RelativeDate {
    std::string anchor;  // an id of a session, offer, vote or event
    bool after = true;   // false: `before:`
    long long days = 0;
    bool business = false;  // count Monday-Friday days that are not holidays
};
// Relative dates may be at most this many days away: a typo of 1000000
// days must be an error, not a date in the year 4764.
inline constexpr long long kMaxRelativeDays = 36600;

struct DateSpec {
    std::variant<Date, RelativeDate> value;
    Where where;
    bool is_absolute() const { return value.index() == 0; }
    const Date* absolute() const { return std::get_if<Date>(&value); }
    const RelativeDate* relative() const { return std::get_if<RelativeDate>(&value); }
};

// A vote's opening or closing written relative to another item:
// `closes: {after: lbo, days: 7, time: "19:00"}`. Without a time it is a
// date alone, as `closes: 2020-01-17` is.
struct RelativeWhen {
    RelativeDate date;
    std::optional<std::chrono::minutes> time;  // after midnight
    Where where;
};

// What a relative date may count from besides an item's id.
inline constexpr const char* kContractExpires = "contract_expires";

enum class Side { unstated, union_, employer };
enum class ProposalStatus { open, ta, withdrawn };
enum class VoteKind { other, lbo, ratification, strike_authorization };
enum class EventKind { other, picket, rally, strike, notice, mediation, deadline, meeting };
// The notices the law presets and the letter template know, by an event's
// `type:`. Any other type is a word for people ("informational"), kept as
// written in Event::type.
enum class NoticeType { none, intent_to_strike, bargaining_notice, fmcs_notice };

// The words the campaign file uses for each value, which reports print too:
// "union", "ta", "strike-authorization", "picket". Side::unstated is "".
const char* name_of(Side side);
const char* name_of(ProposalStatus status);
const char* name_of(VoteKind kind);
const char* name_of(EventKind kind);
const char* name_of(NoticeType type);  // NoticeType::none is ""

struct Contact {
    std::string name, role, phone, email;
    bool is_private = false;  // `private: true`: never on the members' site
};

// A number of the law preset changed by the campaign:
// `law: {preset: uk-tulrca, notice_days: 14}`.
struct LawOverride {
    std::string key;  // one of law_number_keys()
    long long value = 0;
    Where where;
};

struct CampaignInfo {
    std::string name;
    std::string employer;
    std::string employer_address;
    std::string union_address;  // the sender of a formal letter
    Zone zone = Zone::utc();  // the IANA zone as written (name()), checked against the tz database
    // The expiry as written (a date, or counted from an item) and, once the
    // timeline is resolved (at once when it is a date), the date itself.
    std::optional<DateSpec> contract_expires_written;
    std::optional<Date> contract_expires;
    std::string law;  // a statutory preset, e.g. illinois-iplra; "" for none
    std::vector<LawOverride> law_overrides;
    std::vector<Date> holidays;  // sorted, each once
    std::vector<Contact> contacts;
};

struct Unit {
    std::string id, name, short_name;
    std::optional<long long> members;
    std::optional<long long> payroll_cents;  // annual base payroll
    Where where;
};

// Who signed a tentative agreement, and when (`signed:`).
struct Signatures {
    std::string union_name, employer_name;
    Date date;
    Where date_at;  // where the date was written
};

// The contract language a proposal carries (SPEC.md, "Contract text"): the
// section it is on, and what it does to it. Read by lib/contract/, which
// alone knows the contract's sections; the loader checks only the shape.
enum class LanguageChange {
    none,       // no language given
    replace,    // text: or file:, the whole new section
    remove,     // delete: true
    unchanged,  // unchanged: true, agreed to keep the current language
};

struct Proposal {
    std::string article;
    Side side = Side::unstated;
    std::string summary;
    ProposalStatus status = ProposalStatus::open;
    std::string section;  // a section id of the contract, "art-12.3"; "" when none
    LanguageChange change = LanguageChange::none;
    std::string text;     // text:, the whole new section as written
    std::string file;     // or file:, resolved (Campaign::resolve_path); read by lib/contract/
    std::string after;    // a section the contract does not have yet goes after this one
    std::optional<Signatures> signatures;
    Where where, section_at, language_at, after_at;  // the proposal, section:, its language, after:
};

struct Session {
    std::string id;
    std::optional<DateSpec> date;
    std::optional<std::chrono::minutes> start, end;  // minutes after midnight
    std::string location;
    std::vector<Proposal> proposals;
    Where where;
    bool is_private = false;  // `private: true`: left out of the members' site and its calendar
};

// Wage increases in ten-thousandths of a percent: 1.5% is 15000.
inline constexpr long long kWageScale = 10000;

struct Offer {
    std::string id;
    Side side = Side::unstated;
    std::string label;
    std::optional<DateSpec> date;
    bool final = false;
    std::vector<long long> wages;  // per contract year, in 1/kWageScale percent
    // A year's raise may instead be a flat amount added to each member's
    // annual pay ("$1,000"): then flat_cents holds it for that year and
    // wages holds 0. Empty when no year's raise is flat, so readers that
    // only know percentages see the same `wages` as before.
    std::vector<long long> flat_cents;
    // Step movement, effective dates, bonuses and the employer's share of
    // benefits: what a unit on a salary schedule is costed under.
    OfferScheduleTerms schedule_terms;
    Where where;
    bool is_private = false;  // `private: true`: left out of the members' site and its calendar
};

struct Vote {
    std::string id;
    VoteKind kind = VoteKind::other;
    std::string offer;  // an offer id, or ""
    std::string question;
    // The voting window. A time written relative to another item is kept in
    // *_from, and opens/closes are filled in once the timeline is resolved.
    std::optional<DateTime> opens, closes;
    std::optional<RelativeWhen> opens_from, closes_from;
    std::vector<std::string> units;    // unit ids
    // A vote is counted from ballot records or from the totals a vendor
    // published, never both (the loader refuses a vote that names both).
    std::vector<std::string> ballots;  // paths as written
    std::vector<std::string> totals;   // paths as written (`totals:` instead of `ballots:`)
    std::string column;                // the ballot column; the vote's id when not given
    std::string roster;                // a path as written, or ""
    // How to read the vote's files: `columns:` (the reserved columns of a
    // ballot file, or a totals file's question, option, votes and unit),
    // `answers:` and `delimiter:`; and `roster_columns:` for its roster.
    // Each mapping is checked at load, located at the node that wrote it.
    ExportMapping mapping;
    ColumnMap roster_columns;
    // `eligible: N` (1 or more): the electorate when there is no roster,
    // instead of the units' members. Refused together with `roster:`.
    std::optional<long long> eligible;
    // `min_unit_ballots: N`: counted --by-unit, a unit with fewer ballots
    // shows its result and not its counts; nothing when the vote does not
    // say (then the default, kDefaultMinUnitBallots).
    std::optional<long long> min_unit_ballots;
    // `rule:` and `turnout:`, each parsed at load so that a misspelt rule
    // is an error at its line: the rule (nothing when the vote names none)
    // and the turnout as a clause. Each may be replaced on the command line
    // without the other. The texts as written are kept only to be shown (a
    // calendar's "Rule: >= 3/5 of cast", the count's record of "50%").
    std::optional<Rule> parsed_rule;
    std::optional<Threshold> turnout_clause;
    std::string rule, turnout;
    // The two together, as the vote is decided (majority when it names no
    // rule). When either is in error the load has a problem and this is what
    // could be read (majority at worst).
    Rule counting_rule = majority_rule();
    // `committee:`: the election committee, whose members sign the result
    // certificate (tally --certificate), in the order given.
    std::vector<std::string> committee;
    Where where;
    bool is_private = false;  // `private: true`: left out of the members' site and its calendar
};

struct Location {
    std::string name, address, city;
};

struct Event {
    std::string id;
    EventKind kind = EventKind::other;
    std::string type;  // as written, e.g. intent-to-strike, informational
    NoticeType notice = NoticeType::none;  // `type:` when it names one
    std::string title;
    std::optional<DateSpec> date;
    std::optional<std::chrono::minutes> start, end;
    std::string what, who, why;
    std::vector<Location> locations;
    Where where;
    bool is_private = false;  // `private: true`: left out of the members' site and its calendar
};

// `then` at least `min_days` after `first`.
struct OrderConstraint {
    std::string first, then;
    long long min_days = 0;
};
// `not_before: contract_expires`.
struct ContractExpiry {};
// `not_before: ID`: the date of a session, offer, vote or event.
struct ItemDate {
    std::string id;
};
// `event` not before `not_before`: an item's date, a date, the contract's
// expiry, or a date counted from one of those.
struct NotBeforeConstraint {
    std::string event;
    std::variant<ItemDate, Date, ContractExpiry, RelativeDate> not_before;
};
struct Constraint {
    std::variant<OrderConstraint, NotBeforeConstraint> rule;
    Where where;
};

struct Campaign {
    std::string path;  // the file it came from, for resolving relative paths
    CampaignInfo info;
    std::vector<Unit> units;
    std::string affiliate;
    std::vector<Session> sessions;
    std::vector<Offer> offers;
    std::vector<Vote> votes;
    std::vector<Event> events;
    std::vector<Constraint> constraints;
    // Units costed from a salary schedule instead of a payroll, and the
    // terms (roll-up, benefits, contract years) costing uses.
    std::vector<SalarySchedule> schedules;
    CostingTerms costing;
    // The folder of the current contract's Markdown files (`contract:`),
    // resolved; "" when the campaign keeps no contract text.
    std::string contract;
    Where contract_at;

    // A path written in the campaign (ballots, roster), relative to the
    // directory of the campaign file; absolute paths are kept.
    std::string resolve_path(const std::string& written) const;
};

// A campaign and every problem found in it, in file order. When `problems`
// is not empty the campaign holds what could be read.
struct CampaignLoad {
    Campaign campaign;
    std::vector<Diagnostic> problems;
};

// Opens a file the loader itself reads (a schedule's placement CSV), by
// its path as resolved (Campaign::resolve_path). Input::open reads the
// disk; tests and the fuzzer give the files' text instead.
using OpenCampaignFile = std::function<Result<std::unique_ptr<Input>>(const std::string& path)>;

CampaignLoad load_campaign(Input& in, const OpenCampaignFile& open = &Input::open);
// A campaign from text. `files` holds the text of each file it names that
// the loader reads, by resolved path; any other file cannot be opened, so
// the result never depends on the disk.
CampaignLoad load_campaign_text(std::string name, std::string text, std::map<std::string, std::string> files = {});
// Opens only the files in `files`, by path, from their text.
OpenCampaignFile files_in_memory(std::map<std::string, std::string> files);

}  // namespace bargain
