import sys,pickle,random
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
df,pair=pickle.load(open(WORK+'/df.pkl','rb')); ex=pickle.load(open(WORK+'/ex.pkl','rb'))
one,two=pickle.load(open(WORK+'/pers.pkl','rb'))
def bad(w): return w in ex or (w[2:] if w.startswith('ال') else 'ال'+w) in ex or len(w)<3
L=[(k,v) for k,v in two.items() if v>=8 and not bad(k[1]) and 15<=df.get(k[1],0)<1000 and v>=0.1*df[k[1]]]
L.sort(); r=random.Random(SEED); r.shuffle(L)
print(len(L)); print(' | '.join(' '.join(k)+f':{v}/{df[k[1]]}' for k,v in L))
