#!/bin/bash
# Times LetterheadCompare on generated A4 notas: ./run.sh [pairs] [pages-per-document] [jobs] [--keep]
# Builds in release (whole module) with its own scratch folder, so it never takes the main build's lock.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --scratch-path .build 2>&1 | { grep -v "prohibited flag" || true; } | tail -n 3
exec .build/release/compare-bench "$@"
