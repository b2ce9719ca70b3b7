// Notices end to end in the library: every built-in template in every
// format renders for the campaign's events, values from YAML are escaped in
// HTML, an intent-to-strike letter cites the statute of the campaign's law,
// and every name a template can use is documented in bargain-notice(1).
#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <sstream>

#include "campaign/constraint_check.h"
#include "io/input.h"
#include "notice/notice.h"
#include "notice/notice_data.h"
#include "notice/notice_facts.h"
#include "notice/template_check.h"

using namespace bargain;

namespace {

CheckedCampaign load(const std::string& name, const std::string& text) {
    auto in = Input::from_string(name, text);
    CheckedCampaign c = load_and_check(*in);
    REQUIRE(c.problems.empty());
    return c;
}

// The example campaign, with the sender's address its letter needs.
CheckedCampaign sos() {
    std::ifstream file(std::string(BARGAIN_SOURCE_DIR) + "/examples/sos-2020/campaign.yaml");
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    std::string yaml = text.str();
    if (yaml.find("\n  union_address:") == std::string::npos) {
        std::size_t at = yaml.find("\n  employer_address:");
        REQUIRE(at != std::string::npos);
        yaml.insert(at, "\n  union_address: 123 Union Hall Rd., Springfield, IL 62701");
    }
    CheckedCampaign c = load("campaign.yaml", yaml);
    c.campaign.path = std::string(BARGAIN_SOURCE_DIR) + "/examples/sos-2020/campaign.yaml";  // for its ballots
    return c;
}

Result<Notice> render(const CheckedCampaign& c, const std::string& event, const std::string& builtin,
                      NoticeFormat format, bool draft = false) {
    NoticeRequest r;
    r.event = event;
    r.builtin = builtin;
    r.format = format;
    r.draft = draft;
    return render_notice(c, "campaign.yaml", r);
}

std::string notice(const CheckedCampaign& c, const std::string& event, const std::string& builtin,
                   NoticeFormat format, bool draft = false) {
    auto out = render(c, event, builtin, format, draft);
    REQUIRE_MESSAGE(out.ok(), out.error().located());
    std::string missing;
    for (const MissingValue& m : out->missing) missing += m.problem.located() + "\n";
    REQUIRE_MESSAGE(!out->refused, missing);
    return out->text;
}

constexpr NoticeFormat kFormats[] = {NoticeFormat::text, NoticeFormat::markdown, NoticeFormat::html};

// Every '&' starts an entity: nothing from the campaign reached the page raw.
bool ampersands_are_entities(const std::string& html) {
    for (std::size_t at = html.find('&'); at != std::string::npos; at = html.find('&', at + 1)) {
        std::size_t semi = html.find(';', at);
        if (semi == std::string::npos || semi - at > 8) return false;
        for (std::size_t i = at + 1; i < semi; ++i)
            if (!std::isalnum(static_cast<unsigned char>(html[i])) && html[i] != '#') return false;
    }
    return true;
}

const char* kHostile = R"(bargain: 1
campaign:
  name: "<script>alert(1)</script> & co"
  employer: "Acme <script>x</script> & Sons"
  employer_address: "1 \"Main\" St. <br> & 'Co'"
  union_address: "<b>Union</b> Hall & 'Co'"
  law: illinois-iplra
  contract_expires: 2020-01-01
  contacts:
    - {name: "Pat <script>", role: "R&D", phone: "<tel>&", email: "a\"b@x.org<script>"}
units:
  - {id: u1, name: "Local <script>1 & 2", short: "L<script>'1", members: 12}
  - {id: u2, name: "Local & 3", short: "L3", members: 12}
affiliate: "Fed & <script>Union"
sessions:
  - {id: s1, date: 2019-10-01, location: "<script>"}
offers:
  - {id: o, side: employer, label: "best <script> & final", date: 2019-12-01}
events:
  - id: rally
    kind: rally
    title: "Rally <script>x</script> &"
    date: 2020-03-01
    start: "12:00"
    end: "14:00"
    what: "What & <script>"
    who: "Who \"<script>\""
    why: "Why '<script>' &"
    locations:
      - {name: "Hall <script>", address: "2 & 3 St", city: "<script>"}
      - {name: "Park &", address: "<script>", city: "Town &"}
  - {id: med, kind: mediation, title: "<script>mediation", date: 2020-02-01}
  - {id: talks, kind: meeting, title: "Next bargaining session <script>&", date: 2020-03-05}
  - {id: notice, kind: notice, type: intent-to-strike, title: "<script>", date: 2020-03-02}
  - id: strike
    kind: strike
    title: "Strike <script> &"
    date: 2020-03-09
    start: "06:00"
    what: "<script>&"
    locations: [{name: "<script>", city: "&"}]
)";

}  // namespace

