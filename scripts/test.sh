#!/usr/bin/env bash
# Sets up (packages, QCA), then builds and runs every test twice: a normal build and a build with
# AddressSanitizer + UndefinedBehaviorSanitizer, where any report fails the test. A third stage
# builds the libFuzzer targets with clang and runs each for 10 seconds (scripts/fuzz.sh).
#   scripts/test.sh [--no-asan] [--no-fuzz] [ctest arguments…]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
asan=1
fuzz=1
while [ $# -gt 0 ]; do
    case "$1" in
        --no-asan) asan=0; shift ;;
        --no-fuzz) fuzz=0; shift ;;
        *) break ;;
    esac
done
jobs=$(nproc)
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

"$repo/scripts/setup.sh" --build-dir "$repo/build"
status=0
echo "== tests (build) ==" >&2
ctest --test-dir "$repo/build" --output-on-failure -j "$jobs" "$@" || status=1

if [ "$asan" = 1 ]; then
    BOTVAULT_SKIP_APT=1 BOTVAULT_BUILD_TYPE=Debug "$repo/scripts/setup.sh" --asan --build-dir "$repo/build-asan"
    echo "== tests (AddressSanitizer + UndefinedBehaviorSanitizer) ==" >&2
    ctest --test-dir "$repo/build-asan" --output-on-failure -j "$jobs" "$@" || status=1
fi

if [ "$fuzz" = 1 ]; then
    echo "== fuzzing (libFuzzer + ASan + UBSan, 10 s per target) ==" >&2
    BOTVAULT_SKIP_APT=1 "$repo/scripts/fuzz.sh" --seconds 10 --build-dir "$repo/build-fuzz" || status=1
fi
exit $status
