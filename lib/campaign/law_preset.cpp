#include "campaign/law_preset.h"

#include <algorithm>
#include <memory>

#include "core/decimal.h"
#include "io/embedded.h"
#include "io/input.h"
#include "io/yaml_map.h"
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
// checked by a unit test, so one clear message is enough. Its values read as
// the campaign's do (io/yaml_map.h): a flag is yes/no/true/false.
class PresetReader {
public:
    explicit PresetReader(std::string file) : r_(std::move(file)) {}

    std::vector<LawPreset> read(const YamlNode& root) {
        expect_map(root, "the presets file");
        YamlMap top(r_, root, "");
        const YamlNode* version = top.find("bargain-law-presets");
        const YamlNode* list = top.find("presets");
        top.done();
        if (!version || !version->is_scalar() || version->value != "1")
            r_.problem(version ? *version : root, "expected 'bargain-law-presets: 1'");
        if (!list || list->kind != YamlNode::Kind::sequence) r_.problem(list ? *list : root, "expected a list of presets");
        std::vector<LawPreset> out;
        for (const YamlNode& item : list->items) {
            LawPreset p = preset(item);
            for (const LawPreset& q : out)
                if (q.id == p.id) r_.problem(item, "duplicate preset id '" + p.id + "'");
            out.push_back(std::move(p));
        }
        return out;
    }

private:
    void expect_map(const YamlNode& n, const std::string& what) {
        if (n.kind != YamlNode::Kind::map) r_.problem(n, "expected " + what + " as a mapping, found " + n.kind_name());
    }
    long long number(const YamlNode& n) {
        std::string t = r_.text(n).value_or("");
        Decimal d = parse_count(t, kMaxLawNumber);
        if (!d) r_.problem(n, "expected a whole number of days or months, found '" + t + "'");
        return d.scaled;
    }
    // The rule keys of a preset or an amendment into `rules`.
    void rules(YamlMap& m, LawRules& rules) {
        for (const NumberKey& k : kNumbers)
            if (const YamlNode* v = m.find(k.key)) rules.*k.field = number(*v);
        for (const FlagKey& k : kFlags)
            if (auto b = m.flag(k.key)) rules.*k.field = *b;
    }

    LawPreset preset(const YamlNode& n) {
        expect_map(n, "a preset");
        YamlMap m(r_, n, "");
        LawPreset p;
        m.text("id", p.id);
        m.text("name", p.name);
        m.text("citation", p.citation);
        std::optional<Date> effective = m.date("effective");
        rules(m, p.rules);
        const YamlNode* amended = m.find("amended");
        m.done();
        if (p.id.empty() || p.name.empty() || p.citation.empty() || !effective)
            r_.problem(n, "a preset needs id, name, citation and effective");
        p.effective = *effective;
        if (amended) {
            if (amended->kind != YamlNode::Kind::sequence) r_.problem(*amended, "expected a list of amendments");
            for (const YamlNode& a : amended->items) p.amendments.push_back(amendment(a, p));
        }
        return p;
    }

    LawAmendment amendment(const YamlNode& n, const LawPreset& p) {
        expect_map(n, "an amendment");
        YamlMap m(r_, n, "");
        // An amendment starts from the rules as they stood before it.
        LawAmendment a{{}, {}, p.amendments.empty() ? p.rules : p.amendments.back().rules};
        std::optional<Date> from = m.date("ballots_closing_from");
        m.text("by", a.by);
        rules(m, a.rules);
        m.done();
        if (!from || a.by.empty()) r_.problem(n, "an amendment needs ballots_closing_from and by");
        a.ballots_closing_from = *from;
        if (!p.amendments.empty() && a.ballots_closing_from <= p.amendments.back().ballots_closing_from)
            r_.problem(n, "amendments must be in date order");
        return a;
    }

    YamlReader r_;  // stops at the first problem
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
