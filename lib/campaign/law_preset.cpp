#include "campaign/law_preset.h"

#include <algorithm>
#include <charconv>
#include <memory>

#include "core/suggest.h"
#include "io/embedded.h"
#include "io/input.h"
#include "io/yaml_source.h"

namespace bargain {

namespace {

struct NumberKey {
    const char* key;
    long long LawRules::*field;
};
constexpr NumberKey kNumbers[] = {
    {"notice_days", &LawRules::notice_days},
    {"employer_notice_days", &LawRules::employer_notice_days},
    {"fmcs_notice_days", &LawRules::fmcs_notice_days},
    {"mandate_months", &LawRules::mandate_months},
};
struct FlagKey {
    const char* key;
    bool LawRules::*field;
};
constexpr FlagKey kFlags[] = {
    {"pickets_too", &LawRules::pickets_too},
    {"after_expiry", &LawRules::after_expiry},
    {"mediation_first", &LawRules::mediation_first},
};

// Reads the presets file, stopping at the first problem: it is our own file,
// checked by a unit test, so one clear message is enough.
class PresetReader {
public:
    explicit PresetReader(std::string file) : file_(std::move(file)) {}

    std::vector<LawPreset> read(const YamlNode& root) {
        expect_map(root, "the presets file");
        const YamlNode* version = nullptr;
        const YamlNode* list = nullptr;
        for (const auto& [k, v] : root.entries) {
            if (k.value == "bargain-law-presets") version = &v;
            else if (k.value == "presets") list = &v;
            else unknown(k, {"bargain-law-presets", "presets"});
        }
        if (!version || !version->is_scalar() || version->value != "1")
            fail(version ? *version : root, "expected 'bargain-law-presets: 1'");
        if (!list || list->kind != YamlNode::Kind::sequence) fail(list ? *list : root, "expected a list of presets");
        std::vector<LawPreset> out;
        for (const YamlNode& item : list->items) {
            LawPreset p = preset(item);
            for (const LawPreset& q : out)
                if (q.id == p.id) fail(item, "duplicate preset id '" + p.id + "'");
            out.push_back(std::move(p));
        }
        return out;
    }

private:
    [[noreturn]] void fail(const YamlNode& at, std::string message) {
        throw InputError(Diagnostic{file_, at.line, at.column, std::move(message)});
    }
    void expect_map(const YamlNode& n, const std::string& what) {
        if (n.kind != YamlNode::Kind::map) fail(n, "expected " + what + " as a mapping, found " + n.kind_name());
    }
    void unknown(const YamlNode& key, const std::vector<std::string>& known) {
        fail(key, "unknown key '" + key.value + "'" + did_you_mean(key.value, known));
    }
    std::string text(const YamlNode& n) {
        if (!n.is_scalar() || n.value.empty()) fail(n, std::string("expected text, found ") + n.kind_name());
        return n.value;
    }
    Date date(const YamlNode& n) {
        std::string why;
        if (auto d = parse_date(text(n), &why)) return *d;
        fail(n, why);
    }
    long long number(const YamlNode& n) {
        std::string t = text(n);
        long long v = 0;
        auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (ec != std::errc() || end != t.data() + t.size() || v < 0 || v > kMaxLawNumber)
            fail(n, "expected a whole number of days or months, found '" + t + "'");
        return v;
    }
    bool flag(const YamlNode& n) {
        std::string t = text(n);
        if (t == "true") return true;
        if (t == "false") return false;
        fail(n, "expected true or false, found '" + t + "'");
    }
    // A rule key into `rules`; false when `key` is not a rule.
    bool rule(const YamlNode& key, const YamlNode& value, LawRules& rules) {
        for (const NumberKey& k : kNumbers)
            if (key.value == k.key) {
                rules.*k.field = number(value);
                return true;
            }
        for (const FlagKey& k : kFlags)
            if (key.value == k.key) {
                rules.*k.field = flag(value);
                return true;
            }
        return false;
    }
    std::vector<std::string> rule_keys() {
        std::vector<std::string> keys;
        for (const NumberKey& k : kNumbers) keys.push_back(k.key);
        for (const FlagKey& k : kFlags) keys.push_back(k.key);
        return keys;
    }

