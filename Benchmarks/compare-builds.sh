#!/usr/bin/env bash
# Times two builds of triad against each other on the benchmark fixture, command by command, by turns
# (this kind of machine has slow and fast minutes, so a figure measured minutes apart from its baseline
# says little): the check that a refactoring made nothing slower.
#
#   bash Benchmarks/compare-builds.sh OLD_TRIAD NEW_TRIAD [FIXTURE]
#
# FIXTURE defaults to the suite's (.build/benchmarks/fixture-1-100000.sqlite, written by Benchmarks/run.sh).
# Reads run on the fixture itself; writes each on a copy of their own. Prints the median of RUNS (11) runs
# of each command for each build and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2
fixture=${3:-.build/benchmarks/fixture-1-100000.sqlite}
RUNS=${RUNS:-11}
[ -f "$fixture" ] || { echo "error: no fixture at $fixture; run Benchmarks/run.sh once to write it" >&2; exit 1; }
export TRIAD_ACTOR=benchmark
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source Benchmarks/timing.sh

largest=$(sqlite3 "$fixture" "SELECT m.acronym FROM meetingMission mm JOIN mission m ON m.id = mm.missionId
  GROUP BY mm.missionId ORDER BY count(*) DESC LIMIT 1")
owner=$(sqlite3 "$fixture" "SELECT p.code FROM actionItem a JOIN party p ON p.id = a.ownerPartyId
  WHERE a.status IN ('open', 'in-progress') GROUP BY a.ownerPartyId ORDER BY count(*) DESC LIMIT 1")
"$old" db stats --db "$fixture" >/dev/null  # a first opening checks the file's pages once

echo "| command | old | new | new ÷ old |"
echo "|---|---|---|---|"
compare() {
  local name=$1; shift
  local a=() b=()
  for ((i = 0; i < RUNS; i++)); do
    a+=($(wall_ms "$old" "$@"))
    b+=($(wall_ms "$new" "$@"))
  done
  local o n
  o=$(median "${a[@]}") n=$(median "${b[@]}")
  printf '| %s | %s ms | %s ms | %s |\n' "$name" "$o" "$n" "$(awk -v o="$o" -v n="$n" 'BEGIN { printf "%.2f", n / o }')"
}
reads=(--db "$fixture" --as-of 2025-11-01)
compare "--help" --help
compare "report mandate $largest" report mandate "$largest" "${reads[@]}"
compare "report mandate $largest --format json" report mandate "$largest" --format json "${reads[@]}"
compare "report follow-up --owner $owner" report follow-up --owner "$owner" "${reads[@]}"
compare "report renewals" report renewals "${reads[@]}"
compare "report contributors $largest" report contributors "$largest" "${reads[@]}"
compare "mission show $largest" mission show "$largest" "${reads[@]}"
compare "party list" party list "${reads[@]}"
compare "meeting list --mission $largest" meeting list --mission "$largest" "${reads[@]}"
compare "action list --owner $owner --format csv" action list --owner "$owner" --format csv "${reads[@]}"
compare "export ics --mission $largest" export ics --mission "$largest" "${reads[@]}"
# Writes: each build on a copy of its own, so that neither opens a file the other just changed.
cp "$fixture" "$work/old.sqlite" && cp "$fixture" "$work/new.sqlite" && sync
"$old" db stats --db "$work/old.sqlite" >/dev/null && "$new" db stats --db "$work/new.sqlite" >/dev/null
a=() b=()
for ((i = 0; i < RUNS; i++)); do
  a+=($(wall_ms "$old" action add "Benchmark" --owner DPO --due 2025-12-01 --db "$work/old.sqlite"))
  b+=($(wall_ms "$new" action add "Benchmark" --owner DPO --due 2025-12-01 --db "$work/new.sqlite"))
done
o=$(median "${a[@]}") n=$(median "${b[@]}")
printf '| action add | %s ms | %s ms | %s |\n' "$o" "$n" "$(awk -v o="$o" -v n="$n" 'BEGIN { printf "%.2f", n / o }')"
