// A command's output formats as one table of names and renderers. The
// --format option's help, the check of its value and the dispatch all read
// the same table, so a format cannot be listed without being rendered, or
// rendered without being accepted. The first format is the default.
//
// Most commands keep a renderer per name (Formats<Report>); notice keeps the
// library's format, since render_notice() takes it and may refuse.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace bargain::cli {

template <class Value>
struct Format {
    std::string_view name;
    Value value;
};

template <class Value>
using FormatTable = std::vector<Format<Value>>;

template <class Report>
using Formats = FormatTable<std::string (*)(const Report&)>;

// Adds --format to `app`: "Output format: text (default), markdown, json, csv".
template <class Value>
CLI::Option* add_format_option(CLI::App* app, std::string& format, const FormatTable<Value>& formats) {
    std::vector<std::string> names;
    std::string listed;
    for (const Format<Value>& f : formats) {
        names.emplace_back(f.name);
        listed += (listed.empty() ? "" : ", ") + std::string(f.name) + (listed.empty() ? " (default)" : "");
    }
    format = names.front();
    return app->add_option("--format", format, "Output format: " + listed)
        ->check(CLI::IsMember(names).description(""))
        ->type_name("FMT");
}

// What the table holds for the named format (one the option accepted).
template <class Value>
const Value& chosen(const FormatTable<Value>& formats, std::string_view name) {
    for (const Format<Value>& f : formats)
        if (f.name == name) return f.value;
    return formats.front().value;
}

// The report in the named format.
template <class Report>
std::string render(const Formats<Report>& formats, std::string_view name, const Report& report) {
    return chosen(formats, name)(report);
}

}  // namespace bargain::cli
