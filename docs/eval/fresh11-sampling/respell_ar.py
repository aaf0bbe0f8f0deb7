# Arabic respellings (part respell-ar): entities of docs/eval/name-queries.tsv that have an Arabic query, in the order
# of random.Random(20261214); for each, the options a reader may type that differ from every query text of the file:
# another gold spelling of the entry, or the entry's (first) Arabic query without hamza (أ/إ/آ → ا), with ه for a
# final ة, with ى for a final ي, without the article (one-word person queries whose bare form is not a commoner word or a
# given name of ../shared/data/gazetteers/arabic-names), or with عبد/أبو joined to or split from the next word;
# the seed (the same generator, in entity order) picks one option per entity. Gold spellings copied from the entry.
import sys, random, collections, re, pickle
sys.path.insert(0, sys.argv[1] + '/scripts')
import search_eval as se
TSV = sys.argv[1] + '/docs/eval/name-queries.tsv'
df = pickle.load(open(sys.argv[2], 'rb'))[0] if len(sys.argv) > 2 else {}
G = '/work/shared/data/gazetteers/arabic-names/'
first = set()
for f in ['male-first--names-in-arabic.txt', 'female-first-names-in-arabic.txt']:
    for l in open(G + f, encoding='utf-8'):
        first.update(se.words(l))
ent = collections.OrderedDict(); alltext = set()
for l in open(TSV, encoding='utf-8'):
    if l.startswith('#') or not l.strip(): continue
    p, k, q, s = l.rstrip('\n').split('\t')
    alltext.add(q)
    e = ent.setdefault(s, {'kind': k, 'lat': [], 'ar': [], 'parts': set()})
    e['parts'].add(p)
    (e['lat'] if se.is_latin(q) else e['ar']).append(q)
keys = sorted(k for k, e in ent.items() if e['ar'])
random.Random(20261214).shuffle(keys)
r = random.Random(20261214)
n = 0
for s in keys:
    e = ent[s]; q = e['ar'][0]
    opts = []
    qb = ' '.join(se.words(q)).removeprefix('ال')
    for sp in s.split('|'):
        gb = ' '.join(se.words(sp)).removeprefix('ال')
        # an adjective or plural form of the name (الليبي for ليبيا, البلغار, الحوثيين for الحوثي) is not what a
        # reader types for it: left out when one of the two bare forms is a proper prefix of the other
        if gb != qb and (qb.startswith(gb) or gb.startswith(qb) or (qb.endswith('ا') and gb.startswith(qb[:-1]))):
            continue
        # for a place, an adjective form (التشيلي, الأرمنية, الاسكوتلندية) is not the place's name
        if e['kind'] == 'place' and gb.endswith(('ي', 'يه', 'يين', 'يون', 'ين')) and (
                gb != qb or (sp.startswith('ال') and not q.startswith('ال'))):
            continue
        opts.append(('another gold spelling', sp))
    if re.search('[أإآ]', q): opts.append(('no hamza', re.sub('[أإآ]', 'ا', q)))
    if re.search('ة(\\s|$)', q): opts.append(('h for ta marbuta', re.sub('ة(?=\\s|$)', 'ه', q)))
    if re.search('ي(\\s|$)', q): opts.append(('alif maqsura for ya', re.sub('ي(?=\\s|$)', 'ى', q)))
    if e['kind'] == 'person' and ' ' not in q and q.startswith('ال') and len(q) > 4:
        b = q[2:]; nb = se.words(b)[0]; na = se.words(q)[0]
        if nb not in first and df.get(nb, 0) <= df.get(na, 0):
            opts.append(('no article', b))
    m = re.search('(^|\\s)(عبد|أبو|ابو) (\\S+)', q)
    if m: opts.append(('joined', q[:m.start(2)] + m.group(2) + m.group(3) + q[m.end(3):]))
    m = re.search('(^|\\s)(عبد|أبو|ابو)(ال\\S+)', q)
    if m: opts.append(('split', q[:m.start(2)] + m.group(2) + ' ' + m.group(3) + q[m.end(3):]))
    opts = [(h, t) for h, t in opts if t not in alltext and t not in e['ar'] and se.words(t)]
    seen = set(); opts = [o for o in opts if not (o[1] in seen or seen.add(o[1]))]
    if not opts:
        print(f'-\t{q}\t{s}'); continue
    how, t = r.choice(opts)
    n += 1
    print(f'{n}\t{e["kind"]}\t{q}\t{t}\t{how}\t{s}\t{",".join(sorted(e["parts"]))}')
