// A notice for an event of the campaign: a media advisory for a picket, a
// formal intent-to-strike letter, a press release, or a team's own
// template, rendered as text, Markdown or a standalone HTML page.
//
// The built-in templates are Mustache files in lib/data/templates/, one per
// template and format, compiled into the program. A user's template sees
// the same data (notice_data.h) and goes through the same checks.
//
// What it must get right: the notice says what the campaign says, as of the
// day it is issued; every value from the campaign is escaped for the
// format; a template that names something the data does not have is an
// error at its line and column, never a quiet hole in a letter.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "constraint_check.h"
#include "diagnostic.h"
#include "template_render.h"

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

// A user's template file, read whole. Errors: unreadable, not text (a NUL
// byte), larger than a notice could be.
Result<TemplateSource> read_template_file(const std::string& path);

struct NoticeRequest {
    std::string event;                   // the event's id
    std::optional<Date> issued;          // --date; see default_issue_date()
    std::string builtin;                 // a built-in template's name; "" for the event's default
    std::optional<TemplateSource> user;  // a user's template, used instead of any built-in
    NoticeFormat format = NoticeFormat::text;
};

// The notice, ready to write. Text is wrapped at 72 columns (text_wrap.h).
// `file` names the campaign in messages.
Result<std::string> render_notice(const CheckedCampaign& campaign, const std::string& file,
                                  const NoticeRequest& request);

}  // namespace bargain
