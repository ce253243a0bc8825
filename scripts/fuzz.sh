#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and UBSan, and runs each one
# for a while on a copy of its seed corpus, so the repository is never written. Fails when a fuzzer
# finds a crash, a sanitizer report or a leak; the input that caused it is kept in
# <build dir>/fuzz/artifacts/<fuzzer>/. See docs/FUZZING.md.
#
#   scripts/fuzz.sh [--seconds N] [--build-dir DIR]
#
# Defaults: 10 seconds per fuzzer, build folder build-fuzz. Environment: BOTVAULT_DEPS (where
# setup.sh installs QCA), BOTVAULT_SKIP_APT=1 (packages already installed), BOTVAULT_JOBS (build
# parallelism; default: the number of cores).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=10
build_dir="$repo/build-fuzz"
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=${2:-}; shift 2 || { echo "fuzz.sh: --seconds needs a number" >&2; exit 2; } ;;
        --build-dir) build_dir=${2:-}; shift 2 || { echo "fuzz.sh: --build-dir needs a folder" >&2; exit 2; } ;;
        *) echo "fuzz.sh: unknown option '$1' (usage: fuzz.sh [--seconds N] [--build-dir DIR])" >&2; exit 2 ;;
    esac
done
case "$seconds" in
    '' | *[!0-9]* | 0) echo "fuzz.sh: --seconds must be a whole number of seconds above 0, not '$seconds'" >&2; exit 2 ;;
esac
[ -n "$build_dir" ] || { echo "fuzz.sh: --build-dir needs a folder" >&2; exit 2; }
case "$build_dir" in /*) ;; *) build_dir="$PWD/$build_dir" ;; esac

log() { printf '\033[1mfuzz:\033[0m %s\n' "$*" >&2; }
die() { printf 'fuzz: error: %s\n' "$*" >&2; exit 1; }

# Packages (clang, libclang-rt-14-dev for libFuzzer and the sanitizers) and QCA.
"$repo/scripts/setup.sh" --no-build
deps=${BOTVAULT_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/botvault/deps}

log "configuring $build_dir (clang, libFuzzer, ASan + UBSan)"
# CC and CXX choose the compiler only when the folder is configured for the first time; CMake stops
# with a clear message if DIR was configured with another compiler before.
launcher=()
if command -v ccache >/dev/null; then
    export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=1
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S "$repo" -B "$build_dir" -G Ninja "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_PREFIX_PATH="$deps" \
    -DBOTVAULT_FUZZ=ON -DBOTVAULT_BUILD_TESTS=OFF -DBOTVAULT_BUILD_BENCH=OFF -DBOTVAULT_WERROR=OFF >/dev/null
log "building the fuzz targets"
cmake --build "$build_dir" --target botvault_fuzzers --parallel "${BOTVAULT_JOBS:-$(nproc)}"

manifest="$build_dir/fuzz/fuzzers.tsv"
[ -f "$manifest" ] || die "$manifest is missing; the configure step did not list any fuzzer"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The leak suppressions of the test suite (OpenSSL's legacy provider, loaded by QCA) apply here too.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$repo/tests/lsan.supp:print_suppressions=0}

status=0
summary=()
while IFS=$'\t' read -r name binary seeds max_len; do
    case "$name" in '' | '#'*) continue ;; esac
    [ -x "$binary" ] || die "$binary was not built"
    corpus="$work/$name/corpus"
    artifacts="$build_dir/fuzz/artifacts/$name"
    mkdir -p "$corpus" "$artifacts"
    if [ -d "$seeds" ]; then
        cp -R "$seeds/." "$corpus/"
    else
        log "$name: no seed corpus at $seeds; starting from nothing"
    fi
    log "$name: running for $seconds s (max_len $max_len)"
    fuzz_log="$work/$name/fuzz.log"
    rc=0
    # From inside the temporary folder, so nothing libFuzzer writes by default lands elsewhere.
    (cd "$work/$name" && "$binary" "-max_total_time=$seconds" "-max_len=$max_len" -timeout=30 \
        -print_final_stats=1 "-artifact_prefix=$artifacts/" "$corpus" </dev/null >"$fuzz_log" 2>&1) || rc=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$fuzz_log" | tail -1)
    corpus_size=$(find "$corpus" -type f | wc -l)
    if [ "$rc" -ne 0 ]; then
        status=1
        tail -60 "$fuzz_log" >&2
        summary+=("$name: FAILED (exit $rc) after ${executions:-?} executions; inputs kept in $artifacts/")
    else
        summary+=("$name: ${executions:-?} executions in $seconds s, corpus grew to $corpus_size inputs, no crash")
    fi
done <"$manifest"

[ ${#summary[@]} -gt 0 ] || die "no fuzzer is listed in $manifest"
printf '%s\n' "== fuzzing results ==" "${summary[@]}" >&2
exit $status
