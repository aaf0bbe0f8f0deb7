import sys,pickle,random,collections
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
df,pair=pickle.load(open(WORK+'/df.pkl','rb')); ex=pickle.load(open(WORK+'/ex.pkl','rb'))
one,two=pickle.load(open(WORK+'/ctx.pkl','rb'))
P=set('مدينه محافظه قريه مركز حي بلده منطقه جزيره ولايه اقليم شارع طريق مطار ميناء وادي جبل سد مخيم بحيره بمحافظه بمدينه بمنطقه لمحافظه لمدينه بحي وقريه ومحافظه بقريه بمركز ومدينه'.split())
O=set('شركه جامعه صحيفه نادي مجموعه بنك مصرف وكاله قناه مستشفي فندق مءسسه هيءه منظمه حزب حركه جمعيه لشركه بشركه مجلس جريده مجله موقع ملعب استاد قاعده سجن جسر برج قصر متحف مصنع'.split())
def bad(w): return w in ex or any(b in ex for b in se.bare(w)[1:]) or len(w)<3
for name,S in [('PLACE',P),('ORG',O)]:
    L=[]
    for w,c in one.items():
        n=sum(v for k,v in c.items() if k in S)
        if 20<=df.get(w,0)<1000 and not bad(w) and n>=0.12*df[w] and n>=4: L.append((w,df[w],n))
    L.sort(); r=random.Random(SEED); r.shuffle(L)
    print('==',name,len(L)); print(' '.join(f'{w}:{d}/{n}' for w,d,n in L))
L=[(k,v) for k,v in two.items() if v>=20 and k[0] in O and not bad(k[1]) and not bad(k[2])]
L.sort(); r=random.Random(SEED); r.shuffle(L)
print('== ORG3',len(L)); print(' | '.join(' '.join(k)+f':{v}' for k,v in L))
