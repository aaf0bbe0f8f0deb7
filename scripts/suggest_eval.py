#!/usr/bin/env python3
"""Suggestion evaluation (docs/search.md, decision 0164): for every query of the name-query file, the suggestions of
every prefix of at least 3 characters (`sahifa bench suggest --json`), scored against the query's gold spellings.

A suggestion is right when it is a gold spelling of the query's name or a phrase holding one (as search_eval.py reads
a result's matched words: normalised, behind proclitics, several-word spellings as consecutive words). Reported per
script of the query: prefixes, suggestions shown, the share of them that are right, and the share of prefixes with at
least one right suggestion among those shown.

Usage: suggest_eval.py QUERIES.tsv SUGGESTIONS.jsonl [--parts dev,held-out,...] [--examples N]
       scripts/suggest-eval.sh runs the whole measurement.
"""
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from search_eval import read_queries, words  # noqa: E402


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    queries = read_queries(argv[1])
    parts = None
    examples = 0
    if '--parts' in argv:
        parts = set(argv[argv.index('--parts') + 1].split(','))
    if '--examples' in argv:
        examples = int(argv[argv.index('--examples') + 1])
    by_text = {}
    for q in queries:
        if parts is None or q.part in parts:
            by_text.setdefault(q.text, q)
    table = defaultdict(lambda: [0, 0, 0, 0, 0])  # prefixes, shown, right, prefixes with a right one, empty
    wrong = defaultdict(list)
    with open(argv[2], encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            q = by_text.get(r['query'])
            if q is None:
                continue
            script = 'Latin' if q.latin else 'Arabic'
            t = table[script]
            shown = r['suggestions'][:5]
            right = [s for s in shown if q.holds(words(s))]
            t[0] += 1
            t[1] += len(shown)
            t[2] += len(right)
            t[3] += 1 if right else 0
            t[4] += 0 if shown else 1
            if len(right) < len(shown):
                wrong[script].append((r['prefix'], [s for s in shown if s not in right]))
    print('script  prefixes  shown  right-share  prefixes-with-a-right-one  prefixes-without-suggestions')
    for script in ('Latin', 'Arabic'):
        p, shown, right, hit, empty = table[script]
        if p:
            print(f'{script:7} {p:8d} {shown:6d} {right / max(1, shown):12.3f} {hit / p:26.3f} {empty / p:29.3f}')
    for script in ('Latin', 'Arabic'):
        for prefix, ws in wrong[script][:examples]:
            print(f'  {script} {prefix!r}: {" | ".join(ws)}')


if __name__ == '__main__':
    main(sys.argv)
