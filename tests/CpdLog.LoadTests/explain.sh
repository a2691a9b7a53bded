#!/usr/bin/env bash
# EXPLAIN ANALYZE of the hot queries (as EF Core issues them, simplified) on the scale database; called by run.sh.
# Usage: explain.sh PG_PORT   (a user in the middle of the seeded range and their line manager)
set -euo pipefail
port=$1
q() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- psql -h 127.0.0.1 -p "$port" -U postgres -d cpdlog_scale "$@"; else psql -h 127.0.0.1 -p "$port" -U postgres -d cpdlog_scale "$@"; fi; }
user=$(q -Atc "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"LineManagerId\" IS NOT NULL ORDER BY \"Email\" OFFSET (SELECT count(*)/2 FROM \"AspNetUsers\" WHERE \"LineManagerId\" IS NOT NULL) LIMIT 1")
manager=$(q -Atc "SELECT \"LineManagerId\" FROM \"AspNetUsers\" WHERE \"Id\" = '$user'")
plan() { echo "=== $1"; q -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2"; }
plan "cache key: data stamps (every compliance/dashboard request)" \
  "SELECT \"UserId\", \"Stamp\" FROM \"UserDataVersions\" WHERE \"UserId\" IN ('$user', '~custom-bodies')"
plan "registrations of the user" \
  "SELECT * FROM \"Registrations\" WHERE \"OwnerId\" = '$user' AND \"DeletedAt\" IS NULL"
plan "lean activities (cold compliance)" \
  "SELECT \"Id\", \"OwnerId\", \"Number\", \"Status\", \"StartDate\", \"EndDate\", \"Hours\", \"ParticipatoryHours\", \"Method\", \"ActivityType\", \"CodeThemes\", \"IsVerifiable\", \"IsEthics\", \"Tags\", \"FundingRequestId\" FROM \"CpdActivities\" WHERE \"OwnerId\" = '$user' AND \"DeletedAt\" IS NULL"
plan "lean reflections (cold compliance)" \
  "SELECT \"Id\", \"Number\", \"Date\", \"ActivityId\" FROM \"ReflectiveAccounts\" WHERE \"OwnerId\" = '$user' AND \"DeletedAt\" IS NULL"
plan "CPD log: newest 50 activities" \
  "SELECT * FROM \"CpdActivities\" WHERE \"OwnerId\" = '$user' AND \"DeletedAt\" IS NULL ORDER BY \"EndDate\" DESC, \"StartDate\" DESC, \"Title\" LIMIT 50"
plan "CPD log: count" \
  "SELECT count(*) FROM \"CpdActivities\" WHERE \"OwnerId\" = '$user' AND \"DeletedAt\" IS NULL"
plan "team view: reports of a line manager" \
  "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"LineManagerId\" IN ('$manager') AND \"Id\" <> '$manager'"
plan "team view: completed hours of the reports this financial year" \
  "SELECT a.\"OwnerId\", a.\"Hours\" FROM \"CpdActivities\" a WHERE a.\"OwnerId\" IN (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"LineManagerId\" = '$manager') AND a.\"DeletedAt\" IS NULL AND a.\"Status\" = 1 AND a.\"EndDate\" BETWEEN DATE '2026-04-01' AND DATE '2027-03-31'"
plan "team view: funding requests of the reports" \
  "SELECT * FROM \"FundingRequests\" WHERE \"RequesterId\" IN (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"LineManagerId\" = '$manager') AND \"FinancialYearStart\" = 2026"
plan "team view: data stamps of every report (one query)" \
  "SELECT \"UserId\", \"Stamp\" FROM \"UserDataVersions\" WHERE \"UserId\" IN (SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"LineManagerId\" = '$manager')"
