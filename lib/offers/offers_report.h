// The costing of offers in each output format (text, markdown, json, csv),
// all from one OffersReport, so they always agree. The JSON is the spec's
// shape, key for key, because scripts read it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/datetime.h"
#include "offers/offer_costing.h"

namespace bargain {

struct OffersReport {
    std::string campaign;                  // its name
    // For text and markdown: each unit's id and the name to show.
    std::vector<std::pair<std::string, std::string>> unit_names;
    std::vector<OfferCost> offers;
    std::vector<std::optional<Date>> dates;  // each offer's date, resolved
    std::optional<OfferComparison> compare;  // --compare A B: points into `offers`
};

// The units a cost is for, as people know them: each unit's short name
// from `names` (id, name), "PVEA and PVESP" for a schedule of two.
std::string units_shown(const std::vector<std::pair<std::string, std::string>>& names, const UnitCost& u);

// A percentage to exactly four decimals: "5.6006".
std::string percent4_text(long long ten_thousandths);

std::string offers_text(const OffersReport& r);
std::string offers_markdown(const OffersReport& r);
std::string offers_json(const OffersReport& r);
std::string offers_csv(const OffersReport& r);

}  // namespace bargain
