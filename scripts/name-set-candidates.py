#!/usr/bin/env python3
"""Candidate pairs for the name variant / confusable sets, read from SaudiNewsNet without Sahifa (decision 0128).

Counts every word of the corpus (normalised as the sets are), keeps name-like words (not in the Ayaspell word list,
no article, hardly ever with the article or a pronoun suffix, not a clitic or suffix form of a more frequent word,
in >= 3 articles, at least half of their uses next to a title or place cue or another such word), pairs those that
share a consonant skeleton and are at most two letter edits apart, drops pairs whose both words are already in a
set, and prints each pair with its article counts and the words most often before and after it, for reading by hand.

  python3 scripts/name-set-candidates.py ../shared/data/bench/saudinewsnet.jsonl.gz > pairs.txt

Options (the fourth held-out part, decision 0130, widened the net after the first run's pairs were used up):
  --min-articles N   a word must be in >= N articles (default 3)
  --namey F          share of a word's uses next to a cue or another name-like word (default 0.5)
  --skip FILE        leave out the pairs already printed in FILE (an earlier run's output)
  --skip-nets M:N,.. leave out the pairs of the nets --min-articles M --namey N, run first in the same process (the
                     corpus read once); the seventh held-out part (decision 0235):
                     --min-articles 1 --namey 0.0 --skip-nets 3:0.5,2:0.3,2:0.15,2:0.05,1:0.05
"""
import argparse
import collections
import glob
import gzip
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, 'src/main/resources/org/sahifa/entities/gazetteer')
SETS = os.path.join(ROOT, 'src/test/resources/org/sahifa/text')
DIAC = re.compile('[\u064B-\u065F\u0670\u0640]')
TOKEN = re.compile('[\u0621-\u064A\u0640\u064B-\u065F\u0670\u0671]+')
CLASSES = {}
for letters, c in [('قكغخج', 'K'), ('تط', 'T'), ('سصثزذظش', 'S'), ('دض', 'D')]:
    for ch in letters:
        CLASSES[ch] = c
VOWELS = set('اويءهع')


def norm(w):
    w = re.sub('[أإآٱ]', 'ا', DIAC.sub('', w))
    return w.replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'ء').replace('ئ', 'ء')


def skeleton(w):
    out = []
    for ch in w:
        if ch in VOWELS:
            continue
        c = CLASSES.get(ch, ch)
        if not out or out[-1] != c:
            out.append(c)
    return ''.join(out)


