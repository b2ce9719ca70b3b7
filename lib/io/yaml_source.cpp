#include "io/yaml_source.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cstring>
#include <istream>
#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/input_limits.h"
#include "core/utf8.h"
#include "io/text_source.h"

namespace bargain {

YamlNode::YamlNode() = default;
YamlNode::YamlNode(const YamlNode&) = default;
YamlNode::YamlNode(YamlNode&&) noexcept = default;
YamlNode& YamlNode::operator=(const YamlNode&) = default;
YamlNode& YamlNode::operator=(YamlNode&&) noexcept = default;
YamlNode::~YamlNode() = default;

const char* YamlNode::kind_name() const {
    switch (kind) {
        case Kind::null: return "nothing";
        case Kind::scalar: return "text";
        case Kind::sequence: return "a list";
        case Kind::map: return "a mapping";
    }
    return "?";
}

namespace {

// Feeds yaml-cpp UTF-8 text from an Input (a TextSource: byte order marks
// dropped, UTF-16 transcoded) and stops at the first byte that makes the file
// not text: a NUL, or (for ballots and rosters) a byte that is not UTF-8.
// yaml-cpp would read on and report something strange, or pass the byte into
// an id, and the person with the file needs to hear what is wrong with it and
// where. Looking at every byte costs little: yaml-cpp does far more per byte.
// It also keeps the last stretch of raw text, to check quoted scalars:
// yaml-cpp 0.7 takes a quote left open to the end of the file as closed
// there, which would silently fold every ballot after it into one value.
class TextGuard : public std::streambuf {
public:
    TextGuard(Input& in, bool utf8_only) : in_(in), text_(in, kSaveYamlAsUtf8), utf8_only_(utf8_only) {}
    // Why the text stopped early (a NUL byte, not UTF-8, UTF-16 without a
    // byte order mark...), at its place.
    const std::optional<Diagnostic>& problem() const { return problem_; }

    // False when the quoted scalar starting at byte `pos` (as yaml-cpp
    // counts, in the text it is given) has no closing quote. yaml-cpp hands
    // over a scalar as soon as it has scanned it, so one it hands over before
    // the end of the input was closed; only near the end is there doubt, and
    // then the kept text tells. A quoted value that began more than the kept
    // stretch before the end is taken as open: a ballot file has no such values.
    bool quote_closed(std::uint64_t pos) const {
        if (!at_end_) return true;
        // Its opening quote is further back than we keep: a quoted value
        // longer than the longest record we read, reported as such.
        if (pos < kept_from_) return false;
        if (pos - kept_from_ >= kept_.size()) return true;
        size_t i = static_cast<size_t>(pos - kept_from_);
        char quote = kept_[i];
        if (quote != '"' && quote != '\'') return true;
        for (++i; i < kept_.size(); ++i) {
            char c = kept_[i];
            if (quote == '"' && c == '\\') {
                ++i;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < kept_.size() && kept_[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return true;
            }
        }
        return false;
    }

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        for (;;) {
            if (problem_ || (at_end_ && held_ == 0)) return traits_type::eof();
            // A character the last chunk cut in two goes first.
            std::memmove(buffer_, buffer_ + held_from_, held_);
            size_t got = at_end_ ? 0 : text_.read(buffer_ + held_, sizeof buffer_ - held_);
            if (got == 0) at_end_ = true;
            size_t n = held_ + got;
            held_ = 0;
            // Columns count bytes, as yaml-cpp's marks and the CSV reader
            // do, so every message counts alike.
            size_t keep = 0;
            while (keep < n) {
                unsigned char c = static_cast<unsigned char>(buffer_[keep]);
                if (c == '\n') {
                    ++line_;
                    column_ = 1;
                } else if (c == 0) {
                    stop(std::string(kNulByteMessage));
                    break;
                } else if (c >= 0x80 && utf8_only_) {
                    size_t length = utf8_lead_length(c);
                    if (length > n - keep && !at_end_) {
                        held_from_ = keep;
                        held_ = n - keep;
                        break;
                    }
                    if (utf8_length(std::string_view(buffer_ + keep, n - keep), 0) == 0) {
                        stop(not_utf8_message(c, kSaveYamlAsUtf8));
                        break;
                    }
                    column_ += static_cast<long long>(length);
                    keep += length;
                    continue;
                } else {
                    ++column_;
                }
                ++keep;
            }
            if (got == 0 && !problem_ && !text_.problem().empty() && in_.read_error().empty())
                stop(text_.problem());
            if (kept_.size() > kKeep) {
                size_t drop = kept_.size() - kKeep / 2;
                kept_.erase(0, drop);
                kept_from_ += drop;
            }
            kept_.append(buffer_, keep);
            setg(buffer_, buffer_, buffer_ + keep);
            if (keep > 0) return traits_type::to_int_type(buffer_[0]);
        }
    }

private:
    void stop(std::string message) { problem_ = Diagnostic{in_.name(), line_, column_, std::move(message)}; }

