#!/bin/bash
# Command-line benchmarks: each command in a fresh JVM, as a user runs it. Times in seconds.
J=${PROMISE_JAR:-target/promise.jar}
t() { local label=$1; shift; /usr/bin/time -f "$label|%e|%U|%S|%M" "$@" > /dev/null 2>> times.txt; }
out=${1:-/tmp/promise-bench}; mkdir -p "$out"; J=$(realpath "$J"); cd "$out"
for n in 10000 100000; do
  t "generate $n" java -jar $J generate --children $n --seed 1 --year 2026 --out g$n
  t "generate $n history 5" java -jar $J generate --children $n --seed 1 --year 2026 --history 5 --out h$n
  t "validate-903 $n" java -Xmx2g -jar $J validate-903 --in g$n --year 2026 --out v$n.json
  t "indicators $n history 5" java -jar $J indicators --in h$n --year 2026 --out i$n.json
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists bench_$n" -c "create database bench_$n" 2>/dev/null
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/bench_$n SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
  t "import-903 $n PostgreSQL" java -jar $J import-903 --in g$n
  t "export-903 csv $n PostgreSQL" java -jar $J export-903 --year 2026 --format csv --out e$n
  t "export-903 xml $n PostgreSQL" java -jar $J export-903 --year 2026 --format xml --out x$n
  unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
  same=0; for f in g$n/*.csv; do cmp -s $f e$n/$(basename $f) && same=$((same+1)); done; echo "round trip $n: $same of $(ls g$n/*.csv | wc -l) tables identical" >> times.txt
  t "report $n history 5" java -jar $J report --in h$n --year 2026 --out r$n.pdf
done
echo DONE >> times.txt
