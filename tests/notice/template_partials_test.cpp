// The built-in templates' partials: pasted in as lines, exactly, and a
// partial that cannot be pasted refused at its tag.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "io/embedded.h"
#include "notice/notice.h"
#include "notice/template_partials.h"

using namespace bargain;

namespace {

TemplatePartials partials() {
    return {
        {"body", {"body.mustache", "{{! The letter's body. }}\nFirst {{name}}.\n\n{{#more}}\nMore.\n{{/more}}\n"}},
        {"no-break", {"no-break.mustache", "one line"}},
        {"outer", {"outer.mustache", "Outer.\n{{> body}}\n"}},
        {"self", {"self.mustache", "a\n{{> self}}\n"}},
        {"ping", {"ping.mustache", "{{> pong}}\n"}},
        {"pong", {"pong.mustache", "x\n{{>ping}}\n"}},
    };
}

std::string pasted(const std::string& text) {
    auto out = paste_partials(TemplateSource{"t.mustache", text}, partials());
    REQUIRE(out.ok());
    CHECK(out->name == "t.mustache");
    return out->text;
}

Diagnostic refused(const std::string& text) {
    auto out = paste_partials(TemplateSource{"t.mustache", text}, partials());
    REQUIRE(!out.ok());
    return out.error();
}

}  // namespace

TEST_CASE("a line holding only a partial's tag becomes the partial's lines, without its opening comment") {
    CHECK(pasted("Dear {{name}}:\n{{> body}}\nYours.\n") ==
          "Dear {{name}}:\nFirst {{name}}.\n\n{{#more}}\nMore.\n{{/more}}\nYours.\n");
    CHECK(pasted("{{>body}}\n") == pasted("{{> body }}\n"));
    CHECK(pasted("no partials {{here}}\n") == "no partials {{here}}\n");
}

TEST_CASE("a partial is pasted as whole lines, at the end of a file too") {
    CHECK(pasted("a\n{{> no-break}}\nb\n") == "a\none line\nb\n");
    CHECK(pasted("a\n{{> body}}") == "a\nFirst {{name}}.\n\n{{#more}}\nMore.\n{{/more}}");
}

TEST_CASE("a partial's own partials are pasted in too") {
    CHECK(pasted("{{> outer}}\nEnd.\n") == "Outer.\nFirst {{name}}.\n\n{{#more}}\nMore.\n{{/more}}\nEnd.\n");
}

TEST_CASE("a partial's tag with anything else on its line is refused, since the line is what is replaced") {
    Diagnostic d = refused("x\n<p>{{> body}}</p>\n");
    CHECK(d.located() == "t.mustache:2:4: {{> body}} must be alone on its line, at its start: that line is "
                         "replaced by the partial's lines");
    CHECK(refused("  {{> body}}\n").column == 3);
    CHECK(refused("{{> body}} \n").column == 1);
}

TEST_CASE("a name with no partial is refused at its tag, with the closest name") {
    Diagnostic d = refused("a\n\n{{> bdoy}}\n");
    CHECK(d.located() == "t.mustache:3:1: no partial 'bdoy' among the built-in templates' partials");
    CHECK(d.help == "did you mean 'body'?");
}

TEST_CASE("a partial that includes itself is refused at the tag in the partial, naming the circle") {
    Diagnostic d = refused("{{> self}}\n");
    CHECK(d.located() == "self.mustache:2:1: the partial 'self' includes itself (self > self), so pasting it in "
                         "would never end");
    Diagnostic circle = refused("top\n{{> ping}}\n");
    CHECK(circle.located() == "pong.mustache:2:1: the partial 'ping' includes itself (ping > pong > ping), so "
                              "pasting it in would never end");
}

TEST_CASE("every built-in template loads whole, and every partial in lib/data/ is named by one") {
    for (const BuiltinTemplate& t : builtin_templates())
        for (NoticeFormat f : {NoticeFormat::text, NoticeFormat::markdown, NoticeFormat::html}) {
            auto source = builtin_template(t.name, f);
            REQUIRE(source.ok());
            CHECK(source->text.find("{{>") == std::string::npos);
        }
    constexpr std::string_view kFolder = "templates/partials/";
    int partials = 0;
    for (const EmbeddedFile& partial : embedded_files()) {
        if (!partial.path.starts_with(kFolder)) continue;
        CAPTURE(partial.path);
        ++partials;
        // Each says what it is for, in a comment that is not pasted in.
        CHECK(partial.text.starts_with("{{!"));
        std::string_view name = partial.path.substr(kFolder.size());
        std::string tag = "{{> " + std::string(name.substr(0, name.rfind(".mustache"))) + "}}\n";
        bool named = false;
        for (const EmbeddedFile& f : embedded_files())
            named = named || (f.path.starts_with("templates/") && f.text.find(tag) != std::string_view::npos);
        CHECK(named);
    }
    CHECK(partials > 0);
}
