#include "contract/agreement_report.h"

#include <algorithm>
#include <map>

#include "contract/contract_html.h"
#include "core/datetime.h"
#include "core/utf8.h"
#include "io/markdown_html.h"
#include "io/svg.h"
#include "text/report_text.h"

namespace bargain {

namespace {

// "open; employer proposal in session s2 (2019-10-22): 1.5% and 2% and 2%"
std::string standing(const StillOpen& o) {
    const Proposal& p = *o.proposal;
    std::string out = name_of(p.status);
    std::string who = p.side == Side::unstated ? "proposal" : std::string(name_of(p.side)) + " proposal";
    out += "; " + who + " in session " + o.session->session->id;
    if (o.session->date) out += " (" + format_date(*o.session->date) + ")";
    if (!p.summary.empty()) out += ": " + p.summary;
    return out;
}

// "art-17.2 (Parental leave): signed for the union by Dana Whitfield and
// for the employer by Marcus Bell on 2019-10-22, in session s2"
std::string signature_line(const AgreementReport::Signed& a) {
    const SectionLanguage& l = *a.language;
    const Signatures& sig = *l.proposal->signatures;
    return l.id + " (" + l.proposal->article + "): signed for the union by " + sig.union_name + " and for the employer by " +
           sig.employer_name + " on " + format_date(sig.date) + ", in session " + a.session;
}

constexpr const char* kSigned = "Tentative agreements signed:";

std::string title_of(const AgreementReport& r) { return r.campaign + ": tentative agreement"; }

std::string subtitle(const AgreementReport& r) {
    return "The current contract with " + r.as_of + " applied.";
}

}  // namespace

AgreementReport agreement_report(const Campaign& campaign, const ContractHistory& h, const NamedPoint& at) {
    AgreementReport r;
    r.campaign = campaign.info.name;
    r.as_of = at.shown;
    r.version = contract_version(h, at.point);
    // Where each article stands is where each of its sections stands (and
    // its proposals that name no section): an article agreed in one section
    // and open in another is still open.
    std::map<std::string, std::size_t> index;  // "article\x1fsection" -> into latest
    std::vector<StillOpen> latest;
    for (std::size_t k = 0; k < at.point.sessions && k < h.sessions.size(); ++k)
        for (const Proposal& p : h.sessions[k].session->proposals) {
            if (p.article.empty()) continue;
            auto [it, fresh] = index.emplace(p.article + '\x1f' + p.section, latest.size());
            if (fresh) latest.push_back(StillOpen{p.article, &p, &h.sessions[k]});
            else latest[it->second] = StillOpen{p.article, &p, &h.sessions[k]};
        }
    for (const StillOpen& o : latest)
        if (o.proposal->status != ProposalStatus::ta) r.open.push_back(o);
    for (const SectionLanguage& l : h.language)
        if (l.session < at.point.sessions && l.proposal->status == ProposalStatus::ta && l.proposal->signatures)
            r.signed_agreements.push_back({&l, h.sessions[l.session].session->id});
    // An article's entries together, in the order articles first came up.
    std::stable_sort(r.open.begin(), r.open.end(), [&](const StillOpen& a, const StillOpen& b) {
        auto first = [&](const std::string& article) {
            for (std::size_t i = 0; i < latest.size(); ++i)
                if (latest[i].article == article) return i;
            return latest.size();
        };
        return first(a.article) < first(b.article);
    });
    return r;
}

std::string agreement_markdown(const AgreementReport& r) {
    std::string out = version_markdown(r.version);
    out += "\n---\n\n";
    if (r.open.empty()) {
        out += std::string(kNoneOpen) + "\n";
    } else {
        out += std::string(kStillOpen) + "\n\n";
        for (const StillOpen& o : r.open)
            out += "- **" + markdown_text(o.article) + "**" +
                   (o.proposal->section.empty() ? "" : " (" + markdown_text(o.proposal->section) + ")") + ": " +
                   markdown_text(standing(o)) + "\n";
    }
    if (!r.signed_agreements.empty()) {
        out += "\n" + std::string(kSigned) + "\n\n";
        for (const auto& a : r.signed_agreements) out += "- " + markdown_text(signature_line(a)) + "\n";
    }
    return out;
}

std::string agreement_text(const AgreementReport& r) {
    std::string out = one_line(title_of(r)) + "\n" + one_line(subtitle(r)) + "\n";
    for (const VersionSection& s : r.version.sections) {
        if (!s.present) continue;
        std::string heading = one_line(s.title);
        out += "\n" + heading + "\n";
        // Underlined as plain text does: '=' under an article, '-' under a section.
        if (s.level <= 2) out += std::string(display_length(heading), s.level == 1 ? '=' : '-') + "\n";
        if (!s.body.empty()) out += "\n" + s.body;
    }
    out += "\n";
    if (r.open.empty()) {
        out += std::string(kNoneOpen) + "\n";
    } else {
        out += std::string(kStillOpen) + "\n";
        for (const StillOpen& o : r.open)
            out += "  " + one_line(o.article) + (o.proposal->section.empty() ? "" : " (" + o.proposal->section + ")") +
                   ": " + one_line(standing(o)) + "\n";
    }
    if (!r.signed_agreements.empty()) {
        out += "\n" + std::string(kSigned) + "\n";
        for (const auto& a : r.signed_agreements) out += "  " + one_line(signature_line(a)) + "\n";
    }
    return out;
}

std::string agreement_html(const AgreementReport& r) {
    std::string body = "<p class=\"note\">" + xml_text(subtitle(r)) + "</p>\n";
    for (const VersionSection& s : r.version.sections) {
        if (!s.present) continue;
        // The page's h1 is its title, so the contract's headings start at h2.
        std::string h = "h" + std::to_string(std::min(s.level + 1, 6));
        body += "<" + h + " id=\"" + xml_text(s.id) + "\">" + xml_text(s.title) + "</" + h + ">\n";
        body += markdown_html(s.body);
    }
    body += "<h2 id=\"still-open\">Still open or withdrawn</h2>\n";
    if (r.open.empty()) {
        body += "<p>No article is open or withdrawn.</p>\n";
    } else {
        body += "<ul>\n";
        for (const StillOpen& o : r.open)
            body += "<li><strong>" + xml_text(o.article) + "</strong>" +
                    (o.proposal->section.empty() ? "" : " (" + xml_text(o.proposal->section) + ")") + ": " +
                    xml_text(standing(o)) + "</li>\n";
        body += "</ul>\n";
    }
    if (!r.signed_agreements.empty()) {
        body += "<h2 id=\"signed\">Tentative agreements signed</h2>\n<ul>\n";
        for (const auto& a : r.signed_agreements) body += "<li>" + xml_text(signature_line(a)) + "</li>\n";
        body += "</ul>\n";
    }
    return contract_page(title_of(r), body);
}

}  // namespace bargain
