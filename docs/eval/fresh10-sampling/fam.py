import sys,pickle,random,collections
sys.path.insert(0,'/work/wt-fresh10/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f10/df.pkl','rb')); ex=pickle.load(open('/tmp/f10/ex.pkl','rb'))
G='/work/shared/data/gazetteers/arabic-names/'
first=set()
for f in ['male-first--names-in-arabic.txt','female-first-names-in-arabic.txt']:
    for l in open(G+f,encoding='utf-8'):
        for w in se.words(l): first.add(w)
first|=set(se.words('محمد احمد عبدالله عبدالعزيز عبدالرحمن خالد سعد فهد سلطان فيصل تركي ناصر علي حسن حسين صالح سعود نايف بندر ماجد منصور ابراهيم عمر يوسف مشعل متعب سلمان عادل'))
fol=collections.Counter()
for p,v in pair.items():
    a,b=p.split(' ')
    if a in first: fol[b]+=v
L=sorted(w for w in fol if 20<=df.get(w,0)<1000 and w not in ex and w not in first and fol[w]>=0.25*df[w] and not any(b in ex for b in se.bare(w)[1:]))
r=random.Random(20261213); r.shuffle(L)
print(len(L)); print(' '.join(f'{w}:{df[w]}/{fol[w]}' for w in L))
