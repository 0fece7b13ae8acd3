#!/usr/bin/env bash
# Issue 13's measurement: the permanence drift list, the care leavers' in-year figures as at a date and the
# children-at-risk list for a 10,000-child council with five years of history, time per page.
# Generates the council (generate --history 5 --people-out), imports it into an empty PostgreSQL database
# (import-903, import-people), adds a team manager's account, starts Promise on that database without demo data,
# signs in, asks for each page once (the first view, shown on its own) and then N times (p50/p95).
# Never run by the tests or scripts/test.sh.
#
# Needs Java, curl and a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 user postgres, trust on
# loopback); builds target/promise.jar if it is missing. Creates the database $DB (default promise_bench_services,
# dropped afterwards unless KEEP_DB=1; SERVER_LOG=FILE keeps the server's log). Settings: CHILDREN (10000), HISTORY (5), SEED (1), YEAR (2026), N (20).
# Usage: scripts/benchmark-services.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${DB:-promise_bench_services}
CHILDREN=${CHILDREN:-10000}; HISTORY=${HISTORY:-5}; SEED=${SEED:-1}; YEAR=${YEAR:-2026}; N=${N:-20}
PORT=${PORT:-8193}
WORK=$(mktemp -d)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ -n "${SERVER_LOG:-}" ] && [ -f "$WORK/server.log" ]; then cp "$WORK/server.log" "$SERVER_LOG"; fi
  if [ "${KEEP_DB:-0}" != 1 ]; then psql -qc "drop database if exists $DB" postgres >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -f target/promise.jar ]; then mvn -B -q package -DskipTests; fi
JAR=$(realpath target/promise.jar)
echo "benchmark-services.sh: $CHILDREN children, $HISTORY years, seed $SEED, year $YEAR; $(nproc) processors," \
  "load $(cut -d' ' -f1-3 /proc/loadavg) at the start" >&2

java -jar "$JAR" generate --children "$CHILDREN" --seed "$SEED" --year "$YEAR" --history "$HISTORY" \
  --out "$WORK/return" --people-out "$WORK/people" > "$WORK/generate.log" 2>&1
psql -qc "drop database if exists $DB" -c "create database $DB" postgres >/dev/null
export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  SPRING_DATASOURCE_PASSWORD= PROMISE_DEMO_ENABLED=false
java -jar "$JAR" import-903 --in "$WORK/return" > "$WORK/import.log" 2>&1
java -jar "$JAR" import-people --in "$WORK/people" > "$WORK/people.log" 2>&1
PASSWORD="benchmark-$(date +%s)-password"
PROMISE_PASSWORD="$PASSWORD" java -jar "$JAR" create-user --username bench.manager --role TEAM_MANAGER \
  --name "Benchmark Manager" --email bench.manager@example.org > "$WORK/user.log" 2>&1
echo "imported: $(tail -1 "$WORK/import.log" | cut -c1-160)" >&2

java -jar "$JAR" --server.port="$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 180); do grep -q "Started PromiseApplication" "$WORK/server.log" && break; sleep 1; done
for _ in $(seq 1 180); do grep -q "Due items for" "$WORK/server.log" && break; sleep 1; done

JAR_COOKIES="$WORK/cookies"
token=$(curl -s -c "$JAR_COOKIES" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
  | sed 's/.*value="//;s/"//')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null \
  --data-urlencode "username=bench.manager" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
  "http://localhost:$PORT/login"

measure() { # label path
  local first code
  read -r code first < <(curl -s -b "$JAR_COOKIES" -o /dev/null -w "%{http_code} %{time_total}\n" "http://localhost:$PORT$2")
  for _ in $(seq 1 "$N"); do curl -s -b "$JAR_COOKIES" -o /dev/null -w "%{time_total}\n" "http://localhost:$PORT$2"; done \
    | sort -n | awk -v who="$1" -v first="$first" -v code="$code" '{t[NR]=$1*1000}
      END {p50=t[int(NR*0.5+0.5)]; p95=t[int(NR*0.95+0.5)];
           printf "| %s | %s | %.0f ms | %d | %.0f ms | %.0f ms |\n", who, code, first*1000, NR, p50, p95}'
}
AS_AT="$YEAR-01-31"
echo "| page | status | first view | warm requests | p50 | p95 |"
echo "|---|---|---:|---:|---:|---:|"
measure "permanence tracker" /permanence
measure "permanence drift list" "/permanence?drift=yes"
measure "drift list as CSV" "/permanence.csv?drift=yes"
measure "care leavers' in-year figures, today" /leavers
measure "care leavers' in-year figures as at $AS_AT" "/leavers?asAt=$AS_AT"
measure "children at risk" /risk
echo "benchmark-services.sh: load $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
