// Partials for the built-in templates: the paragraphs a notice says in the
// same words in more than one of its files (the letter's body in text and
// in Markdown), written once in lib/data/templates/partials/ and pasted
// into each file that names them when the built-in is loaded.
//
// They are pasted in as text, before any Mustache is read, rather than left
// to the library's partial support: what `--show-template` prints must be
// one whole template that a team can copy and use with --template, where
// our partials are not at hand (and where a partial is refused,
// template_check.h).
//
// What it must get right: the template loaded is the one that was written
// before the paragraphs moved, byte for byte, so that every notice reads as
// it did. So a partial's tag stands alone on its line, at its start, and
// that line becomes the partial's lines: there is no indentation to add
// and no standalone rule to apply, and a tag anywhere else is refused. A
// partial's opening comment (what it is for) is left out: it would tell a
// team who copies the template about a file they do not have. A name with
// no partial, or a partial that includes itself, is an error at its tag.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "core/diagnostic.h"
#include "notice/template_render.h"

namespace bargain {

// The partials a template may name, by name ("intent-to-strike-body").
using TemplatePartials = std::map<std::string, TemplateSource, std::less<>>;

// `source` with each line that holds only {{> name}} replaced by the lines
// of partial `name`, its own partials pasted in the same way. Errors, at
// the tag (in whichever file holds it): a partial tag with anything else on
// its line, a name that is not in `partials` (with "did you mean"), a
// partial that includes itself, directly or through others.
Result<TemplateSource> paste_partials(const TemplateSource& source, const TemplatePartials& partials);

}  // namespace bargain
