// One typed reader for the mappings of our YAML files (campaign.yaml, the
// law presets, the entries of ballot, roster and totals files), so that a
// value means the same in all of them: a flag is yes/no/true/false in any
// case, a count is a whole number of 0 or more, money is exact cents
// (core/decimal.h), a date is YYYY-MM-DD (core/datetime.h).
//
// What it must get right: a typo is never silently ignored. A YamlMap
// records every key it was asked for, and done() reports each other key
// with a "did you mean" over exactly the keys that mapping knows, in the
// Diagnostic's help. A value of the wrong type is a problem at its own line
// and column, and the getter gives nothing.
//
// Problems go to a YamlReader, which either collects them (a campaign: the
// team wants the whole list) or stops at the first, by throwing InputError
// for the reader's entry point to catch (ballots, rosters, presets: one
// clear message is enough, and the rest of the file cannot be trusted).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/datetime.h"
#include "core/decimal.h"
#include "core/diagnostic.h"
#include "io/yaml_source.h"

namespace bargain {

// The name a file uses for each value of an enum: {"union", Side::union_}.
template <class E>
struct Choice {
    std::string name;
    E value;
};
template <class E>
using Choices = std::vector<Choice<E>>;

// A decimal and how messages name it: {4, true, "a percentage", "1.5"}.
struct DecimalKind {
    DecimalFormat format;
    std::string noun;     // "an amount of money"
    std::string example;  // "9450000.00"
};

// The most whole digits a campaign's numbers have (ten trillion): far above
// any payroll or head count, and far enough below a long long that costing
// can multiply them.
inline constexpr long long kMaxWholeNumber = 9'999'999'999'999;

class YamlReader {
public:
    // Collects every problem into `problems`.
    YamlReader(std::string file, std::vector<Diagnostic>& problems) : file_(std::move(file)), problems_(&problems) {}
    // Stops at the first problem: problem() throws it as an InputError.
    explicit YamlReader(std::string file) : file_(std::move(file)) {}

    const std::string& file() const { return file_; }
    Diagnostic at(const YamlNode& n, std::string message, std::string help = {}) const {
        return Diagnostic{file_, n.line, n.column, std::move(message), std::move(help)};
    }
    void problem(Diagnostic d);
    void problem(const YamlNode& n, std::string message, std::string help = {}) {
        problem(at(n, std::move(message), std::move(help)));
    }
    // "unknown key 'tittle' in an event" (just "unknown key 'x'" when `in` is
    // ""), then `after`, with the did-you-mean over `known` as its help.
    void unknown_key(const YamlNode& key, std::string_view in, const std::vector<std::string>& known,
                     std::string_view after = {});

    // The value of one node, or nothing after a problem at it.
    std::optional<std::string> text(const YamlNode& n);
    // 0 or more. `if_negative` follows the message for a negative number,
    // where there is a better way to say it.
    std::optional<long long> count(const YamlNode& n, std::string_view if_negative = {});
    std::optional<long long> decimal(const YamlNode& n, const DecimalKind& kind);
    std::optional<long long> cents(const YamlNode& n);  // "9450000.00", not "$": money as a number
    std::optional<bool> flag(const YamlNode& n);
    std::optional<Date> date(const YamlNode& n);
    std::optional<DateTime> datetime(const YamlNode& n);
    std::optional<std::chrono::minutes> time_of_day(const YamlNode& n);  // after midnight
    // "WHAT must be a, b or c, not 'x'", with a did-you-mean.
    template <class E>
    std::optional<E> choice(const YamlNode& n, std::string_view what, const Choices<E>& choices) {
        auto t = text(n);
        if (!t) return std::nullopt;
        std::vector<std::string> names;
        for (const Choice<E>& c : choices) {
            if (c.name == *t) return c.value;
            names.push_back(c.name);
        }
        not_a_choice(n, what, *t, names);
        return std::nullopt;
    }
    // The items of a list; a single value where a list is wanted is a problem.
    const std::vector<YamlNode>* list(const YamlNode& n, std::string_view of);
    // "expected WHAT (key: value lines), found X" unless `n` is a mapping.
    bool is_map(const YamlNode& n, std::string_view what);
    // In a [...] list YAML splits an unquoted amount at its thousands
    // commas: [45,000, 48,000] is 45, 000, 48, 000. How many items after
    // items[i] are the rest of such an amount (0 when none are); when some
    // are, a problem at items[i] that says to quote it.
    std::size_t split_amount(const std::vector<YamlNode>& items, std::size_t i);

private:
    void not_a_choice(const YamlNode& n, std::string_view what, const std::string& found,
                      const std::vector<std::string>& names);