    // Enough to look back over the longest value we accept (kMaxRecordBytes).
    static constexpr size_t kKeep = 2 * limits::kMaxRecordBytes;
    Input& in_;
    TextSource text_;
    bool utf8_only_;
    char buffer_[1 << 16];
    size_t held_from_ = 0, held_ = 0;  // a cut character's bytes, kept for the next chunk
    long long line_ = 1, column_ = 1;
    std::optional<Diagnostic> problem_;
    std::string kept_;
    std::uint64_t kept_from_ = 0;
    bool at_end_ = false;
};

// A node of the given kind at yaml-cpp's (0-based) mark.
YamlNode node_at(const YAML::Mark& mark, YamlNode::Kind kind) {
    YamlNode n;
    n.kind = kind;
    n.line = mark.line + 1;
    n.column = mark.column + 1;
    return n;
}

// The text in a tree, keys and values: what an alias to it copies.
std::size_t text_bytes(const YamlNode& n) {
    std::size_t bytes = n.value.size();
    for (const YamlNode& item : n.items) bytes += text_bytes(item);
    for (const auto& entry : n.entries) bytes += text_bytes(entry.first) + text_bytes(entry.second);
    return bytes;
}

// A scalar event as a node, once its quote, if it has one, is known closed.
YamlNode scalar_node(const Input& in, const TextGuard& guard, const YAML::Mark& mark, const std::string& tag,
                     const std::string& value) {
    bool quoted = tag != "?";
    if (quoted && mark.pos >= 0 && !guard.quote_closed(static_cast<std::uint64_t>(mark.pos)))
        throw InputError(Diagnostic{in.name(), mark.line + 1, mark.column + 1,
                                    value.size() >= limits::kMaxRecordBytes
                                        ? "this quoted value is longer than " +
                                              std::to_string(limits::kMaxRecordBytes >> 20) + " MiB, or never closed"
                                        : "this quoted value is never closed (a quote is missing)"});
    // A NUL written as an escape ("\0") is not in the file's bytes, so the
    // reader's NUL check cannot see it; it would reach every report (and a
    // CSV report would then be refused by our own reader).
    if (value.find('\0') != std::string::npos)
        throw InputError(Diagnostic{in.name(), mark.line + 1, mark.column + 1,
                                    "a NUL character (\\0) in a value: ids, names and answers are text"});
    YamlNode n = node_at(mark, YamlNode::Kind::scalar);
    n.value = value;
    n.quoted = quoted;
    return n;
}

// Turns yaml-cpp's events into YamlTopLevel calls, building a small tree for
// each value or list item it hands over.
class Walker : public YAML::EventHandler {
public:
    Walker(Input& in, const TextGuard& guard, YamlTopLevel& handler) : in_(in), guard_(guard), handler_(handler) {}

