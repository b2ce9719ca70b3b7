// bargain: the command line. Wires the subcommands, maps CLI11's errors onto
// the spec's exit codes (usage errors are 2, like bad input), and is the last
// place an exception can stop.
#include <iostream>
#include <string>
#include <new>
#include <vector>

#include "commands.h"
#include "core/suggest.h"
#include "output.h"

namespace {

// CLI11's message, with a "did you mean" for a misspelt command or option:
// an organiser typing `bargain tallly` should be told what they meant.
bargain::Diagnostic explain(const CLI::ParseError& e, const CLI::App& app, int argc, char** argv) {
    bargain::Diagnostic message{"", 0, 0, e.what()};
    std::vector<std::string> names;
    if (app.get_parent() == nullptr) {
        for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
            names.push_back(sub->get_name());
        if (argc > 1 && argv[1][0] != '-' && dynamic_cast<const CLI::RequiredError*>(&e))
            return {"", 0, 0, "unknown command '" + std::string(argv[1]) + "'", bargain::suggestion(argv[1], names)};
    }
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        for (const CLI::Option* o : app.get_options())
            for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
        for (int i = 1; i < argc; ++i) {
            std::string arg = argv[i];
            std::string name = arg.substr(0, arg.find('='));
            if (name.size() > 2 && name.compare(0, 2, "--") == 0) {
                bool known = false;
                for (const std::string& n : names) known = known || n == name;
                if (!known) return {"", 0, 0, "unknown option '" + name + "'", bargain::suggestion(name, names)};
            }
        }
    }
    return message;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace bargain::cli;
    CLI::App app{"bargain: tools for union contract-bargaining campaigns.\n"
                 "Tallies a vote exactly, under the rule that governs it, without revealing how anyone voted.",
                 "bargain"};
    app.set_version_flag("--version", std::string("bargain ") + BARGAIN_VERSION);
    app.require_subcommand(1, 1);
    app.footer("Run 'bargain COMMAND --help' for a command's options; 'man bargain' for the whole manual.\n"
               "Exit status: 0 success, 1 the answer is no (violations, a motion that did not carry),\n"
               "2 usage error or bad input, 3 undetermined (tally --exit-status).");

    std::vector<Command> commands;
    // In the spec's order, which --help shows.
    commands.push_back(setup_tally(app));
    commands.push_back(setup_verify(app));
    commands.push_back(setup_notice(app));
    commands.push_back(setup_timeline(app));
    commands.push_back(setup_sessions(app));
    commands.push_back(setup_offers(app));
    commands.push_back(setup_contract(app));
    commands.push_back(setup_redline(app));
    commands.push_back(setup_site(app));
    commands.push_back(setup_check(app));
    commands.push_back(setup_init(app));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        const CLI::App* used = &app;
        std::string where = "bargain";
        for (const Command& c : commands)
            if (c.app->parsed()) {
                used = c.app;
                where += " " + c.app->get_name();
            }
        report(explain(e, *used, argc, argv));
        std::cerr << "Run '" << where << " --help' for usage.\n";
        return kBadInput;
    }
    try {
        for (const Command& c : commands)
            if (c.app->parsed()) return c.run();
    } catch (const std::bad_alloc&) {
        return report("out of memory");
    } catch (const std::exception& e) {
        return report(std::string("internal error: ") + e.what());
    }
    return kBadInput;
}