TEST_CASE("every built-in template renders in every format, for every event, at least as a draft") {
    CheckedCampaign c = sos();
    for (const char* event : {"picket-feb4", "intent-notice", "strike", "mediation", "next-session"})
        for (const BuiltinTemplate& t : builtin_templates())
            for (NoticeFormat f : kFormats) {
                if (std::string(t.name) == "ballot-result") continue;  // for a vote (below)
                CAPTURE(event);
                CAPTURE(t.name);
                CHECK(!notice(c, event, t.name, f, true).empty());
                // Without --draft only a missing value refuses it: the
                // mediation and the deadline have no place for an advisory.
                auto out = render(c, event, t.name, f);
                REQUIRE(out.ok());
                CHECK(out->refused == !out->missing.empty());
                CHECK(out->unlawful.empty());
            }
    CHECK(notice(c, "picket-feb4", "", NoticeFormat::text).find("MEDIA ADVISORY") == 0);
}

TEST_CASE("a vote's id renders its result notice in every format, and an event's id is refused for it") {
    CheckedCampaign c = sos();
    for (const char* vote : {"lbo-vote", "strike-vote"})
        for (NoticeFormat f : kFormats) {
            CAPTURE(vote);
            std::string text = notice(c, vote, "", f);
            CHECK(text.find("232 voted (91.0%)") != std::string::npos);
        }
    CHECK(notice(c, "lbo-vote", "", NoticeFormat::text).find("76 voted yes") != std::string::npos);
    auto refused = render(c, "picket-feb4", "ballot-result", NoticeFormat::text);
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.find("give the id of one of the campaign's votes") != std::string::npos);
}

TEST_CASE("an event kind with no default template is an error at the event, naming the built-ins") {
    CheckedCampaign c = sos();
    NoticeRequest r;
    r.event = "mediation";
    auto out = render_notice(c, "campaign.yaml", r);
    REQUIRE(!out.ok());
    CHECK(out.error().located() ==
          "campaign.yaml:145:5: event 'mediation' is a mediation, which has no default template; choose one with "
          "--template (media-advisory, intent-to-strike, press-release, ballot-result) or give a template file");
    CHECK(default_template(c.campaign.events[0]) == "media-advisory");
    CHECK(default_template(c.campaign.events[3]) == "intent-to-strike");
}

TEST_CASE("a hostile value in any field of the campaign is escaped in every HTML notice") {
    CheckedCampaign c = load("campaign.yaml", kHostile);
    CHECK(notice(c, "notice", "intent-to-strike", NoticeFormat::html).find("&lt;b&gt;Union&lt;/b&gt; Hall") !=
          std::string::npos);
    for (const char* event : {"rally", "notice", "strike"})
        for (const BuiltinTemplate& t : builtin_templates()) {
            if (std::string(t.name) == "ballot-result") continue;  // a vote's, not an event's
            CAPTURE(event);
            CAPTURE(t.name);
            std::string html = notice(c, event, t.name, NoticeFormat::html, true);
            CHECK(html.find("<script") == std::string::npos);
            CHECK(html.find("<tel>") == std::string::npos);
            CHECK(html.find("<b>Union") == std::string::npos);
            CHECK(ampersands_are_entities(html));
            CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
            CHECK(html.find("</html>\n") == html.size() - 8);
            CHECK(html.find("&lt;script&gt;") != std::string::npos);
        }
}

TEST_CASE("a plain-text notice is wrapped at 72 columns") {
    CheckedCampaign c = sos();
    for (const char* event : {"picket-feb4", "intent-notice", "lbo-vote"})
        for (const BuiltinTemplate& t : builtin_templates()) {
            // The result notice is a vote's; every other built-in is an event's.
            if ((std::string(t.name) == "ballot-result") != (std::string(event) == "lbo-vote")) continue;
            std::istringstream lines(notice(c, event, t.name, NoticeFormat::text, true));
            std::string line;
            while (std::getline(lines, line)) {
                std::size_t columns = 0;
                for (char ch : line) columns += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
                CAPTURE(line);
                CHECK(columns <= 72);
            }
        }
}

