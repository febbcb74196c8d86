#!/usr/bin/env bash
# Builds the libFuzzer targets (release, -sanitize=fuzzer,address) and runs each for SECONDS
# (default 60) on its seed corpus; crashes are written to Fuzz/artifacts/<target>/.
#   Fuzz/run.sh [SECONDS] [TARGET…]     e.g. Fuzz/run.sh 600, or Fuzz/run.sh 120 fuzz-vcf
# ONCOCOHORT_SHARED_DATA (default ../shared/data) adds the public test files to the seeds.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz-vcf fuzz-maf fuzz-protein-change fuzz-clinical-csv fuzz-owl fuzz-claml fuzz-expression fuzz-query-file)
fi
python3 make-corpus.py ${ONCOCOHORT_SHARED_DATA:+--shared "$ONCOCOHORT_SHARED_DATA"}
swift build -c release --build-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
bin=$(swift build -c release --build-path .build-fuzz --show-bin-path)
for target in "${targets[@]}"; do
  name=${target#fuzz-}
  mkdir -p "artifacts/$target" "work/$name"
  echo "== $target for ${seconds}s" >&2
  # New inputs go to work/<name> (first corpus dir); the committed seeds stay untouched.
  "$bin/$target" "work/$name" "corpus/$name" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -artifact_prefix="artifacts/$target/" \
    2>&1 | tee "artifacts/$target/last-run.log" | grep -E "^#[0-9]+.*(DONE|pulse)|stat::|ERROR|SUMMARY" || true
done
