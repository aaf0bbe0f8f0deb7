#!/usr/bin/env bash
# Time from JVM start to the first rendered article row of the window, under Xvfb, for a given library.
# Usage: scripts/startup-bench.sh DATA_DIR [RUNS]   (needs target/sahifa.jar; see scripts/bench-library.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
data="$1"; runs="${2:-5}"
for _ in $(seq 1 "$runs"); do
  xvfb-run -a -s "-screen 0 1400x900x24" java -Dsahifa.startupReport=true -Dsahifa.startupReport.exit=true \
    -jar target/sahifa.jar --data "$data" 2>&1 | grep -a "sahifa-startup" || echo "no report (did the window start?)"
done
