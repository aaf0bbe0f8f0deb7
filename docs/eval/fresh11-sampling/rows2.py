# names kept (cand5.tsv: articles, kind, English, spellings), sorted by articles, given alternately to fresh11 (Latin,
# the English name) and fresh-ar10 (Arabic typed as a reader would: random.Random(20261214) picks per query among as
# written / without hamza / ه for ة / without the article, the last only for a person whose bare form is neither a
# given name of ../shared/data/gazetteers/arabic-names (nor the end of one: براهيم) nor commoner than the form with the article)
import random,sys,pickle,collections
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
df=pickle.load(open('/tmp/f11/df.pkl','rb'))[0]
G='/work/shared/data/gazetteers/arabic-names/'
first=set()
for f in ['male-first--names-in-arabic.txt','female-first-names-in-arabic.txt']:
    for l in open(G+f,encoding='utf-8'): first.update(se.words(l))
for l in open(G+'Most-Popular-Arabic-FirstNames.txt',encoding='utf-8'): first.update(se.words(l))
first|=set(se.words('محمد احمد عبدالله عبدالعزيز خالد سعد فهد سلطان فيصل تركي ناصر علي حسن حسين صالح سعود نايف بندر ماجد منصور ابراهيم عمر يوسف'))  # fam3.py's first words
rows=[l.rstrip('\n').split('\t') for l in open('/tmp/f11/cand5.tsv')]
rows=[r for r in rows if int(r[0])>=20]
rows.sort(key=lambda r:(-int(r[0]),r[2]))
r=random.Random(20261214)
lat=[];ar=[];how=collections.Counter()
for i,(c,k,e,s) in enumerate(rows):
    if i%2==0: lat.append(f'fresh11\t{k}\t{e}\t{s}'); continue
    w=s.split('|')[0]
    opts=['as written']
    if any(ch in w for ch in 'أإآ'): opts.append('no hamza')
    if 'ة' in w: opts.append('h for ta marbuta')
    if k=='person' and ' ' not in w and w.startswith('ال'):
        b=se.words(w[2:])[0]; a=se.words(w)[0]
        if not any(g.endswith(b) for g in first) and df.get(b,0)<=df.get(a,0): opts.append('no article')
    o=r.choice(opts); how[o]+=1
    q=w
    if o=='no hamza': q=q.replace('أ','ا').replace('إ','ا').replace('آ','ا')
    elif o=='h for ta marbuta': q=q.replace('ة','ه')
    elif o=='no article': q=q[2:]
    ar.append(f'fresh-ar10\t{k}\t{q}\t{s}')
open('/tmp/f11/rows.tsv','w').write('\n'.join(lat+ar)+'\n')
print(dict(how))
def bands(part):
    b=collections.Counter(); kk=collections.Counter()
    for i,(c,k,e,s) in enumerate(rows):
        if (i%2==0)==(part=='lat'):
            c=int(c); b['20-100' if c<100 else '100-300' if c<300 else '300-1000' if c<1000 else '>1000']+=1; kk[k]+=1
    return dict(b),dict(kk)
print('lat',len(lat),bands('lat'),'ar',len(ar),bands('ar'))
for x in rows:
    if int(x[0])>=100: print(x)
