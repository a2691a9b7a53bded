#!/usr/bin/env bash
# The issue-13 load benchmark, every scenario in one run (results: docs/benchmarks.md, "Load and scale").
# Usage: tests/CpdLog.LoadTests/run.sh
# Knobs (environment): LOAD_SECONDS=10 per scenario, LOAD_WARMUP=3 s unrecorded before each, CONNECTIONS=50,
#   SCALE_USERS=10000 SCALE_ACTIVITIES=500 (PostgreSQL), SOAK_SECONDS=600 SOAK_WARMUP=60 SOAK_RATE=50,
#   SKIP_POSTGRES=1 (SQLite scenarios only), SKIP_BUILD=1 (use the existing Release build), OUT=results file (default: a new folder under /tmp).
# Only loopback addresses are used; every loop is bounded in time; the servers it starts are stopped on exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${LOAD_SECONDS:-10}
connections=${CONNECTIONS:-50}
scale_users=${SCALE_USERS:-10000}
scale_activities=${SCALE_ACTIVITIES:-500}
soak_seconds=${SOAK_SECONDS:-600}
soak_warmup=${SOAK_WARMUP:-60}
soak_rate=${SOAK_RATE:-50}
work=$(mktemp -d /tmp/cpdlog-load.XXXXXX)
chmod 755 "$work" # the throwaway PostgreSQL runs as the postgres user
out=${OUT:-$work/results.md}
export LOAD_WARMUP=${LOAD_WARMUP:-3}
pids=()
pg_dir=""
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -n "$pg_dir" ]; then run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [ "${SKIP_BUILD:-}" != "1" ]; then # SKIP_BUILD=1: use the Release build already there
  log "Building (Release)"
  dotnet build "$root/src/CpdLog.Web" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
  dotnet build "$root/tests/CpdLog.LoadTests" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
fi
app_dll="$root/src/CpdLog.Web/bin/Release/net10.0/CpdLog.Web.dll"
tool=(dotnet "$root/tests/CpdLog.LoadTests/bin/Release/net10.0/CpdLog.LoadTests.dll")
password=Scale-Test-Password-1
bench_settings=(--Logging:LogLevel:Default=Warning --RateLimiting:Accounts:PerAddressPermitLimit=100000000
  --RateLimiting:Accounts:PerAccountPermitLimit=100000000)

# seed DATA_DIR USERS ACTIVITIES [provider settings...]: --seed-scale in Development (it refuses anywhere else).
seed() {
  local data=$1 users=$2 activities=$3; shift 3
  mkdir -p "$data"
  (cd "$root/src/CpdLog.Web" && ASPNETCORE_ENVIRONMENT=Development dotnet "$app_dll" --seed-scale "$users" "$activities" \
     --Storage:DataPath="$data" --Logging:LogLevel:Default=Warning "$@") >&2
}

