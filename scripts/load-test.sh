#!/usr/bin/env bash
# Issue 17's load test (Gatling, src/load/java/org/ourpromise/load/PromiseLoadSimulation.java): 50 social workers
# sign in, then, thinking 5 s between requests, open home, worklist, a child's record, the chronology and the
# visit form and save a visit, for 3 minutes, against the demo council on PostgreSQL. Loopback only; bounded
# (Gatling stops at 4 minutes whatever happens). Never run by the unit tests or scripts/test.sh.
#
# Needs a PostgreSQL server (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 user postgres, trust on loopback),
# Java and Maven. Creates the database promise_load (dropped afterwards unless KEEP_DB=1), starts target/promise.jar
# on 127.0.0.1:$PORT (default 8190) with the demo council, runs `mvn -Pload gatling:test`, prints p50/p95/p99 per
# request and the errors as a Markdown table. Settings: USERS (50), DURATION in seconds (180), THINK (5).
# Usage: scripts/load-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PORT=${PORT:-8190}
DB=${DB:-promise_load}
USERS=${USERS:-50}; DURATION=${DURATION:-180}; THINK=${THINK:-5}
WORK=$(mktemp -d)
SERVER=""

cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ "${KEEP_DB:-0}" != 1 ]; then psql -qc "drop database if exists $DB" postgres || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -f target/promise.jar ]; then mvn -B -q package -DskipTests; fi
psql -qc "drop database if exists $DB" -c "create database $DB" postgres

echo "load-test.sh: starting Promise with the demo council on PostgreSQL database $DB (first start fills it)"
java -Xmx1g -jar target/promise.jar --server.address=127.0.0.1 --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
  --promise.demo.enabled=true > "$WORK/server.log" 2>&1 &
SERVER=$!
started=""
for _ in $(seq 1 900); do
  if grep -q "Due items for" "$WORK/server.log"; then started=yes; break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then break; fi
  sleep 1
done
if [ -z "$started" ]; then echo "load-test.sh: the server did not start"; tail -40 "$WORK/server.log"; exit 1; fi
grep -E "Demo council added|Started PromiseApplication|Due items for" "$WORK/server.log" | sed 's/.*: //'

echo "load-test.sh: $USERS users for $DURATION s, $THINK s thinking; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -Pload test-compile gatling:test -Dpromise.baseUrl="http://127.0.0.1:$PORT" -Dpromise.users="$USERS" \
  -Dpromise.seconds="$DURATION" -Dpromise.think="$THINK" > "$WORK/gatling.log" 2>&1 || {
  echo "load-test.sh: Gatling failed"; tail -60 "$WORK/gatling.log"; exit 1; }
echo "load-test.sh: load afterwards $(cut -d' ' -f1-3 /proc/loadavg)"

# The newest report's figures, per request, from its statistics table (Gatling 3.15 keeps them in index.html):
# count, errors (KO), p50, p95, p99 and the slowest.
REPORT=""
for d in target/gatling/*/; do if [ -z "$REPORT" ] || [ "$d" -nt "$REPORT" ]; then REPORT=$d; fi; done
python3 - "$REPORT/index.html" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
start = page.index('id="container_statistics_head"')
rows = re.findall(r'<tr id="([^"]+)"[^>]*>(.*?)</tr>', page[start:], re.S)
print("| request | count | errors | p50 | p95 | p99 | slowest |")
print("|---|---:|---:|---:|---:|---:|---:|")
lines = []
for row_id, cells in rows:
    name = re.search(r'class="ellipsed-name">([^<]*)<', cells)
    values = dict(re.findall(r'<td class="value [a-z]+ (col-\d+)">([^<]*)</td>', cells))
    if not name or "col-2" not in values:
        continue
    line = (f"| {html.unescape(name.group(1))} | {values['col-2']} | {values['col-4']} | {values['col-8']} ms"
            f" | {values['col-10']} ms | {values['col-11']} ms | {values['col-12']} ms |")
    lines.append((row_id == "ROOT", line))
for root, line in sorted(lines, key=lambda l: l[0]):
    print(line)
PY
echo "load-test.sh: full report in $REPORT"
