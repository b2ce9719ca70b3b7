#include "site/site.h"

#include <algorithm>
#include <set>

#include "campaign/campaign_vote.h"
#include "contract/contract_history.h"
#include "contract/contract_point.h"
#include "contract/redline.h"
#include "core/table.h"
#include "io/html_table.h"
#include "io/svg.h"
#include "notice/notice.h"
#include "notice/notice_facts.h"
#include "offers/members_report.h"
#include "offers/offer_costing.h"
#include "sessions/session_log.h"
#include "site/site_page.h"
#include "text/ap_style.h"
#include "text/span_words.h"
#include "timeline/timeline_chart.h"
#include "timeline/timeline_ics.h"
#include "timeline/timeline_report.h"

namespace bargain {

namespace {

// The ids of everything marked private: left out of every page.
std::set<std::string> private_ids(const Campaign& c) {
    std::set<std::string> out;
    for (const Session& s : c.sessions)
        if (s.is_private) out.insert(s.id);
    for (const Offer& o : c.offers)
        if (o.is_private) out.insert(o.id);
    for (const Vote& v : c.votes)
        if (v.is_private) out.insert(v.id);
    for (const Event& e : c.events)
        if (e.is_private) out.insert(e.id);
    return out;
}

// "in 5 days", "tomorrow", "today", "3 days ago".
std::string days_to_go(Date when, Date today) {
    long long d = (when - today).count();
    if (d == 0) return "today";
    if (d == 1) return "tomorrow";
    if (d == -1) return "yesterday";
    return d > 0 ? "in " + std::to_string(d) + " days" : std::to_string(-d) + " days ago";
}

std::string when_text(const TimelineItem& i) {
    std::string out = ap_long_date(i.date);
    if (i.start && i.end) out += ", " + ap_time_range(*i.start, *i.end);
    else if (i.start) out += ", " + ap_time(*i.start);
    return out;
}

class Builder {
public:
    Builder(const CheckedCampaign& c, const std::string& file, const SiteOptions& o)
        : c_(c), campaign_(c.campaign), file_(file), o_(o), hidden_(private_ids(c.campaign)) {
        for (const TimelineItem& i : c.timeline.items)
            if (!hidden_.count(i.id)) items_.push_back(i);
        // The bargaining as members may see it: a private session's
        // proposals are in no article's status and no version of the text.
        published_ = campaign_;
        std::erase_if(published_.sessions, [](const Session& s) { return s.is_private; });
    }

    Site build() {
        notices();
        votes();
        bargaining();
        timeline();
        home();
        add("style.css", site_css());
        add("calendar.ics", calendar());
        // Home first, then the pages in the order the navigation gives.
        std::stable_sort(site_.files.begin(), site_.files.end(), [](const SiteFile& a, const SiteFile& b) {
            return rank(a.path) < rank(b.path);
        });
        return std::move(site_);
    }

private:
    static int rank(const std::string& path) {
        for (int i = 0; const char* p : {"index.html", "timeline.html", "timeline.svg", "votes.html", "bargaining.html"}) {
            if (path == p) return i;
            ++i;
        }
        return 10;
    }

    void add(std::string path, std::string content) { site_.files.push_back({std::move(path), std::move(content)}); }

    std::string page(SitePageId id, const std::string& title, const std::string& body, const std::string& root = "") {
        return site_page(SitePage{id, title, campaign_.info.name, body, root});
    }

    // The link for an item: its notice's page, else its place on the timeline.
    std::string link(const TimelineItem& i) const {
        if (notices_.count(i.id)) return "notices/" + i.id + ".html";
        return "timeline.html#" + i.id;
    }

    // A notice is written from the whole campaign: an intent-to-strike
    // letter gives the strike's date even when the strike is private. One
    // that names a private item's day is not published.
    std::optional<std::string> mentioned_private(const std::string& text) const {
        for (const TimelineItem& i : c_.timeline.items) {
            if (!hidden_.count(i.id)) continue;
            std::string day = ap_date(i.date);  // "February 25, 2020"
            std::string month_day = day.substr(0, day.find(','));
            for (const std::string& mark : {day, month_day, format_date(i.date)})
                if (text.find(mark) != std::string::npos) return i.id;
        }
        return std::nullopt;
    }