def edits(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_READ = {}


def articles(path):
    """The corpus's articles as lists of normalised words, read once per process (the nets of --skip-nets reuse it)."""
    if path not in _READ:
        with gzip.open(path, 'rt', encoding='utf-8') as f:
            _READ[path] = [[sys.intern(norm(w)) for w in TOKEN.findall((a.get('title') or '') + ' \n ' + (a.get('content') or ''))]
                           for a in map(json.loads, f)]
    return _READ[path]


def main(corpus, min_articles=3, namey_share=0.5, skip=(), out=None):
    count, docs = collections.Counter(), collections.Counter()
    for words in articles(corpus):
        count.update(words)
        docs.update(set(words))
    common = {norm(l.strip()) for l in gzip.open(os.path.join(GAZ, 'arabic-words.txt.gz'), 'rt', encoding='utf-8')
              if not l.startswith('#')}
    in_sets = set()
    for f in glob.glob(os.path.join(SETS, 'name-*.txt')):
        for l in open(f, encoding='utf-8'):
            if l.strip() and not l.startswith('#'):
                in_sets.update(s.strip() for s in l.split('|'))

    def with_article(w):
        return sum(count.get(p + w, 0) for p in ('ال', 'وال', 'بال', 'لل'))

    def clitic_form(w):
        return (any(w.startswith(p) and count.get(w[len(p):], 0) > count[w]
                    for p in ('و', 'ب', 'ل', 'ف', 'ك', 'وب', 'ول', 'س'))
                or any(w.endswith(s) and count.get(w[:-len(s)], 0) > count[w]
                       for s in ('ه', 'ها', 'هم', 'ا', 'ات', 'ين', 'ون', 'يه', 'ي')))

    def suffixed(w):
        return sum(count.get(w + s, 0) for s in ('ها', 'هم', 'كم', 'نا', 'ات', 'ه'))

    words = {w for w, d in docs.items() if d >= min_articles and len(w) >= 4 and not w.startswith('ال') and w not in common
             and with_article(w) < 0.05 * count[w] and suffixed(w) < 0.1 * count[w] and not clitic_form(w)}
    cues = {'السيد', 'مدينه', 'ولايه', 'اللاعب', 'المدرب', 'شركه', 'نادي', 'فريق', 'منتخب', 'الامريكي',
            'البريطاني', 'الفرنسي', 'الروسي', 'الالماني'}
    for f in ('person-titles.txt', 'place-cues.txt'):
        for l in open(os.path.join(GAZ, f), encoding='utf-8'):
            if l.strip() and not l.startswith('#'):
                cues.add(norm(l.split()[-1]))
    before = collections.defaultdict(collections.Counter)
    after = collections.defaultdict(collections.Counter)
    namey = collections.Counter()
    for ws in articles(corpus):
        for i, w in enumerate(ws):
            if w in words:
                p = ws[i - 1] if i > 0 else ''
                n = ws[i + 1] if i + 1 < len(ws) else ''
                before[w][p] += 1
                after[w][n] += 1
                if p in cues or p in words or n in words:
                    namey[w] += 1
    names = [w for w in words if namey[w] >= namey_share * count[w]]
    buckets = collections.defaultdict(list)
    for w in names:
        buckets[skeleton(w)].append(w)
    pairs = []
    for k, ws in buckets.items():
        if len(k) < 2:
            continue
        ws = sorted(ws, key=lambda w: -docs[w])[:40]
        for i in range(len(ws)):
            for j in range(i + 1, len(ws)):
                a, b = ws[i], ws[j]
                if (a in in_sets and b in in_sets) or a[1:] == b or b[1:] == a or a[:-1] == b or b[:-1] == a:
                    continue
                if edits(a, b) <= 2 and (a, b) not in skip and (b, a) not in skip:
                    pairs.append((min(docs[a], docs[b]), a, b))
    pairs.sort(reverse=True)

    def around(w):
        return ','.join(x for x, _ in before[w].most_common(3)) + ' _ ' + ','.join(
            x for x, _ in after[w].most_common(3))

    for _, a, b in pairs:
        line = f'{a} {docs[a]} [{around(a)}]\t{b} {docs[b]} [{around(b)}]'
        if out is None:
            print(line)
        else:
            out.append(line)


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus', nargs='?', default=os.path.join(ROOT, '../shared/data/bench/saudinewsnet.jsonl.gz'))
    ap.add_argument('--min-articles', type=int, default=3)
    ap.add_argument('--namey', type=float, default=0.5)
    ap.add_argument('--skip')
    ap.add_argument('--skip-nets', help='leave out the pairs of these nets, run in this process first: '
                    'MIN_ARTICLES:NAMEY,... (e.g. 3:0.5,2:0.3 for the nets of the third and fourth parts)')
    args = ap.parse_args()
    done = set()
    for net in (args.skip_nets or '').split(','):
        if net:
            m, n = net.split(':')
            lines = []
            main(args.corpus, int(m), float(n), (), lines)
            print(f'# net --min-articles {m} --namey {n}: {len(lines)} pairs left out', file=sys.stderr)
            for line in lines:
                halves = line.split('\t')
                done.add((halves[0].split(' ')[0], halves[1].split(' ')[0]))
    if args.skip:
        for line in open(args.skip, encoding='utf-8'):
            halves = line.rstrip('\n').split('\t')
            if len(halves) == 2:
                done.add((halves[0].split(' ')[0], halves[1].split(' ')[0]))
    main(args.corpus, args.min_articles, args.namey, done)
