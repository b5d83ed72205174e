#!/usr/bin/env bash
# triad's benchmark suite (issue 6): every figure against its baseline, in one run, in release mode.
#
#   bash Benchmarks/run.sh            # on the full fixture: 100,000 meetings, about 1,000,000 actions
#   MEETINGS=2000 bash Benchmarks/run.sh   # a quick look on a small fixture (targets still printed)
#   SECTIONS="peer builds" bash Benchmarks/run.sh   # only some of: start reports import writes peer builds memory
#
# The fixture is written once through triad's store (`triad-bench fixture`, deterministic by SEED) and kept
# in .build/benchmarks/; later runs reuse it. Prints one table: figure, triad, baseline, ratio, target,
# pass/fail, and the peak memory of each triad command; then the default and the statically linked builds
# side by side. Needs sqlite3, GNU time (/usr/bin/time) and, for the peer, Taskwarrior (`task`).
set -euo pipefail
cd "$(dirname "$0")/.."

SEED=${SEED:-1}
MEETINGS=${MEETINGS:-100000}
IMPORT_ROWS=${IMPORT_ROWS:-1000000}
RUNS=${RUNS:-11}
SECTIONS=${SECTIONS:-start reports import writes peer builds memory}
# want SECTION: whether this run measures it.
want() { [[ " $SECTIONS " == *" $1 "* ]]; }

for tool in sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed (apt-get install sqlite3 time)" >&2; exit 1; }
done
if want peer && ! command -v task >/dev/null; then
  echo "error: Taskwarrior is needed for the peer's rows (apt-get install taskwarrior)" >&2
  exit 1
fi

echo "building (release)..." >&2
for product in triad triad-bench hello-baseline; do swift build -c release --product "$product" >/dev/null; done
bin=.build/release
triad="$PWD/$bin/triad"
bench="$PWD/$bin/triad-bench"
hello="$PWD/$bin/hello-baseline"
if want builds; then
  # The same sources with Swift's standard library and Foundation linked in: no shared libraries to load
  # and bind at start-up. Its own build folder, so that the default build above stays as it is.
  echo "building (release, --static-swift-stdlib)..." >&2
  for product in triad hello-baseline; do
    swift build -c release --static-swift-stdlib --scratch-path .build/static --product "$product" >/dev/null
  done
  static_triad="$PWD/.build/static/release/triad"
  static_hello="$PWD/.build/static/release/hello-baseline"
fi

mkdir -p .build/benchmarks
fixture=".build/benchmarks/fixture-$SEED-$MEETINGS.sqlite"
if { want reports || want writes || want builds || want memory; } && [ ! -f "$fixture" ]; then
  echo "writing the fixture (seed $SEED, $MEETINGS meetings) through triad's store; kept for later runs..." >&2
  rm -f "$fixture".partial*
  "$bench" fixture --db "$fixture.partial" --seed "$SEED" --meetings "$MEETINGS" >&2
  mv "$fixture.partial" "$fixture"
  mv "$fixture.partial.lock" "$fixture.lock"
