#include "peers.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string_view>

#include <unistd.h>

#include "child.h"

namespace bargain::bench {

namespace fs = std::filesystem;

namespace {

// First vote per voter, roster voters only, yes/no on `accept`, in the
// spec's order (duplicates before the roster).
constexpr const char* kAwkProgram =
    "NR==FNR{if(FNR>1)listed[$1]=1;next} "
    "FNR==1{for(i=1;i<=NF;i++)if($i==\"accept\")q=i;next} "
    "$1 in seen{next} {seen[$1]=1} !($1 in listed){next} "
    "$q==\"yes\"{y++} $q==\"no\"{n++} "
    "END{printf \"%d %d\\n\",y,n}";

// The version in DIR/node_modules/PACKAGE/package.json, or empty. A string
// search is enough: npm writes the file, one "version" key at the top level.
std::string installed_version(const std::string& dir) {
    std::ifstream in(fs::path(dir) / "node_modules" / kDuckdbPackage / "package.json");
    std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    size_t key = json.find("\"version\"");
    if (key == std::string::npos) return "";
    size_t open = json.find('"', json.find(':', key));
    size_t close = open == std::string::npos ? open : json.find('"', open + 1);
    return close == std::string::npos ? "" : json.substr(open + 1, close - open - 1);
}

}  // namespace

std::vector<std::string> awk_command(const std::string& roster, const std::string& ballots) {
    return {"awk", "-F,", kAwkProgram, roster, ballots};
}

std::string which_awk() {
    const char* path = std::getenv("PATH");
    std::string_view dirs = path ? path : "/usr/bin:/bin";
    while (!dirs.empty()) {
        size_t colon = dirs.find(':');
        fs::path candidate = fs::path(std::string(dirs.substr(0, colon))) / "awk";
        std::error_code ec;
        if (::access(candidate.c_str(), X_OK) == 0) {
            fs::path real = fs::canonical(candidate, ec);
            return ec ? "awk" : real.filename().string();
        }
        dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
    }
    return "awk";
}

bool install_duckdb(const std::string& dir, std::string* error) {
    if (installed_version(dir) == kDuckdbVersion) return true;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        *error = dir + ": " + ec.message();
        return false;
    }
    std::string spec = std::string(kDuckdbPackage) + "@" + kDuckdbVersion;
    std::fprintf(stderr, "bargain-bench: npm install --prefix %s %s\n", dir.c_str(), spec.c_str());
    Run r;
    try {
        // --save-exact: the scratch folder's own package.json pins the version too.
        r = run({"npm", "install", "--prefix", dir, "--save-exact", "--no-audit", "--no-fund", "--loglevel=error",
                 spec});
    } catch (const std::exception& e) {
        *error = std::string(e.what()) + " (DuckDB is installed with npm; is node installed?)";
        return false;
    }
    if (!succeeded(r.status)) {
        *error = "npm install " + spec + " failed (" + describe_status(r.status) + ")";
        return false;
    }
    if (std::string got = installed_version(dir); got != kDuckdbVersion) {
        *error = "npm installed " + std::string(kDuckdbPackage) + " '" + got + "' into " + dir + ", not " +
                 kDuckdbVersion;
        return false;
    }
    return true;
}

std::vector<std::string> duckdb_command(const std::string& node, const std::string& script, const std::string& dir,
                                        const std::string& roster, const std::string& ballots) {
    return {node, script, "--modules", dir, "--timing", roster, ballots};
}

}  // namespace bargain::bench
