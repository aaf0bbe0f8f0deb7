#!/usr/bin/env python3
"""Per-query comparison of two kept result files (SEARCH_EVAL_RESULTS) of scripts/search-eval.sh: the queries whose
results, right results or gold found changed. Usage: scripts/compare-results.py LIBRARY.db QUERIES.tsv BEFORE AFTER"""
import json
import sys
from collections import defaultdict

sys.path.insert(0, __import__('os').path.dirname(__file__))
import search_eval as se  # noqa: E402


def load(path):
    out = defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            out[r['query']].append(r)
    return out


def main(db, tsv, before, after):
    queries = se.read_queries(tsv)
    first = se.index(queries)
    gold = defaultdict(set)
    for aid, ws in se.articles(db):
        for t in se.held(first, ws):
            gold[t].add(aid)
    b, a = load(before), load(after)
    for q in queries:
        row = []
        for res in (b, a):
            rs = res.get(q.text, [])
            right = sum(1 for r in rs if q.holds([w for m in r['matched'] for w in se.words(m)]))
            row.append((len(rs), right, len({r['id'] for r in rs} & gold[q.text])))
        if row[0] != row[1]:
            print(f'{q.part:8} {q.text:28} results {row[0][0]:5d} -> {row[1][0]:5d}  right {row[0][1]:5d} -> '
                  f'{row[1][1]:5d}  gold found {row[0][2]:5d} -> {row[1][2]:5d} of {len(gold[q.text])}')


if __name__ == '__main__':
    main(*sys.argv[1:5])
