#include "notice/notice.h"

#include <istream>
#include <utility>

#include "core/input_limits.h"
#include "core/suggest.h"
#include "io/embedded.h"
#include "io/input.h"
#include "notice/notice_data.h"
#include "notice/notice_facts.h"
#include "notice/template_check.h"
#include "notice/template_partials.h"
#include "text/text_wrap.h"

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

const Event* find_event(const Campaign& c, const std::string& id) {
    for (const Event& e : c.events)
        if (e.id == id) return &e;
    return nullptr;
}
Event* find_event(Campaign& c, const std::string& id) {
    return const_cast<Event*>(find_event(std::as_const(c), id));
}

bool names_vote(const Campaign& c, const std::string& id) {
    for (const Vote& v : c.votes)
        if (v.id == id) return true;
    return false;
}

bool is_intent_to_strike(const Event& e) { return e.kind == EventKind::notice && e.notice == NoticeType::intent_to_strike; }

// A violation of the campaign's law preset (the statute the letter cites,
// as the campaign may amend its numbers) by the letter's own dates: the
// notice's, or the strike's it announces.
bool breaks_the_letter(const Violation& v, const Campaign& c, const NoticeFacts& f) {
    if (c.info.law.empty() || v.constraint.rfind(c.info.law + ":", 0) != 0) return false;
    for (const std::string& id : v.items)
        if (id == f.event->id || (f.strike && id == f.strike->id)) return true;
    return false;
}

// lib/data/templates/partials/NAME.mustache, by NAME: the paragraphs the
// built-ins share (template_partials.h).
const TemplatePartials& builtin_partials() {
    static const TemplatePartials kPartials = [] {
        constexpr std::string_view kFolder = "templates/partials/", kExtension = ".mustache";
        TemplatePartials partials;
        for (const EmbeddedFile& f : embedded_files())
            if (f.path.starts_with(kFolder) && f.path.ends_with(kExtension))
                partials.emplace(f.path.substr(kFolder.size(), f.path.size() - kFolder.size() - kExtension.size()),
                                 TemplateSource{"(built-in) " + std::string(f.path), std::string(f.text)});
        return partials;
    }();
    return kPartials;
}

}  // namespace

const std::vector<BuiltinTemplate>& builtin_templates() {
    static const std::vector<BuiltinTemplate> kTemplates = {
        {"media-advisory", "a media advisory for a picket, rally or strike: WHAT, WHO, WHEN, WHERE, WHY (default for "
                           "pickets, rallies and strikes)"},
        {"intent-to-strike", "a formal notice of intent to strike to the employer, citing the statute, with a proof "
                             "of service (default for notices of type intent-to-strike)"},
        {"press-release", "a press release about the event, with the campaign's facts"},
        {"ballot-result", "the result of a vote in numbers and words, for members and the employer, with TULRCA "
                          "s.231's statement under a UK rule (default for a vote's id)"},
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
        case EventKind::notice: return event.notice == NoticeType::intent_to_strike ? "intent-to-strike" : "";
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

Result<TemplateSource> builtin_template(std::string_view name, NoticeFormat format) {
    if (!is_builtin_template(name))
        return Diagnostic{"", 0, 0,
                          "no built-in template '" + std::string(name) + "'" + did_you_mean(name, builtin_names()) +
                              "; the built-in templates are " + names_list()};
    std::string path = "templates/" + std::string(name) + "." + format_name(format) + ".mustache";
    auto text = embedded_file(path);
    if (!text) return Diagnostic{"", 0, 0, "the built-in template " + path + " is missing from this build"};
    return paste_partials(TemplateSource{"(built-in) " + path, std::string(*text)}, builtin_partials());
}

std::vector<Diagnostic> notice_problems(const CheckedCampaign& checked, const Event& event,
                                        const std::string& file) {
    std::vector<Diagnostic> problems;
    for (MissingValue& m : missing_values(default_template(event), checked.campaign, event, file))
        problems.push_back(std::move(m.problem));
    return problems;
}

Result<Notice> render_notice(const CheckedCampaign& checked, const std::string& file, const NoticeRequest& r) {
    const Event* asked = find_event(checked.campaign, r.event);
    // Without an event of that id, a vote's: its result notice.
    bool result_notice = !asked && names_vote(checked.campaign, r.event);
    std::string name = r.user              ? ""
                       : !r.builtin.empty() ? r.builtin
                       : asked              ? default_template(*asked)
                       : result_notice      ? "ballot-result"
                                            : "";
    Notice notice;
    if (asked) notice.missing = missing_values(name, checked.campaign, *asked, file);

    // A draft is the campaign with a placeholder in each missing value.
    std::optional<CheckedCampaign> filled;
    if (r.draft && !notice.missing.empty()) {
        filled = checked;
        Event& event = *find_event(filled->campaign, r.event);
        for (const MissingValue& m : notice.missing) m.fill(filled->campaign, event);
    }
    if (name == "ballot-result" && !result_notice)
        return Diagnostic{file, asked ? asked->where.line : 0, asked ? asked->where.column : 0,
                          "the ballot-result template states a vote's result: give the id of one of the campaign's "
                          "votes, not of an event"};
    auto facts = gather_notice_facts(filled ? *filled : checked, file, r.event, r.issued);
    if (!facts) return facts.error();
    const Event& event = *facts->event;

    TemplateSource source;
    if (r.user) {
        source = *r.user;
    } else {
        if (name.empty()) {
            std::string kind = event.type.empty() ? "" : " of type " + event.type;
            return Diagnostic{file, event.where.line, event.where.column,
                              "event '" + event.id + "' is a " + name_of(event.kind) + kind +
                                  ", which has no default template; choose one with --template (" + names_list() +
                                  ") or give a template file"};
        }
        auto builtin = builtin_template(name, r.format);
        if (!builtin) return builtin.error();
        source = std::move(*builtin);
    }

    bool letter = name == "intent-to-strike" || (r.user && is_intent_to_strike(event));
    for (const Violation& v : checked.violations)
        (letter && breaks_the_letter(v, checked.campaign, *facts) ? notice.unlawful : notice.violations).push_back(v);
    notice.refused = !r.draft && (!notice.missing.empty() || !notice.unlawful.empty());
    if (notice.refused) return notice;

    TemplateValue data = notice_data(*facts);
    auto rendered = render_template(source, data, escape_for(r.format));
    if (!rendered) return rendered.error();
    if (r.user) notice.warnings = names_printed_empty(source.name, source.text, data);
    // A vote result the notice quotes, counted with a warning, says so.
    for (const VoteFacts& vf : facts->votes)
        if (vf.result) notice.warnings.insert(notice.warnings.end(), vf.result->warnings.begin(), vf.result->warnings.end());
    notice.text = r.format == NoticeFormat::text ? wrap_text(*rendered) : std::move(*rendered);
    return notice;
}

}  // namespace bargain
