#include "offers/members_report.h"

#include <fmt/format.h>

#include "core/text.h"
#include "io/csv_writer.h"
#include "io/document.h"
#include "io/svg.h"
#include "offers/offers_report.h"
#include "text/ap_style.h"
#include "text/report_table.h"
#include "text/report_text.h"
#include "text/text_wrap.h"

namespace bargain {

namespace {

// FTE as a team writes it: "12", "0.5", "2.75".
std::string fte_text(long long fte) {
    std::string out = fmt::format("{}.{:04}", fte / kFteScale, fte % kFteScale);
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out;
}

// Where a member starts: "BA, step 3", or "step 3" on a schedule of one lane.
std::string start_text(const SalarySchedule& s, const MemberPay& m) {
    std::string step = "step " + std::to_string(m.step + 1);
    return s.lanes[m.lane].empty() ? step : s.lanes[m.lane] + ", " + step;
}

struct MembersTable {
    std::string title;    // "lbo: schedule teachers (PVEA)"
    std::string caption;  // for readers of HTML
    Table table;
    std::vector<std::string> key;  // what gain and premium change mean, under the table
};

// The columns a reader cannot guess, said under each table: "gain" is a
// raise in yearly pay, not money received over the whole term.
std::vector<std::string> columns_key(std::size_t years, bool benefits) {
    std::string last = "year " + std::to_string(years);
    std::vector<std::string> out = {"gain: pay in " + last +
                                    " less pay today, for a member who starts there (a step up in each year the "
                                    "offer moves steps)."};
    if (benefits) {
        out.push_back("premium change: how much more a year the member pays toward benefits in " + last +
                      " than today (less, when negative).");
        out.push_back("net gain: gain less premium change.");
    }
    return out;
}

// How a cell reads: money for people, a plain number for a spreadsheet.
enum class Figures { people, spreadsheet };

std::string amount(long long cents, Figures f) {
    if (f == Figures::people) return money_text(cents);
    unsigned long long a = cents < 0 ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    return fmt::format("{}{}.{:02}", cents < 0 ? "-" : "", a / 100, a % 100);
}

std::vector<MembersTable> tables(const MembersReport& r, Figures f) {
    std::vector<MembersTable> out;
    for (const OfferCost& oc : r.offers)
        for (const UnitCost& u : oc.units) {
            if (!u.schedule) continue;
            const SalarySchedule& s = *u.schedule->schedule;
            const std::size_t years = u.schedule->years.size();
            MembersTable t;
            t.title = oc.offer->id + ": schedule " + s.id + " (" + units_shown(r.unit_names, u) + ")";
            t.key = columns_key(years, u.schedule->benefits);
            t.caption = "What offer " + oc.offer->id + " means for each member on schedule " + s.id +
                        ", by where they start: annual pay today and in each contract year";
            t.table.columns = {{"starting at", Align::left}, {"FTE", Align::figures}, {"today", Align::figures}};
            for (std::size_t k = 0; k < years; ++k) t.table.columns.push_back({"year " + std::to_string(k + 1), Align::figures});
            t.table.columns.push_back({"gain", Align::figures});
            // With benefits, what the member keeps: the gain less what the
            // offer moves onto the member's share of the premium.
            if (u.schedule->benefits) {
                t.table.columns.push_back({"premium change", Align::figures});
                t.table.columns.push_back({"net gain", Align::figures});
            }
            for (const MemberPay& m : u.members) {
                Row row{start_text(s, m), fte_text(m.fte)};
                for (long long p : m.pay_cents) row.push_back(amount(p, f));
                row.push_back(amount(m.gain_cents, f));
                if (u.schedule->benefits) {
                    row.push_back(amount(m.premium_change_cents, f));
                    row.push_back(amount(m.gain_cents - m.premium_change_cents, f));
                }
                t.table.rows.push_back(std::move(row));
            }
            out.push_back(std::move(t));
        }
    return out;
}

constexpr const char* kNone = "No unit is costed from a salary schedule: the members' table needs schedules:.";

}  // namespace

std::string members_text(const MembersReport& r) {
    std::string out = one_line(r.campaign) + ": what each offer means for members\n";
    auto ts = tables(r, Figures::people);
    if (ts.empty()) out += "\n  " + std::string(kNone) + "\n";
    for (const MembersTable& t : ts)
    {
        out += "\n" + one_line(t.title) + "\n" + text_table(t.table);
        for (const std::string& line : t.key) out += wrap_text("  " + line, 78) + "\n";
    }
    return out;
}

std::string members_markdown(const MembersReport& r) {
    std::string out = "# " + markdown_text(r.campaign) + ": what each offer means for members\n";
    auto ts = tables(r, Figures::people);
    if (ts.empty()) out += "\n" + std::string(kNone) + "\n";
    for (const MembersTable& t : ts)
        out += "\n## " + markdown_text(t.title) + "\n\n" + markdown_table(t.table) + "\n" +
               markdown_text(join_present(t.key, " ")) + "\n";
    return out;
}

std::string members_csv(const MembersReport& r) {
    // One table for a spreadsheet: the offer and schedule on each row.
    std::string out;
    bool header = false;
    for (const OfferCost& oc : r.offers)
        for (const UnitCost& u : oc.units) {
            if (!u.schedule) continue;
            const SalarySchedule& s = *u.schedule->schedule;
            if (!header) {
                out += "offer,schedule,lane,step,fte,year,pay,gain,premium_change,net_gain\n";
                header = true;
            }
            for (const MemberPay& m : u.members)
                for (std::size_t k = 0; k < m.pay_cents.size(); ++k)
                    // Without benefits there is no premium to change: the cells are empty, not 0.
                    out += csv_figures_row(
                        {oc.offer->id, s.id, s.lanes[m.lane], std::to_string(m.step + 1), fte_text(m.fte),
                         std::to_string(k), amount(m.pay_cents[k], Figures::spreadsheet),
                         amount(m.gain_cents, Figures::spreadsheet),
                         u.schedule->benefits ? amount(m.premium_change_cents, Figures::spreadsheet) : "",
                         amount(m.gain_cents - (u.schedule->benefits ? m.premium_change_cents : 0),
                                Figures::spreadsheet)});
        }
    return out;
}

std::string members_json(const MembersReport& r) {
    Document offers = Document::array();
    for (const OfferCost& oc : r.offers) {
        Document schedules = Document::array();
        for (const UnitCost& u : oc.units) {
            if (!u.schedule) continue;
            const SalarySchedule& s = *u.schedule->schedule;
            Document members = Document::array();
            for (const MemberPay& m : u.members) {
                Document pay = Document::array();
                for (long long p : m.pay_cents) pay.push(Document::integer(p));
                members.push(Document::object()
                                 .set("lane", Document::string(s.lanes[m.lane]))
                                 .set("step", Document::integer(static_cast<long long>(m.step + 1)))
                                 .set("fte", Document::number(fte_text(m.fte)))
                                 .set("pay_cents", std::move(pay))
                                 .set("gain_cents", Document::integer(m.gain_cents))
                                 .set("premium_change_cents", u.schedule->benefits
                                                                  ? Document::integer(m.premium_change_cents)
                                                                  : Document()));
            }
            schedules.push(Document::object()
                               .set("schedule", Document::string(s.id))
                               .set("unit", Document::string(u.unit))
                               .set("members", std::move(members)));
        }
        offers.push(Document::object().set("id", Document::string(oc.offer->id)).set("schedules", std::move(schedules)));
    }
    return Document::object().set("offers", std::move(offers)).to_json();
}

std::string members_html(const MembersReport& r) {
    std::string title = r.campaign + ": what each offer means for members";
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
        xml_text(title) +
        "</title>\n<style>\n"
        "body { font-family: Georgia, \"Times New Roman\", serif; color: #111; background: #fff; max-width: 60em; "
        "margin: 1em auto; padding: 0 1em; }\n"
        ".scroll { overflow-x: auto; }\n"
        "table { border-collapse: collapse; margin: 0.5em 0 1.5em; }\n"
        "caption { text-align: left; font-style: italic; padding-bottom: 0.3em; }\n"
        "th, td { padding: 0.15em 0.6em; border-bottom: 1px solid #bbb; text-align: right; white-space: nowrap; "
        "font-variant-numeric: tabular-nums; }\n"
        "th[scope=row], thead th:first-child { text-align: left; }\n"
        "@media print { body { max-width: none; margin: 0; } }\n"
        "</style>\n</head>\n<body>\n<main>\n<h1>" +
        xml_text(title) + "</h1>\n";
    auto ts = tables(r, Figures::people);
    if (ts.empty()) out += "<p>" + xml_text(kNone) + "</p>\n";
    for (const MembersTable& t : ts) {
        // A wide table scrolls inside its own region, which a keyboard can reach.
        out += "<h2>" + xml_text(t.title) + "</h2>\n<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"" +
               xml_text(t.title) + "\">\n<table>\n<caption>" + xml_text(t.caption) +
               "</caption>\n<thead><tr>";
        for (const TableColumn& c : t.table.columns) out += "<th scope=\"col\">" + xml_text(c.header.value_or("")) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const Row& row : t.table.rows) {
            out += "<tr><th scope=\"row\">" + xml_text(row.front()) + "</th>";
            for (std::size_t i = 1; i < row.size(); ++i) out += "<td>" + xml_text(row[i]) + "</td>";
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n</div>\n<p>" + xml_text(join_present(t.key, " ")) + "</p>\n";
    }
    return out + "</main>\n</body>\n</html>\n";
}

}  // namespace bargain