    std::string file_;
    std::vector<Diagnostic>* problems_ = nullptr;  // null: stop at the first
};

// The keys of one mapping, read by name. A key given no value (`title:`)
// counts as not given.
class YamlMap {
public:
    // `what` names the mapping in "unknown key 'x' in WHAT" ("" for none).
    YamlMap(YamlReader& reader, const YamlNode& map, std::string what)
        : r_(&reader), map_(&map), what_(std::move(what)) {}
    // A YamlMap of `n` when it is a mapping; else a problem, "expected
    // EXPECTED (key: value lines), found X" (EXPECTED: `what` unless given).
    static std::optional<YamlMap> of(YamlReader& reader, const YamlNode& n, std::string what,
                                     std::string_view expected = {});

    YamlReader& reader() const { return *r_; }
    const YamlNode& node() const { return *map_; }

    // The value of `key`, or null; either way `key` is now known.
    const YamlNode* find(std::string_view key);
    // As find(), with a problem at the mapping (`missing`) when it is not given.
    const YamlNode* need(std::string_view key, std::string missing);
    // The node of the key itself, for a message about the key; null if absent.
    const YamlNode* key(std::string_view key) const;

    std::optional<std::string> text(std::string_view key) { return get(key, &YamlReader::text); }
    // Sets `out` when the key has text; false when it is absent or not text.
    bool text(std::string_view key, std::string& out) {
        auto t = text(key);
        if (t) out = std::move(*t);
        return t.has_value();
    }
    std::optional<long long> count(std::string_view key, std::string_view if_negative = {}) {
        const YamlNode* v = find(key);
        return v ? r_->count(*v, if_negative) : std::nullopt;
    }
    std::optional<long long> decimal(std::string_view key, const DecimalKind& kind) {
        const YamlNode* v = find(key);
        return v ? r_->decimal(*v, kind) : std::nullopt;
    }
    std::optional<long long> cents(std::string_view key) { return get(key, &YamlReader::cents); }
    std::optional<bool> flag(std::string_view key) { return get(key, &YamlReader::flag); }
    std::optional<Date> date(std::string_view key) { return get(key, &YamlReader::date); }
    std::optional<DateTime> datetime(std::string_view key) { return get(key, &YamlReader::datetime); }
    std::optional<std::chrono::minutes> time_of_day(std::string_view key) {
        return get(key, &YamlReader::time_of_day);
    }
    template <class E>
    std::optional<E> choice(std::string_view key, std::string_view what, const Choices<E>& choices) {
        const YamlNode* v = find(key);
        return v ? r_->choice(*v, what, choices) : std::nullopt;
    }
    const std::vector<YamlNode>* list(std::string_view key, std::string_view of) {
        const YamlNode* v = find(key);
        return v ? r_->list(*v, of) : nullptr;
    }
    // Calls item(node) for each item of the list under `key`.
    template <class Item>
    void each(std::string_view key, std::string_view of, Item item) {
        if (const std::vector<YamlNode>* items = list(key, of))
            for (const YamlNode& i : *items) item(i);
    }
    // The mapping under `key`, read the same way.
    std::optional<YamlMap> map(std::string_view key, std::string what, std::string_view expected = {}) {
        const YamlNode* v = find(key);
        return v ? of(*r_, *v, std::move(what), expected) : std::nullopt;
    }

    // Reports every key that nobody asked for.
    void done();

private:
    template <class T>
    std::optional<T> get(std::string_view key, std::optional<T> (YamlReader::*read)(const YamlNode&)) {
        const YamlNode* v = find(key);
        return v ? (r_->*read)(*v) : std::nullopt;
    }

    YamlReader* r_;
    const YamlNode* map_;
    std::string what_;
    std::vector<std::string> known_;
};

}  // namespace bargain
