// Running the bargain executable as a child process and measuring it from
// the outside, the way a user runs it: wall time (steady_clock around
// posix_spawn .. wait4), CPU time and peak resident memory (wait4's rusage).
#pragma once

#include <string>
#include <vector>

namespace bargain::bench {

struct Run {
    std::string out;  // what the child wrote to stdout
    int status = 0;   // as from wait4
    double wall = 0, cpu = 0;
    long max_rss_kib = 0;
};

// Runs args[0] (searched in PATH) with stdin from /dev/null and stdout
// captured; stderr is the benchmark's own, so a failing child explains
// itself. Throws std::runtime_error when the child cannot be started.
Run run(const std::vector<std::string>& args);

// "exit code 2", "killed by signal Segmentation fault".
std::string describe_status(int status);
bool succeeded(int status);

double median(std::vector<double> v);

}  // namespace bargain::bench
