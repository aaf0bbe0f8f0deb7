# family names after a common Saudi first name (a list without words that are also common words: no علي/عز/امين)
import sys,pickle,random,collections
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f11/df.pkl','rb')); ex=pickle.load(open('/tmp/f11/ex.pkl','rb'))
F=set(se.words('محمد احمد عبدالله عبدالعزيز عبدالرحمن عبدالمحسن عبدالكريم عبدالاله عبدالمجيد عبدالملك خالد سعد فهد سلطان فيصل تركي ناصر حسن حسين صالح سعود نايف بندر ماجد منصور ابراهيم عمر يوسف مشعل متعب سلمان عادل سامي وليد طلال نواف ياسر سليمان عثمان حمد حمود عايض مساعد مشاري زياد هاني هشام طارق نبيل ماهر عماد رياض فواز فارس بدر مازن ثامر عبدالعزيز سعيد مسفر عوض جمال كمال يحيي موسي عيسي مصطفي محمود ايمن اسامه عبدالرحيم عبدالهادي عبدالوهاب عبداللطيف مقبل ضيف غازي راشد ابراهيم'))
fol=collections.Counter()
for p,v in pair.items():
    a,b=p.split(' ')
    if a in F: fol[b]+=v
L=sorted(w for w in fol if 20<=df.get(w,0)<1000 and w not in ex and w not in F and fol[w]>=0.25*df[w] and (w[2:] if w.startswith('ال') else 'ال'+w) not in ex)
r=random.Random(20261214); r.shuffle(L)
print(len(L)); print(' '.join(f'{w}:{df[w]}/{fol[w]}' for w in L))
