#!/bin/bash
# Side-by-side: oncocohort cold (no cache), warm (cache), and pronto, on synth_200k.owl.
# Run from the package root after `swift build -c release`: Benchmarks/ontology_load_peers.sh [BENCH_DATA]
# The command `ontology show` resolves an id, so the lazy text indexes are not built.
BIN=${ONCOCOHORT_BIN:-.build/release/oncocohort}
OWL=${1:-/work/bench-data}/synth_200k.owl
CACHE=$(mktemp -d ${TMPDIR:-/tmp}/onto-cache.XXXX)
echo "load: $(uptime)"
for i in 1 2 3; do
  /usr/bin/time -f "cold wall=%e user=%U sys=%S rss=%MKB" $BIN ontology show SYNO:0000000 --ontology $OWL --no-ontology-cache >/dev/null
done
/usr/bin/time -f "cache-write wall=%e user=%U sys=%S rss=%MKB" $BIN ontology show SYNO:0000000 --ontology $OWL --ontology-cache $CACHE >/dev/null
for i in 1 2 3; do
  /usr/bin/time -f "warm wall=%e user=%U sys=%S rss=%MKB" $BIN ontology show SYNO:0000000 --ontology $OWL --ontology-cache $CACHE >/dev/null
done
ls -la $CACHE
/usr/bin/time -f "pronto wall=%e user=%U sys=%S rss=%MKB" python3 ${PEERS:-../shared/bench/peers}/pronto_owl.py $OWL
echo "load: $(uptime)"
rm -rf $CACHE
