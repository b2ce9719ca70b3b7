// `bargain redline`: the comparative print. Each section that differs
// between two versions of the contract, word by word: deletions struck
// through and insertions underlined (HTML <del>/<ins>, Markdown ~~old~~
// **new**, text [-old-]{+new+}), so the meaning never rests on colour;
// with --by-side, coloured and labelled by the side whose language it is.
// A table of the sections that differ (or were agreed unchanged) comes
// first, each with its status and session.
//
// What it must get right: every word of both versions is in the print,
// exactly once as kept, struck or inserted (word_diff guarantees it per
// section), and a section added or deleted whole is shown whole; sections
// are in the contract's order, new ones in place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "contract/contract_history.h"
#include "contract/contract_point.h"
#include "core/diagnostic.h"
#include "text/word_diff.h"

namespace bargain {

// `unchanged`: a proposal's language is on it at the newer point, and its
// text is the same (an agreement to keep it, say): listed, so that every
// section bargained over has its row, but with nothing to strike.
enum class SectionChange { changed, added, deleted, unchanged };

struct RedlineSection {
    std::string id;
    std::string article;  // the title of the article (file) it is in
    int level = 2;
    SectionChange change = SectionChange::changed;
    std::vector<DiffRun> title, body;
    // Whose language the newer version shows (or deleted): the proposal,
    // its session; null when it is the current contract's.
    const SectionLanguage* by = nullptr;
    const PlacedSession* session = nullptr;
};

struct Redline {
    std::string campaign;
    std::string from, to;  // NamedPoint::shown
    std::vector<RedlineSection> sections;  // the changed ones (and unchanged ones bargained over), in contract order
    bool any_changed() const;
    bool by_side = false;
};

// The sections of `article` only, when given: an article's id (its file's
// first section) for the whole article, or any section's id for that one.
std::variant<Redline, Diagnostic> redline(const Campaign& campaign, const ContractHistory& h, const NamedPoint& from,
                                          const NamedPoint& to, const std::string& article, bool by_side);

std::string redline_text(const Redline& r);
std::string redline_markdown(const Redline& r);
std::string redline_html(const Redline& r);

}  // namespace bargain