    // An error held back until the parser has read on: a syntax error that
    // yaml-cpp reports later (an unclosed '{') is the truer explanation.
    const std::optional<Diagnostic>& deferred() const { return deferred_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {
        if (phase_ == Phase::before) fail(1, 1, "expected a mapping (key: value lines), found nothing");
    }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (deferred_) return;
        YamlNode n = node_at(mark, YamlNode::Kind::null);
        remember(anchor, n);
        leaf(std::move(n));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        if (deferred_) return;
        YamlNode n = scalar_node(in_, guard_, mark, tag, value);
        remember(anchor, n);
        leaf(std::move(n));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (deferred_) return;
        auto it = scalar_anchors_.find(anchor);
        if (it == scalar_anchors_.end() || !it->second)
            fail(mark.line + 1, mark.column + 1,
                 "an alias (*name) may only stand for a single value here, not a list or mapping");
        YamlNode n = *it->second;
        alias_bytes_ += n.value.size();
        if (alias_bytes_ > limits::kMaxYamlAliasBytes)
            fail(mark.line + 1, mark.column + 1,
                 "aliases repeat more than " + std::to_string(limits::kMaxYamlAliasBytes >> 20) +
                     " MiB of text (is this a 'billion laughs' file?)");
        n.line = mark.line + 1;
        n.column = mark.column + 1;
        leaf(std::move(n));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        if (deferred_) return;
        if (anchor) scalar_anchors_[anchor] = std::nullopt;
        open(node_at(mark, YamlNode::Kind::sequence));
    }
    void OnSequenceEnd() override {
        if (!deferred_) close();
    }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        if (deferred_) return;
        if (anchor) scalar_anchors_[anchor] = std::nullopt;
        open(node_at(mark, YamlNode::Kind::map));
    }
    void OnMapEnd() override {
        if (!deferred_) close();
    }

private:
    enum class Phase { before, key, value, in_list, done };
    struct Frame {
        YamlNode* node;
        bool have_key;
    };

    [[noreturn]] void fail(long long line, long long column, std::string message) {
        throw InputError(Diagnostic{in_.name(), line, column, std::move(message)});
    }
    void defer(long long line, long long column, std::string message) {
        deferred_ = Diagnostic{in_.name(), line, column, std::move(message)};
    }

    [[noreturn]] void not_a_list(const YamlNode& n) {
        fail(n.line, n.column,
             "'" + key_.value + "' should be a list (lines starting with '- '), found " + n.kind_name());
    }

    void remember(YAML::anchor_t anchor, const YamlNode& n) {
        if (anchor) scalar_anchors_[anchor] = n;
    }

    // Places `n` in the tree being built and returns where it now lives.
    YamlNode* place(YamlNode&& n) {
        if (++scalars_ > limits::kMaxYamlItemScalars)
            fail(n.line, n.column,
                 "this entry has more than " + std::to_string(limits::kMaxYamlItemScalars) + " values");
        Frame& f = stack_.back();
        YamlNode& parent = *f.node;
        if (parent.kind == YamlNode::Kind::sequence) {
            parent.items.push_back(std::move(n));
            return &parent.items.back();
        }
        if (!f.have_key) {
            if (!n.is_scalar()) {
                defer(n.line, n.column, "a key must be plain text, not " + std::string(n.kind_name()));
                return nullptr;
            }
            for (const auto& [k, v] : parent.entries)
                if (k.value == n.value)
                    fail(n.line, n.column,
                         "duplicate key '" + n.value + "' (first at line " + std::to_string(k.line) + ")");
            parent.entries.emplace_back(std::move(n), YamlNode{});
            f.have_key = true;
            return &parent.entries.back().first;
        }
        f.have_key = false;
        parent.entries.back().second = std::move(n);
        return &parent.entries.back().second;
    }

    void leaf(YamlNode&& n) {
        if (!stack_.empty()) {
            place(std::move(n));
            return;
        }
        deliver(std::move(n));
    }

