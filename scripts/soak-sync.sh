#!/usr/bin/env bash
# A longer soak of publishing under injected faults than the test suite runs: the random scenarios
# of TestSyncFaults (resets before and after the commit, lost, truncated and malformed answers,
# 5xx and 429 with Retry-After, the CLI and the server killed during a publish), ROUNDS rounds each
# (default 40). Prints one line per scenario: rounds, faults injected, mismatches, duplicates, lost.
#   scripts/soak-sync.sh [ROUNDS] [--build-dir DIR]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=40
build_dir="$repo/build"
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=$2; shift 2 ;;
        *) rounds=$1; shift ;;
    esac
done
cmake --build "$build_dir" --target TestSyncFaults botvault-cli botvault-server >/dev/null
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
BOTVAULT_FAULT_ROUNDS=$rounds QT_QPA_PLATFORM=offscreen "$build_dir/tests/TestSyncFaults" randomFaultRounds \
    2>&1 | grep -E 'rounds [0-9]+|^(PASS|FAIL)|^Totals'
