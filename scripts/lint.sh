#!/usr/bin/env bash
# Lint with the committed .swift-format (no force unwrap or force try, ordered imports, one-line
# doc summaries, line length…); --strict turns every finding into a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format lint --strict --parallel -r Sources Tests Package.swift \
  Benchmarks/Package.swift Benchmarks/Benchmarks Fuzz/Package.swift Fuzz/Sources
