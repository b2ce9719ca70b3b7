#include "notice/template_value.h"

namespace bargain {

TemplateValue TemplateValue::list(std::vector<TemplateValue> items, TemplateValue shape) {
    TemplateValue v;
    v.kind_ = Kind::list;
    v.items_ = std::move(items);
    v.shape_ = std::make_shared<const TemplateValue>(std::move(shape));
    return v;
}

TemplateValue TemplateValue::absent(TemplateValue shape) {
    TemplateValue v(false);
    v.shape_ = std::make_shared<const TemplateValue>(std::move(shape));
    return v;
}

TemplateValue& TemplateValue::set(std::string name, TemplateValue value) {
    for (auto& field : fields_)
        if (field.first == name) {
            field.second = std::move(value);
            return *this;
        }
    fields_.emplace_back(std::move(name), std::move(value));
    return *this;
}

const TemplateValue* TemplateValue::find(const std::string& name) const {
    for (const auto& field : fields_)
        if (field.first == name) return &field.second;
    return nullptr;
}

}  // namespace bargain
