#!/usr/bin/env bash
# The README's second command: the whole test suite (installs system packages if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build --build-tests
swift test --skip-build
