import sys,pickle
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
df,pair=pickle.load(open(WORK+'/df.pkl','rb')); ex=pickle.load(open(WORK+'/ex.pkl','rb'))
for ph in sys.argv[1].split(','):
    ws=se.words(ph)
    inex=[w for w in ws if w in ex]
    c=df.get(ws[0],0) if len(ws)==1 else pair.get(' '.join(ws[:2]),0)
    print(f'{ph}:{c}{"!EX:"+"/".join(inex) if inex else ""}',end='  ')
print()
