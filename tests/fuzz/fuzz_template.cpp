// libFuzzer target: a user's notice template, checked and rendered against
// the SOS campaign's data in every format (the first byte picks it). A
// template is code a team writes by hand: any text must give a notice or a
// located error, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "campaign/constraint_check.h"
#include "io/input.h"
#include "notice/notice.h"

namespace {

const bargain::CheckedCampaign& sos() {
    static const bargain::CheckedCampaign c = [] {
        // Without its ballot files beside it, the votes have no result: the
        // data is the campaign's own, which is what the template sees most.
        auto in = bargain::Input::open(BARGAIN_SOS_CAMPAIGN);
        return bargain::load_and_check(**in);
    }();
    return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    bargain::NoticeRequest request;
    request.event = "picket-feb4";
    request.format = data[0] % 3 == 0   ? bargain::NoticeFormat::text
                     : data[0] % 3 == 1 ? bargain::NoticeFormat::markdown
                                        : bargain::NoticeFormat::html;
    request.user = bargain::TemplateSource{"fuzz.mustache", std::string(reinterpret_cast<const char*>(data) + 1, size - 1)};
    auto notice = bargain::render_notice(sos(), "campaign.yaml", request);
    if (!notice && notice.error().message.empty()) __builtin_trap();
    return 0;
}
