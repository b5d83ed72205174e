#!/usr/bin/env bash
# Benchmark: importing the UN's 29,115-row contribution file in release mode, against sqlite3's own
# `.import` of the same file into a plain table; and peak memory as the file grows (1x, 4x, 16x rows).
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-../shared/data/un-gender-by-mission-2009-2014.csv}
swift build -c release --product triad >/dev/null
triad=.build/release/triad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo "scale=3; ($end - $start) / 1000000000" | bc; }

rows=$(($(wc -l < "$file") - 1))
"$triad" init --db "$work/triad.sqlite" >/dev/null
t_triad=$(seconds "$triad" import contributions "$file" --create-missing --db "$work/triad.sqlite")
t_sqlite=$(seconds sqlite3 "$work/plain.sqlite" ".import --csv $file un")
printf 'rows: %d\n' "$rows"
printf 'triad import:    %6.2f s  %8.0f rows/s\n' "$t_triad" "$(echo "$rows / $t_triad" | bc -l)"
printf 'sqlite3 .import: %6.2f s  %8.0f rows/s\n' "$t_sqlite" "$(echo "$rows / $t_sqlite" | bc -l)"
t_again=$(seconds "$triad" import contributions "$file" --create-missing --db "$work/triad.sqlite")
printf 'triad re-import (nothing changes): %.2f s\n' "$t_again"

# Larger files: the same rows shifted by 20, 40, … years, so that each copy is new data.
for copies in 1 4 16; do
  big="$work/big-$copies.csv"
  head -n 1 "$file" > "$big"
  for ((k = 0; k < copies; k++)); do
    tail -n +2 "$file" | awk -F, -v OFS=, -v shift=$((k * 20)) '{ split($2, d, "-"); $2 = (d[1] + shift) "-" d[2] "-" d[3]; print }'
  done >> "$big"
  rm -f "$work/mem.sqlite"*
  "$triad" init --db "$work/mem.sqlite" >/dev/null
  peak=$( { /usr/bin/time -f '%M' "$triad" import contributions "$big" --create-missing --db "$work/mem.sqlite" >/dev/null; } 2>&1 | tail -n 1)
  printf 'peak memory, %6d rows: %6.1f MB\n' "$((rows * copies))" "$(echo "$peak / 1024" | bc -l)"
done
