// The template adapter: escaping by format, the strict check of names with
// their line and column, the library's syntax errors located, and the
// Mustache spec's standalone lines.
#include <doctest/doctest.h>

#include <algorithm>

#include "notice/template_check.h"
#include "notice/template_render.h"

using namespace bargain;

namespace {

TemplateValue data() {
    TemplateValue event;
    event.set("title", "Rally & <march>");
    event.set("why", "");
    TemplateValue vote;
    vote.set("margin", "2-to-1");
    TemplateValue d;
    d.set("event", event);
    d.set("votes", TemplateValue::list({vote}, vote));
    d.set("no_votes", TemplateValue::list({}, vote));
    d.set("several", true);
    d.set("next_session", TemplateValue::absent(event));
    d.set("name", "Local {{secret}} *1*");
    return d;
}

std::string render(const std::string& text, TemplateEscape escape = TemplateEscape::text) {
    auto r = render_template({"t.mustache", text}, data(), escape);
    REQUIRE_MESSAGE(r.ok(), r.error().located());
    return *r;
}

std::string error(const std::string& text, TemplateEscape escape = TemplateEscape::text) {
    auto r = render_template({"t.mustache", text}, data(), escape);
    REQUIRE(!r.ok());
    return r.error().located();
}

}  // namespace

TEST_CASE("values are escaped for the format: not in text, Markdown in markdown, HTML in html") {
    CHECK(render("{{event.title}}") == "Rally & <march>");
    CHECK(render("{{event.title}}", TemplateEscape::html) == "Rally &amp; &lt;march&gt;");
    CHECK(render("{{event.title}}", TemplateEscape::markdown) == "Rally & \\<march\\>");
    CHECK(render("{{name}}", TemplateEscape::markdown) == "Local {{secret}} \\*1\\*");
}

TEST_CASE("a value is never read as template code") {
    CHECK(render("{{name}}") == "Local {{secret}} *1*");
}

TEST_CASE("an unknown name is an error at its line and column") {
    CHECK(error("Hello\n  {{event.titel}}\n") ==
          "t.mustache:2:3: unknown name 'event.titel' (did you mean 'event.title'?); the names a notice template can "
          "use are listed in bargain-notice(1)");
    // Columns count characters: "–" before the tag is one column.
    CHECK(error("– {{nmae}}").rfind("t.mustache:1:3: unknown name 'nmae' (did you mean 'name'?)", 0) == 0);
}

TEST_CASE("a typo is caught in a section this campaign would not render") {
    CHECK(error("{{#no_votes}}{{margn}}{{/no_votes}}").rfind("t.mustache:1:14: unknown name 'margn'", 0) == 0);
    CHECK(error("{{#next_session}}{{titl}}{{/next_session}}").rfind("t.mustache:1:18: unknown name 'titl'", 0) == 0);
    CHECK(render("{{#no_votes}}{{margin}}{{/no_votes}}{{#votes}}{{margin}}{{/votes}}") == "2-to-1");
}

TEST_CASE("names resolve outward from the innermost section, as Mustache does") {
    CHECK(render("{{#votes}}{{margin}} {{event.title}}{{/votes}}") == "2-to-1 Rally & <march>");
    CHECK(render("{{#event}}{{title}}{{/event}}") == "Rally & <march>");
    CHECK(error("{{#votes}}{{/votes}}{{margin}}").rfind("t.mustache:1:21: unknown name 'margin'", 0) == 0);
}

TEST_CASE("a list, a yes/no or a group printed as text is an error that says how to use it") {
    CHECK(error("{{votes}}") == "t.mustache:1:1: 'votes' is a list: use it as a section, {{#votes}}...{{/votes}}");
    CHECK(error("{{several}}").find("'several' is a yes/no") != std::string::npos);
    CHECK(error("{{event}}").find("'event' is a group of names: name one of them, like {{event.FIELD}}") !=
          std::string::npos);
}

TEST_CASE("a team's partials are refused (only the built-ins have them), and raw tags too in html") {
    CHECK(error("x\n{{> header}}").rfind("t.mustache:2:1: {{> header}} names a partial, and only bargain's built-in "
                                         "templates have partials",
                                         0) == 0);
    CHECK(error("{{{event.title}}}", TemplateEscape::html).rfind("t.mustache:1:1: {{{event.title}}} would put", 0) ==
          0);
    CHECK(error("{{&event.title}}", TemplateEscape::html).rfind("t.mustache:1:1: {{{event.title}}}", 0) == 0);
    CHECK(render("{{{event.title}}}") == "Rally & <march>");
}

