#include "campaign/proposal_language.h"

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "core/text.h"

namespace bargain {

namespace {

using Node = YamlNode;

Where where(const Node& n) { return Where{n.line, n.column}; }

// A section id as a heading writes it after '#': letters, digits and . - _.
bool is_section_id(const std::string& id) {
    if (id.empty()) return false;
    for (char ch : id)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' || ch == '_')) return false;
    return true;
}

std::optional<std::string> section_id(YamlReader& r, const Node& n, std::string_view what) {
    auto t = r.text(n);
    if (!t) return std::nullopt;
    if (is_section_id(*t)) return t;
    r.problem(n, std::string(what) + " must be a section id such as art-12.3 (letters, digits, '.', '-' and '_'), not '" +
                     *t + "'");
    return std::nullopt;
}

}  // namespace

void read_proposal_language(YamlMap& pf, const Campaign& campaign, Proposal& p) {
    YamlReader& r = pf.reader();
    if (const Node* v = pf.find("section"))
        if (auto id = section_id(r, *v, "section:")) {
            p.section = *id;
            p.section_at = where(*v);
        }

    // One change at most: which key gave it, to name both in a message.
    std::string given;
    auto change = [&](const char* key, LanguageChange c, const Node& at) {
        if (!given.empty()) {
            r.problem(*pf.key(key), std::string("this proposal gives both ") + given + ": and " + key +
                                        ": give one: the section's new text:, its file:, delete: true or unchanged: "
                                        "true");
            return false;
        }
        given = key;
        p.change = c;
        p.language_at = where(at);
        return true;
    };
    if (const Node* v = pf.find("text"))
        if (auto t = r.text(*v)) {
            if (trim(*t).empty())
                r.problem(*v, "text: is empty; give the section's whole new text, or delete: true to remove it");
            else if (change("text", LanguageChange::replace, *v))
                p.text = *t;
        }
    if (const Node* v = pf.find("file"))
        if (auto t = r.text(*v)) {
            if (t->empty()) r.problem(*v, "file: names a Markdown file with the section's new text");
            else if (change("file", LanguageChange::replace, *v)) p.file = campaign.resolve_path(*t);
        }
    for (auto [key, c] : {std::pair{"delete", LanguageChange::remove}, std::pair{"unchanged", LanguageChange::unchanged}})
        if (const Node* v = pf.find(key))
            if (r.flag(*v).value_or(false)) change(key, c, *v);

    if (p.change != LanguageChange::none && p.section.empty() && !pf.find("section"))
        r.problem(*pf.key(given.c_str()), given + ": is the language of a section of the contract: name it with "
                                                   "section:, like section: art-12.3");

    if (const Node* v = pf.find("after"))
        if (auto id = section_id(r, *v, "after:")) {
            p.after = *id;
            p.after_at = where(*v);
            if (p.change != LanguageChange::replace)
                r.problem(*pf.key("after"), "after: places a new section, so this proposal needs its text: (or "
                                            "file:), starting with the section's heading");
        }

    if (const Node* v = pf.find("signed")) {
        auto sf = YamlMap::of(r, *v, "signed:", "signed: {union: NAME, employer: NAME, date: DATE}");
        if (!sf) return;
        Signatures s;
        sf->need("union", "signed: has no union: who signed for the union");
        sf->text("union", s.union_name);
        sf->need("employer", "signed: has no employer: who signed for the employer");
        sf->text("employer", s.employer_name);
        const Node* d = sf->need("date", "signed: has no date: the day the agreement was signed");
        std::optional<Date> date = sf->date("date");
        sf->done();
        if (p.status != ProposalStatus::ta) {
            r.problem(*pf.key("signed"), std::string("signed: is for a tentative agreement, and this proposal is ") +
                                             name_of(p.status) + "; write status: ta, or remove signed:");
            return;
        }
        if (d && date && !s.union_name.empty() && !s.employer_name.empty()) {
            s.date = *date;
            s.date_at = where(*d);
            p.signatures = std::move(s);
        }
    }
}

}  // namespace bargain
