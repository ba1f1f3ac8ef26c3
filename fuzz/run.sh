#!/usr/bin/env bash
# Run the fuzz targets one after another (never in parallel: the machine has 2 cores).
#   fuzz/run.sh [SECONDS] [TARGET...]     default 600 seconds, targets text html bytes tree
# Uses the stable toolchain with RUSTC_BOOTSTRAP=1 (cargo fuzz needs nightly flags).
# Logs go to fuzz/logs/<target>.log; the final stats lines are printed at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html bytes tree)
[ -d fuzz/corpus/text ] && [ -d fuzz/corpus/tree ] || fuzz/seed.sh
mkdir -p fuzz/logs
for t in "${targets[@]}"; do
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 > "fuzz/logs/$t.log" 2>&1
  echo "$t: exit $?"
  grep -E "^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|^stat::number_of_executed_units|^stat::peak_rss_mb|ERROR|SUMMARY" "fuzz/logs/$t.log"
done
