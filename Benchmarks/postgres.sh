#!/usr/bin/env bash
# triad on PostgreSQL against triad on SQLite (issue 13), in release mode, on a throwaway server:
#
#   bash Benchmarks/postgres.sh                 # on the fixture of 10,000 meetings (written once, kept)
#   MEETINGS=100000 bash Benchmarks/postgres.sh # on the full fixture of run.sh
#
# 1. the fixture copied into PostgreSQL with `triad db copy`, and the copy checked (the same export);
# 2. each P3 report on PostgreSQL against the same report on the SQLite file, by turns, with the statements
#    each ran (target: within 1.5×, the same number of statements);
# 3. `action add` and `action done` on PostgreSQL over a Unix socket (target: median under 50 ms);
# 4. 8 processes × 100 `action add` with 2 processes looping `report follow-up`, on each backend: errors,
#    actions written, journal rows under their own command, and throughput.
# Needs sqlite3, psql and PostgreSQL's server (Scripts/pg-server starts one in a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."

SEED=${SEED:-1}
MEETINGS=${MEETINGS:-10000}
RUNS=${RUNS:-11}
WRITERS=${WRITERS:-8}
ADDS=${ADDS:-100}

echo "building (release)..." >&2
for product in triad triad-bench; do swift build -c release --product "$product" >/dev/null; done
triad="$PWD/.build/release/triad"
bench="$PWD/.build/release/triad-bench"

mkdir -p .build/benchmarks
fixture=".build/benchmarks/fixture-$SEED-$MEETINGS.sqlite"
if [ ! -f "$fixture" ]; then
  echo "writing the fixture (seed $SEED, $MEETINGS meetings) through triad's store; kept for later runs..." >&2
  rm -f "$fixture".partial*
  "$bench" fixture --db "$fixture.partial" --seed "$SEED" --meetings "$MEETINGS" >&2
  mv "$fixture.partial" "$fixture"
  mv "$fixture.partial.lock" "$fixture.lock"
fi
fixture="$PWD/$fixture"

work=$(mktemp -d)
# The server's folder outside $work: as root the server runs as `postgres`, which cannot enter $work (0700).
server=$(mktemp -d -u /tmp/triad-bench-pg.XXXXXX)
pool="$server-pool"
trap 'Scripts/pg-pooler stop "$pool" >/dev/null 2>&1 || true; Scripts/pg-server stop "$server" >/dev/null 2>&1 || true
  rm -rf "$work"' EXIT
uri=$(Scripts/pg-server start "$server")
# database NAME: the server's URI naming another database, created empty.
database() {
  psql "$uri" -qc "CREATE DATABASE $1" >/dev/null
  echo "${uri/\/triad_test?//$1?}"
}
export TRIAD_ACTOR=benchmark

source Benchmarks/timing.sh
rows=()

# --- 1. the copy ------------------------------------------------------------------------------------------
"$triad" db stats --db "$fixture" >/dev/null  # the first opening of a copied file checks its pages
pg=$(database fixture)
echo "copying the fixture into PostgreSQL..." >&2
copy_ms=$(wall_ms "$triad" db copy --db "$fixture" --to "$pg")
cmp -s <("$triad" export json --db "$fixture") <("$triad" export json --db "$pg") && same=yes || same=NO
psql "$pg" -qc "VACUUM ANALYZE" >/dev/null
pooled=$(Scripts/pg-pooler start "$pool" "$pg" 2>/dev/null || true)
[ -n "$pooled" ] || echo "PgBouncer is not installed: the reports are measured without it" >&2

