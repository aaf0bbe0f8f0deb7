import sys,pickle,random
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f11/df.pkl','rb')); ex=pickle.load(open('/tmp/f11/ex.pkl','rb'))
one,two=pickle.load(open('/tmp/f11/pers.pkl','rb'))
def bad(w): return w in ex or (w[2:] if w.startswith('ال') else 'ال'+w) in ex or len(w)<3
L=[(k,v) for k,v in two.items() if v>=8 and not bad(k[1]) and 15<=df.get(k[1],0)<1000 and v>=0.1*df[k[1]]]
L.sort(); r=random.Random(20261214); r.shuffle(L)
print(len(L)); print(' | '.join(' '.join(k)+f':{v}/{df[k[1]]}' for k,v in L))
