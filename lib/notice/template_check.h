// The strict check of a notice template: every name it uses must be a name
// the notice data has, where the template uses it.
//
// Mustache itself renders a name it cannot find as nothing, so a template
// with {{event.titel}} would print an advisory with a hole where the
// headline should be, and nobody would notice until a reporter did. This
// check reads the template's tags (the Mustache syntax, after the library
// has accepted it) and resolves each name the way Mustache does, against
// the shape of the data: innermost section first, then outward. Sections
// that this campaign would not render are checked too, because the data
// carries the shape of every list's items.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "notice/template_tags.h"
#include "notice/template_value.h"

namespace bargain {

// The first name `text` uses that `data` does not have where it is used,
// as a Diagnostic in `file` at the tag ("unknown name 'event.titel' (did
// you mean 'event.title'?)"). Also refused: a list, yes/no or group of
// names printed as if it were text, partials ({{> name}}: a team's
// template is one file, only the built-ins have partials and theirs are
// pasted in before this check, and a partial could make a value from the
// campaign run as template code), and, unless `raw_allowed`, unescaped
// tags ({{{name}}}, {{&name}}) that would put a value into HTML as markup.
std::optional<Diagnostic> check_template_names(const std::string& file, std::string_view text,
                                               const TemplateValue& data, bool raw_allowed);

// The names `text` prints (once each, at the first place) that are empty
// in `data` where the template prints them: {{campaign.employer_address}}
// for a campaign without one, {{next_session.date.long}} when no session
// is scheduled. Sections this data would not render are skipped, and so
// are the items of lists, whose values differ item by item. For a team's
// own template, which chose what it prints: a warning, not an error.
std::vector<Diagnostic> names_printed_empty(const std::string& file, std::string_view text, const TemplateValue& data);

// Every name a template can use at the top level, with dots for names
// within names ("event.title"), lists' item names under the list's name
// ("votes.margin" means {{#votes}}{{margin}}{{/votes}}): for documentation
// and for "did you mean".
std::vector<std::string> template_names(const TemplateValue& data);

}  // namespace bargain
