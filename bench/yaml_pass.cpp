// bargain-yaml-pass FILE: reads FILE with yaml-cpp's event API (YAML::Parser
// and an EventHandler that only counts) and prints the counts. This is the
// floor for `bargain tally` on YAML ballots: the least any reader built on
// yaml-cpp can do with the file, with no tree built and nothing checked.
#include <cstdio>
#include <fstream>
#include <string>

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace {

class CountingHandler : public YAML::EventHandler {
public:
    unsigned long long events = 0, scalars = 0, maps = 0, scalar_bytes = 0;

    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string& value) override {
        ++events;
        ++scalars;
        scalar_bytes += value.size();
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
        ++maps;
    }
    void OnMapEnd() override { ++events; }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fputs("usage: bargain-yaml-pass FILE\n", stderr);
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "bargain-yaml-pass: cannot open %s\n", argv[1]);
        return 1;
    }
    CountingHandler h;
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(h)) {
        }
    } catch (const YAML::Exception& e) {
        std::fprintf(stderr, "bargain-yaml-pass: %s: %s\n", argv[1], e.what());
        return 1;
    }
    std::printf("%llu events, %llu scalars (%llu bytes), %llu maps\n", h.events, h.scalars, h.scalar_bytes, h.maps);
    return 0;
}
