#!/usr/bin/env bash
# Builds the Debian package of BotVault: a release build in build-package/ and `cpack -G DEB`.
# Prints the path of the .deb. Install it with `sudo apt install ./build-package/botvault_*.deb`.
# scripts/setup.sh (run by this script) installs what the build needs.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir="$repo/build-package"

"$repo/scripts/setup.sh" --no-build
export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=1
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$repo" -B "$build_dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_PREFIX_PATH="${BOTVAULT_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/botvault/deps}" \
    -DBOTVAULT_BUILD_TESTS=OFF -DBOTVAULT_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
(cd "$build_dir" && cpack -G DEB >/dev/null)
ls "$build_dir"/botvault_*.deb
