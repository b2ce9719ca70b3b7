#!/bin/sh
# Installs what bargain needs to build and test, from Debian's packages, and
# nothing else; and for the browser tests only, two npm packages pinned by
# tests/browser/package-lock.json. Safe to run again: it installs only what
# is missing.
#   ./setup.sh           build and test
#   ./setup.sh --fuzz    and fuzz (tests/fuzz/run.sh)
#   ./setup.sh --build   only build bargain (a campaign's CI job: no browser)
set -eu

# libhowardhinnant-date-dev: time zones (libdate-tz, reading tzdata's zoneinfo);
# libgmp-dev: exact rationals for costing (GMP's C++ classes, gmpxx);
# libcmark-dev: contract text (Markdown) as HTML, by the CommonMark reference;
# python3-icalendar: the test that reads the calendar bargain writes;
# python3-yaml: the secret-ballot test, which parses every YAML output;
# file: cpack's .deb, which finds the binary's library dependencies with it;
# chromium, fonts-dejavu-core: the browser tests (tests/browser/), which
# print certificates and notices the way a reader would.
packages="build-essential cmake ninja-build pkg-config libcli11-dev libfmt-dev libyaml-cpp-dev doctest-dev libssl-dev python3 mandoc libhowardhinnant-date-dev tzdata python3-icalendar python3-yaml libkainjow-mustache-dev libgmp-dev libcmark-dev file chromium fonts-dejavu-core"
# --fuzz: also what tests/fuzz/run.sh needs (libFuzzer comes with clang).
if [ "${1:-}" = "--fuzz" ]; then
    packages="$packages clang libclang-rt-14-dev"
fi
# --build: what building bargain needs, and none of the tests' tools.
build_only=false
if [ "${1:-}" = "--build" ]; then
    build_only=true
    packages="build-essential cmake ninja-build pkg-config libcli11-dev libfmt-dev libyaml-cpp-dev libssl-dev libhowardhinnant-date-dev tzdata libkainjow-mustache-dev libgmp-dev libcmark-dev"
fi
# Node.js and npm drive the browser tests. A machine that already has them
# (from Debian or elsewhere) keeps its own: Debian's npm cannot be installed
# beside another vendor's nodejs.
if ! $build_only; then
    command -v node >/dev/null 2>&1 || packages="$packages nodejs"
    command -v npm >/dev/null 2>&1 || packages="$packages npm"
fi

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup.sh: installing:$missing" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

$build_only && exit 0
# The browser tests' two npm packages, at the versions the lockfile pins
# (puppeteer-core drives Debian's chromium; it never downloads a browser).
browser="$(dirname "$0")/tests/browser"
if [ ! -f "$browser/node_modules/.package-lock.json" ] ||
   ! cmp -s "$browser/package-lock.json" "$browser/node_modules/.bargain-lock"; then
    echo "setup.sh: installing the browser tests' npm packages (tests/browser/package-lock.json)" >&2
    (cd "$browser" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$browser/package-lock.json" "$browser/node_modules/.bargain-lock"
fi
