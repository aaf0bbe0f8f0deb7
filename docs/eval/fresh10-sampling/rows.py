import random
KEEP_ARTICLE={'السالم','المنيف','الحكمي','الهزاع','العقلا','البريك','اليافعي','السعدي','الوديعة','السقا','الأحواز'}
rows=[l.rstrip('\n').split('\t') for l in open('/tmp/f10/cand5.tsv')]
rows.sort(key=lambda r:(-int(r[0]),r[2]))
r=random.Random(20261213)
lat=[];ar=[];how={}
for i,(c,k,e,s) in enumerate(rows):
    if i%2==0: lat.append(f'fresh10\t{k}\t{e}\t{s}'); continue
    w=s.split('|')[0]
    opts=['as written']
    if any(ch in w for ch in 'أإآ'): opts.append('no hamza')
    if 'ة' in w: opts.append('h for ta marbuta')
    if ' ' not in w and w.startswith('ال') and w not in KEEP_ARTICLE: opts.append('no article')
    o=r.choice(opts); how[o]=how.get(o,0)+1
    q=w
    if o=='no hamza': q=q.replace('أ','ا').replace('إ','ا').replace('آ','ا')
    elif o=='h for ta marbuta': q=q.replace('ة','ه')
    elif o=='no article': q=q[2:]
    ar.append(f'fresh-ar9\t{k}\t{q}\t{s}')
open('/tmp/f10/rows.tsv','w').write('\n'.join(lat+ar)+'\n')
print(how)
import collections
def bands(part):
    b=collections.Counter(); kk=collections.Counter()
    for i,(c,k,e,s) in enumerate(rows):
        if (i%2==0)==(part=='lat'):
            c=int(c); b['20-100' if c<100 else '100-300' if c<300 else '300-1000' if c<1000 else '>1000']+=1; kk[k]+=1
    return b,kk
print('lat',bands('lat'),'ar',bands('ar'))