fi
fixture="$PWD/$fixture"
largest=$(sqlite3 "$fixture" "SELECT m.acronym FROM meetingMission mm JOIN mission m ON m.id = mm.missionId
  GROUP BY mm.missionId ORDER BY count(*) DESC LIMIT 1" 2>/dev/null || true)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TRIAD_ACTOR=benchmark

source Benchmarks/timing.sh

# peak_mb command...: the peak resident memory of one run, in MB.
peak_mb() {
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1
  awk '{ printf "%.1f", $1 / 1024 }' "$work/rss"
}

# timed_run command...: "<milliseconds> <peak MB>" of one run.
timed_run() {
  /usr/bin/time -f '%e %M' -o "$work/timed" "$@" >/dev/null 2>&1
  awk '{ printf "%d %.1f\n", $1 * 1000, $2 / 1024 }' "$work/timed"
}

rows=()
# row figure triad baseline target-ratio target-ms direction memory statements
#   direction "le": pass when triad/baseline <= target-ratio; "ge": pass when baseline/triad >= target-ratio
#   (for throughput); target-ms "-" when the figure has no absolute limit.
row() {
  local figure=$1 mine=$2 base=$3 limit=$4 ceiling=$5 direction=$6 memory=$7 statements=$8
  local ratio pass
  if [ "$direction" = ge ]; then
    ratio=$(awk -v a="$mine" -v b="$base" 'BEGIN { printf "%.2f", b / a }')
    pass=$(awk -v r="$ratio" -v l="$limit" 'BEGIN { print (r >= l) ? "pass" : "FAIL" }')
    limit="≥ ${limit}×"
  else
    ratio=$(awk -v a="$mine" -v b="$base" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    pass=$(awk -v r="$ratio" -v l="$limit" 'BEGIN { print (r <= l) ? "pass" : "FAIL" }')
    limit="≤ ${limit}×"
  fi
  if [ "$ceiling" != - ]; then
    [ "$mine" -lt "$ceiling" ] || pass=FAIL
    limit="$limit, < $ceiling ms"
  fi
  if [ "$memory" != - ]; then
    awk -v m="$memory" 'BEGIN { exit !(m < 64) }' || pass=FAIL
  fi
  rows+=("$(printf '| %s | %s ms | %s ms | %s× | %s | %s | %s | %s |' \
    "$figure" "$mine" "$base" "$ratio" "$limit" "$memory" "$statements" "$pass")")
}

empty="$work/empty.sqlite"
"$triad" init --db "$empty" >/dev/null

# --- P1: start-up --------------------------------------------------------------------------------------
if want start; then
mine=("$triad" --help) theirs=("$hello")
paired 21
row "P1 triad --help (vs Foundation hello world)" "$mine_ms" "$theirs_ms" 1.5 25 le "$(peak_mb "$triad" --help)" -

# --- P2: a report on an empty database ------------------------------------------------------------------
mine=("$triad" report follow-up --db "$empty" --as-of 2025-11-01) theirs=("$triad" --help)
paired 21
row "P2 report follow-up, empty database (vs --help)" "$mine_ms" "$theirs_ms" 1.4 - le \
  "$(peak_mb "$triad" report follow-up --db "$empty" --as-of 2025-11-01)" -
fi

# --- P3: reports on the fixture, against the same statements run by sqlite3 -----------------------------
if want reports; then
# The first opening of the fixture checks its pages once (it was just written or copied); take it here.
"$triad" db stats --db "$fixture" >/dev/null
owner=$(sqlite3 "$fixture" "SELECT p.code FROM actionItem a JOIN party p ON p.id = a.ownerPartyId
  WHERE a.status IN ('open', 'in-progress') GROUP BY a.ownerPartyId ORDER BY count(*) DESC LIMIT 1")
p3() {
  local name=$1; shift
  rm -f "$work/sql.log"
  TRIAD_SQL_LOG="$work/sql.log" "$triad" "$@" --db "$fixture" --as-of 2025-11-01 >/dev/null
  local statements
  statements=$(wc -l <"$work/sql.log")
  mine=("$triad" "$@" --db "$fixture" --as-of 2025-11-01) theirs=(sh -c "sqlite3 '$fixture' < '$work/sql.log'")
  paired "$RUNS"
  row "P3 $name" "$mine_ms" "$theirs_ms" 1.3 250 le "$(peak_mb "$triad" "$@" --db "$fixture" --as-of 2025-11-01)" \
    "$statements"
}
p3 "mandate review of $largest" report mandate "$largest"
p3 "follow-up for $owner" report follow-up --owner "$owner"
p3 "renewals" report renewals
p3 "contributors of $largest" report contributors "$largest"
fi

# --- memory: every report in every format, and the exports, on the fixture ----------------------------------
# Peak resident memory of each, against the 64 MB every command must stay under, with how long it took.
memory=()
if want memory; then
  "$triad" db stats --db "$fixture" >/dev/null
  minutes=$(sqlite3 "$fixture" "SELECT 'M-' || meetingId FROM agendaItem GROUP BY meetingId ORDER BY count(*) DESC LIMIT 1")
  # measure NAME ARGS...: one run's peak memory and time.
  measure() {
    local name=$1; shift
    read -r ms mb < <(timed_run "$triad" "$@" --db "$fixture" --as-of 2025-11-01)
    memory+=("$(printf '| %s | %s MB | %s ms | %s |' "$name" "$mb" "$ms" \
      "$(awk -v m="$mb" 'BEGIN { print (m < 64) ? "pass" : "FAIL" }')")")
  }
  for format in text markdown json csv html; do
    measure "report mandate $largest --format $format" report mandate "$largest" --format "$format"
    measure "report follow-up --format $format" report follow-up --format "$format"
    measure "report renewals --format $format" report renewals --format "$format"
    measure "report contributors $largest --format $format" report contributors "$largest" --format "$format"
    measure "report minutes $minutes --format $format" report minutes "$minutes" --format "$format"
  done
  measure "export ics" export ics
  measure "export json ($(du -m "$fixture" | cut -f1) MB database)" export json
fi

# --- P4: bulk import -----------------------------------------------------------------------------------
if want import; then
states=$(sqlite3 "$empty" "SELECT group_concat(code) FROM party WHERE kind = 'state'")
"$bench" contributions-file --output "$work/contributions.csv" --rows "$IMPORT_ROWS" --parties "$states"
# Two runs each, by turns (raw, triad, raw, triad), each into a new database; the means are compared.
import_total=0 raw_total=0 import_mb=0
for round in 1 2; do
  "$triad" init --db "$work/raw-$round.sqlite" >/dev/null
  "$triad" init --db "$work/import-$round.sqlite" >/dev/null
  read -r raw_ms _ < <(timed_run "$bench" raw-import --db "$work/raw-$round.sqlite" "$work/contributions.csv")
  read -r import_ms peak < <(
    timed_run "$triad" import contributions "$work/contributions.csv" --db "$work/import-$round.sqlite")
  raw_total=$((raw_total + raw_ms)) import_total=$((import_total + import_ms))
  import_mb=$(awk -v a="$import_mb" -v b="$peak" 'BEGIN { print (b > a) ? b : a }')
done
imported=$(sqlite3 "$work/import-1.sqlite" "SELECT count(*) FROM contribution")
raw_rows=$(sqlite3 "$work/raw-1.sqlite" "SELECT count(*) FROM contribution")
[ "$imported" = "$raw_rows" ] || echo "warning: triad imported $imported rows, the baseline $raw_rows" >&2
row "P4 import $imported contribution rows (throughput vs raw C API)" "$((import_total / 2))" "$((raw_total / 2))" \
  0.7 - ge "$import_mb" -
fi

# --- P5: one write on the fixture, against the same INSERT/UPDATE in sqlite3 ------------------------------
# Each side writes to its own copy, so that the fixture stays as written, and so that triad never opens a
# file that another program has just changed (it would check every page first, as it must); triad's first
# opening of its copy checks its pages once, here.
if want writes; then
cp "$fixture" "$work/write.sqlite"
cp "$fixture" "$work/write-sqlite3.sqlite"
sync  # the copies' 7 GB reach the disk now, not during the timed commits (which wait for the disk)
"$triad" db stats --db "$work/write.sqlite" >/dev/null
# The same rows by hand: a journal command (the schema's triggers journal every change under one), then
# the INSERT or UPDATE, in one IMMEDIATE transaction, as triad writes them.
insert_sql="BEGIN IMMEDIATE;
INSERT INTO journalCommand (uuid, at, actor, commandLine, summary)
  VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), 'benchmark', 'sqlite3', 'added an action');
INSERT INTO actionItem (uuid, title, ownerPartyId, dueOn, priority, status, createdAt, updatedAt)
  VALUES (lower(hex(randomblob(16))), 'Benchmark action (sqlite3)', (SELECT id FROM party WHERE code = 'DPO'),
          '2025-12-01', 'normal', 'open', strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
COMMIT;"
update_sql="BEGIN IMMEDIATE;
INSERT INTO journalCommand (uuid, at, actor, commandLine, summary)
  VALUES (lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ'), 'benchmark', 'sqlite3', 'marked done');
UPDATE actionItem SET status = 'done', closedAt = strftime('%Y-%m-%dT%H:%M:%fZ'),
  updatedAt = strftime('%Y-%m-%dT%H:%M:%fZ')
  WHERE id = @ID@;
COMMIT;"
before=$(sqlite3 "$work/write.sqlite" "SELECT max(id) FROM actionItem")
mine=("$triad" action add "Benchmark action" --owner DPO --due 2025-12-01 --db "$work/write.sqlite")
theirs=(sh -c "echo \"\$0\" | sqlite3 '$work/write-sqlite3.sqlite'" "$insert_sql")
paired "$RUNS"
add_ms=$mine_ms sql_insert_ms=$theirs_ms
add_mb=$(peak_mb "${mine[@]}")
# Each side then marks done the actions it added, by turns: triad by number, sqlite3 by id.
added=($(sqlite3 "$work/write.sqlite" "SELECT id FROM actionItem WHERE id > $before AND title = 'Benchmark action'"))
inserted=($(sqlite3 "$work/write-sqlite3.sqlite" \
  "SELECT id FROM actionItem WHERE id > $before AND title = 'Benchmark action (sqlite3)'"))
done_runs=() update_runs=()
for ((i = 0; i < RUNS; i++)); do
  done_runs+=($(wall_ms "$triad" action done "A-${added[i]}" --db "$work/write.sqlite"))
  update_runs+=($(wall_ms sh -c "echo \"\$0\" | sqlite3 '$work/write-sqlite3.sqlite'" \
    "${update_sql/@ID@/${inserted[i]}}"))
done
done_ms=$(median "${done_runs[@]}") sql_update_ms=$(median "${update_runs[@]}")
done_mb=$(peak_mb "$triad" action done "A-${added[RUNS]}" --db "$work/write.sqlite")
left=$(($(sqlite3 "$work/write.sqlite" "SELECT count(*) FROM actionItem WHERE id > $before AND status = 'open'") +
  $(sqlite3 "$work/write-sqlite3.sqlite" "SELECT count(*) FROM actionItem WHERE id > $before AND status = 'open'")))
[ "$left" = 0 ] || echo "warning: $left benchmark actions are still open; a done or UPDATE run failed" >&2
row "P5 action add (vs INSERT in sqlite3)" "$add_ms" "$sql_insert_ms" 2 50 le "$add_mb" -
row "P5 action done (vs UPDATE in sqlite3)" "$done_ms" "$sql_update_ms" 2 50 le "$done_mb" -
fi

# --- P6: a peer, Taskwarrior, on the same open work ----------------------------------------------------------
# The same open actions as triad actions and as Taskwarrior's pending tasks (a tenth overdue), written once
# per size by `triad-bench open-actions` and kept; each run works on copies. Each pair by turns.
if want peer; then
for open in 10000 100000; do
  kept=".build/benchmarks/open-$SEED-$open"
  if [ ! -f "$kept.sqlite" ]; then
    echo "writing $open open actions and tasks (kept for later runs)..." >&2
    rm -rf "$kept.partial"*
    "$bench" open-actions --db "$kept.partial.sqlite" --task-data "$kept.partial.task" --count "$open" --seed "$SEED"
    mv "$kept.partial.task" "$kept.task"
    mv "$kept.partial.sqlite" "$kept.sqlite"
    rm -f "$kept.partial.sqlite.lock"
  fi
  db="$work/open-$open.sqlite"
  rm -rf "$work/task" "$db"*
  cp "$kept.sqlite" "$db"
  cp -r "$kept.task" "$work/task"
  # Taskwarrior as installed, with its data here, no questions asked, and only the new task's number printed
  # after an add (its default also counts the project's tasks, which would only slow it).
  printf 'data.location=%s\nconfirmation=off\nverbose=new-id\n' "$work/task" >"$work/taskrc"
  export TASKRC="$work/taskrc"
  "$triad" db stats --db "$db" >/dev/null  # the copy's first opening checks its pages, as for P5
  task count status:pending >/dev/null
  counted=$("$triad" action list --count --db "$db") pending=$(task count status:pending)
  overdue=$("$triad" action list --count --status overdue --db "$db") late=$(task +OVERDUE count)
  [ "$counted $overdue" = "$pending $late" ] ||
    echo "warning: triad has $counted open and $overdue overdue, Taskwarrior $pending and $late" >&2
  due=$(date -d '+30 days' +%F)
  label=$(printf "%'d" "$open")
  mine=("$triad" action add "Benchmark action" --owner DPO --due "$due" --db "$db")
  theirs=(task add "Benchmark action" project:DPO "due:$due")
  paired "$RUNS"
  row "P6 action add, $label open (vs task add)" "$mine_ms" "$theirs_ms" 1 - le "$(peak_mb "${mine[@]}")" -
  mine=("$triad" action list --status overdue --db "$db") theirs=(task +OVERDUE list)
  paired "$RUNS"
  row "P6 list $overdue overdue of $label (vs task +OVERDUE list)" "$mine_ms" "$theirs_ms" 1 - le \
    "$(peak_mb "${mine[@]}")" -
  mine=("$triad" action list --count --db "$db") theirs=(task count status:pending)
  paired "$RUNS"
  row "P6 count $label open (vs task count status:pending)" "$mine_ms" "$theirs_ms" 1 - le \
    "$(peak_mb "${mine[@]}")" -
done
fi

# --- the default and the static build, by turns ------------------------------------------------------------
# P1 for the static build against the hello world built the same way (the start-up section has the default
# build's), then the same commands by each build in turn.
builds=()
if want builds; then
  mine=("$static_triad" --help) theirs=("$static_hello")
  paired 21
  row "P1 triad --help (vs Foundation hello world), static build" "$mine_ms" "$theirs_ms" 1.5 25 le \
    "$(peak_mb "$static_triad" --help)" -
  cp "$fixture" "$work/builds.sqlite"
  "$triad" db stats --db "$work/builds.sqlite" >/dev/null
  reads=(--db "$fixture" --as-of 2025-11-01)
  # by_turns NAME RUNS: `mine` (the default build) and `theirs` (the static one) by turns; their medians and ratio.
  by_turns() {
    paired "$2"
    builds+=("$(printf '| %s | %s ms | %s ms | %s |' "$1" "$mine_ms" "$theirs_ms" \
      "$(awk -v a="$mine_ms" -v b="$theirs_ms" 'BEGIN { printf "%.2f", b / a }')")")
  }
  # each_build NAME RUNS ARGS...: the same triad command by each build.
  each_build() {
    local name=$1 runs=$2; shift 2
    mine=("$triad" "$@") theirs=("$static_triad" "$@")
    by_turns "$name" "$runs"
  }
  mine=("$hello") theirs=("$static_hello")
  by_turns "Foundation hello world" 21
  each_build "--help" 21 --help
  each_build "report follow-up, empty database" 21 report follow-up --db "$empty" --as-of 2025-11-01
  each_build "report renewals" "$RUNS" report renewals "${reads[@]}"
  each_build "report mandate $largest" "$RUNS" report mandate "$largest" "${reads[@]}"
  each_build "action add" "$RUNS" action add "Benchmark action" --owner DPO --due 2025-12-01 \
    --db "$work/builds.sqlite"
fi

# --- the table -----------------------------------------------------------------------------------------
echo
if [ -f "$fixture" ]; then
size=$(du -m "$fixture" | cut -f1)
counts=$(sqlite3 "$fixture" "SELECT (SELECT count(*) FROM meeting) || ' meetings, ' ||
  (SELECT count(*) FROM actionItem) || ' actions, ' || (SELECT count(*) FROM actionNote) || ' notes, ' ||
  (SELECT count(*) FROM contribution) || ' contribution records, ' || (SELECT count(*) FROM mission) || ' missions'")
echo "Fixture: seed $SEED, $counts, $size MB. Median of $RUNS runs (21 for P1 and P2), each figure and its baseline by turns; P4: mean of two runs each."
fi
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(uname -sr), $(swift --version 2>/dev/null | head -1 | sed 's/ (.*//')"
echo
echo "| figure | triad | baseline | ratio | target | peak MB | SQL statements | result |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ ${#builds[@]} -gt 0 ]; then
  echo
  echo "The default build and the one linked with --static-swift-stdlib, by turns (median of each):"
  echo
  echo "| command | default | static | static ÷ default |"
  echo "|---|---|---|---|"
  printf '%s\n' "${builds[@]}"
fi
if [ ${#memory[@]} -gt 0 ]; then
  echo
  echo "Peak memory on the fixture, one run each:"
  echo
  echo "| command | peak memory | time | under 64 MB |"
  echo "|---|---|---|---|"
  printf '%s\n' "${memory[@]}"
fi
