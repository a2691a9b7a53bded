#!/usr/bin/env bash
# Adds an EF Core migration named $1 to BOTH providers' migration projects.
# Usage: scripts/add-migration.sh AddFundingRequests
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
dotnet build src/CpdLog.Web -v q -nologo >/dev/null
dotnet ef migrations add "$name" --no-build \
  --project migrations/CpdLog.Migrations.Sqlite --startup-project src/CpdLog.Web \
  -- --Database:Provider=Sqlite
dotnet ef migrations add "$name" --no-build \
  --project migrations/CpdLog.Migrations.Postgres --startup-project src/CpdLog.Web \
  -- --Database:Provider=Postgres "--ConnectionStrings:Postgres=Host=localhost;Database=design_time"
