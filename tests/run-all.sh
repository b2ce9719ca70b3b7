#!/bin/sh
# Builds bargain twice and runs every test in both builds:
#   build/       warnings as errors (what CI requires)
#   build-asan/  AddressSanitizer + UndefinedBehaviorSanitizer
# Run ./setup.sh first (the README's test command does).
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build -G Ninja -DBARGAIN_WERROR=ON
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

cmake -S . -B build-asan -G Ninja -DBARGAIN_WERROR=ON -DBARGAIN_SANITIZE=ON -DBARGAIN_BENCH=OFF \
      -DCMAKE_BUILD_TYPE=Debug
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