    void notices() {
        for (const Event& e : campaign_.events) {
            if (e.is_private || default_template(e).empty()) continue;
            // What `check` asks of a notice first: cheap, where rendering
            // reads the whole campaign, and a campaign of 10,000 events has
            // 10,000 notices to try.
            if (!notice_problems(c_, e, file_).empty()) {
                site_.warnings.push_back(Diagnostic{file_, e.where.line, e.where.column,
                                                    "event '" + e.id + "': its notice is left off the site: it needs "
                                                    "values the campaign does not give (bargain notice shows which)"});
                continue;
            }
            NoticeRequest request;
            request.event = e.id;
            request.format = NoticeFormat::html;
            auto n = render_notice(c_, file_, request);
            if (!n || n->refused) {
                site_.warnings.push_back(Diagnostic{file_, e.where.line, e.where.column,
                                                    "event '" + e.id + "': its notice is left off the site: " +
                                                        (n ? std::string("it needs values the campaign does not give "
                                                                         "(bargain notice shows which)")
                                                           : n.error().message)});
                continue;
            }
            if (auto item = mentioned_private(n->text)) {
                site_.warnings.push_back(Diagnostic{file_, e.where.line, e.where.column,
                                                    "event '" + e.id + "': its notice is left off the site: it gives "
                                                    "the date of '" + *item + "', which is marked private"});
                continue;
            }
            notices_.insert(e.id);
            add("notices/" + e.id + ".html", n->text);
        }
    }

    void votes() {
        std::string body;
        for (const Vote& v : campaign_.votes) {
            if (v.is_private) continue;
            body += "<section aria-labelledby=\"" + xml_text(v.id) + "\">\n<h2 id=\"" + xml_text(v.id) + "\">" +
                    xml_text(v.question.empty() ? v.id : v.question) + "</h2>\n";
            std::vector<Diagnostic> problems;
            std::optional<VoteResult> result = tally_campaign_vote(campaign_, v, file_, problems);
            for (Diagnostic& d : problems) site_.problems.push_back(std::move(d));
            if (!result) {
                body += "<p>Not counted yet";
                if (v.opens && v.closes)
                    body += ": voting opens " + xml_text(format_datetime(*v.opens)) + " and closes " +
                            xml_text(format_datetime(*v.closes));
                body += ".</p>\n</section>\n";
                continue;
            }
            const Decision& d = result->decision.overall;
            std::string phrase = vote_phrase(v, *result, campaign_);
            if (!latest_ || (v.closes && latest_->vote->closes && v.closes->wall > latest_->vote->closes->wall))
                latest_ = Latest{&v, phrase, outcome_name(d.outcome)};
            body += "<p class=\"result\">" + xml_text(std::string("Result: ") + outcome_name(d.outcome)) + ". Members " +
                    xml_text(phrase) + ".</p>\n";
            Table t{{{"answer"}, {"ballots", Align::figures}}, {}};
            t.rows.push_back({"yes", std::to_string(d.counts.yes)});
            t.rows.push_back({"no", std::to_string(d.counts.no)});
            if (d.counts.abstain) t.rows.push_back({"abstain", std::to_string(d.counts.abstain)});
            if (d.counts.blank) t.rows.push_back({"blank", std::to_string(d.counts.blank)});
            if (d.counts.spoiled) t.rows.push_back({"spoiled", std::to_string(d.counts.spoiled)});
            t.rows.push_back({"counted", std::to_string(d.counts.cast())});
            if (d.eligible) t.rows.push_back({"eligible", std::to_string(*d.eligible)});
            body += html_table(t, {"The ballots, by answer", true, nullptr});
            body += "<p>The rule: " + xml_text(result->rule.text()) + ".</p>\n</section>\n";
        }
        if (body.empty()) body = "<p>No votes yet.</p>\n";
        add("votes.html", page(SitePageId::votes, "Votes", body));
    }

