import gzip,json,sys,collections
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
T=sys.argv[1].split(','); K=int(sys.argv[2]) if len(sys.argv)>2 else 3
got=collections.defaultdict(list)
for line in gzip.open('/work/shared/data/bench/saudinewsnet.jsonl.gz','rt'):
    d=json.loads(line)
    ws=se.words((d.get('title') or '')+' '+(d.get('content') or ''))
    for i,w in enumerate(ws):
        for t in T:
            if len(got[t])<K and t in se.bare(w):
                got[t].append(' '.join(ws[max(0,i-4):i+5]))
                if len(got[t])==K: print(t,'::',' || '.join(got[t]),flush=True)
                break
    if all(len(got[t])>=K for t in T): break
for t in T:
    if len(got[t])<K: print(t,'::',' || '.join(got[t]),flush=True)
