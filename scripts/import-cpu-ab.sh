#!/usr/bin/env bash
# Compares the import CPU of two builds on a loaded machine: the first N SaudiNewsNet lines (../shared, benchmarks
# only; all of them when N is 0) are imported by each jar in turn (`bench import`, entities and index on), ROUNDS
# times, alternately first, each into a fresh library; prints each run's summary line (process CPU is the figure to
# compare: wall time on a shared machine says little). Used for docs/performance.md, "Session 15".
# Usage: scripts/import-cpu-ab.sh OLD.jar NEW.jar [LINES=8000] [ROUNDS=2]
set -euo pipefail
old="$(realpath "$1")"; new="$(realpath "$2")"; lines="${3:-8000}"; rounds="${4:-2}"
corpus="$(dirname "$0")/../../shared/data/bench/saudinewsnet.jsonl.gz"
[ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$lines" = 0 ]; then input="$corpus"; else
  (set +o pipefail; zcat "$corpus" | head -n "$lines" > "$work/in.jsonl"); input="$work/in.jsonl"; fi
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) = 1 ]; then order="old new"; else order="new old"; fi
  for side in $order; do
    jar="${!side}"
    rm -rf "$work/lib"
    echo "round $r $side $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg): $(java -Xmx3g -jar "$jar" bench import --data "$work/lib" "$input" | tail -1)"
  done
done
