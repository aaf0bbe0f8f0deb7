#!/usr/bin/env bash
# Runs a command (a java process, e.g. `java -jar target/sahifa.jar bench import FILE`) and reports the CPU time of
# its threads by name (digits folded: all import workers in one row; "java" is the main thread, "CN CompilerThre"
# the JIT compilers), read from /proc every half second while it runs (a thread that ends between two reads loses
# its last half second). Used for the import's CPU breakdown in docs/performance.md.
# Usage: scripts/thread-cpu.sh OUT -- COMMAND...   (writes the table to OUT and prints it; needs python3)
set -uo pipefail
out="$1"; shift; [ "${1:-}" = "--" ] && shift
"$@" &
pid=$!
tick=$(getconf CLK_TCK)
: > "$out.raw"
while kill -0 "$pid" 2>/dev/null; do
  jp=$(pgrep -P "$pid" java || echo "$pid")
  for t in /proc/"$jp"/task/*; do
    s=$(cat "$t/stat" 2>/dev/null) || continue
    name=$(cat "$t/comm" 2>/dev/null) || continue
    rest=${s##*) }
    read -r -a f <<< "$rest"
    echo "${t##*/} $name ${f[11]} ${f[12]}" >> "$out.raw"
  done
  sleep 0.5
done
wait "$pid"
rc=$?
python3 - "$out.raw" "$tick" > "$out" <<'PY'
import collections, re, sys
last = {}
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) >= 4:
        last[p[0]] = (" ".join(p[1:-2]), int(p[-2]) + int(p[-1]))
tick = int(sys.argv[2])
g = collections.Counter()
for name, t in last.values():
    g[re.sub(r"\d+", "N", name)] += t / tick
total = sum(g.values()) or 1
for k, v in g.most_common():
    if v >= 0.05:
        print(f"{v:7.1f} s {100 * v / total:5.1f}%  {k}")
print(f"{total:7.1f} s total")
PY
rm -f "$out.raw"
cat "$out"
exit $rc
