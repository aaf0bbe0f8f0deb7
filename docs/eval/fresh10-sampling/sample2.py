import sys,pickle,random,re
sys.path.insert(0,'/work/wt-fresh10/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f10/df.pkl','rb')); ex=pickle.load(open('/tmp/f10/ex.pkl','rb'))
def ok(w):
    if w in ex or not re.match('^[\u0621-\u064a]+$',w): return False
    for b in se.bare(w)[1:]:
        if df.get(b,0)>df[w]: return False
    return True
for lo,hi,k1,k2 in [(20,100,900,1800),(100,300,450,900)]:
    r=random.Random(20261213)
    c=sorted(w for w,v in df.items() if lo<=v<hi and ok(w))
    r.sample(c,k1)  # the first draw (sample.py), same generator state
    rest=sorted(set(c)-set(random.Random(20261213).sample(c,k1)))
    s=r.sample(rest,min(k2,len(rest)))
    print(f'== second draw {lo}-{hi}: {len(s)}')
    print(' '.join(f'{w}:{df[w]}' for w in s))
