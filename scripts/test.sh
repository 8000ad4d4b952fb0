#!/usr/bin/env bash
# Runs dyad's whole test suite: builds, then runs the Swift Testing suites.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests
swift test --skip-build "$@"
