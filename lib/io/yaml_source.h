// The one place that touches yaml-cpp. Everything else sees YamlNode, a
// small tree with 1-based line and column on every node.
//
// Ballot and roster files can hold millions of entries, so they are read
// with yaml-cpp's event parser, not its Node API (a Node costs ~470 bytes and
// ~3x the time): stream_yaml() walks a top-level mapping and hands over the
// items of chosen lists one at a time, each as a small tree that is dropped
// after use. Aliases may stand only for scalars, so no "billion laughs"
// document can make a small file expand into a huge one; nesting is capped.
// load_yaml_document() reads a small file whole, with aliases to collections
// allowed up to a cap.
//
// Both read UTF-8 with or without byte order marks and UTF-16 with one
// (transcoded, see text_source.h), and stop at a NUL byte or UTF-16 without a
// mark with a message at its place. stream_yaml() reads ballots and rosters,
// where a byte that is not UTF-8 would make a voter id that matches nothing:
// it is an error there, at its line and column. In a campaign
// (load_yaml_document()) such a byte only spoils a name, and every writer
// shows it as U+FFFD, so the file is still read.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "io/input.h"

namespace bargain {

struct YamlNode {
    enum class Kind { null, scalar, sequence, map };
    Kind kind = Kind::null;
    long long line = 0, column = 0;
    std::string value;  // a scalar's text
    bool quoted = false;
    std::vector<YamlNode> items;                           // a sequence
    std::vector<std::pair<YamlNode, YamlNode>> entries;    // a mapping, in file order

    // Out of line, where YamlNode is complete: clang 14 (the fuzzing build)
    // instantiates std::vector's constexpr destructor eagerly and rejects
    // the pair of a still incomplete YamlNode.
    YamlNode();
    YamlNode(const YamlNode&);
    YamlNode(YamlNode&&) noexcept;
    YamlNode& operator=(const YamlNode&);
    YamlNode& operator=(YamlNode&&) noexcept;
    ~YamlNode();

    bool is_scalar() const { return kind == Kind::scalar; }
    // "a mapping", "a list", "text", "nothing": for "expected X, found Y".
    const char* kind_name() const;
};

// What a reader wants done with the value of each top-level key.
class YamlTopLevel {
public:
    enum class Take { whole, each_item };
    virtual ~YamlTopLevel() = default;
    // Called for each top-level key; may throw InputError (an unknown key).
    virtual Take key(const YamlNode& key) = 0;
    // The whole value of a key taken `whole`.
    virtual void value(const YamlNode& key, YamlNode&& value) = 0;
    // One item of a list taken `each_item`, in order. (A null value is an
    // empty list; any other non-list value is an error.)
    virtual void item(const YamlNode& key, YamlNode&& item) = 0;
};

// Reads the first YAML document of `in`, which must be a mapping. Errors
// from the YAML parser, from the handler (InputError) and from read failures
// come back as the Diagnostic.
std::optional<Diagnostic> stream_yaml(Input& in, YamlTopLevel& handler);

// Reads the whole first YAML document of `in` as one tree, for small files
// read whole (campaign.yaml). Unlike stream_yaml(), an alias may stand for a
// list or mapping (the anchored tree is copied), but the nodes that aliases
// copy in, the nodes in all and the nesting are capped (input_limits.h).
// Keys must be plain text and unique; a second document is an error. An
// empty document is a null node at line 1, column 1.
Result<YamlNode> load_yaml_document(Input& in);

}  // namespace bargain
