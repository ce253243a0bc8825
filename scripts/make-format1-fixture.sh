#!/usr/bin/env bash
# Writes tests/data/vault-format1.bvault: a small vault in record format 1 (per-record HKDF subkeys,
# before format 2), made by the binaries of a BotVault from before format 2, so that TestVaultUpgrade
# upgrades real old bytes. Its master password and contents are in tests/data/README.md; the test
# checks every one of them after the upgrade.
#
#   scripts/make-format1-fixture.sh BIN_DIR     (BIN_DIR holds botvault-cli and botvault-server of
#                                                the old build, e.g. a build of commit c665812)
set -euo pipefail
bin=${1:?usage: $0 BIN_DIR}
out="$(cd "$(dirname "$0")/.." && pwd)/tests/data/vault-format1.bvault"
work=$(mktemp -d)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

printf '%s' 'format one fixture' >"$work/password"
cli() { "$bin/botvault-cli" --vault "$work/vault.db" --password-file "$work/password" "$@"; }

cli init --kdf-memory-mib 19 --kdf-passes 2
cli project add "Support bot"
cli project add "Shop bot"
printf '%s' 'sk-support-0001' | cli secret set "Support bot" API_KEY
printf '%s' 'tls-key-value' | cli secret set "Support bot" TLS_KEY
cli var set "Support bot" GREETING "Hello!" --export
cli var set "Support bot" TIMEOUT_MS 2500

# "Shop bot" is bound to a reference server: a credential, remote states and queued changes.
"$bin/botvault-server" user add admin --role SYSTEM_ADMIN --db "$work/server.db" >"$work/token"
remote=$("$bin/botvault-server" project add Remote --db "$work/server.db")
"$bin/botvault-server" serve --db "$work/server.db" --port 0 >"$work/server.out" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 50); do
    grep -q listening "$work/server.out" && break
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/server.out")
cli remote set "Shop bot" "$url" --remote-project "$remote" <"$work/token"
printf '%s' 'shop-secret-1' | cli secret set "Shop bot" SHOP_TOKEN
cli var set "Shop bot" CURRENCY EUR
cli publish "Shop bot"
# Queued after the publish: stays in the outbox.
cli var set "Shop bot" CURRENCY USD
kill "$server_pid"
server_pid=

test ! -e "$work/vault.db-wal" || test ! -s "$work/vault.db-wal"
cp "$work/vault.db" "$out"
echo "wrote $out"
