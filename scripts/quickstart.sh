#!/usr/bin/env bash
# The README's first command: install what the system needs, build in release mode, and run the
# main job on SampleData/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product oncocohort >&2
bin=$(swift build -c release --show-bin-path)/oncocohort
"$bin" variants SampleData/hospital/vcf/*.vcf.gz SampleData/industry/variants.maf
