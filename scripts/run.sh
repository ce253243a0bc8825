#!/usr/bin/env bash
# Sets up (packages, QCA, build) and starts the BotVault desktop application on its default vault
# in the user's data folder. Arguments are passed to the application (e.g. --vault FILE).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh" >&2
exec "$repo/build/bin/botvault" "$@"
