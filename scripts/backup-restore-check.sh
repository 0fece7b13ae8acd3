#!/usr/bin/env bash
# Backs up Promise's PostgreSQL database with pg_dump and proves the backup restores (docs/operations.md):
#   1. pg_dump --format=custom into $BACKUP_DIR/promise-<database>-<UTC time>.dump (the backup kept);
#   2. pg_restore of that file into a new scratch database on the same server;
#   3. compares the two, table by table: the schema version (Flyway's history), the tables present, and each
#      table's row count; with STRICT=1 (a database nobody is writing to) also each table's content checksum;
#   4. drops the scratch database. Exit 0 when the restore matches, 1 when it does not, 2 on bad usage.
# On a live database rows written after the dump (audit, sessions, sign-in attempts) show as "changed since the
# dump" and are not failures without STRICT=1.
#
# Connection: libpq's environment (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass), default 127.0.0.1:5432
# user postgres. The user needs CREATEDB for the scratch database.
# Usage: BACKUP_DIR=/var/backups/promise scripts/backup-restore-check.sh [database]   (default promise)
set -euo pipefail
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${1:-promise}
BACKUP_DIR=${BACKUP_DIR:-/var/backups/promise}
STRICT=${STRICT:-0}
if [ $# -gt 1 ] || [ "${DB#-}" != "$DB" ]; then
  echo "usage: BACKUP_DIR=dir $0 [database]" >&2; exit 2
fi
mkdir -p "$BACKUP_DIR"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
DUMP="$BACKUP_DIR/promise-$DB-$STAMP.dump"
SCRATCH="${DB}_restore_check_$$"
trap 'psql -X -q -d postgres -c "drop database if exists $SCRATCH" >/dev/null 2>&1 || true' EXIT

started=$(date +%s)
pg_dump --format=custom --no-owner --file="$DUMP" "$DB"
echo "backup: $DUMP ($(du -h "$DUMP" | cut -f1), $(( $(date +%s) - started )) s)"

started=$(date +%s)
psql -X -q -d postgres -c "create database $SCRATCH"
pg_restore --no-owner --exit-on-error --dbname="$SCRATCH" "$DUMP"
echo "restored into scratch database $SCRATCH in $(( $(date +%s) - started )) s"

# One line per table: name, rows (and, strictly, an md5 of the rows in a fixed order).
table_figures() {
  local db=$1 tables t
  tables=$(psql -X -At -d "$db" -c "select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")
  for t in $tables; do
    if [ "$STRICT" = 1 ]; then
      psql -X -At -d "$db" -c "select '$t', count(*), coalesce(md5(string_agg(r::text, '|' order by r::text)), '-')
          from \"$t\" r"
    else
      psql -X -At -d "$db" -c "select '$t', count(*), '-' from \"$t\""
    fi
  done
}
version() {
  psql -X -At -d "$1" -c "select max(version::int) from flyway_schema_history where success"
}

table_figures "$DB" > "/tmp/promise-source-$$.txt"
table_figures "$SCRATCH" > "/tmp/promise-restored-$$.txt"
trap 'rm -f /tmp/promise-source-$$.txt /tmp/promise-restored-$$.txt; psql -X -q -d postgres -c "drop database if exists $SCRATCH" >/dev/null 2>&1 || true' EXIT

failed=0
if [ "$(version "$DB")" != "$(version "$SCRATCH")" ]; then
  echo "FAIL: schema version $(version "$DB") in $DB, $(version "$SCRATCH") restored"; failed=1
fi
tables=0; same=0
while IFS='|' read -r name rows sum; do
  tables=$((tables + 1))
  restored=$(grep "^$name|" "/tmp/promise-restored-$$.txt" || true)
  if [ -z "$restored" ]; then
    echo "FAIL: table $name is missing from the restore"; failed=1; continue
  fi
  IFS='|' read -r _ rrows rsum <<< "$restored"
  if [ "$rows" = "$rrows" ] && [ "$sum" = "$rsum" ]; then
    same=$((same + 1))
  elif [ "$STRICT" = 1 ]; then
    echo "FAIL: table $name: $rows rows (checksum $sum) in $DB, $rrows rows (checksum $rsum) restored"; failed=1
  else
    echo "note: table $name changed since the dump: $rows rows now, $rrows in the backup"
  fi
done < "/tmp/promise-source-$$.txt"
total_rows=$(awk -F'|' '{n += $2} END {print n + 0}' "/tmp/promise-restored-$$.txt")
echo "schema version $(version "$SCRATCH"); $same of $tables tables identical$([ "$STRICT" = 1 ] && echo " (rows and checksums)"); $total_rows rows restored"
if [ "$failed" = 0 ]; then echo "restore check: OK"; else echo "restore check: FAILED"; fi
exit "$failed"
