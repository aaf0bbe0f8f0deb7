#!/usr/bin/env python3
"""Wrong results of every query of the chosen parts and script, per query with their matched words, largest first
(session 15, Latin precision: the per-query list the wrong-result classes were grouped from).
Usage: scripts/wrong-results.py LIBRARY.db QUERIES.tsv RESULTS.jsonl [Latin|Arabic] PART…
RESULTS.jsonl is kept by `SEARCH_EVAL_RESULTS=FILE scripts/search-eval.sh …`; scoring is search_eval.py's."""
import json
import sys
from collections import Counter, defaultdict

sys.path.insert(0, __import__('os').path.dirname(__file__))
import search_eval as se  # noqa: E402


def main(db, tsv, results_path, script, parts):
    queries = [q for q in se.read_queries(tsv) if q.part in parts and (q.latin == (script == 'Latin'))]
    results = defaultdict(list)
    with open(results_path, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            results[r['query']].append(r)
    rows = []
    for q in queries:
        wrong = Counter()
        for r in results.get(q.text, []):
            ws = [w for m in r['matched'] for w in se.words(m)]
            if not q.holds(ws):
                wrong[' '.join(sorted(set(se.words(' '.join(r['matched'])))))[:70]] += 1
        n = sum(wrong.values())
        if n:
            rows.append((n, q, wrong, len(results.get(q.text, []))))
    rows.sort(key=lambda r: -r[0])
    for n, q, wrong, total in rows:
        top = ', '.join(f'{w} ×{c}' for w, c in wrong.most_common(6))
        print(f'{q.part:8} {q.text:26} wrong {n:4d} of {total:4d} | {top}')
    print(f'total wrong {sum(r[0] for r in rows)}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], set(sys.argv[5:]))
