import sys,pickle,collections
sys.path.insert(0,'/work/wt-fresh10/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f10/df.pkl','rb')); ex=pickle.load(open('/tmp/f10/ex.pkl','rb'))
one,two=pickle.load(open('/tmp/f10/ctx.pkl','rb'))
def bad(w): return w in ex or any(b in ex for b in se.bare(w)[1:]) or len(w)<3 or (w[2:] if w.startswith('ال') else 'ال'+w) in ex
for cls in sys.argv[1].split(','):
    S=set(se.words(cls))
    L=[]
    for w,c in one.items():
        n=sum(v for k,v in c.items() if k in S)
        if n>=4 and 20<=df.get(w,0)<1000 and not bad(w): L.append((n,w,df[w]))
    L.sort(reverse=True)
    print('==',cls,len(L)); print(' '.join(f'{w}:{d}/{n}' for n,w,d in L[:120]))
