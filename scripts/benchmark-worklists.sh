#!/usr/bin/env bash
# Worklist response times with the demo council on PostgreSQL (issue 3: under 200 ms at the 95th percentile).
# Needs a PostgreSQL server (default 127.0.0.1:5432, user postgres, trust auth) and target/promise.jar.
# Creates (and afterwards drops) the database promise_bench; prints p50/p95 per page and account.
# Usage: scripts/benchmark-worklists.sh [requests-per-page]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-60}
PGHOST=${PGHOST:-127.0.0.1}; PGUSER=${PGUSER:-postgres}; PORT=${PORT:-8190}
DB=promise_bench
WORK=$(mktemp -d)
psql -h "$PGHOST" -U "$PGUSER" -qc "drop database if exists $DB" -c "create database $DB" postgres
java -jar target/promise.jar --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" --spring.datasource.username="$PGUSER" \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; psql -h "$PGHOST" -U "$PGUSER" -qc "drop database if exists $DB" postgres; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do grep -q "Started PromiseApplication" "$WORK/server.log" && break; sleep 1; done
grep -E "Demo council added|Started PromiseApplication" "$WORK/server.log" | sed 's/.*: //'
# wait for the start-up warm-up of the day's due items, so the figures are the warm ones
for _ in $(seq 1 120); do grep -q "Due items for" "$WORK/server.log" && break; sleep 1; done
grep "Due items for" "$WORK/server.log" | sed 's/.*: //'

measure() { # account page
  local jar="$WORK/$1.cookies" token
  token=$(curl -s -c "$jar" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$1&password=promise-demo&_csrf=$token" "http://localhost:$PORT/login"
  curl -s -b "$jar" -o /dev/null "http://localhost:$PORT$2" # first request of this session, not counted
  for _ in $(seq 1 "$N"); do curl -s -b "$jar" -o /dev/null -w "%{time_total}\n" "http://localhost:$PORT$2"; done \
    | sort -n | awk -v who="$1 $2" '{t[NR]=$1*1000} END {p50=t[int(NR*0.5+0.5)]; p95=t[int(NR*0.95+0.5)]; printf "| %s | %d | %.0f ms | %.0f ms |\n", who, NR, p50, p95}'
}
echo "| account and page | requests | p50 | p95 |"
echo "|---|---:|---:|---:|"
for who in social.worker team.manager iro personal.adviser performance; do measure "$who" /worklist; done
measure complaints /complaints
measure performance /timeliness
