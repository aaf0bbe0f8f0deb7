import sys,pickle
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
df,pair=pickle.load(open(WORK+'/df.pkl','rb'))
ins='اويه'
grp=['جغقكگ','تط','سصث','زذظ','دض','هح','اعء','يى']
def var(w):
    out=set()
    for i in range(len(w)+1):
        for c in ins: out.add(w[:i]+c+w[i:])
    for i in range(len(w)):
        out.add(w[:i]+w[i+1:])
        for g in grp:
            if w[i] in g:
                for c in g: out.add(w[:i]+c+w[i+1:])
    out.add(w[2:] if w.startswith('ال') else 'ال'+w)
    out.discard(w)
    return out
for l in open(sys.argv[1]):
    k,e,sp=l.rstrip('\n').split('\t')
    res=[]
    for s in sp.split('|'):
        ws=se.words(s)
        for j,w in enumerate(ws):
            if len(w)<3 or w in ('هيءه','شركه','جمعيه','حزب','مجموعه','بنك','دار','طيران','باب'): continue
            res+= [f'{v}:{df[v]}' for v in var(w) if df.get(v,0)>=2]
    print(e, se.words(sp.split('|')[0]), df.get(se.words(sp)[0],0), ' '.join(res))
