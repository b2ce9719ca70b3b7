// The only file that includes the Mustache header. Its exceptions, if any,
// stop here.
#include "notice/template_render.h"

// The header compiles cleanly under our warnings (-Wall -Wextra -Wshadow
// -Werror, g++ 12), so it needs no diagnostic pragmas.
#include <kainjow/mustache.hpp>

#include <cctype>
#include <string>

#include "core/utf8.h"
#include "notice/template_check.h"
#include "text/report_text.h"

namespace bargain {

namespace {

namespace mustache = kainjow::mustache;

// The library has its own idea of standalone lines: it drops any line that
// held a section tag and renders as blank, so a blank line a template asks
// for after {{/contacts}} would vanish. We do the spec's standalone lines
// ourselves (strip_standalone_lines) and hide every other line break from
// the library, outside tags, as a control character no template or value
// holds; render() puts them back.
constexpr char kHiddenLineFeed = '\x01';
constexpr char kHiddenReturn = '\x02';

std::string hide_line_breaks(const std::string& text) {
    std::string out = text;
    std::size_t from = 0;
    auto hide = [&](std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            if (out[i] == '\n') out[i] = kHiddenLineFeed;
            else if (out[i] == '\r') out[i] = kHiddenReturn;
        }
    };
    for (const TemplateTag& tag : template_tags(text)) {
        hide(tag.offset);
        from = tag.end;
    }
    hide(out.size());
    return out;
}

std::string restore_line_breaks(std::string text) {
    for (char& c : text) {
        if (c == kHiddenLineFeed) c = '\n';
        else if (c == kHiddenReturn) c = '\r';
    }
    return text;
}

std::string without_hidden(std::string s) {
    std::erase_if(s, [](char c) { return c == kHiddenLineFeed || c == kHiddenReturn; });
    return s;
}

mustache::data to_library(const TemplateValue& v) {
    switch (v.kind()) {
        case TemplateValue::Kind::text:
            // The library renders a section for any string, even an empty one.
            if (v.text().empty()) return mustache::data(false);
            return mustache::data(without_hidden(v.text()));
        case TemplateValue::Kind::flag: return mustache::data(v.flag());
        case TemplateValue::Kind::list: {
            mustache::data list(mustache::data::type::list);
            for (const TemplateValue& item : v.items()) list.push_back(to_library(item));
            return list;
        }
        case TemplateValue::Kind::map: break;
    }
    mustache::data map;
    for (const auto& [name, value] : v.fields()) map.set(name, to_library(value));
    return map;
}

// A value in an HTML notice, escaped by the library once control
// characters (which HTML forbids, and which would reach a terminal that
// shows the file) are dropped and bytes that are not UTF-8 are replaced.
std::string html_value(const std::string& s) {
    std::string clean;
    clean.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            std::size_t n = utf8_length(s, i);
            if (n == 0) clean += kUtf8Replacement;
            else clean.append(s, i, n);
            i += n == 0 ? 1 : n;
            continue;
        }
        if ((c >= 0x20 && c != 0x7f) || c == '\n' || c == '\r' || c == '\t') clean += static_cast<char>(c);
        ++i;
    }
    return mustache::html_escape(clean);
}

// A value on one line, without the spaces a YAML block leaves at its end.
std::string one_line_trimmed(const std::string& s) {
    std::string out = one_line(s);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The library's messages end "at <byte offset>"; ours name the line and
// column and read like the rest of bargain's.
Diagnostic syntax_error(const TemplateSource& source, const std::string& message) {
    std::string text = message;
    std::size_t offset = 0;
    std::size_t at = text.rfind(" at ");
    if (at != std::string::npos && at + 4 < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[at + 4]))) {
        offset = std::stoul(text.substr(at + 4));
        text.erase(at);
    }
    auto quoted = [&](const char* prefix) -> std::string {
        std::size_t open = text.find('"'), close = text.rfind('"');
        if (text.rfind(prefix, 0) != 0 || open == std::string::npos || close <= open) return "";
        return text.substr(open + 1, close - open - 1);
    };
    if (text == "Unclosed tag") {
        text = "this tag is never closed";
    } else if (text == "Invalid set delimiter tag") {
        text = "a delimiter change must look like {{=<% %>=}}: two delimiters without spaces or '=' in them";
    } else if (std::string name = quoted("Unopened section"); !name.empty()) {
        text = "{{/" + name + "}} closes a section that is not open";
    } else if (std::string opened = quoted("Unclosed section"); !opened.empty()) {
        text = "section '" + opened + "' is opened here and never closed with {{/" + opened + "}}";
    } else if (!text.empty()) {
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    }
    TextPosition p = position_of(source.text, offset);
    return Diagnostic{source.name, p.line, p.column, text};
}

}  // namespace

Result<std::string> render_template(const TemplateSource& source, const TemplateValue& data, TemplateEscape escape) {
    try {
        mustache::mustache parsed(source.text);
        if (!parsed.is_valid()) return syntax_error(source, parsed.error_message());
        if (auto unknown = check_template_names(source.name, source.text, data, escape != TemplateEscape::html))
            return *unknown;
        // Parsed again without the standalone tag lines (see template_tags.h);
        // errors above are reported against the template as written.
        if (size_t at = source.text.find_first_of(std::string{kHiddenLineFeed, kHiddenReturn}); at != std::string::npos) {
            TextPosition p = position_of(source.text, at);
            return Diagnostic{source.name, p.line, p.column, "a control character: a template must be text"};
        }
        mustache::mustache tmpl(hide_line_breaks(strip_standalone_lines(source.text)));
        if (!tmpl.is_valid()) return syntax_error(source, tmpl.error_message());
        switch (escape) {
            case TemplateEscape::text: tmpl.set_custom_escape(one_line_trimmed); break;
            case TemplateEscape::markdown:
                tmpl.set_custom_escape([](const std::string& s) { return markdown_text(one_line_trimmed(s)); });
                break;
            case TemplateEscape::html: tmpl.set_custom_escape(html_value); break;
        }
        // Rendering sets an error only for partials and lambdas, which the
        // checks above have refused.
        return restore_line_breaks(tmpl.render(to_library(data)));
    } catch (const std::exception& e) {
        return Diagnostic{source.name, 0, 0, std::string("cannot render the template: ") + e.what()};
    }
}

}  // namespace bargain
