#!/usr/bin/env bash
# Runs CpdLog on SQLite (./data/cpdlog.db), applying migrations at start-up.
# Usage: scripts/run.sh [--seed-demo] [any other app arguments]
#        URLS=http://0.0.0.0:8080 scripts/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root/data"
cd "$root/src/CpdLog.Web"
exec dotnet run -c Release -- --urls "${URLS:-http://127.0.0.1:5000}" --Storage:DataPath="$root/data" "$@"
