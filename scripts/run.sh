#!/usr/bin/env bash
# Sets up (packages, QCA, build) and starts BotVault on its default vault in the user's data folder.
# Arguments are passed to the application.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh" >&2
if [ $# -eq 0 ]; then
    set -- --help
fi
exec "$repo/build/bin/botvault-cli" "$@"
