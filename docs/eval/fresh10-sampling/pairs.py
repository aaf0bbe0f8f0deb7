import sys,pickle,random,collections
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
df,pair=pickle.load(open(WORK+'/df.pkl','rb')); ex=pickle.load(open(WORK+'/ex.pkl','rb'))
CL=set('مدينه محافظه الرءيس رءيس نادي شركه صحيفه منطقه حي اللاعب المدرب مدرب جامعه ولايه وكاله حزب بلده قريه مطار ملعب مستشفي جزيره اقليم جماعه منظمه هيءه بنك مصرف مجموعه قناه المهندس الفنان الفنانه الكاتب السفير مخيم جبل بحيره نهر مصرف مركز الامير الشيخ الدكتور الداعيه النجم المهاجم الحارس لاعب ميناء سجن قاعده'.split())
L=[]
for p,v in pair.items():
    a,b=p.split(' ')
    if a in CL and 20<=v and b not in ex and len(b)>2:
        L.append((p,v,df.get(b,0)))
L.sort(); r=random.Random(SEED); r.shuffle(L)
print(len(L)); print(' | '.join(f'{p}:{v}/{d}' for p,v,d in L))
