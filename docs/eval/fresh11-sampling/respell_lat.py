# Latin respellings (part respell): entities of docs/eval/name-queries.tsv that have a Latin query, in the order of
# random.Random(20261214); for each, the words of its Latin queries are looked up in the Wikidata English-Arabic
# name-word pairs (src/main/resources/org/sahifa/entities/gazetteer/wikidata-name-words.tsv.gz, CC0): a word is
# respelt by another Latin word that the pairs give, at least twice, for the same Arabic word of the entity's gold
# spellings (once or more; same first letter, difflib ratio >= 0.75, not the query word, no diacritics), or the
# English name world-cities-ar (../shared, CC BY 4.0) gives for a one-word Arabic spelling; the seed orders them.
import sys, gzip, random, difflib, collections, re
sys.path.insert(0, sys.argv[1] + '/scripts')
import search_eval as se
TSV = sys.argv[1] + '/docs/eval/name-queries.tsv'
wd = collections.defaultdict(dict)
for l in gzip.open(sys.argv[1] + '/src/main/resources/org/sahifa/entities/gazetteer/wikidata-name-words.tsv.gz', 'rt', encoding='utf-8'):
    if l.startswith('#'): continue
    a, w, c = l.rstrip('\n').split('\t')
    for x in se.words(a):
        wd[x][w] = wd[x].get(w, 0) + int(c)
import csv
wc = collections.defaultdict(set)  # world-cities (CC BY 4.0): Arabic city/country name -> English name
for row in csv.DictReader(open('/work/shared/data/gazetteers/world-cities-ar/world-cities.csv', encoding='utf-8-sig')):
    for ar, en in ((row['CityNameAr'], row['CityNameEn']), (row['CountryNameAr'], row['CountryNameEn'])):
        for x in (ar, ar.replace('ولاية ', '').replace('مدينة ', '')):
            if len(se.words(x)) == 1: wc[se.words(x)[0]].add(en)
ent = collections.OrderedDict(); alltext = set()
for l in open(TSV, encoding='utf-8'):
    if l.startswith('#') or not l.strip(): continue
    p, k, q, s = l.rstrip('\n').split('\t')
    alltext.add(q.lower())
    e = ent.setdefault(s, {'kind': k, 'lat': [], 'ar': [], 'parts': set()})
    e['parts'].add(p)
    (e['lat'] if se.is_latin(q) else e['ar']).append(q)
keys = sorted(k for k, e in ent.items() if e['lat'])
random.Random(20261214).shuffle(keys)
r = random.Random(20261214)
n = 0
for s in keys:
    e = ent[s]
    arw = set(w for sp in s.split('|') for w in se.words(sp))
    arw |= {w[2:] for w in arw if w.startswith('ال') and len(w) > 4}
    q = e['lat'][0]
    toks = re.split(r'([ \-])', q)
    opts = []
    for i, t in enumerate(toks):
        tl = t.lower()
        if not re.fullmatch('[a-z]+', tl) or tl == 'al': continue
        for a in arw:
            if tl in wd.get(a, {}):
                for alt, c in wd[a].items():
                    if c >= 1 and alt != tl and re.fullmatch('[a-z]+', alt) and alt[0] == tl[0] and difflib.SequenceMatcher(None, alt, tl).ratio() >= 0.75 and not (a == 'عبد' and len(tl) > 5):
                        nt = toks[:]; nt[i] = alt.capitalize() if t[:1].isupper() else alt
                        cand = ''.join(nt)
                        if cand.lower() not in alltext and all(cand.lower() != x.lower() for x in e['lat']):
                            opts.append((cand, f'{tl}->{alt} for {a} ({c}x)'))
    for a in arw:
        for en in wc.get(a, ()):
            if en.lower() not in alltext and all(en.lower() != x.lower() for x in e['lat']):
                opts.append((en, f'world-cities {en} for {a}'))
    opts = sorted(set(opts))
    if not opts:
        print(f'-\t{q}\t{s}\t{sorted(e["parts"])}'); continue
    r.shuffle(opts)  # seeded order; the first option an English-language outlet writes is kept (read by hand)
    n += 1
    print(f'{n}\t{e["kind"]}\t{q}\t{s}\t{sorted(e["parts"])}\t' + ' ; '.join(f'{o} [{w}]' for o, w in opts))
