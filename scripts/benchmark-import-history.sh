#!/usr/bin/env bash
# Issue 10's measurement: import-903 of five years of a 10,000-child council (generate --history 5, one folder
# whose tables hold every year), into an empty H2 file database and into an empty PostgreSQL database, each in a
# fresh JVM as a user runs it: wall time, CPU and peak memory (GNU time's maximum resident set size), then the
# same folder imported again (it must change nothing). Never run by the tests or scripts/test.sh.
#
# Needs Java, GNU time and a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 user postgres, trust
# on loopback); builds target/promise.jar if it is missing. Creates the database $DB (default promise_bench_import,
# dropped afterwards unless KEEP_DB=1) and a temporary folder (removed). Settings: CHILDREN (10000), HISTORY (5),
# SEED (1), YEAR (2026), XMX (2g). Prints a Markdown table.
# Usage: scripts/benchmark-import-history.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:-promise_bench_import}
CHILDREN=${CHILDREN:-10000}; HISTORY=${HISTORY:-5}; SEED=${SEED:-1}; YEAR=${YEAR:-2026}; XMX=${XMX:-2g}
WORK=$(mktemp -d)
cleanup() {
  if [ "${KEEP_DB:-0}" != 1 ]; then psql -qc "drop database if exists $DB" postgres >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -f target/promise.jar ]; then mvn -B -q package -DskipTests; fi
JAR=$(realpath target/promise.jar)

# label, then the command: one row "label|wall s|user s|sys s|max RSS KB|exit"
timed() {
  local label=$1; shift
  local code=0
  /usr/bin/time -f "%e|%U|%S|%M" -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || code=$?
  echo "| $label | $(cut -d'|' -f1 "$WORK/time") s | $(cut -d'|' -f2 "$WORK/time") s | $(cut -d'|' -f3 "$WORK/time") s |" \
    "$(( $(cut -d'|' -f4 "$WORK/time") / 1024 )) MB | $code | $(tail -1 "$WORK/err" | cut -c1-140) |"
}

echo "benchmark-import-history.sh: $CHILDREN children, $HISTORY years of history, seed $SEED, year $YEAR," \
  "-Xmx$XMX; $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg) at the start" >&2
echo "| step | wall | user CPU | system CPU | peak memory (RSS) | exit | what it said (last line) |"
echo "|---|---|---|---|---|---|---|"
timed "generate --history $HISTORY" java -jar "$JAR" generate --children "$CHILDREN" --seed "$SEED" --year "$YEAR" \
  --history "$HISTORY" --out "$WORK/return"
echo "| (rows) | $(cat "$WORK/return"/*.csv | wc -l) lines in $(ls "$WORK/return"/*.csv | wc -l) tables | | | | | |"

H2="jdbc:h2:file:$WORK/h2/promise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
# commands take their database from the environment, as a user's shell gives it
export SPRING_DATASOURCE_URL="$H2"
timed "import-903 into H2 (file)" java -Xmx"$XMX" -jar "$JAR" import-903 --in "$WORK/return"
timed "import-903 again into H2 (no change)" java -Xmx"$XMX" -jar "$JAR" import-903 --in "$WORK/return"

psql -qc "drop database if exists $DB" -c "create database $DB" postgres >/dev/null
PG="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
export SPRING_DATASOURCE_URL="$PG" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD=
timed "import-903 into PostgreSQL" java -Xmx"$XMX" -jar "$JAR" import-903 --in "$WORK/return"
timed "import-903 again into PostgreSQL (no change)" java -Xmx"$XMX" -jar "$JAR" import-903 --in "$WORK/return"
echo "benchmark-import-history.sh: load $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
