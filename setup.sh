#!/bin/sh
# Installs what bargain needs to build and test, from Debian's packages, and
# nothing else. Safe to run again: it installs only what is missing.
#   ./setup.sh           build and test
#   ./setup.sh --fuzz    and fuzz (tests/fuzz/run.sh)
set -eu

# libhowardhinnant-date-dev: time zones (libdate-tz, reading tzdata's zoneinfo);
# libgmp-dev: exact rationals for costing (GMP's C++ classes, gmpxx);
# python3-icalendar: the test that reads the calendar bargain writes;
# python3-yaml: the secret-ballot test, which parses every YAML output;
# file: cpack's .deb, which finds the binary's library dependencies with it.
packages="build-essential cmake ninja-build pkg-config libcli11-dev libfmt-dev libyaml-cpp-dev doctest-dev libssl-dev python3 mandoc libhowardhinnant-date-dev tzdata python3-icalendar python3-yaml libkainjow-mustache-dev libgmp-dev file"
# --fuzz: also what tests/fuzz/run.sh needs (libFuzzer comes with clang).
if [ "${1:-}" = "--fuzz" ]; then
    packages="$packages clang libclang-rt-14-dev"
fi

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "setup.sh: installing:$missing" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
