#!/usr/bin/env bash
# A longer run of TestUpgradeCrashSafety than the test suite's: a format-1 vault of ITEMS items
# (default 20,000; about 22,000 records) is upgraded to the current record format by a process that
# is SIGKILLed at a random moment, ROUNDS rounds (default 200), every other round killed a second
# time while it resumes. After every round the vault must open, pass PRAGMA integrity_check and hold
# every record with its exact value. Prints one line per round and the totals.
#   scripts/soak-upgrade.sh [ROUNDS] [--items N] [--build-dir DIR]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=200
items=20000
build_dir="$repo/build"
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=$2; shift 2 ;;
        --items) items=$2; shift 2 ;;
        *) rounds=$1; shift ;;
    esac
done
cmake --build "$build_dir" --target TestUpgradeCrashSafety upgrade_runner >/dev/null
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# QtTest aborts a test function after 5 minutes unless told otherwise; 200 rounds take longer.
QTEST_FUNCTION_TIMEOUT=14400000 BOTVAULT_UPGRADE_ROUNDS=$rounds BOTVAULT_UPGRADE_ITEMS=$items QT_QPA_PLATFORM=offscreen \
    "$build_dir/tests/TestUpgradeCrashSafety" -maxwarnings 0 2>&1 | grep -E 'round|took|seed|^(PASS|FAIL)|^Totals'
