#!/usr/bin/env python3
"""Per-query differences between two kept eval results (SEARCH_EVAL_RESULTS files of scripts/search-eval.sh).

Usage: eval_query_diff.py LIBRARY.db QUERIES.tsv BEFORE.jsonl AFTER.jsonl [PART ...]
Prints, for every query whose results, right results or found gold articles changed: part, query, and
results / right / gold found before → after. Scored as scripts/search_eval.py scores (session 15, decisions 0213-0215).
"""
import json
import sys
from collections import defaultdict

import search_eval as se


def load(path):
    out = defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            out[r['query']].append(r)
    return out


def main(db, tsv, before, after, parts):
    queries = [q for q in se.read_queries(tsv) if not parts or q.part in parts]
    first = se.index(queries)
    gold = defaultdict(set)
    for aid, ws in se.articles(db):
        for t in se.held(first, ws):
            gold[t].add(aid)
    a, b = load(before), load(after)

    def figures(rs, q):
        right = sum(1 for r in rs if q.holds([w for m in r['matched'] for w in se.words(m)]))
        return len(rs), right, len({r['id'] for r in rs} & gold[q.text])

    for q in queries:
        x, y = figures(a.get(q.text, []), q), figures(b.get(q.text, []), q)
        if x != y:
            print(f'{q.part:9} {q.text:28} results {x[0]:5d} → {y[0]:5d}  right {x[1]:5d} → {y[1]:5d}  '
                  f'found {x[2]:5d} → {y[2]:5d} of {len(gold[q.text])}')


if __name__ == '__main__':
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], set(sys.argv[5:]))
