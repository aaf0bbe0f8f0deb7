import sys
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
rows=[]
for line in open(REPO+'/docs/eval/name-queries.tsv',encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    c=line.rstrip('\n').split('\t'); rows.append(c)
def strip(w): return w[2:] if w.startswith('ال') else w
for ph in sys.argv[1].split(','):
    ws=[strip(w) for w in se.words(ph)]
    hits=[]
    for c in rows:
        allw=set(strip(w) for s in [c[2]]+c[3].split('|') for w in se.words(s))
        if all(w in allw for w in ws) or (ph.isascii() and ph.lower() in c[2].lower()): hits.append(c[0]+':'+c[2])
    print(ph,'=>',hits[:4])
