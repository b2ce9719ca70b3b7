// A notice for an event of the campaign: a media advisory for a picket, a
// formal intent-to-strike letter, a press release, or a team's own
// template, rendered as text, Markdown or a standalone HTML page.
//
// The built-in templates are Mustache files in lib/data/templates/, one per
// template and format, compiled into the program; the paragraphs that
// formats say in the same words are partials there, pasted in at load
// (template_partials.h). A user's template sees the same data
// (notice_data.h) and goes through the same checks.
//
// What it must get right: the notice says what the campaign says, as of the
// day it is issued; every value from the campaign is escaped for the
// format; a template that names something the data does not have is an
// error at its line and column, never a quiet hole in a letter; a built-in
// is never written with a hole where a value it needs is missing
// (notice_needs.h) unless it is asked for as a draft, with a placeholder in
// the hole; and a letter of intent to strike is never written when its own
// dates break the statute it cites, unless as a draft.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/constraint_check.h"
#include "core/diagnostic.h"
#include "notice/notice_needs.h"
#include "notice/template_render.h"

namespace bargain {

enum class NoticeFormat { text, markdown, html };

struct BuiltinTemplate {
    const char* name;
    const char* summary;  // one line, for --list-templates
};
// In the order --list-templates shows them.
const std::vector<BuiltinTemplate>& builtin_templates();
bool is_builtin_template(std::string_view name);

// The built-in template an event gets without --template: media-advisory
// for a picket, rally or strike, intent-to-strike for a notice of type
// intent-to-strike; "" for any other event.
std::string default_template(const Event& event);

// A built-in template's Mustache source for a format, as compiled in, with
// its partials pasted in: what `--show-template` prints for a team to copy,
// whole. Error: no such built-in (with "did you mean").
Result<TemplateSource> builtin_template(std::string_view name, NoticeFormat format);

// What the event's default built-in template needs that the campaign does
// not give (missing_values()), as errors: what `bargain check` reports, so
// that a notice CI will render fails the check first. Empty when the event
// has no default template.
std::vector<Diagnostic> notice_problems(const CheckedCampaign& campaign, const Event& event,
                                        const std::string& file);

// A user's template file, read whole. Errors: unreadable, not text (a NUL
// byte), larger than a notice could be.
Result<TemplateSource> read_template_file(const std::string& path);

struct NoticeRequest {
    std::string event;                   // the event's id
    std::optional<Date> issued;          // --date; see default_issue_date()
    std::string builtin;                 // a built-in template's name; "" for the event's default
    std::optional<TemplateSource> user;  // a user's template, used instead of any built-in
    NoticeFormat format = NoticeFormat::text;
    // Render what would be refused: a placeholder for each value the
    // built-in needs, and a letter whose dates break the statute.
    bool draft = false;
};

struct Notice {
    // Ready to write, wrapped at 72 columns in text (text_wrap.h); "" when
    // refused.
    std::string text;
    bool refused = false;
    // What the built-in template needs and the campaign does not give.
    // Refused unless a draft; a draft shows each placeholder instead.
    std::vector<MissingValue> missing;
    // A letter of intent to strike (the intent-to-strike built-in, or any
    // template for a notice of type intent-to-strike) whose own dates, the
    // notice's and the strike's, break the campaign's law preset: the
    // statute the letter cites. Refused unless a draft.
    std::vector<Violation> unlawful;
    // Every other constraint the campaign's dates break: warnings, since
    // the team may be fixing them; `bargain check` fails on them.
    std::vector<Violation> violations;
    // Names a team's own template prints that this campaign leaves empty
    // (names_printed_empty()): warnings, since the template may mean it.
    std::vector<Diagnostic> warnings;
};

// The notice for `request.event`. Errors (a Result without a value): no
// such event, a vote that cannot be counted, no template, a template that
// does not check. `file` names the campaign in messages.
Result<Notice> render_notice(const CheckedCampaign& campaign, const std::string& file,
                             const NoticeRequest& request);

}  // namespace bargain
