// libFuzzer target: the rule expression parser (`>=2/3 of valid`) and the
// turnout threshold, on any text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tally/rule.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::size_t bar = text.find('|');
    auto rule = bargain::parse_rule(text.substr(0, bar));
    if (rule && bar != std::string_view::npos) (void)bargain::add_turnout(*rule, text.substr(bar + 1));
    return 0;
}
