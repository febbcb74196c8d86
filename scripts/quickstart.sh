#!/usr/bin/env bash
# The README's first command: install what the system needs, build in release mode, and run the
# main job on SampleData/: `oncocohort demo` imports its three sources into a fresh warehouse
# under out/ and writes a report (HTML and JSON) for each query of SampleData/queries/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product oncocohort >&2
bin=$(swift build -c release --show-bin-path)/oncocohort
"$bin" demo --output out
