import sys,pickle,random,re
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f11/df.pkl','rb'))
ex=set()
for line in open('/work/wt-fresh11/docs/eval/name-queries.tsv',encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    c=line.rstrip('\n').split('\t')
    for s in [c[2]]+c[3].split('|'):
        for w in se.words(s):
            ex.add(w); ex.add(w[2:] if w.startswith('ال') else 'ال'+w)
pickle.dump(ex,open('/tmp/f11/ex.pkl','wb'))
def ok(w):
    if w in ex or not re.match('^[\u0621-\u064a]+$',w): return False
    # clitic-stripped reading commoner -> skip
    for b in se.bare(w)[1:]:
        if df.get(b,0)>df[w]: return False
    return True
bands=[(20,100),(100,300),(300,900),(900,1600)]
for lo,hi in bands:
    r=random.Random(20261214)
    c=sorted(w for w,v in df.items() if lo<=v<hi and ok(w))
    k=min(int(sys.argv[1]) if lo==20 else int(sys.argv[2]),len(c))
    s=r.sample(c,k)
    print(f'== {lo}-{hi}: {len(c)} candidates, {k} drawn')
    print(' '.join(f'{w}:{df[w]}' for w in s))
