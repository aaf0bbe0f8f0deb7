#!/usr/bin/env python3
"""Arabic precision errors by matched word (session 15, decisions 0213-0215).

For every Arabic query of the given parts: its wrong results (scored as scripts/search_eval.py scores them) and, per
wrong result, the matched words that are no spelling of the query, counted over the wrong results.
Usage: arabic_wrong_words.py LIBRARY.db QUERIES.tsv RESULTS.jsonl [PART ...]   (default: every Arabic part)
RESULTS.jsonl: SEARCH_EVAL_RESULTS=FILE scripts/search-eval.sh ... keeps it.
"""
import json
import sys
from collections import Counter, defaultdict

import search_eval as se


def main(db, tsv, res, parts):
    queries = [q for q in se.read_queries(tsv) if not q.latin and (not parts or q.part in parts)]
    results = defaultdict(list)
    with open(res, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            results[r['query']].append(r)
    rows = []
    for q in queries:
        words = Counter()
        wrong = 0
        for r in results.get(q.text, []):
            ws = [w for m in r['matched'] for w in se.words(m)]
            if q.holds(ws):
                continue
            wrong += 1
            for m in set(r['matched']):
                if not q.holds(se.words(m)):
                    words[m] += 1
        if wrong:
            rows.append((wrong, q, words))
    rows.sort(key=lambda x: -x[0])
    for wrong, q, words in rows:
        top = ', '.join(f'{w} ×{c}' for w, c in words.most_common(8))
        print(f'{q.part:9} {wrong:4d} {q.text:24} | {top}')
    print(f'total wrong {sum(r[0] for r in rows)}')


if __name__ == '__main__':
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], set(sys.argv[4:]))
