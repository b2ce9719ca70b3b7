#include "io/yaml_map.h"

#include <algorithm>

#include "core/suggest.h"
#include "core/text.h"

namespace bargain {

void YamlReader::problem(Diagnostic d) {
    if (!problems_) throw InputError(std::move(d));
    problems_->push_back(std::move(d));
}

void YamlReader::unknown_key(const YamlNode& key, std::string_view in, const std::vector<std::string>& known,
                             std::string_view after) {
    std::string message = "unknown key '" + key.value + "'";
    if (!in.empty()) message += " in " + std::string(in);
    message += after;
    problem(key, std::move(message), suggestion(key.value, known));
}

std::optional<std::string> YamlReader::text(const YamlNode& n) {
    if (n.is_scalar()) return n.value;
    problem(n, std::string("expected text, found ") + n.kind_name());
    return std::nullopt;
}

std::optional<long long> YamlReader::count(const YamlNode& n, std::string_view if_negative) {
    auto t = text(n);
    if (!t) return std::nullopt;
    Decimal d = parse_count(*t, kMaxWholeNumber);
    if (d) return d.scaled;
    if (d.problem == DecimalProblem::too_large) {
        problem(n, "expected a whole number up to " + std::to_string(kMaxWholeNumber) + ", found '" + *t + "'");
    } else if (!t->empty() && (*t)[0] == '-' && parse_decimal(*t, {0, true, kMaxWholeNumber})) {
        problem(n, "expected 0 or more, found '" + *t + "'" + std::string(if_negative));
    } else {
        problem(n, "expected a whole number, found '" + *t + "'");
    }
    return std::nullopt;
}

std::optional<long long> YamlReader::decimal(const YamlNode& n, const DecimalKind& kind) {
    auto t = text(n);
    if (!t) return std::nullopt;
    Decimal d = parse_decimal(*t, kind.format);
    switch (d.problem) {
        case DecimalProblem::none: return d.scaled;
        case DecimalProblem::too_precise:
            problem(n, "more than " + std::to_string(kind.format.places) + " decimal places in " + kind.noun + ": '" +
                           *t + "'");
            break;
        case DecimalProblem::too_large:
            problem(n, "expected " + kind.noun + " up to " + decimal_text(kind.format.largest, kind.format.places) +
                           ", found '" + *t + "'");
            break;
        case DecimalProblem::not_a_number:
            problem(n, "expected " + kind.noun + " like " + kind.example + ", found '" + *t + "'");
            break;
    }
    return std::nullopt;
}

std::optional<long long> YamlReader::cents(const YamlNode& n) {
    static const DecimalKind money{{2, false, kMaxWholeNumber * 100 + 99}, "an amount of money", "9450000.00"};
    // Written as a schedule's cells are, too: "9,450,000" and "$9,450,000.00".
    if (n.is_scalar()) {
        Decimal d = parse_money(n.value.starts_with('$') ? n.value : "$" + n.value, money.format.largest);
        if (d) return d.scaled;
    }
    return decimal(n, money);  // what is wrong with it, said as for any decimal
}

std::optional<bool> YamlReader::flag(const YamlNode& n) {
    auto t = text(n);
    if (!t) return std::nullopt;
    if (equals_lower(*t, "yes") || equals_lower(*t, "true")) return true;
    if (equals_lower(*t, "no") || equals_lower(*t, "false")) return false;
    problem(n, "expected yes/no or true/false, found '" + *t + "'");
    return std::nullopt;
}

namespace {

// Reads `n` with one of the datetime.h parsers, whose *why starts the message.
template <class T, class Parse>
std::optional<T> parsed(YamlReader& r, const YamlNode& n, Parse parse) {
    auto t = r.text(n);
    if (!t) return std::nullopt;
    std::string why;
    if (auto v = parse(*t, &why)) return v;
    r.problem(n, why + ", found '" + *t + "'");
    return std::nullopt;
}

}  // namespace

std::optional<Date> YamlReader::date(const YamlNode& n) { return parsed<Date>(*this, n, parse_date); }

std::optional<DateTime> YamlReader::datetime(const YamlNode& n) {
    return parsed<DateTime>(*this, n, parse_datetime);
}

std::optional<std::chrono::minutes> YamlReader::time_of_day(const YamlNode& n) {
    return parsed<std::chrono::minutes>(*this, n, parse_time_of_day);
}

void YamlReader::not_a_choice(const YamlNode& n, std::string_view what, const std::string& found,
                              const std::vector<std::string>& names) {
    problem(n, std::string(what) + " must be " + joined_or(names) + ", not '" + found + "'",
            suggestion(found, names));
}

const std::vector<YamlNode>* YamlReader::list(const YamlNode& n, std::string_view of) {
    if (n.kind == YamlNode::Kind::sequence) return &n.items;
    problem(n, "expected a list of " + std::string(of) + ", found " + n.kind_name());
    return nullptr;
}

bool YamlReader::is_map(const YamlNode& n, std::string_view what) {
    if (n.kind == YamlNode::Kind::map) return true;
    problem(n, "expected " + std::string(what) + " (key: value lines), found " + n.kind_name());
    return false;
}

std::size_t YamlReader::split_amount(const std::vector<YamlNode>& items, std::size_t i) {
    const YamlNode& v = items[i];
    if (!v.is_scalar() || v.quoted || v.value.find('.') != std::string::npos) return 0;
    std::size_t n = 0;
    std::string whole = v.value;
    while (i + n + 1 < items.size()) {
        const YamlNode& next = items[i + n + 1];
        if (!next.is_scalar() || next.quoted || !is_thousands_group(next.value)) break;
        whole += "," + next.value;
        ++n;
        if (next.value.size() > 3) break;  // 000.50: the cents end the amount
    }
    if (n > 0) {
        Diagnostic d = at(v, "'" + whole + "' is split " + (n == 1 ? "in two at its comma" : "at its commas") +
                                 " in a [...] list: quote it, \"" + whole + "\"");
        d.width = static_cast<long long>(whole.size());  // the caret under all of it, not its first part
        problem(std::move(d));
    }
    return n;
}

std::optional<YamlMap> YamlMap::of(YamlReader& reader, const YamlNode& n, std::string what,
                                   std::string_view expected) {
    if (!reader.is_map(n, expected.empty() ? std::string_view(what) : expected)) return std::nullopt;
    return YamlMap(reader, n, std::move(what));
}

const YamlNode* YamlMap::find(std::string_view key) {
    known_.emplace_back(key);
    for (const auto& [k, v] : map_->entries)
        if (k.value == key) return v.kind == YamlNode::Kind::null ? nullptr : &v;
    return nullptr;
}

const YamlNode* YamlMap::need(std::string_view key, std::string missing) {
    const YamlNode* v = find(key);
    if (!v) r_->problem(*map_, std::move(missing));
    return v;
}

const YamlNode* YamlMap::key(std::string_view key) const {
    for (const auto& [k, v] : map_->entries)
        if (k.value == key) return &k;
    return nullptr;
}

void YamlMap::done() {
    for (const auto& [k, v] : map_->entries)
        if (std::find(known_.begin(), known_.end(), k.value) == known_.end()) r_->unknown_key(k, what_, known_);
}

}  // namespace bargain
