// A small ordered tree of values that renders as JSON or as YAML, so that
// `--format json` and `--format yaml` can never disagree, and keys come out
// in the order the spec gives them, the same every run.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bargain {

class Document {
public:
    enum class Kind { null, boolean, number, string, array, object };

    Document() = default;  // null
    static Document boolean(bool b);
    static Document integer(long long n);
    // A number already written out ("0.9098"); shown as is.
    static Document number(std::string text);
    static Document string(std::string s);
    static Document array();
    static Document object();

    // For arrays.
    Document& push(Document value);
    // For objects; keys keep the order they are set in.
    Document& set(std::string key, Document value);

    Kind kind() const { return kind_; }
    // An object's value for `key`, or null when there is none.
    const Document* find(std::string_view key) const;

    std::string to_json() const;  // compact keys, two-space indentation, final newline
    std::string to_yaml() const;  // block style, strings double-quoted, final newline

private:
    void json(std::string& out, int indent) const;
    void yaml(std::string& out, int indent, bool in_list_item) const;
    bool is_scalar() const { return kind_ != Kind::array && kind_ != Kind::object; }
    bool empty_collection() const;

    Kind kind_ = Kind::null;
    std::string text_;  // a scalar's text, already formatted (numbers) or raw (strings)
    std::vector<Document> items_;
    std::vector<std::pair<std::string, Document>> fields_;
};

// `s` as a JSON string literal, with quotes. Control characters are escaped,
// and so are U+2028/U+2029, so the output can be pasted into JavaScript.
std::string json_quote(const std::string& s);

// True for a plain word that a YAML reader takes for something other than a
// string: the YAML 1.1 booleans (yes, no, on, off, y, n, true, false) and
// null and ~, in any case.
bool yaml_reserved_word(std::string_view word);

// `s` as a YAML scalar inside a flow collection ({voter: Member ID}, [For]),
// for a message to show what to write in a campaign: plain when a YAML
// reader would read it back as this string, else double-quoted, its control
// characters shown as escapes (see visible.h), which YAML reads too.
std::string yaml_flow(std::string_view s);

}  // namespace bargain
