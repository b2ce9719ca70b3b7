#include "notice/template_tags.h"

namespace bargain {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// "=<% %>=" sets the delimiters to "<%" and "%>"; false when it does not.
bool read_delimiters(std::string_view contents, std::string& begin, std::string& end) {
    if (contents.size() < 5 || contents.front() != '=' || contents.back() != '=') return false;
    std::string_view inner = trimmed(contents.substr(1, contents.size() - 2));
    std::size_t space = inner.find(' ');
    if (space == std::string_view::npos) return false;
    std::string_view b = inner.substr(0, space), e = trimmed(inner.substr(space));
    if (b.empty() || e.empty()) return false;
    begin = std::string(b);
    end = std::string(e);
    return true;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::vector<TemplateTag> template_tags(std::string_view text) {
    std::vector<TemplateTag> tags;
    std::string begin = "{{", end = "}}";
    std::size_t pos = 0;
    while ((pos = text.find(begin, pos)) != std::string_view::npos) {
        TemplateTag tag;
        tag.offset = pos;
        std::size_t contents_at = pos + begin.size();
        // {{{name}}} exists only with the standard delimiters.
        bool triple = begin == "{{" && contents_at < text.size() && text[contents_at] == '{';
        std::string_view close = triple ? std::string_view("}}}") : std::string_view(end);
        if (triple) ++contents_at;
        std::size_t close_at = text.find(close, contents_at);
        if (close_at == std::string_view::npos) break;
        std::string_view contents = trimmed(text.substr(contents_at, close_at - contents_at));
        pos = close_at + close.size();
        tag.end = pos;

        if (triple) {
            tag.kind = TemplateTag::Kind::raw_variable;
            tag.name = std::string(contents);
        } else if (!contents.empty() && contents.front() == '=') {
            tag.kind = TemplateTag::Kind::delimiters;
            read_delimiters(contents, begin, end);
        } else {
            char sigil = contents.empty() ? '\0' : contents.front();
            switch (sigil) {
                case '#': tag.kind = TemplateTag::Kind::section; break;
                case '^': tag.kind = TemplateTag::Kind::inverted; break;
                case '/': tag.kind = TemplateTag::Kind::end; break;
                case '>': tag.kind = TemplateTag::Kind::partial; break;
                case '&': tag.kind = TemplateTag::Kind::raw_variable; break;
                case '!': tag.kind = TemplateTag::Kind::comment; break;
                default: tag.kind = TemplateTag::Kind::variable; break;
            }
            tag.name = std::string(tag.kind == TemplateTag::Kind::variable ? contents : trimmed(contents.substr(1)));
        }
        tags.push_back(std::move(tag));
    }
    return tags;
}

TextPosition position_of(std::string_view text, std::size_t offset) {
    TextPosition p;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

std::string strip_standalone_lines(std::string_view text) {
    std::string out;
    std::size_t copied = 0;  // text before this is in `out` (or dropped)
    for (const TemplateTag& tag : template_tags(text)) {
        if (tag.kind == TemplateTag::Kind::variable || tag.kind == TemplateTag::Kind::raw_variable) continue;
        std::size_t line_start = tag.offset;
        while (line_start > copied && is_blank(text[line_start - 1])) --line_start;
        bool at_line_start = line_start == 0 || text[line_start - 1] == '\n';
        std::size_t after = tag.end;
        while (after < text.size() && is_blank(text[after])) ++after;
        if (after < text.size() && text[after] == '\r' && after + 1 < text.size() && text[after + 1] == '\n') ++after;
        bool at_line_end = after == text.size() || text[after] == '\n';
        if (line_start < copied || !at_line_start || !at_line_end) continue;
        out.append(text.substr(copied, line_start - copied));
        out.append(text.substr(tag.offset, tag.end - tag.offset));
        copied = after < text.size() ? after + 1 : after;
    }
    out.append(text.substr(copied));
    return out;
}

}  // namespace bargain
