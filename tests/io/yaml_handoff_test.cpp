// Parsing YAML on a second thread (yaml_handoff.h) gives the handler the
// calls, and the caller the result, of parsing it on one.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "io/input.h"
#include "io/yaml_handoff.h"
#include "io/yaml_source.h"

using namespace bargain;

namespace {

// Writes down every call, and refuses what a ballot reader refuses: an
// unknown key, and (as a count refuses a return) an item whose `stop` is set.
class Recording : public YamlTopLevel {
public:
    std::string log;
    Take key(const YamlNode& key) override {
        log += "key " + key.value + "@" + std::to_string(key.line) + "\n";
        if (key.value == "unknown") throw InputError(Diagnostic{"f.yaml", key.line, key.column, "unknown key"});
        return key.value == "ballots" ? Take::each_item : Take::whole;
    }
    void value(const YamlNode& key, YamlNode&& v) override {
        log += "value " + key.value + " " + v.kind_name() + "@" + std::to_string(v.line) + "\n";
    }
    void item(const YamlNode& key, YamlNode&& v) override {
        log += "item " + key.value + "@" + std::to_string(v.line) + ":" + std::to_string(v.column);
        for (const auto& [k, value] : v.entries) {
            log += " " + k.value + "=" + value.value;
            if (k.value == "stop") throw InputError(Diagnostic{"f.yaml", value.line, value.column, "refused"});
        }
        log += "\n";
    }
};

std::string run(const std::string& text, YamlThreads threads) {
    auto in = Input::from_string("f.yaml", text);
    Recording r;
    auto result = stream_yaml(*in, r, threads);
    return r.log + (result ? result->located() : "ok") + "\n";
}

std::string ballots(std::size_t n, std::size_t stop_at = SIZE_MAX) {
    std::string out = "bargain: 1\nquestions: {accept: Accept the offer}\nballots:\n";
    for (std::size_t i = 0; i < n; ++i)
        out += "  - {voter: V" + std::to_string(i) + (i == stop_at ? ", stop: here" : "") + ", accept: yes}\n";
    return out;
}

}  // namespace

TEST_CASE("two threads make the handler's calls, and give the result, of one") {
    std::size_t many = 3 * YamlHandoff::kBundleCalls * YamlHandoff::kMaxBundles;
    std::string nul_later = ballots(50, 10);
    nul_later += std::string(1, '\0');
    std::string nul_far = ballots(many, 10) + std::string(1, '\0');
    const std::vector<std::pair<std::string, std::string>> files = {
        {"many", ballots(many)},
        {"refused late", ballots(many, many - 5)},
        {"refused, then a NUL in the same chunk", nul_later},
        {"refused, then a NUL far on", nul_far},
        {"unknown key after the list", ballots(40) + "unknown: 1\n"},
        {"a syntax error after items", ballots(40) + "  - {voter: V9, accept: [\n"},
        {"not UTF-8 after items", ballots(40) + "  - {voter: V\xff}\n"},
        {"a second document", ballots(3) + "---\nb: 1\n"},
        {"nothing", ""},
        {"not a mapping", "- a\n- b\n"},
        {"a list that is not", "ballots: 3\n"},
        {"a duplicate top-level key", "ballots: []\nballots: []\n"},
        {"a key that is not text", "? [a]\n: 1\nballots: []\n"},
        {"a deep nesting", "ballots:\n  - " + std::string(300, '[') + "\n"},
    };
    for (const auto& [what, text] : files) {
        CAPTURE(what);
        std::string one = run(text, YamlThreads::one);
        CHECK(run(text, YamlThreads::two) == one);
    }
    CHECK(run(ballots(many), YamlThreads::two).find("item ballots@" + std::to_string(many + 3)) != std::string::npos);
    CHECK(run(nul_far, YamlThreads::one).find("refused") != std::string::npos);
}

TEST_CASE("a handler that gives up stops the parse, however far ahead it is") {
    // Refused at the first ballot, of many: the parser thread is waiting
    // for room, and is stopped and joined.
    std::size_t many = 8 * YamlHandoff::kBundleCalls * YamlHandoff::kMaxBundles;
    std::string out = run(ballots(many, 0), YamlThreads::two);
    CHECK(out.find("f.yaml:4:") != std::string::npos);
    CHECK(out.find("item ballots@5") == std::string::npos);
    // At a key, while the parser waits for the answer.
    CHECK(run("unknown: 1\nballots: []\n", YamlThreads::two) == run("unknown: 1\nballots: []\n", YamlThreads::one));
}