TEST_CASE("syntax errors name the line and column, not a byte offset") {
    CHECK(error("line one\nx {{event.title\n") == "t.mustache:2:3: this tag is never closed");
    CHECK(error("a\n{{#votes}}\nb\n") ==
          "t.mustache:2:1: section 'votes' is opened here and never closed with {{/votes}}");
    CHECK(error("a\n\n  {{/votes}}") == "t.mustache:3:3: {{/votes}} closes a section that is not open");
    CHECK(error("{{=<%%>=}}").rfind("t.mustache:1:1: a delimiter change must look like", 0) == 0);
}

TEST_CASE("changed delimiters are followed by the strict check") {
    CHECK(render("{{=<% %>=}}<% event.title %> {{not a tag}}") == "Rally & <march> {{not a tag}}");
    CHECK(error("{{=<% %>=}}\n<% evnt.title %>").rfind("t.mustache:2:1: unknown name 'evnt.title'", 0) == 0);
}

TEST_CASE("a line holding only a section or comment tag leaves no blank line, rendered or not") {
    CHECK(render("A\n{{#several}}\nB\n{{/several}}\nC\n") == "A\nB\nC\n");
    CHECK(render("A\n{{^several}}\nB\n{{/several}}\nC\n") == "A\nC\n");
    CHECK(render("A\n  {{! a comment }}\nC\n") == "A\nC\n");
    CHECK(render("A\n{{#votes}}\n- {{margin}}\n{{/votes}}\n\nC\n") == "A\n- 2-to-1\n\nC\n");
    CHECK(render("A\r\n{{#several}}\r\nB\r\n{{/several}}\r\nC\r\n") == "A\r\nB\r\nC\r\n");
    // Blank lines the template asks for stay, after a section too.
    CHECK(render("{{#votes}}\nx\n{{/votes}}\n\n\nC") == "x\n\n\nC");
    // A tag in the middle of text is not standalone.
    CHECK(render("A {{#several}}B{{/several}}\n") == "A B\n");
}

TEST_CASE("an empty value is false in a section, and an absent group is too") {
    CHECK(render("[{{#event.why}}why{{/event.why}}{{^event.why}}none{{/event.why}}]") == "[none]");
    CHECK(render("[{{#next_session}}x{{/next_session}}{{^next_session}}none{{/next_session}}]") == "[none]");
}

TEST_CASE("the tags of a template, and the names it can use") {
    auto tags = template_tags("a {{#x}}{{{y}}}{{/x}} {{=[ ]=}}[z]");
    REQUIRE(tags.size() == 5);
    CHECK(tags[0].kind == TemplateTag::Kind::section);
    CHECK(tags[1].kind == TemplateTag::Kind::raw_variable);
    CHECK(tags[1].name == "y");
    CHECK(tags[3].kind == TemplateTag::Kind::delimiters);
    CHECK(tags[4].name == "z");
    CHECK(tags[4].offset == 31);
    auto names = template_names(data());
    CHECK(std::find(names.begin(), names.end(), "votes.margin") != names.end());
    CHECK(std::find(names.begin(), names.end(), "next_session.title") != names.end());
}

TEST_CASE("a name printed empty is found where the data would render it, once, and not inside lists") {
    auto empty = [](const std::string& text) {
        std::vector<std::string> out;
        for (const Diagnostic& d : names_printed_empty("t.mustache", text, data()))
            out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " +
                          d.message.substr(0, d.message.find(' ')));
        return out;
    };
    using Names = std::vector<std::string>;
    CHECK(empty("{{event.title}}") == Names{});
    CHECK(empty("Why: {{event.why}}\n{{event.why}}") == Names{"1:6 'event.why'"});
    // A section that tests it, or one this data does not render, prints nothing.
    CHECK(empty("{{#event.why}}{{event.why}}{{/event.why}}") == Names{});
    CHECK(empty("{{#no_votes}}{{margin}}{{/no_votes}}{{^several}}{{event.why}}{{/several}}") == Names{});
    // Inside an inverted section that renders, it is still empty.
    CHECK(empty("{{^event.why}}({{event.why}}){{/event.why}}") == Names{"1:16 'event.why'"});
    // Past an absent value: nothing, whatever its shape has.
    CHECK(empty("{{next_session.title}}") == Names{"1:1 'next_session.title'"});
    CHECK(empty("{{#event}}\n  {{why}}\n{{/event}}") == Names{"2:3 'why'"});
    // A list's items differ one from the next: not followed.
    CHECK(empty("{{#votes}}{{margin}}{{/votes}}") == Names{});
}