    void bargaining() {
        std::string body;
        SessionLog log = session_log(published_, c_.timeline, file_);
        int held = 0;
        for (const Session& s : campaign_.sessions) held += s.is_private ? 0 : 1;
        body += "<h2>Sessions</h2>\n<p>" + std::to_string(held) + (held == 1 ? " session" : " sessions");
        if (log.first && log.last)
            body += ", from " + xml_text(ap_date(*log.first)) + " to " + xml_text(ap_date(*log.last)) + " (" +
                    xml_text(span_in_words(*log.first, *log.last)) + ")";
        body += ".</p>\n";
        // The contract's text, when the campaign keeps it.
        bool contract = false;
        if (!campaign_.contract.empty()) {
            ContractHistory h = contract_history(published_, c_.timeline, file_);
            if (h.problems.empty()) {
                contract = true;
                NamedPoint from{VersionPoint{0, Standing::agreed, std::nullopt}, "the current contract"};
                NamedPoint to{VersionPoint{h.sessions.size(), Standing::on_the_table, std::nullopt},
                              "the table at the last session"};
                auto r = redline(published_, h, from, to, "", true);
                if (auto* rl = std::get_if<Redline>(&r)) add("redline.html", redline_html(*rl));
            } else {
                for (Diagnostic& d : h.problems) site_.problems.push_back(std::move(d));
            }
        }
        Table t{{{"article"}, {"side"}, {"status"}, {"last moved"}}, {}};
        if (contract) t.columns.push_back({"redline"});
        std::vector<std::string> links;
        for (const ArticleStatus& a : log.articles) {
            const ArticleMove& m = a.latest();
            t.rows.push_back({a.article, m.proposal->side == Side::unstated ? "" : name_of(m.proposal->side),
                              m.proposal->status == ProposalStatus::ta ? "tentatively agreed" : name_of(m.proposal->status),
                              m.session->id + (m.date ? ", " + ap_date(*m.date) : "")});
            if (contract) t.rows.back().push_back(a.sections.empty() ? "" : a.sections.front());
            links.push_back(a.sections.empty() ? "" : "redline.html#rl-" + a.sections.front());
        }
        if (!t.rows.empty()) {
            body += "<h2>Where each article stands</h2>\n";
            body += html_table(t, {"Each article's latest proposal", true, [&](std::size_t r, std::size_t col) {
                                       return contract && col == 4 ? links[r] : std::string();
                                   }});
        }
        if (contract)
            body += "<h2>The contract</h2>\n<p><a href=\"redline.html\">What has changed, word by word</a>: the "
                    "current contract against what is agreed and what is on the table.</p>\n";
        // The members' pay table, when the campaign costs from schedules.
        if (!campaign_.schedules.empty()) {
            std::vector<const Offer*> offers;
            for (const Offer& o : campaign_.offers)
                if (!o.is_private) offers.push_back(&o);
            OfferCosting costing = cost_offers(campaign_, offers, file_, CostedUnits::schedules);
            if (costing.problems.empty() && !offers.empty()) {
                std::vector<std::pair<std::string, std::string>> names;
                for (const Unit& u : campaign_.units) names.emplace_back(u.id, u.short_name.empty() ? u.id : u.short_name);
                add("pay.html", members_html(MembersReport{campaign_.info.name, std::move(costing.offers), names}));
                body += "<h2>Pay</h2>\n<p><a href=\"pay.html\">What each offer means for you</a>: pay by lane and "
                        "step, today and in each year of each offer.</p>\n";
            }
        }
        add("bargaining.html", page(SitePageId::bargaining, "Bargaining", body));
    }

    TimelineReport report() const {
        TimelineReport r{campaign_.info.name, items_, {}, o_.today};
        r.contract_expires = campaign_.info.contract_expires;
        return r;
    }

    void timeline() {
        TimelineReport r = report();
        add("timeline.svg", timeline_svg(r));
        std::string body =
            "<figure class=\"chart\">\n<img src=\"timeline.svg\" alt=\"The campaign's timeline as a chart. Every item "
            "on it is listed below.\">\n</figure>\n";
        for (const bool upcoming : {true, false}) {
            std::string list;
            for (const TimelineItem& i : items_) {
                if ((i.date >= o_.today) != upcoming) continue;
                list += "<li id=\"" + xml_text(i.id) + "\"><strong>" + xml_text(when_text(i)) + "</strong> (" +
                        xml_text(days_to_go(i.date, o_.today)) + "): " + xml_text(i.title);
                if (notices_.count(i.id)) list += " (<a href=\"notices/" + xml_text(i.id) + ".html\">notice</a>)";
                list += "</li>\n";
            }
            body += std::string("<h2>") + (upcoming ? "Coming up" : "So far") + "</h2>\n";
            body += list.empty() ? "<p>Nothing.</p>\n" : "<ul class=\"events\">\n" + list + "</ul>\n";
        }
        add("timeline.html", page(SitePageId::timeline, "Timeline", body));
    }

