#include "notice/template_partials.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "core/suggest.h"
#include "notice/template_tags.h"

namespace bargain {

namespace {

// Where a partial's text starts once its opening comment, and the line
// break that ends the comment's line, are left out.
std::size_t after_opening_comment(std::string_view text) {
    if (!text.starts_with("{{!")) return 0;
    std::size_t close = text.find("}}");
    if (close == std::string_view::npos) return 0;
    std::size_t at = close + 2;
    return at < text.size() && text[at] == '\n' ? at + 1 : at;
}

class Paster {
public:
    explicit Paster(const TemplatePartials& partials) : partials_(partials) {}

    // Appends `source.text` from byte `from` to `out`, each partial pasted
    // in; the first problem if there is one.
    std::optional<Diagnostic> paste(const TemplateSource& source, std::size_t from, std::string& out) {
        const std::string& text = source.text;
        std::size_t copied = from;
        for (const TemplateTag& tag : template_tags(text)) {
            if (tag.offset < from || tag.kind != TemplateTag::Kind::partial) continue;
            auto problem = [&](std::string message, std::string help = {}) {
                TextPosition p = position_of(text, tag.offset);
                return Diagnostic{source.name, p.line, p.column, std::move(message), std::move(help)};
            };
            std::string tag_text = "{{> " + tag.name + "}}";
            bool line_start = tag.offset == 0 || text[tag.offset - 1] == '\n';
            bool line_end = tag.end == text.size() || text[tag.end] == '\n';
            if (!line_start || !line_end)
                return problem(tag_text + " must be alone on its line, at its start: that line is replaced by the "
                                          "partial's lines");
            auto found = partials_.find(tag.name);
            if (found == partials_.end()) {
                std::vector<std::string> names;
                for (const auto& [name, partial] : partials_) names.push_back(name);
                return problem("no partial '" + tag.name + "' among the built-in templates' partials",
                               suggestion(tag.name, names));
            }
            if (std::find(open_.begin(), open_.end(), tag.name) != open_.end()) {
                std::string path;
                for (auto at = std::find(open_.begin(), open_.end(), tag.name); at != open_.end(); ++at)
                    path += *at + " > ";
                return problem("the partial '" + tag.name + "' includes itself (" + path + tag.name +
                               "), so pasting it in would never end");
            }

            out.append(text, copied, tag.offset - copied);
            std::size_t pasted_from = out.size();
            open_.push_back(tag.name);
            const TemplateSource& partial = found->second;
            if (auto inner = paste(partial, after_opening_comment(partial.text), out)) return inner;
            open_.pop_back();
            // The tag's line, with its line break, becomes the partial's
            // lines, each with its own; the last line of a file keeps having
            // none.
            bool tag_line_ends = tag.end < text.size();
            if (out.size() > pasted_from && out.back() != '\n') out += '\n';
            if (!tag_line_ends && out.size() > pasted_from) out.pop_back();
            copied = tag_line_ends ? tag.end + 1 : tag.end;
        }
        out.append(text, copied);
        return std::nullopt;
    }

private:
    const TemplatePartials& partials_;
    std::vector<std::string> open_;  // the partials being pasted, outermost first
};

}  // namespace

Result<TemplateSource> paste_partials(const TemplateSource& source, const TemplatePartials& partials) {
    TemplateSource whole{source.name, ""};
    if (auto problem = Paster(partials).paste(source, 0, whole.text)) return *problem;
    return whole;
}

}  // namespace bargain
