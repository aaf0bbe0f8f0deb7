import sys,pickle
sys.path.insert(0,'/work/wt-fresh10/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f10/df.pkl','rb')); ex=pickle.load(open('/tmp/f10/ex.pkl','rb'))
out=[];exl=[]
for w0 in open(sys.argv[1]).read().split():
    w=se.words(w0)[0]
    alt=w[2:] if w.startswith('ال') else 'ال'+w
    if w in ex or alt in ex: exl.append(w0); continue
    out.append(f'{w0}:{df.get(w,0)}/{df.get(alt,0)}')
print(' '.join(out)); print('EXCLUDED',len(exl))
