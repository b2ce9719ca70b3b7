// bargain offers CAMPAIGN [--compare A B]: what each offer's raises cost
// against the units' payroll, and the gap between two offers.
#include <memory>

#include "campaign/campaign.h"
#include "campaign/constraint_check.h"
#include "commands.h"
#include "core/suggest.h"
#include "offers/offer_costing.h"
#include "offers/offers_report.h"
#include "formats.h"
#include "output.h"

namespace bargain::cli {

namespace {

const Formats<OffersReport> kOffersFormats = {
    {"text", offers_text}, {"markdown", offers_markdown}, {"json", offers_json}, {"csv", offers_csv}};

struct OffersArgs {
    std::string campaign;
    std::string format;  // the first of kOffersFormats unless given
    std::vector<std::string> compare;
    std::string output;
};

int run_offers(const OffersArgs& a) {
    if (int s = refuse_overwriting({{"-o", a.output}}, {a.campaign})) return s;
    auto loaded = load_campaign_or_report(a.campaign);
    if (!loaded) return kBadInput;
    const CheckedCampaign& checked = loaded->checked;
    const Campaign& c = checked.campaign;

    std::vector<const Offer*> offers;
    if (a.compare.empty()) {
        for (const Offer& o : c.offers) offers.push_back(&o);
    } else {
        std::vector<std::string> ids;
        for (const Offer& o : c.offers) ids.push_back(o.id);
        for (const std::string& id : a.compare) {
            const Offer* found = nullptr;
            for (const Offer& o : c.offers)
                if (o.id == id) found = &o;
            if (!found)
                return report(Diagnostic{"", 0, 0, "--compare: no offer '" + id + "' in " + loaded->name,
                                         suggestion(id, ids)});
            offers.push_back(found);
        }
    }

    OfferCosting costing = cost_offers(c, offers, loaded->name);
    if (!costing.problems.empty()) return report_all(costing.problems);

    OffersReport r;
    r.campaign = c.info.name;
    for (const Unit& u : c.units) r.unit_names.emplace_back(u.id, u.short_name.empty() ? u.id : u.short_name);
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
    add_format_option(app, args->format, kOffersFormats);
    app->add_option("--compare", args->compare, "Show the gap from offer A to offer B, year by year and in total")
        ->expected(2)
        ->type_name("ID");
    app->add_option("-o,--output", args->output, "Write to FILE (atomically) instead of stdout")->type_name("FILE");
    app->footer("A unit's cost in year k is payroll x ((1+r1)...(1+rk) - 1), in exact cents, rounded half away\n"
                "from zero once per year. A raise is a percentage (1.5) or a flat amount per member (\"$1,000\").");
    return Command{app, [args] { return run_offers(*args); }};
}

}  // namespace bargain::cli
