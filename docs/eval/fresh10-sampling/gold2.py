import gzip,json,sys
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
Q=[]
for l in open(sys.argv[1]):
    k,e,s=l.rstrip('\n').split('\t')
    Q.append((k,e,s,se.Query('fresh10',e,[x for x in s.split('|')])))
cnt=[0]*len(Q)
for line in gzip.open('/work/shared/data/bench/saudinewsnet.jsonl.gz','rt'):
    d=json.loads(line)
    ws=se.words((d.get('title') or '')+' '+(d.get('content') or ''))
    bs=set()
    for w in ws: bs.update(se.bare(w))
    for i,(k,e,s,q) in enumerate(Q):
        if any(f in bs for f in q.first) and q.holds(ws): cnt[i]+=1
with open(sys.argv[2],'w') as f:
    for (k,e,s,q),c in sorted(zip(Q,cnt),key=lambda x:-x[1]):
        f.write(f'{c}\t{k}\t{e}\t{s}\n')
