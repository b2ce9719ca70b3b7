// The subcommands. Each lives in its own cmd_<name>.cpp: it declares its
// options on the CLI11 app and returns the function that runs it once the
// command line has been parsed. main.cpp only wires them together.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace bargain::cli {

struct Command {
    CLI::App* app;
    std::function<int()> run;  // returns the exit code
};

Command setup_tally(CLI::App& parent);
Command setup_check(CLI::App& parent);
Command setup_timeline(CLI::App& parent);
Command setup_offers(CLI::App& parent);
Command setup_sessions(CLI::App& parent);
Command setup_init(CLI::App& parent);
Command setup_notice(CLI::App& parent);
Command setup_verify(CLI::App& parent);
Command setup_contract(CLI::App& parent);
Command setup_redline(CLI::App& parent);
Command setup_site(CLI::App& parent);

}  // namespace bargain::cli
