import sys,pickle,random,re
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
df,pair=pickle.load(open(WORK+'/df.pkl','rb'))
ex=set()
for line in open(REPO+'/docs/eval/name-queries.tsv',encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    c=line.rstrip('\n').split('\t')
    for s in [c[2]]+c[3].split('|'):
        for w in se.words(s):
            ex.add(w); ex.add(w[2:] if w.startswith('ال') else 'ال'+w)
pickle.dump(ex,open(WORK+'/ex.pkl','wb'))
def ok(w):
    if w in ex or not re.match('^[\u0621-\u064a]+$',w): return False
    # clitic-stripped reading commoner -> skip
    for b in se.bare(w)[1:]:
        if df.get(b,0)>df[w]: return False
    return True
bands=[(20,100),(100,300),(300,900),(900,1600)]
for lo,hi in bands:
    r=random.Random(SEED)
    c=sorted(w for w,v in df.items() if lo<=v<hi and ok(w))
    k=min(int(sys.argv[1]) if lo==20 else int(sys.argv[2]),len(c))
    s=r.sample(c,k)
    print(f'== {lo}-{hi}: {len(c)} candidates, {k} drawn')
    print(' '.join(f'{w}:{df[w]}' for w in s))
