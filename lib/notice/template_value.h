// What a notice template sees: named values that are text, yes/no, lists
// or further named values, like the campaign facts a notice is built from
// ({{event.title}}, {{#votes}}...{{/votes}}).
//
// Our own type, so that only the template adapter knows the Mustache
// library. Every list carries the shape of its items (an item with every
// name set), so that a template can be checked name by name even where a
// campaign's list is empty: a typo in a section about votes must be an
// error for a campaign that has no votes yet, not only for one that has.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace bargain {

class TemplateValue {
public:
    enum class Kind { map, text, flag, list };

    TemplateValue() = default;  // a map with no names yet
    TemplateValue(std::string text) : kind_(Kind::text), text_(std::move(text)) {}
    TemplateValue(const char* text) : TemplateValue(std::string(text)) {}
    TemplateValue(bool flag) : kind_(Kind::flag), flag_(flag) {}
    // `shape` is an item with every name an item can have.
    static TemplateValue list(std::vector<TemplateValue> items, TemplateValue shape);
    // Named values this campaign does not have (no next session yet): false
    // in a section, and `shape` says which names it would have.
    static TemplateValue absent(TemplateValue shape);

    // Sets a name of a map; names keep the order they are set in.
    TemplateValue& set(std::string name, TemplateValue value);

    Kind kind() const { return kind_; }
    const std::string& text() const { return text_; }
    bool flag() const { return flag_; }
    const std::vector<TemplateValue>& items() const { return items_; }
    // A list's item shape, or an absent value's shape.
    const TemplateValue& shape() const { return *shape_; }
    bool is_absent() const { return kind_ == Kind::flag && shape_ != nullptr; }
    const std::vector<std::pair<std::string, TemplateValue>>& fields() const { return fields_; }
    // The value of a name of a map, or null.
    const TemplateValue* find(const std::string& name) const;

private:
    Kind kind_ = Kind::map;
    std::string text_;
    bool flag_ = false;
    std::vector<TemplateValue> items_;
    std::shared_ptr<const TemplateValue> shape_;
    std::vector<std::pair<std::string, TemplateValue>> fields_;
};

}  // namespace bargain
