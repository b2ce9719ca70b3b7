#include "campaign/schedule_reader.h"

#include <algorithm>
#include <map>
#include <utility>

#include "core/decimal.h"
#include "core/suggest.h"
#include "core/text.h"
#include "io/csv_reader.h"
#include "io/excerpt.h"
#include "text/report_text.h"

namespace bargain {

namespace {

using Node = YamlNode;

const long long kLargestCents = kMaxWholeNumber * 100 + 99;
const long long kLargestFte = kMaxWholeNumber * kFteScale + (kFteScale - 1);
// A percentage with a sign, so that a negative one can be told apart.
const DecimalKind kAnyPercent{{4, true, kMaxWholeNumber * kWageScale + (kWageScale - 1)}, "a percentage", "80"};
const DecimalKind kHours{{4, false, kMaxWholeNumber * kFteScale + (kFteScale - 1)}, "hours", "2080"};

const Choices<PayBasis> kPay = {{"annual", PayBasis::annual}, {"hourly", PayBasis::hourly}};
const Choices<ScheduleRounding> kRounding = {{"cent", ScheduleRounding::cent}, {"dollar", ScheduleRounding::dollar}};
const Choices<StepMovement> kSteps = {{"move", StepMovement::move}, {"freeze", StepMovement::freeze}};

Where where(const Node& n) { return Where{n.line, n.column}; }

// "BA, MA and MA+30"; a schedule that names no lanes has none to list.
std::string lanes_of(const SalarySchedule& s) {
    if (s.lanes.size() == 1 && s.lanes[0].empty()) return "";
    return joined_and(s.lanes);
}

// "2 lanes (BA and MA)", "1 lane (it names no lanes:)".
std::string lane_count(const SalarySchedule& s) {
    std::string names = lanes_of(s);
    return plural(static_cast<long long>(s.lanes.size()), "lane", "lanes") +
           (names.empty() ? std::string(" (it names no lanes:)") : " (" + names + ")");
}

// "lane BA, step 3", or "step 3" on a schedule without lanes.
std::string cell_name(const SalarySchedule& s, const PlacementCell& c) {
    std::string step = "step " + std::to_string(c.step + 1);
    return s.lanes[c.lane].empty() ? step : "lane " + s.lanes[c.lane] + ", " + step;
}

// A value of a placement cell, inline or in the CSV: its text, and a
// Diagnostic at its place for a problem with it (message to be filled).
struct Written {
    std::string text;
    bool given = false;
    Diagnostic at;
    Diagnostic problem(std::string message, std::string help = {}) const {
        Diagnostic d = at;
        d.message = std::move(message);
        d.help = std::move(help);
        return d;
    }
};

// Checks each cell of a placement against its schedule's grid and adds it:
// the same for a list in the campaign and for a CSV file.
class Placing {
public:
    // `steps` is how many rows the schedule has as written (a row with a
    // problem is not kept, but the steps after it are still those steps).
    Placing(SalarySchedule& s, std::size_t steps, std::vector<Diagnostic>& problems)
        : s_(s), steps_(steps), problems_(problems) {}

    void add(const Written& lane, const Written& step, const Written& fte, long long line, long long column) {
        std::size_t before = problems_.size();
        PlacementCell c;
        c.line = line;
        c.column = column;
        if (auto l = lane_of(lane)) c.lane = *l;
        if (auto k = step_of(step)) c.step = *k;
        if (auto f = fte_of(fte)) c.fte = *f;
        if (problems_.size() > before) return;
        auto [it, fresh] = first_.emplace(std::pair(c.lane, c.step), line);
        if (!fresh) {
            problems_.push_back(step.problem(cell_name(s_, c) + " is placed twice (first at line " +
                                             std::to_string(it->second) + ")"));
            return;
        }
        // A cell of a row that had a problem is checked, but not kept: what
        // is kept stays inside the grid that is kept.
        if (c.step < s_.steps_cents.size()) s_.placement.push_back(c);
    }

private:
    // `lane.at` is where the lane is, or would be: the cell when it has none.
    std::optional<std::size_t> lane_of(const Written& lane) {
        std::string_view name = trim_blanks(lane.text);
        if (!lane.given || name.empty()) {
            if (s_.lanes.size() == 1) return 0;
            problems_.push_back(lane.problem("no lane given, and schedule '" + s_.id + "' has " + lane_count(s_)));
            return std::nullopt;
        }
        for (std::size_t i = 0; i < s_.lanes.size(); ++i)
            if (s_.lanes[i] == name) return i;
        std::string names = lanes_of(s_);
        problems_.push_back(lane.problem("schedule '" + s_.id + "' has no lane '" + std::string(name) + "'" +
                                             (names.empty() ? "; it names no lanes:, so leave lane out"
                                                            : "; its lanes are " + names),
                                         suggestion(name, s_.lanes)));
        return std::nullopt;
    }

