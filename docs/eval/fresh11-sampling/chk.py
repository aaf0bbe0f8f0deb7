import sys,pickle
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f11/df.pkl','rb')); ex=pickle.load(open('/tmp/f11/ex.pkl','rb'))
for ph in sys.argv[1].split(','):
    ws=se.words(ph)
    inex=[w for w in ws if w in ex]
    c=df.get(ws[0],0) if len(ws)==1 else pair.get(' '.join(ws[:2]),0)
    print(f'{ph}:{c}{"!EX:"+"/".join(inex) if inex else ""}',end='  ')
print()
