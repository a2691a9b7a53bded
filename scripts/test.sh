#!/usr/bin/env bash
# Runs every CpdLog test: unit, portfolio (PDF), integration on SQLite, the same integration suite on a throwaway
# PostgreSQL server, and the Chromium browser tests. Installs what is missing with apt-get (Chromium, PostgreSQL,
# tzdata, qpdf, poppler-utils, the fonts the portfolio tests draw with). A missing server or browser fails the run; nothing is silently skipped.
#
# Usage: scripts/test.sh            (everything)
#        SKIP_POSTGRES=1 scripts/test.sh   (developer shortcut; CI never sets it)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/.tmp/test-results"
rm -rf "$results" && mkdir -p "$results"

log() { printf '\n==> %s\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- 1. System packages -------------------------------------------------------------------------------------------
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# Every "today" is the UK date (Europe/London); the service refuses to start without the time zone database.
[ -f /usr/share/zoneinfo/Europe/London ] || need+=(tzdata)
command -v qpdf >/dev/null || need+=(qpdf)
command -v pdffonts >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -i "DejaVu Sans" >/dev/null || need+=(fonts-dejavu-core fontconfig)
# The portfolio tests draw names in many scripts (README, "Fonts for portfolios"): Devanagari and symbols
# (Noto), Chinese (Droid Sans Fallback), monochrome emoji (Symbola), and a colour emoji font that must be passed over.
fc-list 2>/dev/null | grep -i "Noto Sans Devanagari" >/dev/null || need+=(fonts-noto-core)
fc-list 2>/dev/null | grep -i "Droid Sans Fallback" >/dev/null || need+=(fonts-droid-fallback)
fc-list 2>/dev/null | grep -i "Symbola" >/dev/null || need+=(fonts-symbola)
fc-list 2>/dev/null | grep -i "Noto Color Emoji" >/dev/null || need+=(fonts-noto-color-emoji)
if [ ${#need[@]} -gt 0 ]; then
  log "Installing ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# --- 2. Throwaway PostgreSQL ------------------------------------------------------------------------------------------
pg_pid_dir=""
stop_pg() {
  if [ -n "$pg_pid_dir" ] && [ -d "$pg_pid_dir" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$pg_pid_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_pid_dir"
  fi
}
trap stop_pg EXIT
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${SKIP_POSTGRES:-}" != "1" ]; then
  pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  pg_pid_dir=$(mktemp -d /tmp/cpdlog-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_pid_dir"
  pg_port=${CPDLOG_PG_PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind((\"127.0.0.1\", 0)); print(s.getsockname()[1])")}
  log "Starting a throwaway PostgreSQL ($pg_bin) on 127.0.0.1:$pg_port"
  run_pg "$pg_bin/initdb" -D "$pg_pid_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_pid_dir/data" -w -l "$pg_pid_dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_pid_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  export CPDLOG_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true;Maximum Pool Size=20"
fi

# --- 3. Build ------------------------------------------------------------------------------------------------------
log "Restoring tools and building"
dotnet tool restore >/dev/null
dotnet build CpdLog.sln -nologo -v q -clp:ErrorsOnly

# --- 4. Test suites ------------------------------------------------------------------------------------------------
failed_suites=()
run_suite() {
  local name=$1; shift
  log "Test suite: $name"
  if ! dotnet test "$@" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 | tee "$results/$name.log"; then
    failed_suites+=("$name")
  fi
}

run_suite unit tests/CpdLog.UnitTests
run_suite portfolio tests/CpdLog.Portfolio.Tests
CPDLOG_TEST_DB=Sqlite run_suite integration-sqlite tests/CpdLog.IntegrationTests
if [ "${SKIP_POSTGRES:-}" != "1" ]; then
  CPDLOG_TEST_DB=Postgres run_suite integration-postgres tests/CpdLog.IntegrationTests
fi
run_suite browser tests/CpdLog.BrowserTests

# --- 5. Summary ------------------------------------------------------------------------------------------------------
# Counts come from the TRX files; a suite that did not produce one counts as failed.
summary=$(python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find(".//{*}Counters")
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print(passed, failed, skipped)
PY
)
read -r passed failed skipped <<<"$summary"
log "Summary"
[ ${#failed_suites[@]} -gt 0 ] && echo "Failed suites: ${failed_suites[*]}"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ ${#failed_suites[@]} -gt 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