    void home() {
        const CampaignInfo& info = campaign_.info;
        std::string body;
        if (!info.employer.empty())
            body += "<p class=\"lede\">Bargaining a fair contract with " + xml_text(info.employer) + ".</p>\n";
        body += "<p>As of " + xml_text(ap_long_date(o_.today)) + ".</p>\n";
        // The day that matters most: a strike ahead, else the contract's expiry.
        const TimelineItem* strike = nullptr;
        for (const TimelineItem& i : items_)
            if (i.event == EventKind::strike && i.date >= o_.today) {
                strike = &i;
                break;
            }
        if (strike) {
            body += "<p class=\"countdown\">" + xml_text(strike->title) + " " + xml_text(days_to_go(strike->date, o_.today)) +
                    ": " + xml_text(ap_long_date(strike->date)) + ".</p>\n";
        } else if (info.contract_expires) {
            long long d = (*info.contract_expires - o_.today).count();
            body += "<p class=\"countdown\">" +
                    xml_text(d >= 0 ? "The contract expires " + days_to_go(*info.contract_expires, o_.today) + ", on " +
                                          ap_long_date(*info.contract_expires) + "."
                                    : "The contract expired on " + ap_long_date(*info.contract_expires) + ", " +
                                          std::to_string(-d) + " days ago.") +
                    "</p>\n";
        }
        body += "<h2>What happens next</h2>\n";
        std::string next;
        int shown = 0;
        for (const TimelineItem& i : items_) {
            if (i.date < o_.today || shown == 5) continue;
            ++shown;
            next += "<li><strong>" + xml_text(when_text(i)) + "</strong> (" + xml_text(days_to_go(i.date, o_.today)) +
                    "): <a href=\"" + xml_text(link(i)) + "\">" + xml_text(i.title) + "</a></li>\n";
        }
        body += next.empty() ? "<p>Nothing is on the calendar yet.</p>\n" : "<ul class=\"events\">\n" + next + "</ul>\n";
        if (latest_) {
            body += "<h2>The latest vote</h2>\n<p>" + xml_text(latest_->vote->question) + " <strong>" +
                    xml_text(latest_->outcome) + "</strong>: members " + xml_text(latest_->phrase) +
                    ". <a href=\"votes.html#" + xml_text(latest_->vote->id) + "\">The numbers</a>.</p>\n";
        }
        if (!notices_.empty()) {
            body += "<h2>Notices</h2>\n<ul>\n";
            for (const TimelineItem& i : items_)
                if (notices_.count(i.id))
                    body += "<li><a href=\"notices/" + xml_text(i.id) + ".html\">" + xml_text(i.title) + "</a> (" +
                            xml_text(ap_date(i.date)) + ")</li>\n";
            body += "</ul>\n";
        }
        body += "<h2>On your phone's calendar</h2>\n<p>";
        if (!o_.base_url.empty()) {
            std::string url = o_.base_url;
            if (url.back() != '/') url += '/';
            std::string webcal = url;
            for (const char* scheme : {"https://", "http://"})
                if (webcal.starts_with(scheme)) webcal = "webcal://" + webcal.substr(std::string(scheme).size());
            body += "<a href=\"" + xml_text(webcal + "calendar.ics") + "\">Subscribe to the campaign's calendar</a>; "
                    "it updates when the dates change. Or ";
        }
        body += "<a href=\"calendar.ics\">download the calendar</a>.</p>\n";
        if (!info.contacts.empty()) {
            std::string list;
            for (const Contact& k : info.contacts) {
                if (k.is_private) continue;
                std::string who = k.name + (k.role.empty() ? "" : ", " + k.role);
                std::string how;
                if (!k.phone.empty()) how += k.phone;
                if (!k.email.empty()) how += (how.empty() ? "" : ", ") + k.email;
                list += "<li>" + xml_text(who) + (how.empty() ? "" : ": " + xml_text(how)) + "</li>\n";
            }
            if (!list.empty()) body += "<h2>Contact</h2>\n<ul>\n" + list + "</ul>\n";
        }
        add("index.html", page(SitePageId::home, campaign_.info.name, body));
    }

    std::string calendar() {
        TimelineReport r = report();
        r.today.reset();
        return timeline_ics(r, campaign_, CalendarOptions{o_.version, o_.stamp});
    }

    struct Latest {
        const Vote* vote;
        std::string phrase, outcome;
    };

    const CheckedCampaign& c_;
    const Campaign& campaign_;
    Campaign published_;  // without what is private, for the bargaining's pages
    const std::string& file_;
    const SiteOptions& o_;
    std::set<std::string> hidden_, notices_;
    std::vector<TimelineItem> items_;
    std::optional<Latest> latest_;
    Site site_;
};

}  // namespace

Site build_site(const CheckedCampaign& campaign, const std::string& file, const SiteOptions& options) {
    return Builder(campaign, file, options).build();
}

}  // namespace bargain
