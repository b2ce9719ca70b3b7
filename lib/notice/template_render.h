// Rendering a notice template: the one adapter over the Mustache library
// (Debian's libkainjow-mustache-dev). Everything else sees TemplateValue
// and a Diagnostic.
//
// What it must get right, where the library's defaults are wrong for us:
// - values are escaped for the output format, not always for HTML: as is
//   (on one line) for text, Markdown-escaped for Markdown, HTML-escaped for
//   HTML, where {{{raw}}} tags are refused;
// - a name the data does not have is an error at its line and column, not
//   an empty string (see template_check.h);
// - the library's syntax errors name a byte offset; ours name the line and
//   column;
// - a line holding only a section or comment tag leaves no blank line,
//   rendered or not (the spec's "standalone" lines; the library removes
//   only those of sections it renders);
// - an empty text is false in a section ({{#employer_address}}...), as a
//   reader of the template expects; the library would render it.
#pragma once

#include <string>

#include "core/diagnostic.h"
#include "notice/template_value.h"

namespace bargain {

enum class TemplateEscape { text, markdown, html };

struct TemplateSource {
    std::string name;  // for messages: a file name, or the built-in template's
    std::string text;
};

Result<std::string> render_template(const TemplateSource& source, const TemplateValue& data, TemplateEscape escape);

}  // namespace bargain
