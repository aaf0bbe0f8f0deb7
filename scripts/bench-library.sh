#!/usr/bin/env bash
# Builds a 100,000-article library for the startup measurement (docs/performance.md, "Window"):
# the 31,030 SaudiNewsNet articles of ../shared (benchmarks only, never shipped), repeated with a marker so each
# copy is a distinct article, imported through the normal import path (CLI `import`, entities and index included).
# Usage: scripts/bench-library.sh DATA_DIR [COUNT]   (needs target/sahifa.jar and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
data="$1"; count="${2:-100000}"
corpus=../shared/data/bench/saudinewsnet.jsonl.gz
[ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$count" "$work" <<'PY'
import gzip, json, sys
corpus, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = [json.loads(l) for l in gzip.open(corpus, 'rt', encoding='utf-8')]
part = None
for i in range(count):
    if i % 25000 == 0:
        part = open(f"{out}/part{i // 25000:02d}.jsonl", 'w', encoding='utf-8')
    r = dict(rows[i % len(rows)])
    c = i // len(rows)
    if c:
        r['content'] = r['content'] + "\n\n(" + str(c) + ")"
        r['url'] = (r.get('url') or '') + "#" + str(c)
    part.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
java -Xmx3g -jar target/sahifa.jar --data "$data" import "$work"
