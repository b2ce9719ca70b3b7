// The programs bargain-bench measures bargain against, on the same files:
// the awk one-liner a staff member might write, and the DuckDB query a user
// who outgrew awk would write (duckdb_tally.mjs, run by node).
//
// What this must get right: each peer counts what bargain counts (first
// ballot per voter in file order, then roster voters only, then yes/no on
// `accept`), and prints "YES NO\n" so the benchmark can check it; and
// DuckDB stays out of bargain's dependencies: it is installed with npm
// into a scratch folder the benchmark names, at one exact version.
#pragma once

#include <string>
#include <vector>

namespace bargain::bench {

// The npm package and the exact version timed; the README quotes both.
inline constexpr const char* kDuckdbPackage = "@duckdb/node-api";
inline constexpr const char* kDuckdbVersion = "1.5.6-r.1";
inline constexpr const char* kDuckdbLabel = "DuckDB 1.5.6 (node-api, 2 threads)";

// awk -F, PROGRAM roster.csv ballots.csv
std::vector<std::string> awk_command(const std::string& roster, const std::string& ballots);

// The file an awk on PATH really is (on Debian, /usr/bin/awk is mawk by
// default), for the table: mawk and gawk differ by a factor of two or more.
std::string which_awk();

// Makes sure DIR/node_modules holds kDuckdbPackage at kDuckdbVersion,
// running `npm install --prefix DIR` only when it does not (a folder from
// an earlier run is reused). Returns false and sets *error when npm is
// missing or fails.
bool install_duckdb(const std::string& dir, std::string* error);

// node SCRIPT --modules DIR --timing roster.csv ballots.csv
std::vector<std::string> duckdb_command(const std::string& node, const std::string& script, const std::string& dir,
                                        const std::string& roster, const std::string& ballots);

}  // namespace bargain::bench
