#!/usr/bin/env bash
# Builds the Debian package of BotVault: a release build without tests in build-package/ and
# `cpack -G DEB` there (docs/INSTALL.md). Prints the path of the .deb; install it with
# `sudo apt install ./build-package/botvault_*.deb`. scripts/setup.sh (run first) installs what the
# build needs.
#   scripts/package.sh [--build-dir DIR]      BOTVAULT_BUILD_TYPE (default Release)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir="$repo/build-package"
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=$(realpath -m "$2"); shift 2 ;;
        *) echo "package.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done

"$repo/scripts/setup.sh" --no-build
export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=1
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$repo" -B "$build_dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE="${BOTVAULT_BUILD_TYPE:-Release}" \
    -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_PREFIX_PATH="${BOTVAULT_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/botvault/deps}" \
    -DBOTVAULT_BUILD_TESTS=OFF -DBOTVAULT_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
(cd "$build_dir" && cpack -G DEB >/dev/null)
ls "$build_dir"/botvault_*.deb
