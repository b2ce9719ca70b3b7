#include "contract/contract_history.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/suggest.h"
#include "core/text.h"

namespace bargain {

namespace {

std::optional<std::string> read_file(const std::string& path, std::string& why) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        why = std::filesystem::exists(path, ec) ? "not a file" : "cannot open it";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = "cannot read it";
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();  // an empty file sets failbit here, and is refused by its caller
    return text.str();
}

class Reader {
public:
    Reader(const Campaign& c, const std::string& file, const ContractFiles& files, ContractHistory& h)
        : c_(c), file_(file), files_(files), h_(h) {}

    void read() {
        if (c_.contract.empty()) {
            for (const PlacedSession& s : h_.sessions)
                for (const Proposal& p : s.session->proposals)
                    if (!p.section.empty())
                        problem(p.section_at, "this proposal is on section '" + p.section +
                                                  "', and the campaign has no contract: to find it in",
                                "add contract: with the folder of the contract's Markdown files, like contract: "
                                "contract/");
            return;
        }
        ContractLoad load = files_.folder(c_.contract);
        for (Diagnostic& d : load.problems) {
            // A problem with the folder itself is the campaign's, at contract:.
            if (d.line == 0 && d.file == c_.contract)
                d = Diagnostic{file_, c_.contract_at.line, c_.contract_at.column, "contract: " + c_.contract + ": " + d.message,
                               d.help};
            h_.problems.push_back(std::move(d));
        }
        // Proposals are checked against a contract that read cleanly: with
        // a file unread, every section in it would be "not in the contract".
        if (!load.problems.empty()) return;
        h_.contract = std::move(load.contract);
        for (const std::string& id : h_.contract.ids()) known_.insert(id);
        for (std::size_t k = 0; k < h_.sessions.size(); ++k)
            for (const Proposal& p : h_.sessions[k].session->proposals) read_proposal(k, p);
    }

private:
    void problem(const Where& w, std::string message, std::string help = {}) {
        h_.problems.push_back(Diagnostic{file_, w.line, w.column, std::move(message), std::move(help)});
    }

    void read_proposal(std::size_t k, const Proposal& p) {
        const Session& s = *h_.sessions[k].session;
        if (p.signatures) check_signed(*p.signatures);
        if (p.section.empty()) {
            if (p.status == ProposalStatus::ta)
                problem(p.where, "this tentative agreement on '" + p.article + "' in session '" + s.id +
                                     "' names no section of the contract",
                        "give section: and its language: text:, file:, delete: true, or unchanged: true when the "
                        "current language stays");
            return;
        }
        SectionLanguage l;
        l.session = k;
        l.proposal = &p;
        l.id = p.section;
        l.change = p.change;
        if (p.change == LanguageChange::none && p.status == ProposalStatus::ta)
            problem(p.section_at, "this tentative agreement on section '" + p.section + "' carries no language",
                    "give the agreed text: (or file:), delete: true, or unchanged: true when the current language "
                    "stays");
        if (!place(p, l)) return;
        if (p.change == LanguageChange::replace && !read_text(p, l)) return;
        check_agreed_twice(k, p);
        h_.language.push_back(std::move(l));
    }

    // Whether the section is the contract's, or a new one placed after one.
    bool place(const Proposal& p, SectionLanguage& l) {
        const bool known = known_.count(p.section) > 0;
        if (known && !p.after.empty()) {
            problem(p.after_at, "after: places a new section, and '" + p.section + "' is in the contract already",
                    "remove after:; the section stays where it is");
            return false;
        }
        if (known) return true;
        if (added_.count(p.section)) {
            l.added = true;
            return true;
        }
        if (p.after.empty()) {
            std::vector<std::string> ids(known_.begin(), known_.end());
            ids.insert(ids.end(), added_.begin(), added_.end());
            std::string hint = suggestion(p.section, ids);
            problem(p.section_at, "the contract has no section '" + p.section + "'",
                    hint.empty() ? "a new section needs after: with the section it follows, like after: art-12.3"
                                 : hint + " (a new section needs after: with the section it follows)");
            return false;
        }
        if (!known_.count(p.after) && !added_.count(p.after)) {
            std::vector<std::string> ids(known_.begin(), known_.end());
            problem(p.after_at, "after: names section '" + p.after + "', which the contract does not have",
                    suggestion(p.after, ids));
            return false;
        }
        added_.insert(p.section);
        l.added = true;
        return true;
    }

