#include "offers/offers_report.h"

#include <fmt/format.h>

#include <cstdlib>

#include "campaign/offer_terms.h"
#include "io/csv_writer.h"
#include "io/document.h"
#include "text/ap_style.h"
#include "text/report_table.h"
#include "text/report_text.h"
#include "text/text_wrap.h"

namespace bargain {

namespace {

// Gaps carry their sign: "+1.0", "-2.5", "0.0".
std::string signed_points(long long v) { return (v > 0 ? "+" : "") + wage_percent_text(v); }
std::string signed_points4(long long v) { return (v > 0 ? "+" : "") + percent4_text(v); }
std::string signed_money(long long cents) { return (cents > 0 ? "+" : "") + money_text(cents); }

// "378000.00", "-5.25": a plain number a spreadsheet reads as one.
std::string amount_text(long long cents) {
    unsigned long long a = cents < 0 ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    return fmt::format("{}{}.{:02}", cents < 0 ? "-" : "", a / 100, a % 100);
}

std::string year_header(size_t k) { return "year " + std::to_string(k + 1); }

// "three years", "one year".
std::string years_text(size_t years) {
    return ap_number(static_cast<long long>(years)) + (years == 1 ? " year" : " years");
}
std::string over_years(size_t years) { return "over " + years_text(years); }

// "union-dec: offer from the union, 2019-12-10"; "lbo (last, best offer):
// final offer from the employer, 2020-01-06".
std::string heading(const Offer& o, const std::optional<Date>& date) {
    std::string s = o.id;
    if (!o.label.empty()) s += " (" + o.label + ")";
    s += std::string(": ") + (o.final ? "final offer" : "offer");
    if (o.side != Side::unstated) s += std::string(" from the ") + name_of(o.side);
    if (date) s += ", " + format_date(*date);
    return s;
}

using Rows = TableRows;

// The name a unit's row shows: its short name, or its id; a schedule's
// units joined ("PVEA and PVESP").
std::string unit_name(const OffersReport& r, const UnitCost& u) { return units_shown(r.unit_names, u); }

// A year's raise in a table for people: "4.0%", "$1,000/member".
std::string raise_cell(const Offer& o, size_t year) {
    return raise_text(o, year) + (is_flat_raise(o, year) ? "/member" : "%");
}

// An offer's table: raises, compounded increase and cost per unit by year.
Rows offer_rows(const OffersReport& r, const OfferCost& oc) {
    const Offer& o = *oc.offer;
    size_t years = o.wages.size();
    Rows rows;
    rows.push_back({""});
    for (size_t k = 0; k < years; ++k) rows.back().push_back(year_header(k));
    rows.back().push_back("total");
    rows.push_back({"raise"});
    for (size_t k = 0; k < years; ++k) rows.back().push_back(raise_cell(o, k));
    rows.back().push_back("");
    if (oc.compounded) {
        rows.push_back({"compounded"});
        for (long long c : oc.compounded_by_year) rows.back().push_back(percent4_text(c) + "%");
        rows.back().push_back("");
    }
    auto cost_row = [&](const std::string& name, const UnitCost& u) {
        rows.push_back({name});
        for (long long c : u.per_year_cents) rows.back().push_back(money_text(c));
        rows.back().push_back(money_text(u.total_cents));
    };
    for (const UnitCost& u : oc.units) cost_row(unit_name(r, u), u);
    if (oc.units.size() > 1) cost_row("all units", oc.all);
    return rows;
}

// A unit costed from a salary schedule: each year's parts, and the term's.
Rows schedule_rows(const UnitCost& u) {
    const ScheduleCost& s = *u.schedule;
    Rows rows;
    rows.push_back({""});
    for (size_t k = 0; k < s.years.size(); ++k) rows.back().push_back(year_header(k));
    rows.back().push_back("term");
    auto part = [&](const char* name, long long YearCost::*field) {
        rows.push_back({name});
        for (const YearCost& y : s.years) rows.back().push_back(money_text(y.*field));
        rows.back().push_back(money_text(s.term.*field));
    };
    part("schedule increase", &YearCost::schedule_cents);
    part("steps", &YearCost::steps_cents);
    part("wages", &YearCost::wages_cents);
    part("roll-up", &YearCost::rollup_cents);
    part("bonus", &YearCost::bonus_cents);
    part("benefits", &YearCost::benefits_cents);
    part("total", &YearCost::total_cents);
    rows.push_back({"% of base wages"});
    for (const YearCost& y : s.years) rows.back().push_back(percent4_text(y.percent_of_base) + "%");
    rows.back().push_back(percent4_text(s.term.percent_of_base) + "%");
    return rows;
}

// "Teachers (schedule teachers, base wages $12,345,678.00):"
std::string schedule_heading(const OffersReport& r, const UnitCost& u) {
    return unit_name(r, u) + " (schedule " + u.schedule->schedule->id + ", base wages " +
           money_text(u.schedule->base_cents) + "):";
}

// Units costed from a schedule carry roll-up, bonus and benefits; units
// costed from a payroll carry the raises alone. "all units" adds the two,
// so when both are there the reader is told what the sum holds.
std::optional<std::string> mixed_costs_note(const OffersReport& r, const std::vector<UnitCost>& units) {
    std::vector<std::string> scheduled, payroll;
    for (const UnitCost& u : units) (u.schedule ? scheduled : payroll).push_back(units_shown(r.unit_names, u));
    if (scheduled.empty() || payroll.empty()) return std::nullopt;
    return "all units adds the whole cost of " + and_list(scheduled) +
           " (wages, roll-up, bonus and benefits, from " + (scheduled.size() == 1 ? "its schedule" : "their schedules") +
           ") to the cost of the raises alone for " + and_list(payroll) + " (from " +
           (payroll.size() == 1 ? "its payroll" : "their payrolls") + ").";
}

// "union-dec raises wages 11.9456% compounded over three years, at a cost of
// $3,543,523.20."
std::string offer_summary(const OfferCost& oc) {
    const Offer& o = *oc.offer;
    if (!oc.compounded)
        return one_line(o.id) + " costs " + money_text(oc.all.total_cents) + " " + over_years(o.wages.size()) +
               "; with a flat amount, the compounded increase depends on each unit's pay.";
    return one_line(o.id) + " raises wages " + percent4_text(*oc.compounded) + "% compounded " +
           over_years(o.wages.size()) + ", at a cost of " + money_text(oc.all.total_cents) + ".";
}

// The comparison's table: each offer's raises and costs, and the gaps.
Rows compare_rows(const OfferComparison& c) {
    const Offer& a = *c.from->offer;
    const Offer& b = *c.to->offer;
    Rows rows;
    rows.push_back({""});
    for (size_t k = 0; k < c.years; ++k) rows.back().push_back(year_header(k));
    rows.back().push_back("total");
    auto raise_row = [&](const Offer& o, const std::optional<long long>& compounded) {
        rows.push_back({one_line(o.id) + " raise"});
        for (size_t k = 0; k < c.years; ++k) rows.back().push_back(raise_cell(o, k));
        rows.back().push_back(compounded ? percent4_text(*compounded) + "%" : "");
    };
    raise_row(a, c.from_compounded);
    raise_row(b, c.to_compounded);
    rows.push_back({"gap (points)"});
    for (const auto& p : c.raise_points) rows.back().push_back(p ? signed_points(*p) : "");
    rows.back().push_back(c.compounded_points ? signed_points4(*c.compounded_points) : "");
    auto cost_row = [&](const std::string& name, const UnitCost& u, bool sign) {
        rows.push_back({name});
        for (long long y : u.per_year_cents) rows.back().push_back(sign ? signed_money(y) : money_text(y));
        rows.back().push_back(sign ? signed_money(u.total_cents) : money_text(u.total_cents));
    };
    cost_row(one_line(a.id) + " cost", c.from_all, false);
    cost_row(one_line(b.id) + " cost", c.to_all, false);
    cost_row("gap", c.all, true);
    return rows;
}

// "lbo is $1,980,825.00 below union-dec over three years: 6.3450 percentage
// points less, compounded."
std::vector<std::string> compare_summary(const OfferComparison& c) {
    const Offer& a = *c.from->offer;
    const Offer& b = *c.to->offer;
    std::vector<std::string> lines;
    if (a.wages.size() != b.wages.size())
        lines.push_back(one_line(a.id) + " runs " + years_text(a.wages.size()) + " and " + one_line(b.id) + " " +
                        years_text(b.wages.size()) + ": compared over the first " +
                        (c.years == 1 ? std::string("year") : years_text(c.years)) + ".");
    long long gap = c.all.total_cents;
    std::string s = one_line(b.id);
    if (gap == 0) s += " costs the same as " + one_line(a.id);
    else s += " is " + money_text(std::llabs(gap)) + (gap < 0 ? " below " : " above ") + one_line(a.id);
    s += " " + over_years(c.years);
    if (c.compounded_points) {
        long long p = *c.compounded_points;
        if (p == 0) s += ": the same increase, compounded";
        else s += ": " + percent4_text(std::llabs(p)) + " percentage points " + (p < 0 ? "less" : "more") + ", compounded";
    }
    lines.push_back(s + ".");
    return lines;
}

Document cost_document(const UnitCost& u, bool with_unit) {
    Document d = Document::object();
    if (with_unit) d.set("unit", Document::string(u.unit));
    Document years = Document::array();
    for (long long y : u.per_year_cents) years.push(Document::integer(y));
    d.set("per_year_cents", std::move(years));
    d.set("total_cents", Document::integer(u.total_cents));
    if (u.schedule) {
        Document parts = Document::array();
        for (std::size_t k = 0; k < u.schedule->years.size(); ++k) {
            const YearCost& y = u.schedule->years[k];
            parts.push(Document::object()
                           .set("year", Document::integer(static_cast<long long>(k + 1)))
                           .set("schedule_cents", Document::integer(y.schedule_cents))
                           .set("steps_cents", Document::integer(y.steps_cents))
                           .set("wages_cents", Document::integer(y.wages_cents))
                           .set("rollup_cents", Document::integer(y.rollup_cents))
                           .set("bonus_cents", Document::integer(y.bonus_cents))
                           .set("benefits_cents", Document::integer(y.benefits_cents))
                           .set("total_cents", Document::integer(y.total_cents))
                           .set("percent_of_base", Document::number(percent4_text(y.percent_of_base))));
        }
        d.set("years", std::move(parts));
    }
    return d;
}

Document offer_document(const OfferCost& oc) {
    const Offer& o = *oc.offer;
    Document wages = Document::array();
    for (size_t k = 0; k < o.wages.size(); ++k)
        wages.push(is_flat_raise(o, k) ? Document::string(raise_text(o, k)) : Document::number(raise_text(o, k)));
    Document cost = Document::array();
    for (const UnitCost& u : oc.units) cost.push(cost_document(u, true));
    return Document::object()
        .set("id", Document::string(o.id))
        .set("side", o.side == Side::unstated ? Document() : Document::string(name_of(o.side)))
        .set("wages", std::move(wages))
        .set("compounded_percent", oc.compounded ? Document::number(percent4_text(*oc.compounded)) : Document())
        .set("cost", std::move(cost))
        .set("total_cents", Document::integer(oc.all.total_cents));
}

Document compare_document(const OfferComparison& c) {
    Document points = Document::array();
    for (const auto& p : c.raise_points) points.push(p ? Document::number(wage_percent_text(*p)) : Document());
    Document units = Document::array();
    for (const UnitCost& u : c.units) units.push(cost_document(u, true));
    Document d = Document::object();
    d.set("from", Document::string(c.from->offer->id));
    d.set("to", Document::string(c.to->offer->id));
    d.set("years", Document::integer(static_cast<long long>(c.years)));
    d.set("raise_points", std::move(points));
    d.set("compounded_points", c.compounded_points ? Document::number(percent4_text(*c.compounded_points)) : Document());
    Document years = Document::array();
    for (long long y : c.all.per_year_cents) years.push(Document::integer(y));
    d.set("per_year_cents", std::move(years));
    d.set("total_cents", Document::integer(c.all.total_cents));
    d.set("units", std::move(units));
    return d;
}

}  // namespace

std::string units_shown(const std::vector<std::pair<std::string, std::string>>& names, const UnitCost& u) {
    // A schedule's units are its own list, not u.unit split on '+': an id
    // may hold a '+' itself.
    std::vector<std::string> ids = u.schedule ? u.schedule->schedule->units : std::vector<std::string>{u.unit};
    std::vector<std::string> shown;
    for (const std::string& id : ids) {
        std::string name = id;
        for (const auto& [unit, short_name] : names)
            if (unit == id) name = short_name;
        shown.push_back(one_line(name));
    }
    return and_list(shown);
}

std::string percent4_text(long long v) {
    unsigned long long a = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
    return fmt::format("{}{}.{:04}", v < 0 ? "-" : "", a / kWageScale, a % kWageScale);
}

std::string offers_text(const OffersReport& r) {
    if (r.compare) {
        const OfferComparison& c = *r.compare;
        std::string out = one_line(r.campaign) + ": " + one_line(c.to->offer->id) + " against " +
                          one_line(c.from->offer->id) + "\n\n";
        out += text_table(compare_rows(c), Align::figures) + "\n";
        for (const std::string& line : compare_summary(c)) out += line + "\n";
        if (auto note = mixed_costs_note(r, c.units)) out += wrap_text(*note, 78) + "\n";
        for (const UnitCost& u : c.units)
            if (u.schedule) out += "\n  gap, " + schedule_heading(r, u) + "\n" + text_table(schedule_rows(u), Align::figures);
        return out;
    }
    std::string out = one_line(r.campaign) + ": offers\n";
    if (r.offers.empty()) out += "\n  (no offers)\n";
    for (size_t i = 0; i < r.offers.size(); ++i) {
        const OfferCost& oc = r.offers[i];
        out += "\n" + one_line(heading(*oc.offer, r.dates[i])) + "\n";
        out += text_table(offer_rows(r, oc), Align::figures);
        out += "  " + offer_summary(oc) + "\n";
        if (auto note = mixed_costs_note(r, oc.units)) out += wrap_text("  " + *note, 78) + "\n";
        for (const UnitCost& u : oc.units)
            if (u.schedule) out += "\n  " + schedule_heading(r, u) + "\n" + text_table(schedule_rows(u), Align::figures);
    }
    return out;
}

std::string offers_markdown(const OffersReport& r) {
    if (r.compare) {
        const OfferComparison& c = *r.compare;
        std::string out = "# " + markdown_text(r.campaign) + ": " + markdown_text(c.to->offer->id) + " against " +
                          markdown_text(c.from->offer->id) + "\n\n";
        out += markdown_table(compare_rows(c), Align::figures) + "\n";
        for (const std::string& line : compare_summary(c)) out += markdown_text(line) + "\n";
        if (auto note = mixed_costs_note(r, c.units)) out += "\n" + markdown_text(*note) + "\n";
        for (const UnitCost& u : c.units)
            if (u.schedule)
                out += "\ngap, " + markdown_text(schedule_heading(r, u)) + "\n\n" +
                       markdown_table(schedule_rows(u), Align::figures);
        return out;
    }
    std::string out = "# " + markdown_text(r.campaign) + ": offers\n";
    if (r.offers.empty()) out += "\nNo offers.\n";
    for (size_t i = 0; i < r.offers.size(); ++i) {
        const OfferCost& oc = r.offers[i];
        out += "\n## " + markdown_text(heading(*oc.offer, r.dates[i])) + "\n\n";
        out += markdown_table(offer_rows(r, oc), Align::figures) + "\n";
        out += markdown_text(offer_summary(oc)) + "\n";
        if (auto note = mixed_costs_note(r, oc.units)) out += "\n" + markdown_text(*note) + "\n";
        for (const UnitCost& u : oc.units)
            if (u.schedule)
                out += "\n" + markdown_text(schedule_heading(r, u)) + "\n\n" +
                       markdown_table(schedule_rows(u), Align::figures);
    }
    return out;
}

std::string offers_json(const OffersReport& r) {
    Document offers = Document::array();
    for (const OfferCost& oc : r.offers) offers.push(offer_document(oc));
    Document d = Document::object().set("offers", std::move(offers));
    if (r.compare) d.set("compare", compare_document(*r.compare));
    return d.to_json();
}

namespace {

// A unit costed from its schedule has its parts as columns of their own
// after its total ("pvea steps"), so a spreadsheet holds what the text
// shows; a payroll unit has none, so a payroll campaign's CSV is unchanged.
struct CsvPart {
    const char* name;
    long long YearCost::*cents;
};
constexpr CsvPart kCsvParts[] = {{"schedule", &YearCost::schedule_cents}, {"steps", &YearCost::steps_cents},
                                 {"wages", &YearCost::wages_cents},       {"rollup", &YearCost::rollup_cents},
                                 {"bonus", &YearCost::bonus_cents},       {"benefits", &YearCost::benefits_cents}};

// A comparison has no column of each unit's own total, so its parts end
// with one (`gap`); an offer's table has it already, before the parts.
void add_part_headers(std::vector<std::string>& header, const UnitCost& u, bool gap) {
    if (!u.schedule) return;
    const std::string suffix = gap ? " gap" : "";
    for (const CsvPart& p : kCsvParts) header.push_back(u.unit + " " + p.name + suffix);
    if (gap) header.push_back(u.unit + " total" + suffix);
    header.push_back(u.unit + " percent_of_base" + suffix);
}

// Year `k`'s parts, or the term's when none.
void add_parts(std::vector<std::string>& row, const UnitCost& u, std::optional<size_t> k, bool gap) {
    if (!u.schedule) return;
    const YearCost& y = k ? u.schedule->years[*k] : u.schedule->term;
    for (const CsvPart& p : kCsvParts) row.push_back(amount_text(y.*p.cents));
    if (gap) row.push_back(amount_text(y.total_cents));
    row.push_back(percent4_text(y.percent_of_base));
}

}  // namespace

std::string offers_csv(const OffersReport& r) {
    if (r.compare) {
        const OfferComparison& c = *r.compare;
        const std::string& a = c.from->offer->id;
        const std::string& b = c.to->offer->id;
        std::vector<std::string> header = {"year",       a + " raise", b + " raise", "gap points",
                                           a + " cost", b + " cost",  "gap"};
        for (const UnitCost& u : c.units) add_part_headers(header, u, true);
        std::string out = csv_row(header);
        for (size_t k = 0; k <= c.years; ++k) {
            bool total = k == c.years;
            std::vector<std::string> row;
            if (total)
                row = {"total",
                       c.from_compounded ? percent4_text(*c.from_compounded) : "",
                       c.to_compounded ? percent4_text(*c.to_compounded) : "",
                       c.compounded_points ? percent4_text(*c.compounded_points) : "",
                       amount_text(c.from_all.total_cents),
                       amount_text(c.to_all.total_cents),
                       amount_text(c.all.total_cents)};
            else
                row = {std::to_string(k + 1),
                       raise_text(*c.from->offer, k),
                       raise_text(*c.to->offer, k),
                       c.raise_points[k] ? wage_percent_text(*c.raise_points[k]) : "",
                       amount_text(c.from_all.per_year_cents[k]),
                       amount_text(c.to_all.per_year_cents[k]),
                       amount_text(c.all.per_year_cents[k])};
            for (const UnitCost& u : c.units) add_parts(row, u, total ? std::nullopt : std::optional<size_t>(k), true);
            out += csv_figures_row(row);
        }
        return out;
    }
    std::vector<std::string> header = {"offer", "side", "year", "raise", "compounded_percent"};
    if (!r.offers.empty())
        for (const UnitCost& u : r.offers.front().units) {
            header.push_back(u.unit);
            add_part_headers(header, u, false);
        }
    header.push_back("all units");
    std::string out = csv_row(header);
    for (const OfferCost& oc : r.offers) {
        const Offer& o = *oc.offer;
        for (size_t k = 0; k <= o.wages.size(); ++k) {
            bool total = k == o.wages.size();
            std::vector<std::string> row = {o.id, name_of(o.side), total ? "total" : std::to_string(k + 1),
                                            total ? "" : raise_text(o, k)};
            if (total) row.push_back(oc.compounded ? percent4_text(*oc.compounded) : "");
            else row.push_back(oc.compounded ? percent4_text(oc.compounded_by_year[k]) : "");
            for (const UnitCost& u : oc.units) {
                row.push_back(amount_text(total ? u.total_cents : u.per_year_cents[k]));
                add_parts(row, u, total ? std::nullopt : std::optional<size_t>(k), false);
            }
            row.push_back(amount_text(total ? oc.all.total_cents : oc.all.per_year_cents[k]));
            out += csv_figures_row(row);
        }
    }
    return out;
}

}  // namespace bargain