# start DATA_DIR PORT [provider settings...]: the app on loopback; sets $app_pid. "Staging" is Production in all but
# the public-address check (Production refuses a loopback Email:BaseUrl, and this benchmark never leaves loopback).
start() {
  local data=$1 port=$2; shift 2
  (cd "$root/src/CpdLog.Web" && ASPNETCORE_ENVIRONMENT=Staging exec dotnet "$app_dll" --urls "http://127.0.0.1:$port" \
     --Storage:DataPath="$data" --Email:BaseUrl="http://127.0.0.1:$port" --Email:AllowHttpLinks=true "${bench_settings[@]}" "$@") \
     >"$work/app-$port.log" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  log "app on $port did not start"; cat "$work/app-$port.log" >&2; exit 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

{
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/{print $2}') GiB;" \
       "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); .NET $(dotnet --version); $connections connections, ${seconds} s per scenario after ${LOAD_WARMUP} s warm-up."
  echo
  echo "$(printf '%s' "| scenario | requests/s | p50 ms | p99 ms | requests | errors | KB/response |")"
  echo "|---|---:|---:|---:|---:|---:|---:|"
} >>"$out"

# 1. Bare ASP.NET Core.
hello_port=$(free_port)
"${tool[@]}" hello "$hello_port" & pids+=($!)
sleep 3
log "bare hello"
"${tool[@]}" bench-hello "http://127.0.0.1:$hello_port" "$connections" "$seconds" "$out"

# 2. SQLite: one user with 3 registrations and 2,000 activities, then 20,000.
for n in 2000 20000; do
  data="$work/sqlite-$n"
  log "SQLite: seeding 1 user × $n activities"
  seed "$data" 1 "$n"
  port=$(free_port)
  start "$data" "$port"
  log "SQLite $n: single-user scenarios"
  "${tool[@]}" single "http://127.0.0.1:$port" scale-00001@example.nhs.uk "$password" "$connections" "$seconds" "$out" "SQLite $n activities:"
  stop "$app_pid"
done
echo "(load average now: $(cut -d' ' -f1-3 /proc/loadavg))" >>"$out"

if [ "${SKIP_POSTGRES:-}" = "1" ]; then
  log "SKIP_POSTGRES=1: done. Results: $out"; cat "$out"; exit 0
fi

# 3. PostgreSQL at trust scale (a throwaway server on loopback).
pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pg_dir="$work/pg"; mkdir -p "$pg_dir"; [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
pg_port=$(free_port)
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/server.log" -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir \
  -c max_connections=200 -c shared_buffers=1GB -c synchronous_commit=off" start >/dev/null
pg="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=cpdlog_scale;Maximum Pool Size=100"
run_pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -c "CREATE DATABASE cpdlog_scale" >/dev/null
log "PostgreSQL: seeding $scale_users users × $scale_activities activities"
seed_start=$(date +%s)
seed "$work/pg-files" "$scale_users" "$scale_activities" --Database:Provider=Postgres "--ConnectionStrings:Postgres=$pg"
seed_time=$(( $(date +%s) - seed_start ))
size=$(run_pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -d cpdlog_scale -Atc "SELECT pg_size_pretty(pg_database_size('cpdlog_scale'))")
echo >>"$out"
echo "PostgreSQL $($pg_bin/postgres --version | awk '{print $3}'): $scale_users users × $scale_activities activities seeded in ${seed_time} s ($size)." >>"$out"
echo >>"$out"
echo "| scenario | requests/s | p50 ms | p99 ms | requests | errors | KB/response |" >>"$out"
echo "|---|---:|---:|---:|---:|---:|---:|" >>"$out"
port=$(free_port)
start "$work/pg-files" "$port" --Database:Provider=Postgres "--ConnectionStrings:Postgres=$pg"
log "PostgreSQL: random users"
"${tool[@]}" scale "http://127.0.0.1:$port" "$password" "$scale_users" "$connections" "$seconds" "$out" || true
log "PostgreSQL: sign-in on its own"
"${tool[@]}" signin "http://127.0.0.1:$port" "$password" "$scale_users" "$connections" "$seconds" "$out" || true
echo "(load average now: $(cut -d' ' -f1-3 /proc/loadavg))" >>"$out"

log "PostgreSQL: query plans"
"$(dirname "$0")/explain.sh" "$pg_port" >"$work/explain.txt" 2>&1 || true
echo >>"$out"; echo "Query plans: $work/explain.txt" >>"$out"

# 4. Memory soak on the same server: mixed reads, writes and portfolio renders at a fixed rate.
log "Soak: $soak_rate req/s for $soak_seconds s after $soak_warmup s warm-up"
echo >>"$out"
"${tool[@]}" soak "http://127.0.0.1:$port" "$password" "$scale_users" "$soak_rate" "$soak_seconds" "$soak_warmup" "$app_pid" "$out" || true
echo "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))" >>"$out"
log "Done. Results: $out"
cat "$out"
