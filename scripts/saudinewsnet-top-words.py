#!/usr/bin/env python3
"""The 5,000 most frequent words of SaudiNewsNet, for the shaping check's test resource (test data only: CC BY-NC-SA).

usage: scripts/saudinewsnet-top-words.py OUT.tsv   (reads ../shared/data/bench/saudinewsnet.jsonl.gz)
"""
import gzip, json, re, collections, sys
c = collections.Counter()
tok = re.compile(r'[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u064B-\u0652\u0670]+')
n = 0
with gzip.open('../shared/data/bench/saudinewsnet.jsonl.gz', 'rt', encoding='utf-8') as f:
    for line in f:
        a = json.loads(line); n += 1
        for field in ('title', 'content'):
            for w in tok.findall(a.get(field) or ''):
                c[w] += 1
top = c.most_common(5000)
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    for w, k in top:
        out.write(f'{w}\t{k}\n')
print(n, len(c), top[:5], top[-1])
