"""Scores decision 0192's held-out checks (scripts/institution-eval.sh): per English query, its results against the
articles its quoted Arabic name finds (gold); pairs with neither results nor gold are left out."""
import json,collections,sys
res=collections.defaultdict(set); words=collections.defaultdict(collections.Counter)
for l in open(sys.argv[1]):
    r=json.loads(l); res[r['query']].add(r['id'])
    for w in r.get('matched',[]): words[r['query']][w]+=1
tot_r=tot_g=tot_ok=0; n=0
for line in open(sys.argv[2]):
    e,a=line.rstrip('\n').split('\t')
    g=res.get('"'+a+'"',set()); r=res.get(e,set())
    if not g and not r: continue
    n+=1
    ok=len(g&r); tot_r+=len(r); tot_g+=len(g); tot_ok+=ok
    print(f"{e:35s} {a:25s} results {len(r):4d} gold {len(g):4d} right {ok:4d}", dict(words[e].most_common(3)) if len(r)>ok else '')
print('queries',n,'results',tot_r,'gold',tot_g,'right',tot_ok, 'precision %.3f recall %.3f'%(tot_ok/max(1,tot_r), tot_ok/max(1,tot_g)))
