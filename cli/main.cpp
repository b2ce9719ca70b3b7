// bargain: the command line. Wires the subcommands, maps CLI11's errors onto
// the spec's exit codes (usage errors are 2, like bad input), and is the last
// place an exception can stop.
#include <iostream>
#include <string>
#include <new>
#include <vector>

#include "commands.h"
#include "output.h"

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
    commands.push_back(setup_tally(app));

    // The spec's other commands are on their way; say so rather than let the
    // parser call them unexpected arguments.
    if (argc > 1) {
        for (const char* planned : {"notice", "timeline", "sessions", "offers", "check", "init"})
            if (std::string(argv[1]) == planned)
                return report(std::string("'") + planned + "' is not in this version of bargain (" + BARGAIN_VERSION +
                              ") yet; run 'bargain --help' for the commands it has");
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
        std::string where = "bargain";
        for (const Command& c : commands)
            if (c.app->parsed()) where += " " + c.app->get_name();
        std::cerr << "bargain: " << e.what() << "\n"
                  << "Run '" << where << " --help' for usage.\n";
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
