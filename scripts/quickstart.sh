#!/usr/bin/env bash
# The README's first command: install what the system needs, build in release mode, and run the
# main job on SampleData/ (import of its three sources into a fresh warehouse under out/).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product oncocohort >&2
bin=$(swift build -c release --show-bin-path)/oncocohort
mkdir -p out
warehouse=out/sampledata.sqlite
rm -f "$warehouse"
"$bin" import SampleData/registry --source registry --origin public --warehouse "$warehouse"
"$bin" import SampleData/hospital/fhir SampleData/hospital/vcf/*.vcf.gz --source hospital --origin public \
  --warehouse "$warehouse"
"$bin" import SampleData/industry/mapping.yaml SampleData/industry/variants.maf --source industry \
  --origin private --warehouse "$warehouse"
