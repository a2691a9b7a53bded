#!/usr/bin/env bash
# Runs CpdLog on SQLite (./data/cpdlog.db), applying migrations at start-up.
# Usage: scripts/run.sh [--seed-demo] [any other app arguments]
#        URLS=http://0.0.0.0:8080 scripts/run.sh
#
# Links in e-mails and portfolios are built from Email:BaseUrl, never from the request, and Production refuses to
# start without a public address. So, unless ASPNETCORE_ENVIRONMENT or Email__BaseUrl is set by the caller:
#   - on a loopback address (the default 127.0.0.1:5000) the app runs in Development, for one person on this machine;
#   - on any other address it runs in Production with Email:BaseUrl set from the address it serves (a wildcard such
#     as 0.0.0.0 becomes this machine's name), and http links allowed, since that is a lab without TLS.
# A real deployment sets Email__BaseUrl (https) and AllowedHosts itself: see README "Running in production".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$root/data"
urls="${URLS:-http://127.0.0.1:5000}"
extra=()
if [[ -z "${ASPNETCORE_ENVIRONMENT:-}" && -z "${Email__BaseUrl:-}" ]]; then
    first="${urls%%;*}"
    scheme="${first%%://*}"
    hostport="${first#*://}"
    hostport="${hostport%%/*}"
    if [[ "$hostport" == \[* ]]; then host="${hostport%%]*}]"; port="${hostport#*]}"; port="${port#:}"
    else host="${hostport%%:*}"; port="${hostport#*:}"; [[ "$port" == "$hostport" ]] && port=""
    fi
    case "$host" in
        localhost | 127.* | "[::1]")
            export ASPNETCORE_ENVIRONMENT=Development ;;
        *)
            if [[ "$host" == "0.0.0.0" || "$host" == "*" || "$host" == "+" || "$host" == "[::]" ]]; then
                host=$(hostname -f 2>/dev/null || hostname)
                case "$host" in "" | localhost | localhost.*) host=$(hostname -I 2>/dev/null | awk '{print $1}') ;; esac
            fi
            extra+=("--Email:BaseUrl=$scheme://$host${port:+:$port}")
            [[ "$scheme" == "http" ]] && extra+=("--Email:AllowHttpLinks=true")
            echo "run.sh: links in e-mails and portfolios will use $scheme://$host${port:+:$port}" >&2 ;;
    esac
fi
cd "$root/src/CpdLog.Web"
exec dotnet run -c Release -- --urls "$urls" --Storage:DataPath="$root/data" "${extra[@]}" "$@"
