#include "io/document.h"

#include <cstdio>

#include "core/text.h"
#include "core/utf8.h"
#include "core/visible.h"

namespace bargain {

Document Document::boolean(bool b) {
    Document d;
    d.kind_ = Kind::boolean;
    d.text_ = b ? "true" : "false";
    return d;
}

Document Document::integer(long long n) { return number(std::to_string(n)); }

Document Document::number(std::string text) {
    Document d;
    d.kind_ = Kind::number;
    d.text_ = std::move(text);
    return d;
}

Document Document::string(std::string s) {
    Document d;
    d.kind_ = Kind::string;
    d.text_ = std::move(s);
    return d;
}

Document Document::array() {
    Document d;
    d.kind_ = Kind::array;
    return d;
}

Document Document::object() {
    Document d;
    d.kind_ = Kind::object;
    return d;
}

Document& Document::push(Document value) {
    items_.push_back(std::move(value));
    return *this;
}

Document& Document::set(std::string key, Document value) {
    fields_.emplace_back(std::move(key), std::move(value));
    return *this;
}

bool Document::empty_collection() const {
    return (kind_ == Kind::array && items_.empty()) || (kind_ == Kind::object && fields_.empty());
}

std::string json_quote(const std::string& s) {
    std::string out = "\"";
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                           (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                            static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
                    out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
                    i += 2;
                } else if (c < 0x80) {
                    out += static_cast<char>(c);
                } else if (size_t n = utf8_length(s, i)) {
                    // JSON text must be UTF-8: a stray byte would make the
                    // whole report unreadable to a JSON or YAML reader.
                    out.append(s, i, n);
                    i += n - 1;
                } else {
                    out += kUtf8Replacement;
                }
        }
    }
    return out + "\"";
}

void Document::json(std::string& out, int indent) const {
    std::string pad(static_cast<size_t>(indent + 2), ' ');
    switch (kind_) {
        case Kind::null: out += "null"; return;
        case Kind::boolean:
        case Kind::number: out += text_; return;
        case Kind::string: out += json_quote(text_); return;
        case Kind::array:
            if (items_.empty()) {
                out += "[]";
                return;
            }
            out += "[\n";
            for (size_t i = 0; i < items_.size(); ++i) {
                out += pad;
                items_[i].json(out, indent + 2);
                out += i + 1 < items_.size() ? ",\n" : "\n";
            }
            out += std::string(static_cast<size_t>(indent), ' ') + "]";
            return;
        case Kind::object:
            if (fields_.empty()) {
                out += "{}";
                return;
            }
            out += "{\n";
            for (size_t i = 0; i < fields_.size(); ++i) {
                out += pad + json_quote(fields_[i].first) + ": ";
                fields_[i].second.json(out, indent + 2);
                out += i + 1 < fields_.size() ? ",\n" : "\n";
            }
            out += std::string(static_cast<size_t>(indent), ' ') + "}";
            return;
    }
}

const Document* Document::find(std::string_view key) const {
    for (const auto& [k, v] : fields_)
        if (k == key) return &v;
    return nullptr;
}

std::string Document::to_json() const {
    std::string out;
    json(out, 0);
    return out + "\n";
}

// The plain words a YAML reader may take for something other than a string.
// PyYAML (YAML 1.1, the most common reader) reads yes, no, on, off, true and
// false, each lower-case, capitalised or upper-case, as booleans, and null
// and ~ as null; the YAML 1.1 boolean type adds y and n, which yaml-cpp's
// conversion to bool accepts; YAML 1.2 keeps true, false and null. A report's
// `yes:` count read back as `True:` makes q["yes"] fail, so each of these is
// quoted, in any mix of cases.
bool yaml_reserved_word(std::string_view word) {
    static constexpr std::string_view kWords[] = {"y",  "yes",   "n",     "no",   "on", "off",
                                                  "true", "false", "null", "~"};
    for (std::string_view w : kWords)
        if (equals_lower(word, w)) return true;
    return false;
}

std::string yaml_flow(std::string_view s) {
    // A plain scalar may not start with an indicator, hold a flow
    // collection's punctuation, or hold ": " or " #" (a key, a comment):
    // any '#' is quoted, for a reader who edits around it.
    bool plain = !s.empty() && std::string_view("-?:,[]{}#&*!|>'\"%@` ").find(s[0]) == std::string_view::npos &&
                 s.back() != ' ' && !yaml_reserved_word(s);
    for (std::size_t i = 0; plain && i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7F || std::string_view(",[]{}#").find(static_cast<char>(c)) != std::string_view::npos)
            plain = false;
        if (c == ':' && (i + 1 == s.size() || s[i + 1] == ' ')) plain = false;
    }
    std::string shown = visible(s);
    if (plain && shown == s) return shown;
    std::string escaped;
    for (char c : s) {
        if (c == '"' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return "\"" + visible(escaped) + "\"";  // visible's \n, \x1b, \u009b are YAML escapes too
}

namespace {

// Our own keys are plain words; anything else is quoted, and so is a plain
// word that a reader would not read back as a string.
std::string yaml_key(const std::string& key) {
    bool plain = !key.empty() && key[0] >= 'a' && key[0] <= 'z' && !yaml_reserved_word(key);
    for (char c : key) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-');
    return plain ? key : json_quote(key);
}
}  // namespace

// YAML: collections in block style; every string double-quoted with JSON
// escapes (a valid YAML double-quoted scalar), so "no", "1.5" and ": " in a
// value can never be read back as something else; keys as yaml_key() says.
void Document::yaml(std::string& out, int indent, bool in_list_item) const {
    std::string pad(static_cast<size_t>(indent), ' ');
    auto scalar = [](const Document& d) {
        switch (d.kind_) {
            case Kind::null: return std::string("null");
            case Kind::string: return json_quote(d.text_);
            default: return d.text_;
        }
    };
    auto empty_text = [](const Document& d) { return d.kind_ == Kind::array ? "[]" : "{}"; };
    if (kind_ == Kind::array) {
        for (const Document& item : items_) {
            out += pad + "-";
            if (item.is_scalar() || item.empty_collection()) {
                out += " " + (item.is_scalar() ? scalar(item) : std::string(empty_text(item))) + "\n";
            } else if (item.kind_ == Kind::object) {
                out += " ";
                item.yaml(out, indent + 2, true);
            } else {
                out += "\n";
                item.yaml(out, indent + 2, false);
            }
        }
        return;
    }
    bool first = true;
    for (const auto& [key, value] : fields_) {
        out += (first && in_list_item) ? "" : pad;
        first = false;
        out += yaml_key(key) + ":";
        if (value.is_scalar() || value.empty_collection()) {
            out += " " + (value.is_scalar() ? scalar(value) : std::string(empty_text(value))) + "\n";
        } else {
            out += "\n";
            value.yaml(out, indent + 2, false);
        }
    }
}

std::string Document::to_yaml() const {
    std::string out;
    if (kind_ == Kind::string) return json_quote(text_) + "\n";
    if (is_scalar()) return (kind_ == Kind::null ? std::string("null") : text_) + "\n";
    if (empty_collection()) return kind_ == Kind::array ? "[]\n" : "{}\n";
    yaml(out, 0, false);
    return out;
}

}  // namespace bargain