    void open(YamlNode&& n) {
        if (!stack_.empty()) {
            if (stack_.size() >= static_cast<size_t>(limits::kMaxYamlDepth))
                fail(n.line, n.column, "nesting too deep (more than " +
                                           std::to_string(limits::kMaxYamlDepth) + " levels)");
            YamlNode* child = place(std::move(n));
            if (child) stack_.push_back({child, false});
            return;
        }
        switch (phase_) {
            case Phase::before:
                if (n.kind != YamlNode::Kind::map)
                    fail(n.line, n.column, std::string("expected a mapping (key: value lines), found ") + n.kind_name());
                phase_ = Phase::key;
                return;
            case Phase::key:
                defer(n.line, n.column, std::string("a key must be plain text, not ") + n.kind_name());
                return;
            case Phase::value:
                if (take_ == YamlTopLevel::Take::each_item) {
                    if (n.kind == YamlNode::Kind::sequence) {
                        phase_ = Phase::in_list;
                        return;
                    }
                    not_a_list(n);
                }
                break;
            case Phase::in_list:
                break;
            case Phase::done:
                fail(n.line, n.column, "unexpected content after the end of the document");
        }
        // Start a tree for this value or item.
        root_ = std::move(n);
        scalars_ = 0;
        stack_.push_back({&root_, false});
    }

    void close() {
        if (!stack_.empty()) {
            stack_.pop_back();
            if (stack_.empty()) deliver(std::move(root_));
            return;
        }
        if (phase_ == Phase::in_list) phase_ = Phase::key;
        else if (phase_ == Phase::key) phase_ = Phase::done;
    }

    void deliver(YamlNode&& n) {
        switch (phase_) {
            case Phase::before:
                if (n.kind == YamlNode::Kind::null)
                    fail(n.line, n.column, "expected a mapping (key: value lines), found nothing");
                fail(n.line, n.column, std::string("expected a mapping (key: value lines), found ") + n.kind_name());
            case Phase::key:
                if (!n.is_scalar()) {
                    defer(n.line, n.column, std::string("a key must be plain text, not ") + n.kind_name());
                    return;
                }
                for (const YamlNode& k : seen_keys_)
                    if (k.value == n.value)
                        fail(n.line, n.column,
                             "duplicate key '" + n.value + "' (first at line " + std::to_string(k.line) + ")");
                seen_keys_.push_back(n);
                key_ = std::move(n);
                take_ = handler_.key(key_);
                phase_ = Phase::value;
                return;
            case Phase::value:
                phase_ = Phase::key;
                if (take_ == YamlTopLevel::Take::whole) handler_.value(key_, std::move(n));
                else if (n.kind != YamlNode::Kind::null) not_a_list(n);
                return;
            case Phase::in_list:
                handler_.item(key_, std::move(n));
                return;
            case Phase::done:
                fail(n.line, n.column, "unexpected content after the end of the document");
        }
    }

    Input& in_;
    const TextGuard& guard_;
    YamlTopLevel& handler_;
    Phase phase_ = Phase::before;
    YamlNode key_;
    YamlTopLevel::Take take_ = YamlTopLevel::Take::whole;
    std::vector<YamlNode> seen_keys_;
    YamlNode root_;
    std::vector<Frame> stack_;
    size_t scalars_ = 0;
    std::map<YAML::anchor_t, std::optional<YamlNode>> scalar_anchors_;
    std::size_t alias_bytes_ = 0;  // text copied by aliases
    std::optional<Diagnostic> deferred_;
};

// Refuses a second document: ballots after a `---` must not be silently lost.
class SecondDocument : public YAML::EventHandler {
public:
    explicit SecondDocument(Input& in) : in_(in) {}
    void OnDocumentStart(const YAML::Mark& mark) override {
        throw InputError(Diagnostic{in_.name(), mark.line + 1, mark.column + 1,
                                    "a second YAML document starts here; put everything in one document"});
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}

private:
    Input& in_;
};

// Builds a whole document as one YamlNode tree. Aliases copy the anchored
// tree, counted against kMaxYamlAliasNodes so that a few lines cannot stand
// for billions of nodes; every node counts against kMaxYamlNodes.
class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(Input& in, const TextGuard& guard) : in_(in), guard_(guard) {}

