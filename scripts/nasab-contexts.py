#!/usr/bin/env python3
"""How the library writes a family name typed with a given name (decision 0230).

Usage: scripts/nasab-contexts.py LIBRARY.db GIVEN FAMILY [GIVEN FAMILY ...]
   e.g. scripts/nasab-contexts.py target/eval-library/library.db بندر حجار احمد الجروان يوسف الرميح

For each pair (Arabic, normalised as scripts/search_eval.py normalises), counts the articles holding the family name
as a word (the gold of docs/eval/name-queries.tsv) by how the nearest writing stands: right after the given name
(adjacent), after «given بن X» (nasab1), after «given بن X بن Y» (nasab2), with the given name elsewhere in the
article, or without it (another person of the family).
"""
import os
import sqlite3
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import search_eval as se  # noqa: E402


def main():
    if len(sys.argv) < 4 or len(sys.argv) % 2:
        sys.exit(__doc__)
    db = sys.argv[1]
    pairs = [(se.words(sys.argv[i])[0], se.words(sys.argv[i + 1])[0]) for i in range(2, len(sys.argv), 2)]
    counts = {p: Counter() for p in pairs}
    for _, title, body in sqlite3.connect(db).execute('SELECT id, title, body_text FROM articles'):
        ws = se.words(title) + ['\n'] + se.words(body)
        for given, family in pairs:
            pos = [k for k, w in enumerate(ws) if family in se.bare(w)]
            if not pos:
                continue
            g = [given in se.bare(w) for w in ws]
            if any(k > 0 and g[k - 1] for k in pos):
                key = 'adjacent'
            elif any(k > 2 and g[k - 3] and ws[k - 2] == 'بن' for k in pos):
                key = 'nasab1'
            elif any(k > 4 and g[k - 5] and ws[k - 4] == 'بن' and ws[k - 2] == 'بن' for k in pos):
                key = 'nasab2'
            elif any(g):
                key = 'given elsewhere'
            else:
                key = 'no given'
            counts[(given, family)][key] += 1
    for (given, family), c in counts.items():
        print(f'{given} {family}\t{sum(c.values())}\t' + ', '.join(f'{k} {v}' for k, v in c.most_common()))


if __name__ == '__main__':
    main()