    // The proposal's new section, from text: or file:. Its heading, when it
    // has one, retitles the section; a new section must have one.
    bool read_text(const Proposal& p, SectionLanguage& l) {
        std::string text = p.text, name = file_;
        if (!p.file.empty()) {
            std::string why;
            auto t = files_.file ? files_.file(p.file, why) : read_file(p.file, why);
            if (!t) {
                problem(p.language_at, "file: " + p.file + ": " + why);
                return false;
            }
            text = std::move(*t);
            name = p.file;
            if (trim_blanks(text).empty()) {
                problem(p.language_at, "file: " + p.file + " is empty",
                        "give the section's whole new text in it, or delete: true to remove the section");
                return false;
            }
        }
        SectionsRead r = read_sections(name, text, SectionIds::optional);
        // Text written in the campaign has its own line numbers: the
        // problem is placed at text:, and says which of its lines.
        for (Diagnostic& d : r.problems) {
            if (p.file.empty())
                d = Diagnostic{file_, p.language_at.line, p.language_at.column,
                               "in this text, line " + std::to_string(d.line) + ": " + d.message, d.help};
            h_.problems.push_back(std::move(d));
        }
        if (!r.problems.empty()) return false;
        auto at = [&](long long line) {
            return p.file.empty() ? p.language_at : Where{std::max(line, 1LL), 1};
        };
        auto text_problem = [&](long long line, std::string message, std::string help) {
            Where w = at(line);
            if (p.file.empty() && line > 0) message += " (line " + std::to_string(line) + " of the text)";
            h_.problems.push_back(Diagnostic{p.file.empty() ? file_ : p.file, w.line, w.column, std::move(message),
                                             std::move(help)});
        };
        if (r.sections.size() > 1) {
            text_problem(r.sections[1].line, "this text holds more than one section (a second heading, '" +
                                                 r.sections[1].title + "')",
                         "a proposal is on one section: give the other section a proposal of its own");
            return false;
        }
        if (r.sections.size() == 1 && r.before_line) {
            text_problem(r.before_line, "this text has lines before its heading",
                         "start with the heading, or leave it out to keep the section's heading");
            return false;
        }
        const ContractSection* current = h_.contract.find(p.section);
        if (r.sections.empty()) {
            if (!current) {
                text_problem(0, "a new section's text starts with its heading, like ## 12.4 Overtime {#" + p.section + "}",
                             "");
                return false;
            }
            l.level = current->level;
            l.title = current->title;
            l.body = r.before;
            return true;
        }
        const ContractSection& given = r.sections.front();
        if (!given.id.empty() && given.id != p.section) {
            text_problem(given.line, "this text's heading has the id '" + given.id + "', and the proposal is on section '" +
                                         p.section + "'",
                         "a section keeps its id: write {#" + p.section + "}, or leave the id out");
            return false;
        }
        l.level = given.level;
        l.title = given.title;
        l.body = given.body;
        return true;
    }

    void check_agreed_twice(std::size_t k, const Proposal& p) {
        auto it = last_.find(p.section);
        if (p.status == ProposalStatus::ta && it != last_.end() && it->second.first == ProposalStatus::ta) {
            const PlacedSession& then = h_.sessions[it->second.second];
            problem(p.section_at, "section '" + p.section + "' was agreed in session '" + then.session->id + "'" +
                                      (then.date ? " (" + format_date(*then.date) + ")" : "") +
                                      ", and is agreed again in session '" + h_.sessions[k].session->id +
                                      "' with no proposal reopening it in between",
                    "if the parties reopened it, record that proposal (status: open) in the session it was made; "
                    "otherwise keep one of the two agreements");
        }
        last_[p.section] = {p.status, k};
    }

    void check_signed(const Signatures& sig) {
        std::vector<std::string> days;
        for (const PlacedSession& s : h_.sessions)
            if (s.date) {
                if (*s.date == sig.date) return;
                days.push_back(format_date(*s.date));
            }
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        problem(sig.date_at, "this agreement is signed on " + format_date(sig.date) + ", and no session was held that day",
                days.empty() ? "no session has a date: give the sessions their dates"
                             : "sessions were held on " + join_present(days, ", "));
    }

    const Campaign& c_;
    const std::string& file_;
    const ContractFiles& files_;
    ContractHistory& h_;
    std::set<std::string> known_, added_;
    std::map<std::string, std::pair<ProposalStatus, std::size_t>> last_;  // each section's latest status, and session
};

// A section as a version shows it, built up proposal by proposal.
struct SectionState {
    bool present = true;
    int level = 2;
    std::string title, body;
    const SectionLanguage* by = nullptr;
};

void apply(SectionState& s, const SectionLanguage& l) {
    switch (l.change) {
        case LanguageChange::none: return;
        case LanguageChange::replace:
            s = SectionState{true, l.level, l.title, l.body, &l};
            return;
        case LanguageChange::remove:
            s.present = false;
            s.by = &l;
            return;
        case LanguageChange::unchanged: s.by = &l; return;
    }
}

}  // namespace

ContractHistory contract_history(const Campaign& campaign, const Timeline& timeline, const std::string& file,
                                 const ContractFiles& files) {
    ContractHistory h;
    h.sessions = sessions_in_order(campaign, timeline);
    Reader(campaign, file, files, h).read();
    return h;
}

