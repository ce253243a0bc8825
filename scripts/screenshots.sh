#!/usr/bin/env bash
# Saves the screenshots of docs/USER_GUIDE.md into docs/screenshots/: builds botvault-screenshots
# and runs it on Qt's offscreen platform (no display needed). It builds a throw-away demo vault in a
# temporary folder and drives the real main window and dialogs; see app/screenshots/main.cpp.
#
#   scripts/screenshots.sh [--build-dir DIR] [--out DIR]
#
# The build folder defaults to build/; when it is not configured yet, scripts/setup.sh installs
# what is needed and it is configured here.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo/build"
out_dir="$repo/docs/screenshots"
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=$2; shift 2 ;;
        --out) out_dir=$2; shift 2 ;;
        *) echo "screenshots.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done

deps=${BOTVAULT_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/botvault/deps}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    "$repo/scripts/setup.sh" --build-dir "$build_dir" --no-build >&2
    cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BOTVAULT_BUILD_TYPE:-RelWithDebInfo}" \
        -DCMAKE_PREFIX_PATH="$deps" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)" --target botvault-screenshots

runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"
mkdir -p "$out_dir"
# Offscreen: no display, and the same rendering on every machine. A private runtime folder keeps
# Qt quiet about XDG_RUNTIME_DIR; the C.UTF-8 locale keeps dates and numbers in English.
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" LC_ALL=C.UTF-8 LANGUAGE=en \
    "$build_dir/bin/botvault-screenshots" --out "$out_dir"