TEST_CASE("the intent-to-strike letter of an IELRA campaign cites 115 ILCS 5/13 and its ten days") {
    CheckedCampaign c = load("campaign.yaml", R"(bargain: 1
campaign:
  name: Westside teachers 2024
  employer: Board of Education of Westside School District 99
  employer_address: 100 Main St., Westside, IL 60000
  union_address: 25 Union Hall Rd., Westside, IL 60001
  contract_expires: 2024-08-15
  law: illinois-ielra
units:
  - {id: wft, name: "Westside Federation of Teachers, Local 9999", short: WFT, members: 410}
affiliate: Illinois Federation of Teachers (IFT)
sessions:
  - {id: s1, date: 2024-03-04}
votes:
  - {id: sa, kind: strike-authorization, question: "Do you authorize a strike?", closes: 2024-09-20T18:00}
events:
  - {id: med, kind: mediation, title: Mediation, date: 2024-09-10}
  - {id: notice, kind: notice, type: intent-to-strike, date: 2024-09-23}
  - {id: strike, kind: strike, date: 2024-10-07, start: "06:30"}
)");
    std::string letter = notice(c, "notice", "", NoticeFormat::text);
    // The sentences, whatever the line breaks.
    std::string flat;
    for (char ch : letter)
        if (!(ch == ' ' || ch == '\n') || (!flat.empty() && flat.back() != ' ')) flat += ch == '\n' ? ' ' : ch;
    CHECK(letter.rfind("25 Union Hall Rd., Westside, IL 60001\n\nMonday, September 23, 2024\n\n"
                       "Board of Education of Westside School District 99\n100 Main St., Westside, IL 60000\n",
                       0) == 0);
    CHECK(flat.find("Under the Illinois Educational Labor Relations Act (115 ILCS 5/13), the union named below, an "
                      "affiliate of") != std::string::npos);
    CHECK(flat.find("The strike will begin at 6:30 a.m. on Monday, October 7, 2024, 14 days after the date of "
                    "this notice. 115 ILCS 5/13 requires at least 10 days' notice.") != std::string::npos);
    CHECK(letter.find("  - Westside Federation of Teachers, Local 9999 (WFT)\n") != std::string::npos);
    CHECK(flat.find("expired on Thursday, August 15, 2024.") != std::string::npos);
    CHECK(flat.find("The parties met in mediation on Tuesday, September 10, 2024,") != std::string::npos);
    CHECK(letter.find("PROOF OF SERVICE") != std::string::npos);
    CHECK(flat.find("I certify that on Monday, September 23, 2024, I served this notice") != std::string::npos);
}

TEST_CASE("the same campaign renders the same bytes every time") {
    CheckedCampaign c = sos();
    CHECK(notice(c, "picket-feb4", "", NoticeFormat::html) == notice(c, "picket-feb4", "", NoticeFormat::html));
}

TEST_CASE("every name a template can use is documented in bargain-notice(1)") {
    CheckedCampaign c = sos();
    auto facts = gather_notice_facts(c, "campaign.yaml", "picket-feb4", std::nullopt);
    REQUIRE(facts.ok());
    std::ifstream page(std::string(BARGAIN_SOURCE_DIR) + "/man/bargain-notice.1");
    REQUIRE(page);
    std::stringstream text;
    text << page.rdbuf();
    // The page writes each name in bold on a line of its own (".B name", ".BR name ,").
    std::string man = text.str();
    for (const std::string& name : template_names(notice_data(*facts))) {
        CAPTURE(name);
        std::string leaf = name.substr(name.rfind('.') + 1);
        bool documented = false;
        for (const std::string& form : {".B " + leaf + "\n", ".BR " + leaf + " ", ".B " + name + "\n"})
            documented = documented || man.find(form) != std::string::npos;
        CHECK(documented);
    }
}

TEST_CASE("a built-in template's source is what is compiled in; an unknown name suggests the closest") {
    auto source = builtin_template("media-advisory", NoticeFormat::html);
    REQUIRE(source.ok());
    CHECK(source->name == "(built-in) templates/media-advisory.html.mustache");
    CHECK(source->text.find("<!DOCTYPE html>") != std::string::npos);
    auto unknown = builtin_template("media-advisry", NoticeFormat::text);
    REQUIRE(!unknown.ok());
    CHECK(unknown.error().message ==
          "no built-in template 'media-advisry' (did you mean 'media-advisory'?); the built-in templates are "
          "media-advisory, intent-to-strike, press-release, ballot-result");
}
