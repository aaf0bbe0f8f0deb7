# one corpus pass: for every word, the articles where it follows a common first name (list of fam3.py) or a person
# title; then forms in 20-1,000 articles following them in >= 30 % of their articles, not in the file, seeded order
import gzip,json,sys,pickle,random,collections
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f11/df.pkl','rb')); ex=pickle.load(open('/tmp/f11/ex.pkl','rb'))
F=set(se.words('محمد احمد عبدالله عبدالعزيز عبدالرحمن عبدالمحسن عبدالكريم عبدالاله عبدالمجيد عبدالملك خالد سعد فهد سلطان فيصل تركي ناصر حسن حسين صالح سعود نايف بندر ماجد منصور ابراهيم عمر يوسف مشعل متعب سلمان عادل سامي وليد طلال نواف ياسر سليمان عثمان حمد حمود عايض مساعد مشاري زياد هاني هشام طارق نبيل ماهر عماد رياض فواز فارس بدر مازن ثامر سعيد مسفر عوض جمال كمال يحيي موسي عيسي مصطفي محمود ايمن اسامه عبدالرحيم عبدالهادي عبدالوهاب عبداللطيف مقبل ضيف غازي راشد عبدالعزيز'))
T=set(se.words('اللاعب لاعب المدرب الحارس المهاجم المدافع الكابتن الزميل الدكتور المهندس الشيخ الاستاذ المواطن المقيم العقيد العميد اللواء الرقيب المقدم النقيب الفنان الشاعر الكاتب الاعلامي المذيع'))
fol=collections.Counter()
for line in gzip.open('/work/shared/data/bench/saudinewsnet.jsonl.gz','rt'):
    d=json.loads(line)
    ws=se.words((d.get('title') or '')+' '+(d.get('content') or ''))
    s=set()
    for i in range(1,len(ws)):
        if ws[i-1] in F or ws[i-1] in T: s.add(ws[i])
        elif i>=2 and ws[i-2] in T and ws[i-1] in F: s.add(ws[i])
    fol.update(s)
pickle.dump(fol,open('/tmp/f11/fam4.pkl','wb'))
L=sorted(w for w in fol if 20<=df.get(w,0)<1000 and w not in ex and w not in F and fol[w]>=0.3*df[w] and (w[2:] if w.startswith('ال') else 'ال'+w) not in ex and len(w)>3)
r=random.Random(20261214); r.shuffle(L)
print(len(L)); print(' '.join(f'{w}:{df[w]}/{fol[w]}' for w in L))
