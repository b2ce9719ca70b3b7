// libFuzzer target: the date, time and datetime parsers, and converting what
// they accept to an instant in a zone with daylight saving time.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/datetime.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string why;
    if (auto d = bargain::parse_date(text, &why)) {
        if (!std::chrono::year_month_day(*d).ok()) __builtin_trap();
        (void)bargain::format_date(*d);
    }
    (void)bargain::parse_time_of_day(text, &why);
    (void)bargain::parse_epoch_seconds(text, &why);
    if (auto dt = bargain::parse_datetime(text, &why)) {
        static const std::optional<bargain::Zone> chicago = bargain::Zone::named("America/Chicago", &why);
        (void)bargain::to_instant(*dt, bargain::Zone::utc());
        if (chicago) (void)bargain::to_instant(*dt, *chicago);
    }
    return 0;
}
