import sys,pickle,random,collections
sys.path.insert(0,'/work/wt-fresh11/scripts')
import search_eval as se
df,pair=pickle.load(open('/tmp/f11/df.pkl','rb')); ex=pickle.load(open('/tmp/f11/ex.pkl','rb'))
CL=set('مدينه محافظه الرءيس رءيس نادي شركه صحيفه منطقه حي اللاعب المدرب مدرب جامعه ولايه وكاله حزب بلده قريه مطار ملعب مستشفي جزيره اقليم جماعه منظمه هيءه بنك مصرف مجموعه قناه المهندس الفنان الفنانه الكاتب السفير مخيم جبل بحيره نهر مصرف مركز الامير الشيخ الدكتور الداعيه النجم المهاجم الحارس لاعب ميناء سجن قاعده'.split())
L=[]
for p,v in pair.items():
    a,b=p.split(' ')
    if a in CL and 20<=v and b not in ex and len(b)>2:
        L.append((p,v,df.get(b,0)))
L.sort(); r=random.Random(20261214); r.shuffle(L)
print(len(L)); print(' | '.join(f'{p}:{v}/{d}' for p,v,d in L))