const VersionSection* ContractVersion::find(const std::string& id) const {
    for (const VersionSection& s : sections)
        if (s.id == id) return &s;
    return nullptr;
}

ContractVersion current_contract(const ContractHistory& h) {
    ContractVersion v;
    for (std::size_t f = 0; f < h.contract.files.size(); ++f)
        for (const ContractSection& s : h.contract.files[f].sections)
            v.sections.push_back(VersionSection{s.id, s.level, s.title, s.body, f, true, nullptr});
    return v;
}

ContractVersion contract_version(const ContractHistory& h, const VersionPoint& at) {
    ContractVersion v = current_contract(h);
    std::map<std::string, SectionState> agreed;
    std::map<std::string, std::vector<const SectionLanguage*>> open;  // latest last, one per side
    std::vector<const SectionLanguage*> added;  // the first language of each new section
    for (const VersionSection& s : v.sections) agreed[s.id] = SectionState{true, s.level, s.title, s.body, nullptr};
    for (const SectionLanguage& l : h.language) {
        if (l.session >= at.sessions) break;
        if (l.added && !agreed.count(l.id) && !open.count(l.id)) added.push_back(&l);
        std::vector<const SectionLanguage*>& table = open[l.id];
        auto same_side = [&](const SectionLanguage* x) { return x->proposal->side == l.proposal->side; };
        switch (l.proposal->status) {
            case ProposalStatus::ta: {
                // A new section exists from its first agreement; until then
                // there is nothing of it to keep.
                SectionState& s = agreed.try_emplace(l.id, SectionState{false, l.level, l.title, "", nullptr}).first->second;
                apply(s, l);
                table.clear();
                break;
            }
            case ProposalStatus::open:
                if (l.change == LanguageChange::none) break;
                table.erase(std::remove_if(table.begin(), table.end(), same_side), table.end());
                table.push_back(&l);
                break;
            case ProposalStatus::withdrawn:
                table.erase(std::remove_if(table.begin(), table.end(), same_side), table.end());
                break;
        }
    }
    auto shown = [&](const std::string& id) -> std::optional<SectionState> {
        std::optional<SectionState> s;
        if (auto it = agreed.find(id); it != agreed.end()) s = it->second;
        if (at.standing == Standing::on_the_table)
            if (auto it = open.find(id); it != open.end())
                for (auto l = it->second.rbegin(); l != it->second.rend(); ++l)
                    if (!at.side || (*l)->proposal->side == *at.side) {
                        if (!s) s = SectionState{false, (*l)->level, (*l)->title, "", nullptr};
                        apply(*s, **l);
                        break;
                    }
        return s;
    };
    for (VersionSection& vs : v.sections) {
        SectionState s = *shown(vs.id);
        vs = VersionSection{vs.id, s.level, s.title, s.body, vs.file, s.present, s.by};
    }
    // New sections in place: after the one each first proposal names (its
    // anchor), and after any placed there before it or hanging off those in
    // turn. An anchor that is new and not in this version gives way to its
    // own anchor, so an agreed section is never lost with it.
    std::map<std::string, std::string> anchor_of;
    for (const SectionLanguage* l : added) anchor_of.emplace(l->id, l->proposal->after);
    auto hangs_off = [&](const std::string& id, const std::string& target) {
        for (auto it = anchor_of.find(id); it != anchor_of.end(); it = anchor_of.find(it->second))
            if (it->second == target) return true;
        return false;
    };
    for (const SectionLanguage* l : added) {
        std::optional<SectionState> s = shown(l->id);
        if (!s || (!s->present && !s->by)) continue;
        std::string anchor = anchor_of[l->id];
        auto find_section = [&](const std::string& id) {
            return std::find_if(v.sections.begin(), v.sections.end(), [&](const VersionSection& x) { return x.id == id; });
        };
        auto pos = find_section(anchor);
        while (pos == v.sections.end() && anchor_of.count(anchor)) pos = find_section(anchor = anchor_of[anchor]);
        if (pos == v.sections.end()) continue;  // cannot happen: every chain ends in the contract
        std::size_t file = pos->file;
        ++pos;
        while (pos != v.sections.end() && hangs_off(pos->id, anchor)) ++pos;
        v.sections.insert(pos, VersionSection{l->id, s->level, s->title, s->body, file, s->present, s->by});
    }
    return v;
}

std::string version_markdown(const ContractVersion& v) {
    std::string out;
    for (const VersionSection& s : v.sections) {
        if (!s.present) continue;
        if (!out.empty()) out += "\n";
        out += heading_line(s.level, s.title, s.id) + "\n";
        if (!s.body.empty()) out += "\n" + s.body;
    }
    return out;
}

}  // namespace bargain
