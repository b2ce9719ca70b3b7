#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a
# given time, starting from the seed corpus in tests/fuzz/corpus/TARGET/.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]    (default: 600 s each, all targets)
#
# What the fuzzer finds or adds goes to build-fuzz/, never into the
# repository: copy an input into corpus/TARGET/ by hand when it is worth
# keeping (a crash that was fixed, as a regression seed). Needs the clang and
# libclang-rt-14-dev packages (./setup.sh --fuzz installs them).
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-csv ballots totals campaign schedule rule datetime template decimal money verify contract}

build=build-fuzz
if [ ! -f "$build/build.ninja" ]; then
    CXX=clang++ cmake -S . -B "$build" -G Ninja -DBARGAIN_FUZZ=ON -DBARGAIN_TESTS=OFF -DBARGAIN_BENCH=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
ninja -C "$build" $(for t in $targets; do printf 'fuzz_%s ' "$t"; done) >/dev/null

status=0
for t in $targets; do
    work="$build/corpus/$t"
    crashes="$build/crashes/$t"
    mkdir -p "$work" "$crashes"
    echo "fuzz_$t: $seconds s" >&2
    # -rss_limit_mb and -timeout turn a blow-up or a hang into a finding.
    if ! "$build/tests/fuzz/fuzz_$t" "$work" "tests/fuzz/corpus/$t" -max_total_time="$seconds" \
        -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$crashes/" -print_final_stats=1 \
        2>"$build/fuzz_$t.log"; then
        echo "fuzz_$t: FOUND A PROBLEM; see $build/fuzz_$t.log and $crashes/" >&2
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/fuzz_$t.log" | sed "s/^/fuzz_$t: /" >&2 || true
done
exit $status
