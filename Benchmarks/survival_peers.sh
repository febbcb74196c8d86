#!/usr/bin/env bash
# Side-by-side survival timings on the same machine and data, one run:
# R survival (C code) and Python lifelines on the ops that SurvivalBenchmarks measures.
#   Benchmarks/survival_peers.sh [DATA_DIR]   (default /work/bench-data; needs surv_1m.csv)
# Prints one JSON line per peer and op (op_s = the operation alone, after loading the CSV),
# with /usr/bin/time's peak resident memory in kB.
set -euo pipefail
data=${1:-${ONCOCOHORT_BENCH_DATA:-/work/bench-data}}
peers=${ONCOCOHORT_PEERS:-$(cd "$(dirname "$0")/../.." && pwd)/shared/bench/peers}
csv="$data/surv_1m.csv"
for op in km logrank cox km_lt cox_lt; do
  /usr/bin/time -f '{"peer": "R", "op": "'$op'", "max_rss_kb": %M}' Rscript "$peers/r_surv.R" "$csv" "$op"
done
for op in km logrank cox km_lt cox_lt; do
  /usr/bin/time -f '{"peer": "lifelines", "op": "'$op'", "max_rss_kb": %M}' python3 "$peers/lifelines_surv.py" "$csv" "$op"
done
