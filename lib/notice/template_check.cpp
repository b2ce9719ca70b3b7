#include "notice/template_check.h"

#include <algorithm>
#include <optional>

#include "core/suggest.h"

namespace bargain {

namespace {

std::vector<std::string> split_dots(const std::string& name) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        std::size_t dot = name.find('.', start);
        parts.push_back(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos) return parts;
        start = dot + 1;
    }
}

// The value `name` names within `scope`, or null.
const TemplateValue* lookup(const TemplateValue& scope, const std::string& name) {
    const TemplateValue* v = &scope;
    for (const std::string& part : split_dots(name)) {
        if (v->is_absent()) v = &v->shape();
        if (v->kind() != TemplateValue::Kind::map) return nullptr;
        v = v->find(part);
        if (!v) return nullptr;
    }
    return v;
}

void collect_names(const TemplateValue& v, const std::string& prefix, bool into_lists, std::vector<std::string>& out) {
    if (v.is_absent() || (v.kind() == TemplateValue::Kind::list && into_lists))
        return collect_names(v.shape(), prefix, into_lists, out);
    if (v.kind() != TemplateValue::Kind::map) return;
    for (const auto& [name, value] : v.fields()) {
        std::string full = prefix.empty() ? name : prefix + "." + name;
        out.push_back(full);
        collect_names(value, full, into_lists, out);
    }
}

const char* kind_words(TemplateValue::Kind k) {
    switch (k) {
        case TemplateValue::Kind::list: return "a list: use it as a section, {{#NAME}}...{{/NAME}}";
        case TemplateValue::Kind::flag:
            return "a yes/no: use it as a section, {{#NAME}}...{{/NAME}} or {{^NAME}}...{{/NAME}}";
        case TemplateValue::Kind::map:
            return "a group of names: name one of them, like {{NAME.FIELD}}, or use it as a section";
        case TemplateValue::Kind::text: return "text";
    }
    return "";
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// Whether a section on `v` renders, as the adapter hands values to the
// library (an empty text is false; an absent value is a false flag).
bool renders(const TemplateValue& v) {
    switch (v.kind()) {
        case TemplateValue::Kind::text: return !v.text().empty();
        case TemplateValue::Kind::flag: return v.flag();
        case TemplateValue::Kind::list: return !v.items().empty();
        case TemplateValue::Kind::map: return true;
    }
    return false;
}

// The value `name` has in this data, found as Mustache finds it: its first
// part in the innermost scope that has it, the rest within that; past an
// absent value, the absent value itself (nothing). Null when unknown.
const TemplateValue* value_of(const std::vector<const TemplateValue*>& scopes, const std::string& name) {
    std::vector<std::string> parts = split_dots(name);
    for (auto s = scopes.rbegin(); s != scopes.rend(); ++s) {
        const TemplateValue* v = (*s)->find(parts[0]);
        if (!v) continue;
        for (std::size_t i = 1; i < parts.size(); ++i) {
            if (v->is_absent()) return v;
            v = v->kind() == TemplateValue::Kind::map ? v->find(parts[i]) : nullptr;
            if (!v) return nullptr;
        }
        return v;
    }
    return nullptr;
}

}  // namespace

