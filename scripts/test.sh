#!/usr/bin/env bash
# The README's second command: lint, then the whole test suite (installs system packages if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
scripts/lint.sh
swift build --build-tests
swift test --skip-build
