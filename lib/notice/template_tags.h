// The tags of a Mustache template, read the way the Mustache library reads
// them, for what the library does not do for us: say where a name is used
// (the strict check, template_check.h), and drop "standalone" tag lines.
//
// The Mustache spec removes a line that holds nothing but one section,
// inverted-section, closing, comment or delimiter tag, so that a template
// can put {{#votes}} on a line of its own without leaving a blank line in
// the notice. The library does this only for a section it renders: a false
// section or a comment leaves an empty line. strip_standalone_lines() does
// it for all of them before the library sees the template.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bargain {

struct TemplateTag {
    enum class Kind { variable, raw_variable, section, inverted, end, partial, comment, delimiters };
    Kind kind = Kind::variable;
    std::string name;         // trimmed, without its sigil
    std::size_t offset = 0;   // of the tag's opening delimiter, in bytes
    std::size_t end = 0;      // just past its closing delimiter
};

// The tags of a template, in order, honouring {{=<% %>=}} delimiter
// changes and {{{triple}}} tags. Meant for a template the Mustache library
// has parsed without error; an unclosed tag ends the list.
std::vector<TemplateTag> template_tags(std::string_view text);

// The 1-based line and column of a byte offset; columns count characters
// (UTF-8 code points), not bytes.
struct TextPosition {
    long long line = 1, column = 1;
};
TextPosition position_of(std::string_view text, std::size_t offset);

// The template with each standalone tag line reduced to its tag: the
// spaces before it and the spaces and line break after it removed.
std::string strip_standalone_lines(std::string_view text);

}  // namespace bargain
