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
foreign=set(se.words('جون جورج ديفيد مايكل توماس روبرت جيمس وليام ريتشارد تشارلز بيتر بول مارك ستيفن كريستيان كريستيانو ليونيل لويس خوسيه خوان كارلوس ماريو فرانك هنري جان بيير ميشيل فرانسوا الكسندر فلاديمير سيرغي ايغور ديميتري اندريه نيكولا نيكولاس انطونيو باولو فابيو ماركو لوكا جوزيه جوزيف دانيال دانيل ادريان سيباستيان توني اندي اليكس ماتيو مارتن هانز كلاوس يورغن توماس ستيفان غاري واين ديفيد جاك هيلاري باراك دونالد جيب بيرني ماري انجيلا تيريزا فرانسوا مانويل رافائيل فرناندو خافيير سيرجيو بيبي ريكاردو رونالد ادواردو لويز ايفان'))
for name,F in [('ARAB',first),('FOREIGN',foreign)]:
    fol=collections.Counter()
    for p,v in pair.items():
        a,b=p.split(' ')
        if a in F: fol[b]+=v
    thr=(0.10,0.25) if name=='ARAB' else (0.10,9)
    L=sorted(w for w in fol if 20<=df.get(w,0)<1000 and w not in ex and w not in first and w not in foreign and thr[0]*df[w]<=fol[w]<thr[1]*df[w] and not any(b in ex for b in se.bare(w)[1:]) and (w[2:] if w.startswith('ال') else 'ال'+w) not in ex)
    r=random.Random(20261213); r.shuffle(L)
    print('==',name,len(L)); print(' '.join(f'{w}:{df[w]}/{fol[w]}' for w in L))