    LawPreset preset(const YamlNode& n) {
        expect_map(n, "a preset");
        LawPreset p;
        bool has_effective = false;
        const YamlNode* amended = nullptr;
        for (const auto& [k, v] : n.entries) {
            if (k.value == "id") p.id = text(v);
            else if (k.value == "name") p.name = text(v);
            else if (k.value == "citation") p.citation = text(v);
            else if (k.value == "effective") {
                p.effective = date(v);
                has_effective = true;
            }
            else if (k.value == "amended") amended = &v;
            else if (!rule(k, v, p.rules)) {
                std::vector<std::string> known = rule_keys();
                known.insert(known.end(), {"id", "name", "citation", "effective", "amended"});
                unknown(k, known);
            }
        }
        if (p.id.empty() || p.name.empty() || p.citation.empty() || !has_effective)
            fail(n, "a preset needs id, name, citation and effective");
        if (amended) {
            if (amended->kind != YamlNode::Kind::sequence) fail(*amended, "expected a list of amendments");
            for (const YamlNode& a : amended->items) p.amendments.push_back(amendment(a, p));
        }
        return p;
    }

    LawAmendment amendment(const YamlNode& n, const LawPreset& p) {
        expect_map(n, "an amendment");
        // An amendment starts from the rules as they stood before it.
        LawAmendment a{{}, {}, p.amendments.empty() ? p.rules : p.amendments.back().rules};
        bool has_from = false;
        for (const auto& [k, v] : n.entries) {
            if (k.value == "ballots_closing_from") {
                a.ballots_closing_from = date(v);
                has_from = true;
            }
            else if (k.value == "by") a.by = text(v);
            else if (!rule(k, v, a.rules)) {
                std::vector<std::string> known = rule_keys();
                known.insert(known.end(), {"ballots_closing_from", "by"});
                unknown(k, known);
            }
        }
        if (!has_from || a.by.empty()) fail(n, "an amendment needs ballots_closing_from and by");
        if (!p.amendments.empty() && a.ballots_closing_from <= p.amendments.back().ballots_closing_from)
            fail(n, "amendments must be in date order");
        return a;
    }

    std::string file_;
};

}  // namespace

const std::vector<std::string>& law_number_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const NumberKey& n : kNumbers) k.push_back(n.key);
        return k;
    }();
    return keys;
}

bool set_law_number(LawRules& rules, std::string_view key, long long value) {
    for (const NumberKey& k : kNumbers)
        if (key == k.key) {
            rules.*k.field = value;
            return true;
        }
    return false;
}

const LawRules& LawPreset::rules_for(std::optional<Date> ballot_closed) const {
    const LawRules* r = &rules;
    if (ballot_closed)
        for (const LawAmendment& a : amendments)
            if (*ballot_closed >= a.ballots_closing_from) r = &a.rules;
    return *r;
}

const LawPreset* LawPresets::find(std::string_view id) const {
    for (const LawPreset& p : presets)
        if (p.id == id) return &p;
    return nullptr;
}

std::vector<std::string> LawPresets::ids() const {
    std::vector<std::string> out;
    for (const LawPreset& p : presets) out.push_back(p.id);
    return out;
}

LawPresets parse_law_presets(std::string name, std::string text) {
    LawPresets out;
    std::unique_ptr<Input> in = Input::from_string(name, std::move(text));
    Result<YamlNode> root = load_yaml_document(*in);
    if (!root) {
        out.problem = root.error();
        return out;
    }
    try {
        out.presets = PresetReader(std::move(name)).read(*root);
    } catch (const InputError& e) {
        out.problem = e.diagnostic();
    }
    return out;
}

const LawPresets& builtin_law_presets() {
    static const LawPresets presets = [] {
        const char* path = "law/presets.yaml";
        if (auto text = embedded_file(path)) return parse_law_presets(std::string("(built in) ") + path, std::string(*text));
        LawPresets missing;
        missing.problem = Diagnostic{path, 0, 0, "the law presets are missing from this build of bargain"};
        return missing;
    }();
    return presets;
}

}  // namespace bargain
