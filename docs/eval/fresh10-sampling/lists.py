import sys,pickle,random,collections,csv
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
df,pair=pickle.load(open(WORK+'/df.pkl','rb')); ex=pickle.load(open(WORK+'/ex.pkl','rb'))
G='/work/shared/data/gazetteers/'
cand={}
for row in csv.DictReader(open(G+'world-cities-ar/world-cities.csv',encoding='utf-8-sig')):
    cand.setdefault(row['CityNameAr'].replace('ولاية ','').replace('مدينة ',''),'city '+row['CityNameEn']+'/'+row['CountryNameEn'])
    cand.setdefault(row['CountryNameAr'],'country '+row['CountryNameEn'])
for l in open(G+'arabic-names/last-names-in-arabic.txt',encoding='utf-8'):
    if l.strip(): cand.setdefault(l.strip(),'family')
cur=[];tag=None
for l in open('/work/shared/data/anercorp/anercorp-train.conll',encoding='utf-8'):
    p=l.split()
    t=p[1] if len(p)==2 else 'O'
    if t.startswith('B-') or t=='O' or (t.startswith('I-') and t[2:]!=tag):
        if cur: cand.setdefault(' '.join(cur),'aner '+tag)
        cur=[];tag=None
    if t.startswith('B-'): cur=[p[0]];tag=t[2:]
    elif t.startswith('I-') and tag: cur.append(p[0])
def cnt(ws):
    if len(ws)==1: return df.get(ws[0],0)
    if len(ws)==2: return pair.get(ws[0]+' '+ws[1],0)
    return 0
out=collections.defaultdict(list)
seen=set()
for name,k in cand.items():
    ws=tuple(se.words(name))
    if not ws or ws in seen: continue
    seen.add(ws)
    if any(w in ex for w in ws): continue
    c=cnt(ws)
    if len(ws)==1 and not ws[0].startswith('ال'): c=max(c,0)
    for lo,hi in [(20,100),(100,300),(300,900),(900,1300)]:
        if lo<=c<hi: out[(lo,hi)].append((' '.join(ws),c,k))
for b in sorted(out):
    r=random.Random(SEED); L=sorted(out[b]); r.shuffle(L)
    print('==',b,len(L)); print(' | '.join(f'{a}:{c}:{k}' for a,c,k in L))
