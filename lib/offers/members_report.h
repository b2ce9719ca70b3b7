// "What does the offer mean for me?": the members' table of `bargain offers
// --members`. For every lane (or classification) and starting step of each
// salary schedule, today's pay and the pay in each contract year under each
// offer, moving up a step when the offer moves steps, the gain over the
// term, and, with benefits, the change in the member's own premium.
//
// One Table per schedule and offer, built once and rendered as text,
// Markdown, CSV and an accessible HTML page a local can post (a caption,
// headers with scope, nothing said by colour alone); JSON from the same
// figures.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "offers/offer_costing.h"

namespace bargain {

struct MembersReport {
    std::string campaign;  // its name
    std::vector<OfferCost> offers;  // each with its schedule units' members
    // Each unit's id and the name to show, as OffersReport::unit_names.
    std::vector<std::pair<std::string, std::string>> unit_names;
};

std::string members_text(const MembersReport& r);
std::string members_markdown(const MembersReport& r);
std::string members_csv(const MembersReport& r);
std::string members_json(const MembersReport& r);
std::string members_html(const MembersReport& r);

}  // namespace bargain
