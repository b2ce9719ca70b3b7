// libFuzzer target: a totals file (CSV or YAML) read into the tally's
// Counter. It must end (counts or a located error), and what reaches the
// Counter must be what the reader promises: one return per row with one
// question, no count below zero or above kMaxTotalVotes, no question's sum
// in a file above it either (so nothing downstream can overflow).
//
// The first byte, XOR '0' (so the seeds' digits read plainly), chooses:
//   bit 0: the file is named .yaml (else .csv)
//   bit 1: a vendor mapping (QuestionID, OptionName, Votes, Local; For,
//          Against, Spoiled=void)
//   bits 2-3: the delimiter sniffed, or forced to ',' ';' or tab
//   bit 4: --by-unit;  bit 5: --question accept;  bit 6: a roster with units a and b
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "io/input.h"
#include "tally/export_mapping.h"
#include "tally/roster.h"
#include "tally/counter.h"
#include "tally/totals_reader.h"

namespace {

const bargain::Roster& roster() {
    static const bargain::Roster r = [] {
        auto in = bargain::Input::from_string("roster.csv", "voter,unit\nV1,a\nV2,a\nV3,b\n");
        return std::move(*bargain::read_roster(*in));
    }();
    return r;
}

const bargain::ExportMapping& vendor() {
    static const bargain::ExportMapping m = [] {
        bargain::ExportMapping v;
        bargain::MappingPlace here{"", 0, 0, "fuzz"};
        v.columns.map(bargain::Column::question, "QuestionID", here);
        v.columns.map(bargain::Column::option, "OptionName", here);
        v.columns.map(bargain::Column::votes, "Votes", here);
        v.columns.map(bargain::Column::unit, "Local", here);
        v.answers.map("For", bargain::Answer::yes, here);
        v.answers.map("Against", bargain::Answer::no, here);
        v.answers.map("Spoiled", bargain::Answer::spoiled, here);
        return v;
    }();
    return m;
}

// Passes everything on to the Counter, checking each return on the way.
class Checked : public bargain::BallotSink {
public:
    explicit Checked(bargain::Counter& counter) : counter_(counter) {}
    std::uint32_t question(std::string_view id) override { return counter_.question(id); }
    void question_text(std::uint32_t q, std::string_view text) override { counter_.question_text(q, text); }
    std::optional<bargain::Diagnostic> ballot(const bargain::BallotRecord&) override {
        __builtin_trap();  // totals have no ballots
    }
    std::optional<bargain::Diagnostic> site_return(const bargain::SiteReturn& r) override {
        if (r.counts.size() != 1 || r.line < 1 || !r.site.empty()) __builtin_trap();
        const bargain::AnswerCounts& c = r.counts[0].second;
        for (long long n : {c.yes, c.no, c.abstain, c.blank, c.spoiled})
            if (n < 0 || n > bargain::kMaxTotalVotes) __builtin_trap();
        long long& sum = sums_[r.counts[0].first];
        sum += c.cast();
        if (sum > bargain::kMaxTotalVotes) __builtin_trap();
        ++returns_;
        return counter_.site_return(r);
    }
    long long returns() const { return returns_; }
    const std::map<std::uint32_t, long long>& sums() const { return sums_; }

private:
    bargain::Counter& counter_;
    std::map<std::uint32_t, long long> sums_;
    long long returns_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    unsigned o = data[0] ^ '0';
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    auto in = bargain::Input::from_string((o & 1) ? "totals.yaml" : "totals.csv", std::move(text));

    bargain::ExportMapping mapping = (o & 2) ? vendor() : bargain::ExportMapping{};
    static const char forced[] = {0, ',', ';', '\t'};
    if (char d = forced[(o >> 2) & 3]) mapping.delimiter = d;
    bargain::TotalsReadOptions options;
    options.mapping = &mapping;

    bargain::TallyOptions tally;
    tally.by_unit = o & 16;
    if (o & 32) tally.only_question = "accept";
    bargain::Counter counter(tally, (o & 64) ? &roster() : nullptr);
    counter.begin_file(0, in->name());
    Checked sink(counter);

    auto read = bargain::read_totals(*in, 0, options, sink);
    if (!read) {
        const bargain::Diagnostic& d = read.error();
        if (d.message.empty() || d.file != in->name() || d.line < 1 || d.column < 0) __builtin_trap();
        return 0;
    }
    if (read->rows < sink.returns() || read->empty_rows < 0) __builtin_trap();
    auto count = counter.finish();
    if (!count) return 0;
    if (count->received != 0) __builtin_trap();
    // The Counter holds exactly what was handed to it.
    for (const auto& [q, sum] : sink.sums())
        if (q >= count->questions.size() || count->questions[q].total().cast() != sum) __builtin_trap();
    return 0;
}
