#!/usr/bin/env bash
# Issue 15's measurement: the dashboard, the monthly pack and the yearly pack (HTML and PDF) and the annual report,
# for the demo council and for a 10,000-child council: the first view after the server has started (with the
# start-up warm-up of decision 0175, and without it: promise.reports.warm-up-at-start=false) and warm views (p50 and
# the slowest of N more). Never run by the tests or scripts/test.sh.
#
# Needs Java, curl and target/promise.jar (built if missing). The demo council runs on in-memory H2; the large
# council is generated (generate --children $CHILDREN --history 5), imported with import-903 into an H2 file
# database in a temporary folder (removed afterwards), and read by the server signed in as a performance officer made
# with create-user. Settings: CHILDREN (10000), N (10 warm views), PORT (8195), COUNCILS ("demo large"),
# WARM ("on off"). Prints a Markdown table; the machine's load at the start and end goes to standard error.
# Usage: scripts/benchmark-board.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CHILDREN=${CHILDREN:-10000}; N=${N:-10}; PORT=${PORT:-8195}
COUNCILS=${COUNCILS:-demo large}; WARM=${WARM:-on off}
WORK=$(mktemp -d)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=${PROMISE_JAR:-target/promise.jar}
if [ ! -f "$JAR" ]; then mvn -B -q package -DskipTests; fi
JAR=$(realpath "$JAR")
BASE="http://127.0.0.1:$PORT"
MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
# the latest complete collection year: the year whose 31 March last passed
YEAR=$(( 10#$(date +%m) > 3 ? $(date +%Y) : $(date +%Y) - 1 ))
PASSWORD='benchmark board pages quietly'

echo "benchmark-board.sh: $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg) at the start;" \
  "monthly pack $MONTH, yearly pack $YEAR" >&2

large_council() { # generate and import once; an account that sees aggregate figures
  java -jar "$JAR" generate --children "$CHILDREN" --seed 1 --year "$YEAR" --history 5 --out "$WORK/return" > /dev/null 2>&1
  export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/h2/promise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  java -Xmx2g -jar "$JAR" import-903 --in "$WORK/return" > /dev/null 2> "$WORK/import.err"
  PROMISE_PASSWORD="$PASSWORD" java -jar "$JAR" create-user --username bench.performance --role PERFORMANCE_OFFICER \
    --name "Bench Performance" --email bench.performance@example.org > /dev/null 2>&1
  unset SPRING_DATASOURCE_URL
}

start() { # council warm-up
  local args=(--server.port="$PORT" --promise.reports.warm-up-at-start="$( [ "$2" = on ] && echo true || echo false)")
  if [ "$1" = large ]; then
    args+=(--spring.datasource.url="jdbc:h2:file:$WORK/h2/promise;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      --promise.demo.enabled=false)
  fi
  # the demo council goes in ./data under the temporary folder, a fresh one each start
  rm -rf "$WORK/run"; mkdir -p "$WORK/run"
  (cd "$WORK/run" && exec java -Xmx2g -jar "$JAR" "${args[@]}") > "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 600); do grep -q "Started PromiseApplication" "$WORK/server.log" && break; sleep 1; done
  if [ "$2" = on ]; then
    for _ in $(seq 1 600); do grep -q "Report figures for .* worked out\|could not be worked out" "$WORK/server.log" && break; sleep 1; done
    grep -o "Report figures for .*" "$WORK/server.log" | head -1 >&2 || true
  fi
  # the worklist warm-up too, so neither competes with the pages measured
  for _ in $(seq 1 300); do grep -q "Due items for" "$WORK/server.log" && break; sleep 1; done
}

stop() {
  kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""
}

sign_in() { # username password
  local token
  token=$(curl -s -c "$WORK/jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null -d "username=$1&password=$2&_csrf=$token" "$BASE/login"
}

measure() { # council warm-up page
  local first warm
  first=$(curl -s -b "$WORK/jar" -o "$WORK/body" -w "%{http_code} %{time_total}" "$BASE$3")
  warm=$(for _ in $(seq 1 "$N"); do curl -s -b "$WORK/jar" -o /dev/null -w "%{time_total}\n" "$BASE$3"; done | sort -n \
    | awk '{t[NR]=$1*1000} END {printf "%.0f ms | %.0f ms", t[int(NR*0.5+0.5)], t[NR]}')
  echo "| $1 | $2 | \`$3\` | ${first%% *} | $(awk -v s="${first##* }" 'BEGIN {printf "%.0f ms", s*1000}') | $warm |"
}

echo "| council | start-up warm-up | page | status | first view | warm p50 | warm slowest |"
echo "|---|---|---|---|---:|---:|---:|"
for council in $COUNCILS; do
  if [ "$council" = large ]; then large_council; fi
  for warm in $WARM; do
    start "$council" "$warm"
    if [ "$council" = large ]; then sign_in bench.performance "$PASSWORD"; else sign_in performance promise-demo; fi
    for page in /dashboard "/board-pack?month=$MONTH" "/board-pack?year=$YEAR" "/reports/annual?year=$YEAR" \
        "/board-pack.pdf?month=$MONTH" "/board-pack.pdf?year=$YEAR" "/reports/annual.pdf?year=$YEAR"; do
      measure "$council" "$warm" "$page"
    done
    stop
  done
done
echo "benchmark-board.sh: load $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
