// Law presets: the statutory timeline rules a campaign can name with `law:`
// (illinois-iplra, nlra-8d, uk-tulrca...). They are data, in
// lib/data/law/presets.yaml, compiled into the program, so that a preset's
// numbers and citation can be read and reviewed by someone who is not a
// programmer, and changed without touching code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datetime.h"
#include "core/diagnostic.h"

namespace bargain {

// What a preset requires. 0 or false: not required.
struct LawRules {
    long long notice_days = 0;           // intent-to-strike notice before each strike
    bool pickets_too = false;            // ... and before each picket
    bool after_expiry = false;           // a strike only after contract_expires
    bool mediation_first = false;        // a mediation event before the strike
    long long employer_notice_days = 0;  // bargaining-notice before contract_expires
    long long fmcs_notice_days = 0;      // fmcs-notice before contract_expires
    long long mandate_months = 0;        // strike within this of the ballot closing
};

// The largest number of days or months a rule may name (a century): a typo
// must be an error, not a date in the year 40000.
inline constexpr long long kMaxLawNumber = 36600;

// The numbers a campaign may override, by key (`law: {preset: ID, KEY: N}`).
const std::vector<std::string>& law_number_keys();
// Sets `key` (one of law_number_keys()) in `rules`; false for another key.
bool set_law_number(LawRules& rules, std::string_view key, long long value);

// A change in the law for strike ballots closing on or after a day (the UK's
// Employment Rights Act 2025: 10 days' notice from 2026-02-18, not 14).
struct LawAmendment {
    Date ballots_closing_from;
    std::string by;  // the amending law, for messages
    LawRules rules;  // the whole set as amended
};

struct LawPreset {
    std::string id;
    std::string name;      // "Illinois Public Labor Relations Act"
    std::string citation;  // "5 ILCS 315/17": every violation cites it
    Date effective;        // in force from
    LawRules rules;
    std::vector<LawAmendment> amendments;  // by ballots_closing_from, ascending

    // The rules for an action whose strike ballot closed on `ballot_closed`
    // (nothing when there was none: the rules as first enacted).
    const LawRules& rules_for(std::optional<Date> ballot_closed) const;
};

struct LawPresets {
    std::vector<LawPreset> presets;
    std::optional<Diagnostic> problem;  // the file did not read: nothing can be checked

    const LawPreset* find(std::string_view id) const;
    std::vector<std::string> ids() const;
};

// Reads a presets file (the format of lib/data/law/presets.yaml).
LawPresets parse_law_presets(std::string name, std::string text);

// The presets compiled into the program, read once.
const LawPresets& builtin_law_presets();

}  // namespace bargain
