// A command's output formats as one table of names and renderers. The
// --format option's help, the check of its value and the dispatch all read
// the same table, so a format cannot be listed without being rendered, or
// rendered without being accepted. The first format is the default.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace bargain::cli {

template <class Report>
struct Format {
    std::string_view name;
    std::string (*render)(const Report&);
};

template <class Report>
using Formats = std::vector<Format<Report>>;

// Adds --format to `app`: "Output format: text (default), markdown, json, csv".
template <class Report>
CLI::Option* add_format_option(CLI::App* app, std::string& format, const Formats<Report>& formats) {
    std::vector<std::string> names;
    std::string listed;
    for (const Format<Report>& f : formats) {
        names.emplace_back(f.name);
        listed += (listed.empty() ? "" : ", ") + std::string(f.name) + (listed.empty() ? " (default)" : "");
    }
    format = names.front();
    return app->add_option("--format", format, "Output format: " + listed)
        ->check(CLI::IsMember(names).description(""))
        ->type_name("FMT");
}

// The report in the named format (one the option accepted).
template <class Report>
std::string render(const Formats<Report>& formats, std::string_view name, const Report& report) {
    for (const Format<Report>& f : formats)
        if (f.name == name) return f.render(report);
    return formats.front().render(report);
}

}  // namespace bargain::cli
