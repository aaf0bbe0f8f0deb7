#!/usr/bin/env python3
"""Aggregates a JFR recording's execution samples: the top frames (self time) and, with --by-thread, samples per
thread name (digits folded). Used for the import's profile in docs/performance.md.
Usage: jfr print --events jdk.ExecutionSample X.jfr | scripts/jfr-top.py [--top N] [--thread SUBSTR] [--depth D]
  --depth D  also count each method seen in the top D frames of a stack (inclusive time, once per stack)."""
import collections, re, sys

args = sys.argv[1:]
top = int(args[args.index("--top") + 1]) if "--top" in args else 40
only = args[args.index("--thread") + 1] if "--thread" in args else None
depth = int(args[args.index("--depth") + 1]) if "--depth" in args else 0

selfc, incl, threads = collections.Counter(), collections.Counter(), collections.Counter()
total = 0
event = []

def flush(ev):
    global total
    if not ev:
        return
    text = "\n".join(ev)
    m = re.search(r'sampledThread = "([^"]*)"', text)
    name = re.sub(r"\d+", "#", m.group(1)) if m else "?"
    if only and only not in name:
        return
    frames = re.findall(r"^\s+([\w$.<>/]+\(.*?\))\s+line:", text, re.M)
    frames = [re.sub(r"\(.*\)", "", f) for f in frames]
    total += 1
    threads[name] += 1
    if frames:
        selfc[frames[0]] += 1
        for f in set(frames[:depth] if depth else []):
            incl[f] += 1

for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush(event)
        event = []
    event.append(line.rstrip("\n"))
flush(event)

print(f"samples {total}")
print("-- threads")
for n, c in threads.most_common(15):
    print(f"{100.0 * c / total:6.1f} % {c:7d}  {n}")
print("-- self (top frame)")
for f, c in selfc.most_common(top):
    print(f"{100.0 * c / total:6.1f} % {c:7d}  {f}")
if depth:
    print(f"-- inclusive (in the top {depth} frames)")
    for f, c in incl.most_common(top):
        print(f"{100.0 * c / total:6.1f} % {c:7d}  {f}")
