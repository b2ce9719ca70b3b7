#include "campaign/offer_terms.h"

#include <fmt/format.h>

#include "text/ap_style.h"

namespace bargain {

std::string flat_amount_text(long long cents) {
    return "$" + with_commas(cents / 100) + (cents % 100 ? fmt::format(".{:02}", cents % 100) : "");
}

std::string wage_percent_text(long long v) {
    std::string s = v < 0 ? "-" : "";
    unsigned long long a = v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
    std::string fraction = fmt::format("{:04}", a % kWageScale);
    while (fraction.size() > 1 && fraction.back() == '0') fraction.pop_back();
    return s + std::to_string(a / kWageScale) + "." + fraction;
}

std::string raise_text(const Offer& o, std::size_t year) {
    return is_flat_raise(o, year) ? flat_amount_text(o.flat_cents[year]) : wage_percent_text(o.wages[year]);
}

}  // namespace bargain
