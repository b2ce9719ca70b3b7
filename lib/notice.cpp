#include "notice.h"

#include <istream>

#include "embedded.h"
#include "input.h"
#include "input_limits.h"
#include "notice_data.h"
#include "notice_facts.h"
#include "suggest.h"
#include "text_wrap.h"

namespace bargain {

namespace {

const char* format_name(NoticeFormat f) {
    switch (f) {
        case NoticeFormat::text: return "text";
        case NoticeFormat::markdown: return "markdown";
        case NoticeFormat::html: return "html";
    }
    return "text";
}

TemplateEscape escape_for(NoticeFormat f) {
    switch (f) {
        case NoticeFormat::text: return TemplateEscape::text;
        case NoticeFormat::markdown: return TemplateEscape::markdown;
        case NoticeFormat::html: return TemplateEscape::html;
    }
    return TemplateEscape::text;
}

std::vector<std::string> builtin_names() {
    std::vector<std::string> names;
    for (const BuiltinTemplate& t : builtin_templates()) names.push_back(t.name);
    return names;
}

std::string names_list() {
    std::string out;
    for (const std::string& n : builtin_names()) out += (out.empty() ? "" : ", ") + n;
    return out;
}

}  // namespace

const std::vector<BuiltinTemplate>& builtin_templates() {
    static const std::vector<BuiltinTemplate> kTemplates = {
        {"media-advisory", "a media advisory for a picket, rally or strike: WHAT, WHO, WHEN, WHERE, WHY (default for "
                           "pickets, rallies and strikes)"},
        {"intent-to-strike", "a formal notice of intent to strike to the employer, citing the statute, with a proof "
                             "of service (default for notices of type intent-to-strike)"},
        {"press-release", "a press release about the event, with the campaign's facts"},
    };
    return kTemplates;
}

bool is_builtin_template(std::string_view name) {
    for (const BuiltinTemplate& t : builtin_templates())
        if (name == t.name) return true;
    return false;
}

std::string default_template(const Event& event) {
    switch (event.kind) {
        case EventKind::picket:
        case EventKind::rally:
        case EventKind::strike: return "media-advisory";
        case EventKind::notice: return event.type == "intent-to-strike" ? "intent-to-strike" : "";
        default: return "";
    }
}

Result<TemplateSource> read_template_file(const std::string& path) {
    auto in = Input::open(path);
    if (!in) return in.error();
    std::istream stream(in->get());
    std::string text;
    char buffer[65536];
    while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(stream.gcount()));
        if (text.size() > limits::kMaxTemplateBytes)
            return Diagnostic{(*in)->name(), 0, 0, "a template larger than 1 MiB is not a notice template"};
    }
    if (!(*in)->read_error().empty()) return Diagnostic{(*in)->name(), 0, 0, (*in)->read_error()};
    if (std::size_t nul = text.find('\0'); nul != std::string::npos) {
        long long line = 1;
        for (std::size_t i = 0; i < nul; ++i) line += text[i] == '\n';
        return Diagnostic{(*in)->name(), line, 0, "a NUL byte: a template must be text"};
    }
    return TemplateSource{(*in)->name(), std::move(text)};
}

Result<std::string> render_notice(const CheckedCampaign& checked, const std::string& file, const NoticeRequest& r) {
    auto facts = gather_notice_facts(checked, file, r.event, r.issued);
    if (!facts) return facts.error();
    const Event& event = *facts->event;

    TemplateSource source;
    if (r.user) {
        source = *r.user;
    } else {
        std::string name = r.builtin.empty() ? default_template(event) : r.builtin;
        if (name.empty()) {
            std::string kind = facts->event->type.empty() ? "" : " of type " + facts->event->type;
            return Diagnostic{file, event.where.line, event.where.column,
                              "event '" + event.id + "' is a " + name_of(event.kind) + kind +
                                  ", which has no default template; choose one with --template (" + names_list() +
                                  ") or give a template file"};
        }
        if (!is_builtin_template(name))
            return Diagnostic{"", 0, 0,
                              "no built-in template '" + name + "'" + did_you_mean(name, builtin_names()) +
                                  "; the built-in templates are " + names_list()};
        std::string path = "templates/" + name + "." + format_name(r.format) + ".mustache";
        auto text = embedded_file(path);
        if (!text) return Diagnostic{"", 0, 0, "the built-in template " + path + " is missing from this build"};
        source = TemplateSource{"(built-in) " + path, std::string(*text)};
    }

    auto rendered = render_template(source, notice_data(*facts), escape_for(r.format));
    if (!rendered) return rendered.error();
    if (r.format == NoticeFormat::text) return wrap_text(*rendered);
    return rendered;
}

}  // namespace bargain