std::vector<Diagnostic> names_printed_empty(const std::string& file, std::string_view text, const TemplateValue& data) {
    // A section as this data renders it; `scope` when it opened a group of
    // names to look in.
    struct Open {
        bool rendered;
        bool scope;
    };
    std::vector<const TemplateValue*> scopes{&data};
    std::vector<Open> open;
    std::vector<std::string> reported;
    std::vector<Diagnostic> out;
    for (const TemplateTag& tag : template_tags(text)) {
        bool rendered = open.empty() || open.back().rendered;
        switch (tag.kind) {
            case TemplateTag::Kind::comment:
            case TemplateTag::Kind::delimiters:
            case TemplateTag::Kind::partial: continue;
            case TemplateTag::Kind::end:
                if (open.empty()) continue;
                if (open.back().scope) scopes.pop_back();
                open.pop_back();
                continue;
            case TemplateTag::Kind::section:
            case TemplateTag::Kind::inverted: {
                const TemplateValue* v = tag.name == "." ? scopes.back() : value_of(scopes, tag.name);
                bool on = v && renders(*v);
                if (!rendered || tag.kind == TemplateTag::Kind::inverted) {
                    open.push_back({rendered && !on, false});
                    continue;
                }
                // A list renders once per item, each with values of its own:
                // not followed.
                bool group = on && v->kind() == TemplateValue::Kind::map;
                if (group) scopes.push_back(v);
                open.push_back({on && v->kind() != TemplateValue::Kind::list, group});
                continue;
            }
            case TemplateTag::Kind::variable:
            case TemplateTag::Kind::raw_variable: break;
        }
        if (!rendered || tag.name == ".") continue;
        const TemplateValue* v = value_of(scopes, tag.name);
        // An unknown name or a misused one is check_template_names()'s to report.
        if (!v || !(v->is_absent() || (v->kind() == TemplateValue::Kind::text && v->text().empty()))) continue;
        if (std::find(reported.begin(), reported.end(), tag.name) != reported.end()) continue;
        reported.push_back(tag.name);
        TextPosition p = position_of(text, tag.offset);
        out.push_back(Diagnostic{file, p.line, p.column,
                                 "'" + tag.name +
                                     "' is empty for this campaign, so nothing is printed here; to print it only "
                                     "when it is given, put it in {{#" +
                                     tag.name + "}}...{{/" + tag.name + "}}"});
    }
    return out;
}

std::vector<std::string> template_names(const TemplateValue& data) {
    std::vector<std::string> names;
    collect_names(data, "", true, names);
    return names;
}

std::optional<Diagnostic> check_template_names(const std::string& file, std::string_view text,
                                               const TemplateValue& data, bool raw_allowed) {
    std::vector<const TemplateValue*> scopes{&data};
    for (const TemplateTag& tag : template_tags(text)) {
        auto problem = [&](std::string message, std::string help = {}) {
            TextPosition p = position_of(text, tag.offset);
            return Diagnostic{file, p.line, p.column, std::move(message), std::move(help)};
        };
        switch (tag.kind) {
            case TemplateTag::Kind::comment:
            case TemplateTag::Kind::delimiters:
                continue;
            case TemplateTag::Kind::partial: {
                // The built-ins' partials are pasted in before they get
                // here (template_partials.h); a team's file has none of ours
                // to name, and is used as the one file it is.
                std::string where_to_copy =
                    "bargain notice --show-template NAME --format FMT prints a built-in template with its partials "
                    "pasted in";
                return problem("{{> " + tag.name +
                                   "}} names a partial, and only bargain's built-in templates have partials: a "
                                   "template file must be whole, so paste the partial's text in place of this line",
                               where_to_copy);
            }
            case TemplateTag::Kind::end:
                if (scopes.size() > 1) scopes.pop_back();
                continue;
            default:
                break;
        }
        if (tag.kind == TemplateTag::Kind::raw_variable && !raw_allowed)
            return problem("{{{" + tag.name + "}}} would put '" + tag.name +
                           "' into the page unescaped, where a value from the campaign could become markup; write {{" +
                           tag.name + "}}, which escapes it");

        const TemplateValue* found = nullptr;
        if (tag.name == ".") {
            found = scopes.back();
        } else {
            for (auto s = scopes.rbegin(); s != scopes.rend() && !found; ++s) found = lookup(**s, tag.name);
        }
        if (!found) {
            std::vector<std::string> known;
            for (const TemplateValue* s : scopes) collect_names(*s, "", false, known);
            return problem("unknown name '" + tag.name + "'" + did_you_mean(tag.name, known) +
                           "; the names a notice template can use are listed in bargain-notice(1)");
        }
        if (found->is_absent()) found = &found->shape();
        bool printed = tag.kind == TemplateTag::Kind::variable || tag.kind == TemplateTag::Kind::raw_variable;
        if (printed && found->kind() != TemplateValue::Kind::text)
            return problem("'" + tag.name + "' is " + replace_all(kind_words(found->kind()), "NAME", tag.name));
        // Inside an inverted section the value is false or empty: Mustache
        // finds nothing in it, only in the sections around it.
        static const TemplateValue nothing;
        if (tag.kind == TemplateTag::Kind::inverted) scopes.push_back(&nothing);
        else if (!printed) scopes.push_back(found->kind() == TemplateValue::Kind::list ? &found->shape() : found);
    }
    return std::nullopt;
}

}  // namespace bargain
