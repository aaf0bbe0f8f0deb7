import sys
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
rows=[]
for line in open('/work/wt-fresh11/docs/eval/name-queries.tsv',encoding='utf-8'):
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
