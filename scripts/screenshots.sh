#!/usr/bin/env bash
# Takes the user guide's screenshots (docs/images/*.png) from the running window under Xvfb:
# bundled samples, a variant-spelling search, Arabic and English, light, dark and sepia, the import summary.
# Usage: scripts/screenshots.sh [output-folder]   (default docs/images)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/images}")"
mkdir -p "$out"
SAHIFA_SCREENSHOTS="$out" xvfb-run -a -s "-screen 0 1600x1000x24" \
  ./mvnw -B -ntp -q test -Dtest=UserGuideScreenshots -Dsurefire.failIfNoSpecifiedTests=false
ls -1 "$out"