    const std::optional<Diagnostic>& deferred() const { return deferred_; }
    YamlNode& root() { return root_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (deferred_) return;
        YamlNode n = node_at(mark, YamlNode::Kind::null);
        if (anchor) anchors_[anchor] = Anchored{n, 1, 0};
        place(std::move(n), 1);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        if (deferred_) return;
        YamlNode n = scalar_node(in_, guard_, mark, tag, value);
        if (anchor) anchors_[anchor] = Anchored{n, 1, 0};
        place(std::move(n), 1);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        if (deferred_) return;
        auto it = anchors_.find(anchor);
        if (it == anchors_.end())
            fail(mark.line + 1, mark.column + 1, "an alias (*name) may not stand for a list or mapping it is inside");
        const Anchored& a = it->second;
        if (a.node.kind == YamlNode::Kind::sequence || a.node.kind == YamlNode::Kind::map) {
            alias_nodes_ += a.count;
            if (alias_nodes_ > limits::kMaxYamlAliasNodes)
                fail(mark.line + 1, mark.column + 1, "too many aliases expanded (is this a 'billion laughs' file?)");
        }
        alias_bytes_ += text_bytes(a.node);
        if (alias_bytes_ > limits::kMaxYamlAliasBytes)
            fail(mark.line + 1, mark.column + 1,
                 "aliases repeat more than " + std::to_string(limits::kMaxYamlAliasBytes >> 20) +
                     " MiB of text (is this a 'billion laughs' file?)");
        if (stack_.size() + a.height > static_cast<size_t>(limits::kMaxCampaignDepth))
            too_deep(mark.line + 1, mark.column + 1);
        YamlNode n = a.node;
        n.line = mark.line + 1;
        n.column = mark.column + 1;
        place(std::move(n), a.count);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        if (!deferred_) open(node_at(mark, YamlNode::Kind::sequence), anchor);
    }
    void OnSequenceEnd() override {
        if (!deferred_) close();
    }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        if (!deferred_) open(node_at(mark, YamlNode::Kind::map), anchor);
    }
    void OnMapEnd() override {
        if (!deferred_) close();
    }

private:
    struct Anchored {
        YamlNode node;
        size_t count;   // nodes in the tree
        size_t height;  // levels of collections in it
    };
    struct Frame {
        YamlNode* node;
        bool have_key = false;
        YAML::anchor_t anchor = 0;
        size_t nodes_before = 0;  // nodes_ when it opened
        size_t height = 1;        // levels of collections from here down
        std::unordered_map<std::string, long long> keys;  // key -> line, for duplicates
    };

    [[noreturn]] void fail(long long line, long long column, std::string message) {
        throw InputError(Diagnostic{in_.name(), line, column, std::move(message)});
    }
    [[noreturn]] void too_deep(long long line, long long column) {
        fail(line, column, "nesting too deep (more than " + std::to_string(limits::kMaxCampaignDepth) + " levels)");
    }

    // Places `n` (standing for `count` nodes) in the tree and returns where it
    // now lives; nullptr when it is a key that is not plain text.
    YamlNode* place(YamlNode&& n, size_t count) {
        nodes_ += count;
        if (nodes_ > limits::kMaxYamlNodes)
            fail(n.line, n.column, "more than " + std::to_string(limits::kMaxYamlNodes) + " values in one file");
        if (stack_.empty()) {
            root_ = std::move(n);
            return &root_;
        }
        Frame& f = stack_.back();
        YamlNode& parent = *f.node;
        if (parent.kind == YamlNode::Kind::sequence) {
            parent.items.push_back(std::move(n));
            return &parent.items.back();
        }
        if (!f.have_key) {
            // A syntax error found later is the truer explanation, so wait.
            if (!n.is_scalar()) {
                deferred_ = Diagnostic{in_.name(), n.line, n.column,
                                       "a key must be plain text, not " + std::string(n.kind_name())};
                return nullptr;
            }
            auto [it, fresh] = f.keys.emplace(n.value, n.line);
            if (!fresh)
                fail(n.line, n.column,
                     "duplicate key '" + n.value + "' (first at line " + std::to_string(it->second) + ")");
            parent.entries.emplace_back(std::move(n), YamlNode{});
            f.have_key = true;
            return &parent.entries.back().first;
        }
        f.have_key = false;
        parent.entries.back().second = std::move(n);
        return &parent.entries.back().second;
    }

    void open(YamlNode&& n, YAML::anchor_t anchor) {
        if (stack_.size() >= static_cast<size_t>(limits::kMaxCampaignDepth)) too_deep(n.line, n.column);
        size_t before = nodes_;
        YamlNode* child = place(std::move(n), 1);
        if (!child) return;
        Frame f;
        f.node = child;
        f.anchor = anchor;
        f.nodes_before = before;
        stack_.push_back(std::move(f));
    }

    void close() {
        Frame& f = stack_.back();
        if (f.anchor) anchors_[f.anchor] = Anchored{*f.node, nodes_ - f.nodes_before, f.height};
        size_t height = f.height;
        stack_.pop_back();
        if (!stack_.empty()) stack_.back().height = std::max(stack_.back().height, height + 1);
    }

    Input& in_;
    const TextGuard& guard_;
    YamlNode root_;
    std::vector<Frame> stack_;
    std::map<YAML::anchor_t, Anchored> anchors_;
    size_t nodes_ = 0;
    size_t alias_nodes_ = 0;
    size_t alias_bytes_ = 0;  // text copied by aliases
    std::optional<Diagnostic> deferred_;
};

