#!/usr/bin/env python3
"""How often each one-letter difference between two Arabic spellings is one name, learned from the shipped CC0
Wikidata name words (decision 0236).

Several Arabic labels given for one Latin name word (folded: case, accents, w = v, y = i, a doubled letter once) are
spellings of one name. For every class of one-letter difference (a vowel letter ا و ي left out inside a word: as a
long vowel between consonants, next to another vowel letter, or a ي before ا or و, the y-glide; or one letter written
for another at a word's start, inside it or at its end) the script counts the pairs of such labels that differ by it
(same) and the pairs of label words of different Latin names that differ by it (apart), and prints same / (same +
apart): the share of the pairs the lists show one letter apart in that way that are one name. Words of 4 letters and
more, one word each.

  python3 scripts/name-label-classes.py
"""
import collections
import gzip
import itertools
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = os.path.join(ROOT, 'src/main/resources/org/sahifa/entities/gazetteer/wikidata-name-words.tsv.gz')
DIAC = re.compile('[\u064B-\u065F\u0670\u0640]')


def norm(w):
    w = re.sub('[أإآٱ]', 'ا', DIAC.sub('', w))
    return w.replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'ء').replace('ئ', 'ء')


def fold(latin):
    latin = ''.join(c for c in unicodedata.normalize('NFD', latin.lower()) if unicodedata.category(c) != 'Mn')
    return re.sub(r'(.)\1', r'\1', latin.replace('w', 'v').replace('y', 'i'))


def left_out(longer, shorter):
    """The class of a vowel letter ا و ي inside `longer` that `shorter` leaves out, or None."""
    for i in range(1, len(longer) - 1):
        if longer[:i] + longer[i + 1:] == shorter and longer[i] in 'اوي':
            before, after = longer[i - 1], longer[i + 1]
            if longer[i] == 'ي' and after in 'او':
                return 'left out: ي before ' + after + ' (y-glide)'
            if before in 'اوي' or after in 'اوي':
                return 'left out: ' + longer[i] + ' next to a vowel letter'
            return 'left out: ' + longer[i] + ' between consonants (long vowel)'
    return None


def written_for(a, b):
    """The class of one letter written for another (a and b the same length), or None."""
    d = [i for i in range(len(a)) if a[i] != b[i]]
    if len(d) != 1:
        return None
    i = d[0]
    place = 'initial' if i == 0 else 'final' if i == len(a) - 1 else 'medial'
    return '%s / %s %s' % (*sorted((a[i], b[i])), place)


def difference(a, b):
    if len(a) == len(b):
        return written_for(a, b)
    if abs(len(a) - len(b)) == 1:
        return left_out(*((a, b) if len(a) > len(b) else (b, a)))
    return None


def main():
    by_latin = collections.defaultdict(set)
    owners = collections.defaultdict(set)
    with gzip.open(WORDS, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            p = line.rstrip('\n').split('\t')
            if len(p) < 3:
                continue
            arabic, latin = norm(p[0]), fold(p[1])
            if len(arabic) >= 4 and ' ' not in arabic:
                by_latin[latin].add(arabic)
                owners[arabic].add(latin)
    same, apart = collections.Counter(), collections.Counter()
    for words in by_latin.values():
        for a, b in itertools.combinations(sorted(words), 2):
            k = difference(a, b)
            if k:
                same[k] += 1
    letters = sorted({c for w in owners for c in w})
    for w in owners:
        for i in range(len(w)):
            shorter = w[:i] + w[i + 1:]
            if shorter in owners and not owners[w] & owners[shorter]:
                k = difference(w, shorter)
                if k:
                    apart[k] += 1
            for c in letters:
                other = w[:i] + c + w[i + 1:]
                if c != w[i] and w < other and other in owners and not owners[w] & owners[other]:
                    k = difference(w, other)
                    if k:
                        apart[k] += 1
    rows = [(same[k] / (same[k] + apart[k]), k) for k in same if same[k] >= 3]
    print('share\tsame\tapart\tclass')
    for share, k in sorted(rows, reverse=True):
        print('%.3f\t%d\t%d\t%s' % (share, same[k], apart[k], k))


if __name__ == '__main__':
    main()
