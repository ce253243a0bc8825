#!/usr/bin/env bash
# InstallTree: installs the build into a temporary prefix and uses what was installed, as a user
# would, with nothing from the build folder: the CLI through a short real session, the desktop
# application's --version without a display, and the desktop entry, AppStream metadata and manual
# pages through their validators (docs/INSTALL.md).
#   check-install.sh BUILD_DIR
set -euo pipefail

build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
app_id=io.botvault.BotVault

# No installed file may lead back to the build folder or to the QCA this machine built.
for binary in "$prefix"/bin/botvault "$prefix"/bin/botvault-cli "$prefix"/bin/botvault-server; do
    [ -x "$binary" ] || fail "$binary was not installed"
    if readelf -d "$binary" | grep -E 'RPATH|RUNPATH' | grep -q -e "$build" -e '/.cache/'; then
        fail "$binary still names a build folder in its RUNPATH"
    fi
done
qca=$(realpath -m "$(ldd "$prefix/bin/botvault-cli" | awk '/libqca-qt6/ { print $3 }')")
case "$qca" in
    "$prefix"/lib*/botvault/libqca-qt6.so.2) ;;
    *) fail "botvault-cli links QCA from '$qca', not from its private folder" ;;
esac

# A short real session with the installed CLI; QCA's provider must be the installed plugin.
cli() { env -u LD_LIBRARY_PATH BOTVAULT_PASSWORD=install-test-password "$prefix/bin/botvault-cli" --vault "$work/vault.db" "$@"; }
LD_DEBUG=files cli init --kdf-memory-mib 19 --kdf-passes 2 2>"$work/ld.log" >/dev/null
grep -q "calling init: $prefix/lib.*/botvault/crypto/libqca-ossl.so" "$work/ld.log" \
    || fail "the installed CLI did not load the QCA provider from its private folder"
cli project add Shop >/dev/null
printf 'sk_test_value\n' | cli secret set Shop STRIPE_KEY >/dev/null
cli var set Shop API_URL https://api.example.test --export >/dev/null
listing=$(cli --json var list Shop)
case "$listing" in *'"API_URL"'*'https://api.example.test'*) ;; *) fail "var list printed: $listing" ;; esac
cli secret list Shop | grep -q STRIPE_KEY || fail "secret list does not show STRIPE_KEY"
cli export Shop "$work/shop.zip" >/dev/null
[ -s "$work/shop.zip" ] || fail "export wrote no archive"
if unzip -p "$work/shop.zip" 2>/dev/null | grep -q sk_test_value; then fail "the archive holds the secret's value"; fi

# The desktop application answers --version and --help without any display.
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/botvault" --version)
[ "$version" = "BotVault $(cli --version | awk '{ print $2 }')" ] || fail "botvault --version printed '$version'"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/botvault" --help | grep -q -- '--vault' \
    || fail "botvault --help does not describe --vault"
QT_QPA_PLATFORM=offscreen "$prefix/bin/botvault" --version >/dev/null
"$prefix/bin/botvault-server" --version | grep -q '^botvault-server ' || fail "botvault-server --version"

# Desktop integration and manual pages, through their validators.
desktop-file-validate "$prefix/share/applications/$app_id.desktop" | { grep -v ': hint: ' || true; } >"$work/desktop.log"
[ ! -s "$work/desktop.log" ] || fail "desktop-file-validate: $(cat "$work/desktop.log")"
appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" >"$work/metainfo.log" 2>&1 \
    || fail "appstreamcli validate: $(cat "$work/metainfo.log")"
for size in 16 32 48 128 256; do
    [ -s "$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no ${size}px icon"
done
[ -s "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
for page in man1/botvault.1.gz man1/botvault-cli.1.gz man8/botvault-server.8.gz; do
    file="$prefix/share/man/$page"
    [ -s "$file" ] || fail "no manual page $page"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$file" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "man -l $page warns: $warnings"
done
zcat "$prefix/share/man/man1/botvault-cli.1.gz" | grep -q 'env import' || fail "botvault-cli(1) lacks the commands of --help"
for completion in share/bash-completion/completions/botvault-cli share/zsh/vendor-completions/_botvault-cli \
    share/fish/vendor_completions.d/botvault-cli.fish; do
    [ -s "$prefix/$completion" ] || fail "no completion $completion"
done
# bash completes commands, options and the vault's project names through the installed CLI.
completion() {
    PATH="$prefix/bin:$PATH" BOTVAULT_PASSWORD=${2-} bash -c '
        compopt() { :; }
        source "$1"
        read -r -a COMP_WORDS <<<"$2"
        COMP_WORDS+=("$3")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        _botvault_cli
        printf "%s\n" "${COMPREPLY[@]}"' _ "$prefix/share/bash-completion/completions/botvault-cli" "$1" "${3-}"
}
[ "$(completion 'botvault-cli var' '' '' | sort | tr '\n' ' ')" = "get list rename rm set " ] \
    || fail "bash does not complete the var commands"
completion "botvault-cli var set" '' '--e' | grep -qx -- '--export' || fail "bash does not complete --export"
[ "$(completion "botvault-cli --vault $work/vault.db var list" install-test-password 'Sh')" = "Shop" ] \
    || fail "bash does not complete the project name"
[ -z "$(completion "botvault-cli --vault $work/vault.db var list" '' 'Sh')" ] \
    || fail "completion must not ask for or guess the master password"
if command -v zsh >/dev/null; then zsh -n "$prefix/share/zsh/vendor-completions/_botvault-cli"; fi
if command -v fish >/dev/null; then fish -n "$prefix/share/fish/vendor_completions.d/botvault-cli.fish"; fi

echo "InstallTree: the installed tree works from $prefix"