// Runs `parse` and turns whatever stops it into a Diagnostic: what stopped
// the text (a NUL byte, not UTF-8...) or a read error first (they explain any parser error that follows), then our
// own InputError, then yaml-cpp's errors.
template <class Parse>
std::optional<Diagnostic> guarded(Input& in, const TextGuard& guard, Parse parse) {
    try {
        if (auto d = parse()) return d;
    } catch (const InputError& e) {
        if (guard.problem()) return guard.problem();
        return e.diagnostic();
    } catch (const YAML::DeepRecursion& e) {
        // yaml-cpp's own guard: it fires before our limits when brackets are
        // opened and never closed, so it reads to the end looking for them,
        // and that is where the mark points.
        return Diagnostic{in.name(), e.mark.line + 1, e.mark.column + 1,
                          "nesting too deep: hundreds of '[' or '{' opened and never closed"};
    } catch (const YAML::Exception& e) {
        if (!in.read_error().empty()) return Diagnostic{in.name(), 0, 0, in.read_error()};
        if (guard.problem()) return guard.problem();
        return Diagnostic{in.name(), e.mark.line + 1, e.mark.column + 1, "invalid YAML: " + e.msg};
    }
    if (!in.read_error().empty()) return Diagnostic{in.name(), 0, 0, in.read_error()};
    return std::nullopt;
}

}  // namespace

std::optional<Diagnostic> stream_yaml(Input& in, YamlTopLevel& handler) {
    TextGuard guard(in, true);
    std::istream stream(&guard);
    return guarded(in, guard, [&]() -> std::optional<Diagnostic> {
        YAML::Parser parser(stream);
        Walker walker(in, guard, handler);
        if (!parser.HandleNextDocument(walker)) {
            // Nothing, because the text stopped at its first byte (/dev/zero)?
            if (guard.problem()) return guard.problem();
            return Diagnostic{in.name(), 1, 1, "expected a mapping (key: value lines), found nothing"};
        }
        if (guard.problem()) return guard.problem();
        if (walker.deferred()) return *walker.deferred();
        SecondDocument second(in);
        parser.HandleNextDocument(second);
        return guard.problem();
    });
}

Result<YamlNode> load_yaml_document(Input& in) {
    TextGuard guard(in, false);
    std::istream stream(&guard);
    TreeBuilder builder(in, guard);
    std::optional<Diagnostic> error = guarded(in, guard, [&]() -> std::optional<Diagnostic> {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder)) {
            if (guard.problem()) return guard.problem();
            return std::nullopt;
        }
        if (guard.problem()) return guard.problem();
        if (builder.deferred()) return *builder.deferred();
        SecondDocument second(in);
        parser.HandleNextDocument(second);
        return guard.problem();
    });
    if (error) return *error;
    YamlNode root = std::move(builder.root());
    if (root.line == 0) {
        root.line = 1;
        root.column = 1;
    }
    return root;
}

}  // namespace bargain
