# Timing helpers the benchmark scripts share (sourced, not run).

# wall_ms command...: the wall time of one run, in milliseconds.
wall_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

# median number...: the median of the numbers.
median() {
  printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"
}

# paired RUNS: runs the commands in the arrays `mine` and `theirs` by turns, RUNS times each, and sets
# mine_ms and theirs_ms to their median wall times. By turns, because this kind of machine has slow and fast
# minutes: a figure and its baseline measured minutes apart differ by a third for the same work.
paired() {
  local runs=$1 a=() b=()
  for ((i = 0; i < runs; i++)); do
    a+=($(wall_ms "${mine[@]}"))
    b+=($(wall_ms "${theirs[@]}"))
  done
  mine_ms=$(median "${a[@]}")
  theirs_ms=$(median "${b[@]}")
}
