// bargain offers CAMPAIGN [--compare A B]: what each offer's raises cost
// against the units' payroll, and the gap between two offers.
#include <memory>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "commands.h"
#include "core/suggest.h"
#include "offers/members_report.h"
#include "offers/offer_costing.h"
#include "offers/offers_report.h"
#include "formats.h"
#include "output.h"

namespace bargain::cli {

namespace {

const Formats<OffersReport> kOffersFormats = {
    {"text", offers_text}, {"markdown", offers_markdown}, {"json", offers_json}, {"csv", offers_csv}};
// --members has one more: an HTML page a local can post.
const Formats<MembersReport> kMembersFormats = {{"text", members_text},
                                                {"markdown", members_markdown},
                                                {"json", members_json},
                                                {"csv", members_csv},
                                                {"html", members_html}};

struct OffersArgs {
    std::string campaign;
    std::string format;  // the first of kOffersFormats unless given
    std::vector<std::string> compare;
    bool members = false;
    std::string offer;  // --offer: one offer's members' table
    std::string output;
};

// The offer named `id`, or a report with a "did you mean".
const Offer* find_offer(const Campaign& c, const std::string& id, const std::string& option, const std::string& file,
                        int* status) {
    std::vector<std::string> ids;
    for (const Offer& o : c.offers) {
        if (o.id == id) return &o;
        ids.push_back(o.id);
    }
    *status = report(Diagnostic{"", 0, 0, option + ": no offer '" + id + "' in " + file, suggestion(id, ids)});
    return nullptr;
}

// Each unit's id and the name its members know it by.
std::vector<std::pair<std::string, std::string>> unit_names(const Campaign& c) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Unit& u : c.units) out.emplace_back(u.id, u.short_name.empty() ? u.id : u.short_name);
    return out;
}

int run_offers(const OffersArgs& a) {
    if (int s = refuse_overwriting({{"-o", a.output}}, {a.campaign})) return s;
    auto loaded = load_campaign_or_report(a.campaign);
    if (!loaded) return kBadInput;
    const CheckedCampaign& checked = loaded->checked;
    const Campaign& c = checked.campaign;

    if (a.format == "html" && !a.members)
        return report("--format html is for --members: the members' table is the page a local posts");
    if (!a.offer.empty() && !a.members) return report("--offer is for --members: it says whose table to show");
    if (a.members && !a.compare.empty())
        return report("--members and --compare do not go together: --compare gives the gap between two offers' "
                      "costs, --members each member's pay under an offer");
    std::vector<const Offer*> offers;
    int status = kSuccess;
    if (!a.offer.empty()) {
        if (const Offer* o = find_offer(c, a.offer, "--offer", loaded->name, &status)) offers.push_back(o);
        else return status;
    } else if (a.compare.empty()) {
        for (const Offer& o : c.offers) offers.push_back(&o);
    } else {
        for (const std::string& id : a.compare) {
            const Offer* found = find_offer(c, id, "--compare", loaded->name, &status);
            if (!found) return status;
            offers.push_back(found);
        }
    }

    OfferCosting costing =
        cost_offers(c, offers, loaded->name, a.members ? CostedUnits::schedules : CostedUnits::all);
    if (!costing.problems.empty()) return report_all(costing.problems);
    if (a.members) {
        MembersReport m{c.info.name, std::move(costing.offers), unit_names(c)};
        return write_output(a.output, render(kMembersFormats, a.format, m));
    }

    OffersReport r;
    r.campaign = c.info.name;
    r.unit_names = unit_names(c);
    r.offers = std::move(costing.offers);
    for (const OfferCost& oc : r.offers) {
        const TimelineItem* item = checked.timeline.find(oc.offer->id);
        r.dates.push_back(item ? std::optional<Date>(item->date) : std::nullopt);
    }
    if (!a.compare.empty()) r.compare = compare_offers(r.offers[0], r.offers[1]);

    return write_output(a.output, render(kOffersFormats, a.format, r));
}

}  // namespace

Command setup_offers(CLI::App& parent) {
    auto args = std::make_shared<OffersArgs>();
    CLI::App* app = parent.add_subcommand("offers", "Cost the campaign's offers and compare two of them.");
    app->add_option("CAMPAIGN", args->campaign, "The campaign file (campaign.yaml)")->required()->type_name("FILE");
    add_format_option(app, args->format, kMembersFormats);
    app->add_flag("--members", args->members,
                  "What each offer means for each member on a salary schedule: pay today and each year, by lane "
                  "and starting step (html only with it)");
    app->add_option("--offer", args->offer, "With --members: only this offer")->type_name("ID");
    app->add_option("--compare", args->compare, "Show the gap from offer A to offer B, year by year and in total")
        ->expected(2)
        ->type_name("ID");
    app->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    app->footer("A unit's cost in year k is payroll x ((1+r1)...(1+rk) - 1), in exact cents, rounded half away\n"
                "from zero once per year. A raise is a percentage (1.5) or a flat amount per member (\"$1,000\").");
    return Command{app, [args] { return run_offers(*args); }};
}

}  // namespace bargain::cli