    std::optional<std::size_t> step_of(const Written& step) {
        std::string_view text = trim_blanks(step.text);
        Decimal d = parse_count(text, kMaxWholeNumber);
        std::string range = "1 to " + std::to_string(steps_);
        if (!d) {
            problems_.push_back(step.problem("expected a step from " + range + ", found '" + std::string(text) + "'"));
            return std::nullopt;
        }
        if (steps_ == 0) return std::nullopt;  // the schedule's steps: are in error
        if (d.scaled < 1 || static_cast<unsigned long long>(d.scaled) > steps_) {
            problems_.push_back(step.problem("step " + std::string(text) + " is not on schedule '" + s_.id +
                                             "': its steps are " + range));
            return std::nullopt;
        }
        return static_cast<std::size_t>(d.scaled - 1);
    }

    std::optional<long long> fte_of(const Written& fte) {
        std::string_view text = trim_blanks(fte.text);
        Decimal d = parse_decimal(text, DecimalFormat{4, true, kLargestFte});
        if (d && d.scaled >= 0) return d.scaled;
        std::string found = "'" + std::string(text) + "'";
        if (d) problems_.push_back(fte.problem("FTE cannot be negative, found " + found));
        else if (d.problem == DecimalProblem::too_precise)
            problems_.push_back(fte.problem("more than 4 decimal places in FTE: " + found));
        else if (d.problem == DecimalProblem::too_large)
            problems_.push_back(
                fte.problem("expected FTE up to " + decimal_text(kLargestFte, 4) + ", found " + found));
        else problems_.push_back(fte.problem("expected FTE like 1, 0.5 or 12.75, found " + found));
        return std::nullopt;
    }

