#!/usr/bin/env python3
"""Rebuilds src/main/resources/org/sahifa/search/english-arabic-words.tsv (decision 0216): English nouns and
adjectives with the Arabic words two open wordnets give for the same Princeton WordNet 3.0 synset.

Sources (none shipped whole; the derived file carries their notices, english-arabic-words.LICENSE.txt):
  * Arabic WordNet 2 as converted by the Open Multilingual Wordnet, wns/arb/wn-nodia-arb.tab (CC BY-SA 3.0),
  * the Wiktionary translations mapped to WordNet synsets by the Open Multilingual Wordnet,
    wns/wikt/wn-wikt-arb.tab (CC BY-SA 3.0),
    both in the repository github.com/omwn/omw-data (commit f75be19),
  * Princeton WordNet 3.0's English lemmas of each synset (WordNet 3.0 licence, BSD-like), data.noun and data.adj
    of Debian's package wordnet-base (apt-get download wordnet-base; dpkg-deb -x).

Usage: scripts/build-english-arabic-words.py OMW_DATA_CHECKOUT_OR_DIR WORDNET_DIR > english-arabic-words.tsv
  OMW_DATA: a folder holding wns/arb/wn-nodia-arb.tab and wns/wikt/wn-wikt-arb.tab
  WORDNET_DIR: the folder holding data.noun and data.adj (usr/share/wordnet of wordnet-base)

Kept: an English lemma of one word (letters only, lower-cased) of a noun or adjective synset, and an Arabic lemma of
one word (Arabic letters only, diacritics removed) of the same synset. Each line: English, part of speech (n or a),
then the Arabic words, most synsets and sources first (ties in first-seen order), at most 12. An adjective that
WordNet says pertains to a noun (literary → literature) also gets the Arabic relative adjectives (nisba) of that
noun's Arabic words (أدب → أدبي), after its own.
"""
import collections
import re
import sys

omw, wordnet = sys.argv[1], sys.argv[2]
DIACRITICS = re.compile('[\u064b-\u0652\u0640\u0670]')
ARABIC_WORD = re.compile('^[\u0621-\u064a]{2,}$')
ENGLISH_WORD = re.compile('^[a-z]{2,}$')

english = collections.defaultdict(list)  # synset id (offset-pos) -> English one-word lemmas
pertains = collections.defaultdict(list)  # English adjective -> noun synsets it pertains to (WordNet's '\\' pointer)
for pos, name in (('n', 'noun'), ('a', 'adj')):
    with open(f'{wordnet}/data.{name}', encoding='latin-1') as f:
        for line in f:
            if line.startswith('  '):
                continue
            p = line.split(' ')
            offset, n = p[0], int(p[3], 16)
            lemmas = []
            for i in range(n):
                w = re.sub(r'\(.*\)$', '', p[4 + 2 * i]).lower()
                lemmas.append(w)
                if ENGLISH_WORD.match(w) and w not in english[offset + '-' + pos]:
                    english[offset + '-' + pos].append(w)
            k = 4 + 2 * n
            for j in range(int(p[k])):
                symbol, target, tpos, st = p[k + 1 + 4 * j: k + 5 + 4 * j]
                source = int(st[:2], 16)
                if pos == 'a' and symbol == '\\' and tpos == 'n' and source > 0:
                    w = lemmas[source - 1]
                    if ENGLISH_WORD.match(w):
                        pertains[w].append(target + '-n')

score = collections.defaultdict(lambda: collections.defaultdict(int))  # (english, pos) -> arabic -> attestations
order = collections.defaultdict(dict)
for path in ('wns/arb/wn-nodia-arb.tab', 'wns/wikt/wn-wikt-arb.tab'):
    with open(f'{omw}/{path}', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 3:
                continue
            synset, _, arabic = parts
            pos = 'a' if synset.endswith(('-a', '-s')) else synset[-1]
            if pos not in 'na':
                continue
            arabic = DIACRITICS.sub('', arabic.strip())
            if not ARABIC_WORD.match(arabic):
                continue
            for e in english.get(synset[:-1] + pos, []):
                key = (e, pos)
                score[key][arabic] += 1
                order[key].setdefault(arabic, len(order[key]))

# an adjective that pertains to a noun (literary → literature, cultural → culture) is also the Arabic relative
# adjective (nisba) of that noun's Arabic words: final ة or ا dropped, ي added unless the word then ends in it
# (أدب → أدبي, ثقافة → ثقافي, مالية → مالي); listed after the adjective's own Arabic words
synset_arabic = collections.defaultdict(list)
for path in ('wns/arb/wn-nodia-arb.tab', 'wns/wikt/wn-wikt-arb.tab'):
    with open(f'{omw}/{path}', encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(parts) != 3 or not parts[0].endswith('-n'):
                continue
            arabic = DIACRITICS.sub('', parts[2].strip())
            if ARABIC_WORD.match(arabic) and arabic not in synset_arabic[parts[0]]:
                synset_arabic[parts[0]].append(arabic)


def nisba(word):
    stem = word[:-1] if word.endswith(('\u0629', '\u0627')) else word
    return stem if stem.endswith('\u064a') else stem + '\u064a'


for adjective in sorted(pertains):
    key = (adjective, 'a')
    for synset in pertains[adjective]:
        for noun in synset_arabic.get(synset, []):
            derived = nisba(noun)
            if derived not in score[key]:
                score[key][derived] = 0
                order[key][derived] = len(order[key])

print('# English nouns and adjectives with the Arabic words Arabic WordNet 2 and Wiktionary give for the same')
print('# Princeton WordNet 3.0 synset (via the Open Multilingual Wordnet). Built by scripts/build-english-arabic-words.py;')
print('# licence and sources: english-arabic-words.LICENSE.txt (CC BY-SA 3.0). English<TAB>n|a<TAB>Arabic<TAB>Arabic...')
for key in sorted(score):
    words = sorted(score[key], key=lambda a: (-score[key][a], order[key][a]))[:12]
    if not words:
        continue
    print(key[0] + '\t' + key[1] + '\t' + '\t'.join(words))
