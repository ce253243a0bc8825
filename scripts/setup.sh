#!/usr/bin/env bash
# Brings a fresh Debian 12 machine to a built BotVault: Debian packages, QCA 2.3.10 for Qt 6
# (Debian 12 ships it for Qt 5 only) and a CMake build.
#
#   scripts/setup.sh [--build-dir DIR] [--asan] [--no-build]
#
# Environment: BOTVAULT_DEPS (where QCA is installed; default ~/.cache/botvault/deps),
# BOTVAULT_SKIP_APT=1 (packages already installed), BOTVAULT_BUILD_TYPE (default RelWithDebInfo).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo/build"
asan=OFF
do_build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=$2; shift 2 ;;
        --asan) asan=ON; shift ;;
        --no-build) do_build=0; shift ;;
        *) echo "setup.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
done

deps=${BOTVAULT_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/botvault/deps}
qca_version=2.3.10
qca_sha256=1c5b722da93d559365719226bb121c726ec3c0dc4c67dea34f1e50e4e0d14a02

log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages=(
    build-essential cmake ninja-build pkg-config git xz-utils ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-websockets-dev qt6-svg-dev libqt6svg6
    qt6-declarative-dev
    libsqlite3-dev sqlite3 libargon2-dev libssl-dev
    libquazip1-qt6-dev qtkeychain-qt6-dev libyaml-cpp-dev libzxcvbn-dev
    clang libclang-rt-14-dev clang-format
    xvfb xauth xdotool imagemagick fonts-dejavu-core libgl-dev
    help2man desktop-file-utils appstream lintian python3 zsh fish
)

install_packages() {
    [ "${BOTVAULT_SKIP_APT:-0}" = 1 ] && return 0
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The Debian mirror this machine already uses, read from its own apt configuration.
debian_mirror() {
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
    fi
    [ -n "$uri" ] || die "cannot find the Debian mirror in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
    printf '%s\n' "$uri"
}

build_qca() {
    if [ -f "$deps/lib/cmake/Qca-qt6/Qca-qt6ConfigVersion.cmake" ] \
        && grep -q "\"$qca_version\"" "$deps/lib/cmake/Qca-qt6/Qca-qt6ConfigVersion.cmake"; then
        return 0
    fi
    log "building QCA $qca_version for Qt 6 into $deps"
    local work
    work=$(mktemp -d)
    local tarball="$work/src/qca2_$qca_version.orig.tar.xz"
    mkdir -p "$work/apt/lists/partial" "$work/src"
    cat > "$work/apt/qca-src.sources" <<SOURCES
Types: deb-src
URIs: $(debian_mirror)
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
    # A private source list and state folder: the system's apt configuration stays untouched and
    # an ordinary user can run this without sudo.
    local apt_opts=(-q -oDir::Etc::SourceList=/dev/null "-oDir::Etc::SourceParts=$work/apt"
        "-oDir::State::Lists=$work/apt/lists" "-oDir::Cache=$work/apt/cache" -oDebug::NoLocking=1)
    [ "$(id -u)" -eq 0 ] && apt_opts+=(-oAPT::Sandbox::User=root)
    apt-get "${apt_opts[@]}" update >"$work/apt-update.log" 2>&1 \
        || { cat "$work/apt-update.log" >&2; die "apt-get update for Debian's qca2 source package failed"; }
    # Only the upstream tarball is served; the .dsc and Debian diff answer 404, so apt exits
    # non-zero even when the file we need arrived. The checksum below is what decides.
    (cd "$work/src" && apt-get "${apt_opts[@]}" source --download-only "qca2=$qca_version-1" >"$work/apt-source.log" 2>&1) || true
    [ -f "$tarball" ] || { cat "$work/apt-source.log" >&2; die "qca2_$qca_version.orig.tar.xz was not downloaded"; }
    echo "$qca_sha256  $tarball" | sha256sum -c --quiet - \
        || die "qca2_$qca_version.orig.tar.xz has the wrong SHA-256; refusing to build it"
    tar -C "$work/src" -xf "$tarball"
    local plugin_off=()
    for p in botan gcrypt gnupg logger nss pkcs11 cyrus-sasl softstore wincrypto wingss; do
        plugin_off+=("-DWITH_${p}_PLUGIN=no")
    done
    cmake -S "$work/src/qca-$qca_version" -B "$work/build" -G Ninja -DBUILD_WITH_QT6=ON -DBUILD_TESTS=OFF \
        -DBUILD_TOOLS=OFF -DCMAKE_BUILD_TYPE=Release -DWITH_ossl_PLUGIN=yes "${plugin_off[@]}" \
        -DCMAKE_INSTALL_PREFIX="$deps" >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log" >&2; die "configuring QCA failed"; }
    cmake --build "$work/build" >"$work/build.log" 2>&1 || { tail -50 "$work/build.log" >&2; die "building QCA failed"; }
    cmake --install "$work/build" >/dev/null
    rm -rf "$work"
    log "QCA $qca_version installed"
}

configure_and_build() {
    local werror=${BOTVAULT_WERROR:-OFF}
    [ "${CI:-}" = true ] && werror=ON
    log "configuring $build_dir (ASan+UBSan: $asan)"
    # ccache keeps the three builds of scripts/test.sh (and a new clone's) from compiling the same
    # file twice: paths are made relative to the clone, so another clone's objects are reused.
    local launcher=()
    if command -v ccache >/dev/null; then
        export CCACHE_BASEDIR="$repo" CCACHE_NOHASHDIR=1
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$repo" -B "$build_dir" -G Ninja "${launcher[@]}" \
        -DCMAKE_BUILD_TYPE="${BOTVAULT_BUILD_TYPE:-RelWithDebInfo}" \
        -DCMAKE_PREFIX_PATH="$deps" -DBOTVAULT_ASAN="$asan" -DBOTVAULT_WERROR="$werror" >/dev/null
    log "building $build_dir"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

install_packages
build_qca
[ "$do_build" = 1 ] && configure_and_build
exit 0