    SalarySchedule& s_;
    std::size_t steps_;
    std::vector<Diagnostic>& problems_;
    std::map<std::pair<std::size_t, std::size_t>, long long> first_;  // (lane, step) -> line
};

// In a {...} mapping, `per_fte: 14,400.00` is read as per_fte: 14 and a
// key 400.00 with no value. Refused at the value, the key then known.
void refuse_split_in_map(YamlMap& f, std::string_view key) {
    const Node& map = f.node();
    for (std::size_t i = 0; i + 1 < map.entries.size(); ++i) {
        const auto& [k, v] = map.entries[i];
        const auto& [next, nothing] = map.entries[i + 1];
        if (k.value != key || !v.is_scalar() || v.quoted || nothing.kind != Node::Kind::null ||
            !is_thousands_group(next.value))
            continue;
        std::string whole = v.value + "," + next.value;
        Diagnostic d = f.reader().at(v, "'" + whole + "' is split in two at its comma in a {...} mapping: quote it, \"" +
                                            whole + "\"");
        d.width = static_cast<long long>(whole.size());
        f.reader().problem(std::move(d));
        f.find(next.value);
    }
}

// A rate of the roll-up or a share of the employer's: not negative, and a
// share at most 100.
std::optional<long long> percentage(YamlReader& r, const Node& n, std::string_view what, bool share) {
    auto p = r.decimal(n, kAnyPercent);
    if (!p) return std::nullopt;
    if (*p < 0) {
        r.problem(n, std::string(what) + " cannot be negative, found '" + n.value + "'");
        return std::nullopt;
    }
    if (share && *p > 100 * kWageScale) {
        r.problem(n, std::string(what) + " is a percentage from 0 to 100, found '" + n.value + "'");
        return std::nullopt;
    }
    return p;
}

// MM-DD, a day every year has.
std::optional<std::chrono::month_day> month_day_of(YamlReader& r, const Node& n) {
    auto t = r.text(n);
    if (!t) return std::nullopt;
    const std::string& s = *t;
    auto digits = [&](std::size_t at) { return s[at] >= '0' && s[at] <= '9' && s[at + 1] >= '0' && s[at + 1] <= '9'; };
    if (s.size() != 5 || s[2] != '-' || !digits(0) || !digits(3)) {
        bool date = s.size() == 10 && s[4] == '-' && s[7] == '-';
        r.problem(n, "expected a month and day as MM-DD, like 07-01, found '" + s + "'",
                  date ? "contract years start on the same day each year: write it as " + s.substr(5) : "");
        return std::nullopt;
    }
    unsigned m = static_cast<unsigned>((s[0] - '0') * 10 + (s[1] - '0'));
    unsigned d = static_cast<unsigned>((s[3] - '0') * 10 + (s[4] - '0'));
    std::chrono::month_day md{std::chrono::month(m), std::chrono::day(d)};
    if (m == 2 && d == 29) {
        r.problem(n, "02-29 is not in every year; contract years start on a day each year has");
        return std::nullopt;
    }
    if (!md.ok()) {
        r.problem(n, "'" + s + "' is not a day of the year");
        return std::nullopt;
    }
    return md;
}

// A costing list's names are told apart: a rate listed twice would be
// costed twice.
class Names {
public:
    Names(YamlReader& r, std::string list) : r_(r), list_(std::move(list)) {}
    bool fresh(const Node& n, const std::string& name) {
        auto [it, yes] = first_.emplace(name, n.line);
        if (!yes)
            r_.problem(n, "'" + name + "' is listed twice in " + list_ + " (first at line " +
                              std::to_string(it->second) + ")");
        return yes;
    }

private:
    YamlReader& r_;
    std::string list_;
    std::map<std::string, long long> first_;
};

// Money as a schedule writes it, with or without its $: "45,000" is $45,000.
Decimal money(std::string_view s) {
    if (!s.empty() && s[0] == '$') return parse_money(s, kLargestCents);
    return parse_money("$" + std::string(s), kLargestCents);
}

// One cell of an inline placement, {lane, step, fte}; false after a
// problem with how it is written (Placing keeps its own).
bool place_cell(YamlReader& r, const Node& item, Placing& placing) {
    auto f = YamlMap::of(r, item, "a placement cell", "a placement cell {lane, step, fte}");
    if (!f) return false;
    auto written = [&](const Node* x) {
        Written w;
        w.at = r.at(x ? *x : item, "");
        if (!x) return w;
        auto t = r.text(*x);
        w.given = t.has_value();
        w.text = t.value_or("");
        return w;
    };
    const Node* lane_node = f->find("lane");
    Written lane = written(lane_node);  // at the cell when not given
    Written step = written(f->need("step", "this placement cell has no step"));
    Written fte = written(f->need("fte", "this placement cell has no fte"));
    f->done();
    if (!step.given || !fte.given || (lane_node && !lane.given)) return false;
    placing.add(lane, step, fte, item.line, item.column);
    return true;
}

enum class PlacementColumn { lane, step, fte };
const Choices<PlacementColumn> kPlacementColumns = {
    {"lane", PlacementColumn::lane}, {"step", PlacementColumn::step}, {"fte", PlacementColumn::fte}};

// The placement CSV, its problems in `problems`; `steps` as in Placing.
void read_csv(Input& in, SalarySchedule& s, std::size_t steps, std::vector<Diagnostic>& problems) {
    CsvReader csv(in);
    if (!csv.next()) {
        if (csv.error()) problems.push_back(*csv.error());
        else problems.push_back(Diagnostic{in.name(), 1, 1, "empty placement file: expected the header lane,step,fte"});
        return;
    }
    std::vector<std::string> known;
    for (const auto& c : kPlacementColumns) known.push_back(c.name);
    std::array<std::size_t, 3> at = {SIZE_MAX, SIZE_MAX, SIZE_MAX};
    const std::size_t full_width = csv.fields().size();
    std::size_t width = full_width;
    while (width > 0 && trim_blanks(csv.fields()[width - 1]).empty()) --width;  // a spreadsheet's empty columns
    const std::size_t before = problems.size();
    for (std::size_t i = 0; i < width; ++i) {
        std::string name = ascii_lower(trim_blanks(csv.fields()[i]));
        auto c = std::find_if(kPlacementColumns.begin(), kPlacementColumns.end(),
                              [&](const auto& k) { return k.name == name; });
        if (c == kPlacementColumns.end()) {
            problems.push_back(csv.at_field(i, "unknown column '" + std::string(trim_blanks(csv.fields()[i])) +
                                                   "' in a placement file; its columns are lane, step and fte"));
            problems.back().help = suggestion(name, known);
        } else if (std::size_t& slot = at[static_cast<std::size_t>(c->value)]; slot != SIZE_MAX) {
            problems.push_back(csv.at_field(i, "two '" + c->name + "' columns in the placement file"));
        } else {
            slot = i;
        }
    }
    // A column missing is said only of a header with no other problem: an
    // unknown column's message already lists the ones there should be.
    for (const auto& c : kPlacementColumns) {
        if (at[static_cast<std::size_t>(c.value)] != SIZE_MAX || problems.size() > before) continue;
        if (c.value != PlacementColumn::lane)
            problems.push_back(
                csv.at_field(0, "the placement file has no '" + c.name + "' column; its header is lane,step,fte"));
        else if (s.lanes.size() > 1)
            problems.push_back(csv.at_field(0, "the placement file has no 'lane' column, and schedule '" + s.id +
                                                   "' has " + lane_count(s)));
    }
    if (problems.size() > before) return;
    Placing placing(s, steps, problems);
    auto field = [&](PlacementColumn c) {
        Written w;
        std::size_t i = at[static_cast<std::size_t>(c)];
        if (i == SIZE_MAX) return w;
        w.given = true;
        w.text = std::string(csv.fields()[i]);
        w.at = csv.at_field(i, "");
        return w;
    };
    while (csv.next()) {
        const auto& f = csv.fields();
        if (f.size() != full_width && f.size() != width) {
            std::size_t i = std::min(f.size(), full_width) - (f.size() < full_width ? 1 : 0);
            problems.push_back(csv.at_field(i, row_width_message(f.size(), full_width)));
        } else if (std::any_of(f.begin(), f.end(), [](std::string_view x) { return !trim_blanks(x).empty(); })) {
            placing.add(field(PlacementColumn::lane), field(PlacementColumn::step), field(PlacementColumn::fte),
                        csv.line(), 1);
        }
        if (problems.size() - before >= kMaxPlacementProblems) {
            problems.push_back(Diagnostic{in.name(), csv.line(), 0,
                                          "stopped reading after " + std::to_string(kMaxPlacementProblems) +
                                              " problems in this file"});
            return;
        }
    }
    if (csv.error()) problems.push_back(*csv.error());
}

// A placement file: read, and its problems shown with their lines (a
// placement is numbers of FTE, not anyone's vote or name).
void read_file(Input& in, SalarySchedule& s, std::size_t steps, std::vector<Diagnostic>& problems) {
    in.keep_text(kExcerptTextLimit);
    std::vector<Diagnostic> found;
    read_csv(in, s, steps, found);
    in.sha256();  // reads what the reader left, so every line can be shown
    attach_excerpts(found, in.name(), in.kept());
    problems.insert(problems.end(), found.begin(), found.end());
}

}  // namespace

std::optional<long long> schedule_money(YamlReader& r, const YamlNode& n, std::string_view zero) {
    auto t = r.text(n);
    if (!t) return std::nullopt;
    const std::string& s = *t;
    Decimal d = money(s);
    const std::string found = "'" + s + "'";
    switch (d.problem) {
        case DecimalProblem::none:
            if (d.scaled == 0 && !zero.empty()) {
                r.problem(n, std::string(zero));
                return std::nullopt;
            }
            return d.scaled;
        case DecimalProblem::too_precise:
            r.problem(n, "more than 2 decimal places in an amount of money: " + found);
            return std::nullopt;
        case DecimalProblem::too_large:
            r.problem(n, "expected an amount of money up to " + decimal_text(kLargestCents, 2) + ", found " + found);
            return std::nullopt;
        case DecimalProblem::not_a_number: break;
    }
    if (!s.empty() && s[0] == '-' && money(std::string_view(s).substr(1)))
        r.problem(n, "an amount of money cannot be negative, found " + found);
    else
        r.problem(n, "expected an amount of money like \"45,000\" or 45000.00, found " + found);
    return std::nullopt;
}

void read_placement_csv(Input& in, SalarySchedule& s, std::vector<Diagnostic>& problems) {
    read_file(in, s, s.steps_cents.size(), problems);
}

void ScheduleReader::read_costing(const YamlNode& n, CostingTerms& out) {
    auto f = YamlMap::of(r_, n, "costing", "the costing terms");
    if (!f) return;
    if (const Node* v = f->find("year_starts")) out.year_starts = month_day_of(r_, *v);
    Names rates(r_, "rollup:");
    f->each("rollup", "roll-up rates", [&](const Node& x) {
        auto rf = YamlMap::of(r_, x, "a roll-up rate");
        if (!rf) return;
        RollupRate rate;
        const Node* name = rf->need("name", "this roll-up rate has no name");
        if (const Node* p = rf->need("percent", "this roll-up rate has no percent: the employer's cost, as a "
                                                "percentage of wages"))
            rate.percent = percentage(r_, *p, "a roll-up rate", false).value_or(0);
        rf->done();
        if (name && rf->text("name", rate.name) && rates.fresh(*name, rate.name)) out.rollup.push_back(rate);
    });
    Names benefits(r_, "benefits:");
    f->each("benefits", "benefits", [&](const Node& x) {
        auto bf = YamlMap::of(r_, x, "a benefit");
        if (!bf) return;
        Benefit b;
        const Node* name = bf->need("name", "this benefit has no name");
        refuse_split_in_map(*bf, "per_fte");
        if (const Node* v = bf->need("per_fte", "this benefit has no per_fte: what it costs a year for one FTE"))
            b.per_fte_cents = schedule_money(r_, *v).value_or(0);
        if (const Node* v = bf->need("employer_percent",
                                     "this benefit has no employer_percent: the employer's share of it under the "
                                     "expiring contract"))
            b.employer_percent = percentage(r_, *v, "the employer's share", true).value_or(0);
        bf->done();
        if (name && bf->text("name", b.name) && benefits.fresh(*name, b.name)) out.benefits.push_back(b);
    });
    f->done();
}

void ScheduleReader::read_schedule(YamlMap& f, const Campaign& campaign, SalarySchedule& s) {
    const bool pay_given = f.find("pay") != nullptr;
    std::optional<PayBasis> pay = f.choice("pay", "pay", kPay);
    s.pay = pay.value_or(s.pay);
    if (const Node* v = f.find("hours")) {
        if (s.pay == PayBasis::hourly)
            s.hours = hours(*v).value_or(0);
        else if (pay || !pay_given) {  // a misspelt pay: is its own problem
            // SPEC.md's own example writes hours: on an annual schedule, so
            // it is read (a bad value is still an error) and `check` warns
            // that it changes nothing, rather than refusing the campaign.
            hours(*v);
            s.unused_hours_line = f.key("hours")->line;
            s.unused_hours_column = f.key("hours")->column;
        }
    } else if (s.pay == PayBasis::hourly) {
        r_.problem(f.node(), "this hourly schedule has no hours: the paid hours of one FTE in a year, like 2080");
    }
    s.lanes = {""};
    bool grid = true;  // the lanes are known, so rows can be counted against them
    bool named = true;  // and each has its own name, so cells can be placed in them
    if (const Node* v = f.find("lanes")) {
        s.lanes.clear();
        if (const std::vector<Node>* names = r_.list(*v, "lane names")) named = read_lanes(*names, s);
        if (s.lanes.empty()) {
            grid = false;
            if (v->kind == Node::Kind::sequence)
                r_.problem(*v, "lanes: lists no lanes; leave it out for a schedule of one column");
        }
    }
    std::size_t written_steps = 0;
    if (const Node* v = f.need("steps", "this schedule has no steps: its pay under the expiring contract, one row "
                                        "per step")) {
        if (grid) read_steps(*v, s);
        if (v->kind == Node::Kind::sequence) written_steps = v->items.size();
    }
    s.rounding = f.choice("rounding", "rounding", kRounding).value_or(s.rounding);
    const Node* v = f.need("placement", "this schedule has no placement: the FTE in each cell, as a list of "
                                        "{lane, step, fte} or a CSV file lane,step,fte");
    // Cells are checked against the grid, so only once there is one.
    if (!v || !grid || !named || written_steps == 0) return;
    std::vector<Diagnostic> problems;
    bool written = true;  // every inline cell as it should be written
    if (v->is_scalar()) {
        read_placement(*v, campaign, written_steps, s, problems);
    } else if (v->kind == Node::Kind::sequence) {
        Placing placing(s, written_steps, problems);
        for (const Node& item : v->items) written = place_cell(r_, item, placing) && written;
    } else {
        return r_.problem(*v, std::string("placement: expected a CSV file or a list of {lane, step, fte}, found ") +
                                  v->kind_name());
    }
    // Said only of a whole grid: FTE in a row with a problem is not kept.
    bool placed = written && problems.empty() && s.steps_cents.size() == written_steps;
    for (Diagnostic& d : problems) r_.problem(std::move(d));
    if (placed && std::none_of(s.placement.begin(), s.placement.end(), [](const PlacementCell& c) { return c.fte > 0; }))
        r_.problem(*f.key("placement"), "placement puts no FTE on schedule '" + s.id + "', so every cost of it would be 0");
}

std::optional<long long> ScheduleReader::hours(const YamlNode& n) {
    auto h = r_.decimal(n, kHours);
    if (!h) return std::nullopt;
    if (*h == 0 || *h > kMaxHoursPerYear * kFteScale) {
        r_.problem(n, "expected the paid hours of one FTE in a year, more than 0 and at most " +
                          std::to_string(kMaxHoursPerYear) + ", found '" + n.value + "'");
        return std::nullopt;
    }
    return h;
}

bool ScheduleReader::read_lanes(const std::vector<YamlNode>& names, SalarySchedule& s) {
    bool ok = true;
    for (const Node& l : names) {
        auto name = r_.text(l);
        std::string trimmed(trim_blanks(name.value_or("")));
        bool fine = false;
        if (name && trimmed.empty()) r_.problem(l, "a lane's name is empty");
        else if (name && std::find(s.lanes.begin(), s.lanes.end(), trimmed) != s.lanes.end())
            r_.problem(l, "lane '" + trimmed + "' is listed twice in lanes:");
        else fine = name.has_value();
        ok = ok && fine;
        s.lanes.push_back(trimmed);  // even in error still a column, so rows are counted right
    }
    return ok;
}

void ScheduleReader::read_steps(const YamlNode& n, SalarySchedule& s) {
    const std::vector<Node>* rows = r_.list(n, "rows, one per step");
    if (!rows) return;
    if (rows->empty()) return r_.problem(n, "steps: has no rows; give one row per step, step 1 first");
    const char* const zero = "a cell of 0: every lane of every step needs its pay";
    for (std::size_t k = 0; k < rows->size(); ++k) {
        const Node& row = (*rows)[k];
        std::vector<long long> cells;
        bool ok = true;
        if (row.is_scalar() && s.lanes.size() == 1) {  // one column: a row may be its one cell
            auto pay = schedule_money(r_, row, zero);
            ok = pay.has_value();
            cells.push_back(pay.value_or(0));
        } else if (const std::vector<Node>* items = r_.list(row, "pay, one cell per lane")) {
            for (std::size_t i = 0; i < items->size(); ++i) {
                std::size_t split = r_.split_amount(*items, i);
                auto pay = split ? std::nullopt : schedule_money(r_, (*items)[i], zero);
                i += split;
                ok = ok && pay.has_value();
                cells.push_back(pay.value_or(0));
            }
            if (ok && cells.size() != s.lanes.size()) {
                r_.problem(row, "step " + std::to_string(k + 1) + " has " +
                                    plural(static_cast<long long>(cells.size()), "cell", "cells") +
                                    " but the schedule has " + lane_count(s));
                ok = false;
            }
        } else {
            ok = false;
        }
        // A row with a problem is not kept, nor the rows after it (whose
        // steps would move up one): every row kept is whole, and in place.
        if (ok && s.steps_cents.size() == k) s.steps_cents.push_back(std::move(cells));
    }
}

void ScheduleReader::read_placement(const YamlNode& n, const Campaign& campaign, std::size_t steps,
                                    SalarySchedule& s, std::vector<Diagnostic>& problems) {
    const std::string& written = n.value;
    if (trim_blanks(written).empty() || written == "-") {
        problems.push_back(
            r_.at(n, "placement: expected the path of a CSV file (lane,step,fte), found '" + written + "'"));
        return;
    }
    s.placement_file = campaign.resolve_path(written);
    auto in = open_(s.placement_file);
    if (!in) {
        problems.push_back(r_.at(n, "placement file " + s.placement_file + ": " + in.error().message));
        return;
    }
    read_file(**in, s, steps, problems);
}

void ScheduleReader::read_offer_terms(YamlMap& f, Offer& o) {
    const Node* wages = f.find("wages");
    // As written: a wage with a problem is not in o.wages, but is a year.
    const std::size_t years = wages && wages->kind == Node::Kind::sequence ? wages->items.size() : 0;
    OfferScheduleTerms& t = o.schedule_terms;
    // Each of these is about contract years, and wages: says how many years
    // there are: without it, there are none to give them to. `per_year`
    // lists are at most one item a year.
    auto items = [&](std::string_view key, std::string_view of, bool per_year) -> const std::vector<Node>* {
        const Node* v = f.find(key);
        if (!v) return nullptr;
        if (years == 0) {
            r_.problem(*f.key(key), std::string(key) + ": is about the contract years, and this offer has no "
                                                       "wages: to count them; give wages: (0 for a year without a "
                                                       "raise)");
            return nullptr;
        }
        const std::vector<Node>* list = r_.list(*v, of);
        if (list && per_year && list->size() > years)
            r_.problem((*list)[years], "this is year " + std::to_string(years + 1) + " of " + std::string(key) +
                                           ", but the offer's wages: give " +
                                           plural(static_cast<long long>(years), "year", "years"));
        return list;
    };
    auto in_years = [&](const std::vector<Node>& list) { return std::min(list.size(), years); };
    if (const auto* list = items("steps", "move or freeze, one per year", true))
        for (std::size_t i = 0; i < in_years(*list); ++i)
            t.steps.push_back(r_.choice((*list)[i], "step movement", kSteps).value_or(StepMovement::move));
    if (const auto* list = items("effective", "dates (~ for a raise from the year's first day)", true))
        for (std::size_t i = 0; i < in_years(*list); ++i) {
            const Node& v = (*list)[i];
            t.effective.push_back(v.kind == Node::Kind::null ? std::nullopt : r_.date(v));
        }
    if (const auto* list = items("bonus", "bonuses, each {year, per_fte}", false))
        for (const Node& x : *list)
            if (auto b = bonus(x, years)) t.bonuses.push_back(*b);
    if (const auto* list = items("employer_percent", "the employer's shares of benefits, one per year", true)) {
        employer_percent_keys_.push_back(where(*f.key("employer_percent")));
        for (std::size_t i = 0; i < in_years(*list); ++i)
            t.employer_percent.push_back(percentage(r_, (*list)[i], "the employer's share", true).value_or(0));
    }
}

std::optional<Bonus> ScheduleReader::bonus(const YamlNode& x, std::size_t years) {
    auto f = YamlMap::of(r_, x, "a bonus", "a bonus {year, per_fte, pensionable}");
    if (!f) return std::nullopt;
    Bonus b;
    bool ok = false;
    if (const Node* y = f->need("year", "this bonus has no year: the contract year it is paid in, from 1")) {
        auto year = r_.count(*y);
        if (year && (*year < 1 || static_cast<unsigned long long>(*year) > years)) {
            r_.problem(*y, "bonus year " + y->value + " is not a year of this offer; its wages: give years 1 to " +
                               std::to_string(years));
        } else if (year) {
            b.year = static_cast<std::size_t>(*year - 1);
            ok = true;
        }
    }
    refuse_split_in_map(*f, "per_fte");
    if (const Node* v = f->need("per_fte", "this bonus has no per_fte: what one FTE is paid")) {
        auto cents = schedule_money(r_, *v);
        b.per_fte_cents = cents.value_or(0);
        ok = ok && cents;
    } else {
        ok = false;
    }
    if (f->find("pensionable")) {
        auto pensionable = f->flag("pensionable");
        b.pensionable = pensionable.value_or(false);
        ok = ok && pensionable;
    }
    f->done();
    if (!ok) return std::nullopt;
    return b;
}

void ScheduleReader::finish(const Campaign& c) {
    if (!c.costing.benefits.empty()) return;
    for (const Where& w : employer_percent_keys_)
        r_.problem(Diagnostic{r_.file(), w.line, w.column,
                              "employer_percent: is the employer's share of the benefits, and costing: lists no "
                              "benefits:"});
}

}  // namespace bargain
