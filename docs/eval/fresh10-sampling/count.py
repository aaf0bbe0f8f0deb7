import gzip,json,sys,pickle,collections
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
df=collections.Counter(); pair=collections.Counter()
n=0
for line in gzip.open('/work/shared/data/bench/saudinewsnet.jsonl.gz','rt'):
    d=json.loads(line); n+=1
    ws=se.words((d.get('title') or '')+' '+(d.get('content') or ''))
    s=set()
    for w in ws:
        s.update(se.bare(w))
    df.update(s)
    ps=set()
    for i in range(len(ws)-1):
        ps.add(ws[i]+' '+ws[i+1])
    pair.update(ps)
print(n,file=sys.stderr)
pair=collections.Counter({k:v for k,v in pair.items() if v>=15})
pickle.dump((df,pair),open(WORK+'/df.pkl','wb'))
