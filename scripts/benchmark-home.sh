#!/usr/bin/env bash
# Home page response times for every demo account (issue 16: under 300 ms warm on the demo council).
# Needs a running Promise with the demo council (e.g. java -jar target/promise.jar --promise.demo.enabled=true
# --server.port=8101 in an empty directory). Signs in as each account, asks for / once (not counted) and then N
# times; prints p50/p95 per account as a markdown table.
# Usage: BASE=http://localhost:8101 scripts/benchmark-home.sh [requests-per-account]   (default 20)
set -euo pipefail
N=${1:-20}
BASE=${BASE:-http://localhost:8101}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
measure() { # account
  local jar="$WORK/$1.cookies" token
  token=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$1&password=promise-demo&_csrf=$token" "$BASE/login"
  curl -s -b "$jar" -o /dev/null "$BASE/" # first request of this session, not counted
  for _ in $(seq 1 "$N"); do curl -s -b "$jar" -o /dev/null -w "%{time_total}\n" "$BASE/"; done \
    | sort -n | awk -v who="$1" '{t[NR]=$1*1000} END {p50=t[int(NR*0.5+0.5)]; p95=t[int(NR*0.95+0.5)]; printf "| %s | %d | %.0f ms | %.0f ms |\n", who, NR, p50, p95}'
}
echo "| account | requests | p50 | p95 |"
echo "|---|---:|---:|---:|"
for who in social.worker team.manager iro personal.adviser performance board admin complaints partner iro.manager \
    virtual.school health; do
  measure "$who"
done