# --- 2. the reports ---------------------------------------------------------------------------------------
largest=$(sqlite3 "$fixture" "SELECT m.acronym FROM meetingMission mm JOIN mission m ON m.id = mm.missionId
  GROUP BY mm.missionId ORDER BY count(*) DESC LIMIT 1")
owner=$(sqlite3 "$fixture" "SELECT p.code FROM actionItem a JOIN party p ON p.id = a.ownerPartyId
  WHERE a.status IN ('open', 'in-progress') GROUP BY a.ownerPartyId ORDER BY count(*) DESC LIMIT 1")
# statements COMMAND...: the statements a report asks, without the opening's schema check and the
# transaction's own (BEGIN, COMMIT, PRAGMA, SET), which differ by engine.
statements() {
  rm -f "$work/sql.log"
  TRIAD_SQL_LOG="$work/sql.log" "$triad" "$@" --as-of 2025-11-01 >/dev/null
  grep -Evc '^(BEGIN|COMMIT|PRAGMA|SET )|sqlite_master|grdb_migrations|pg_catalog.pg_tables|triad_migrations' \
    "$work/sql.log"
}
report() {
  local name=$1; shift
  local on_file on_server pass
  on_file=$(statements "$@" --db "$fixture") on_server=$(statements "$@" --db "$pg")
  cmp -s <("$triad" "$@" --db "$fixture" --as-of 2025-11-01) <("$triad" "$@" --db "$pg" --as-of 2025-11-01) \
    || echo "warning: $name differs between the backends" >&2
  mine=("$triad" "$@" --db "$pg" --as-of 2025-11-01) theirs=("$triad" "$@" --db "$fixture" --as-of 2025-11-01)
  paired "$RUNS"
  local direct=$mine_ms file=$theirs_ms via="-" via_ratio="-"
  pass=$(awk -v a="$direct" -v b="$file" 'BEGIN { print (a <= 1.5 * b) ? "pass" : "FAIL" }')
  if [ -n "$pooled" ]; then
    # Through the pooler, by turns with the file again: the two pairs are minutes apart.
    mine=("$triad" "$@" --db "$pooled" --as-of 2025-11-01)
    paired "$RUNS"
    via="$mine_ms ms" via_ratio=$(awk -v a="$mine_ms" -v b="$theirs_ms" 'BEGIN { printf "%.2f×", a / b }')
    pass="$pass / $(awk -v a="$mine_ms" -v b="$theirs_ms" 'BEGIN { print (a <= 1.5 * b) ? "pass" : "FAIL" }')"
  fi
  [ "$on_file" = "$on_server" ] || pass=FAIL
  rows+=("$(printf '| %s | %s ms | %s× | %s | %s | %s ms | %s / %s | %s |' "$name" "$direct" \
    "$(awk -v a="$direct" -v b="$file" 'BEGIN { printf "%.2f", a / b }')" "$via" "$via_ratio" "$file" \
    "$on_server" "$on_file" "$pass")")
}
report "report mandate $largest" report mandate "$largest"
report "report follow-up --owner $owner" report follow-up --owner "$owner"
report "report renewals" report renewals
report "report contributors $largest" report contributors "$largest"

# --- 3. one write -----------------------------------------------------------------------------------------
cp "$fixture" "$work/write.sqlite"
"$triad" db stats --db "$work/write.sqlite" >/dev/null
before=$(psql "$pg" -Atc "SELECT max(id) FROM actionItem")
mine=("$triad" action add "Benchmark action" --owner DPO --due 2025-12-01 --db "$pg")
theirs=("$triad" action add "Benchmark action" --owner DPO --due 2025-12-01 --db "$work/write.sqlite")
paired "$RUNS"
add_pg=$mine_ms add_file=$theirs_ms
done_pg=() done_file=()
for ((i = 1; i <= RUNS; i++)); do
  done_pg+=($(wall_ms "$triad" action done "A-$((before + i))" --db "$pg"))
  done_file+=($(wall_ms "$triad" action done "A-$((before + i))" --db "$work/write.sqlite"))
done
done_pg=$(median "${done_pg[@]}") done_file=$(median "${done_file[@]}")
open=$(psql "$pg" -Atc "SELECT count(*) FROM actionItem WHERE id > $before AND status = 'open'")
[ "$open" = 0 ] || echo "warning: $open benchmark actions are still open on PostgreSQL" >&2
for figure in "action add:$add_pg:$add_file" "action done:$done_pg:$done_file"; do
  IFS=: read -r name on_server on_file <<<"$figure"
  pass=$(awk -v a="$on_server" 'BEGIN { print (a < 50) ? "pass" : "FAIL" }')
  rows+=("$(printf '| %s | %s ms | %s× | - | - | %s ms | - | %s (< 50 ms) |' "$name" "$on_server" \
    "$(awk -v a="$on_server" -v b="$on_file" 'BEGIN { printf "%.2f", a / b }')" "$on_file" "$pass")")
done

# --- 4. many at once --------------------------------------------------------------------------------------
# query DATABASE SQL: the answer of the file or the server.
query() {
  case "$1" in
  postgres*) psql "$1" -Atc "$2" ;;
  *) sqlite3 "$1" "$2" ;;
  esac
}
# load DATABASE: WRITERS × ADDS action adds with 2 report loops; prints "errors actions journal ms".
load() {
  local db=$1 start end errors=0
  "$triad" init --db "$db" >/dev/null
  : >"$work/errors"
  local stop="$work/stop"
  rm -f "$stop"
  for reader in 1 2; do
    (while [ ! -f "$stop" ]; do
      "$triad" report follow-up --db "$db" >/dev/null 2>>"$work/errors" || echo "report failed" >>"$work/errors"
    done) &
  done
  start=$(date +%s%N)
  local writers=()
  for ((w = 1; w <= WRITERS; w++)); do
    (for ((i = 1; i <= ADDS; i++)); do
      "$triad" action add "Load $w-$i" --owner DPO --db "$db" >/dev/null 2>>"$work/errors" \
        || echo "add failed" >>"$work/errors"
    done) &
    writers+=($!)
  done
  wait "${writers[@]}"
  end=$(date +%s%N)
  touch "$stop"
  wait
  errors=$(wc -l <"$work/errors")
  # Every action's insert is journaled once, under the command whose summary names that action.
  local actions journal
  actions=$(query "$db" "SELECT count(*) FROM actionItem")
  journal=$(query "$db" "SELECT count(*) FROM journalCommand c JOIN journalChange j ON j.commandId = c.id
    WHERE j.entity = 'actionItem' AND j.operation = 'insert' AND c.summary = 'added action A-' || j.rowKey")
  echo "$errors $actions $journal $(((end - start) / 1000000))"
}
concurrency=()
for backend in sqlite postgresql; do
  if [ "$backend" = sqlite ]; then
    read -r errors actions journal ms < <(load "$work/load.sqlite")
  else
    read -r errors actions journal ms < <(load "$(database load)")
  fi
  expected=$((WRITERS * ADDS))
  pass=$([ "$errors" = 0 ] && [ "$actions" = "$expected" ] && [ "$journal" = "$expected" ] && echo pass || echo FAIL)
  concurrency+=("$(printf '| %s | %s | %s | %s | %s s | %s actions/s | %s |' "$backend" "$errors" "$actions" \
    "$journal" "$(awk -v m="$ms" 'BEGIN { printf "%.1f", m / 1000 }')" \
    "$(awk -v n="$expected" -v m="$ms" 'BEGIN { printf "%.0f", n * 1000 / m }')" "$pass")")
done

# --- the tables -------------------------------------------------------------------------------------------
counts=$(sqlite3 "$fixture" "SELECT (SELECT count(*) FROM meeting) || ' meetings, ' ||
  (SELECT count(*) FROM actionItem) || ' actions, ' || (SELECT count(*) FROM actionNote) || ' notes, ' ||
  (SELECT count(*) FROM contribution) || ' contribution records'")
echo
echo "Fixture: seed $SEED, $counts; copied into PostgreSQL $(psql "$uri" -Atc 'SHOW server_version' | cut -d' ' -f1) by 'triad db copy' in $(awk -v m="$copy_ms" 'BEGIN { printf "%.0f", m / 1000 }') s (export identical: $same). Median of $RUNS runs, by turns; PostgreSQL over a Unix socket."
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(uname -sr)"
echo
echo "| command | PostgreSQL | ratio | through PgBouncer | ratio | SQLite | statements (PostgreSQL / SQLite) | result (≤ 1.5×: direct / pooled; same statements) |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "$WRITERS processes × $ADDS \`action add\` with 2 processes looping \`report follow-up\`:"
echo
echo "| backend | errors | actions | journaled under their command | wall | throughput | result |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${concurrency[@]}"
