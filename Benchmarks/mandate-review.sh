#!/usr/bin/env bash
# Benchmark: the mandate review of one mission on a database with 10,000 meetings and 100,000 actions,
# in release mode. Prints the median of several runs of each report against the target (well under a second).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product triad >/dev/null
triad=.build/release/triad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite"
"$triad" init --db "$db" >/dev/null
sqlite3 "$db" < Benchmarks/generate-reports-fixture.sql
echo "fixture: $(sqlite3 "$db" 'SELECT count(*) FROM meeting') meetings, $(sqlite3 "$db" 'SELECT count(*) FROM actionItem') actions, $(sqlite3 "$db" 'SELECT count(*) FROM contribution') contribution records"

median_ms() {
  local runs=()
  for _ in 1 2 3 4 5 6 7; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    runs+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 4p
}

printf '%-60s %9s\n' "command" "median"
for args in \
  "report mandate MINUSCA --as-of 2025-11-01 --format json" \
  "report mandate MINUSCA --as-of 2025-11-01 --format html" \
  "report contributors MINUSCA --as-of 2025-11-01 --format json" \
  "report renewals --as-of 2025-11-01 --format json" \
  "report follow-up --owner DPO --as-of 2025-11-01 --format json"; do
  # shellcheck disable=SC2086
  printf '%-60s %6s ms\n' "$args" "$(median_ms "$triad" $args --db "$db")"
done
