import gzip,json,sys,pickle,collections
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
C=set('مدينه محافظه قريه مركز حي بلده منطقه جزيره ولايه اقليم شارع طريق مطار ميناء وادي جبل سد مخيم بحيره بمحافظه بمدينه بمنطقه لمحافظه لمدينه بحي وقريه ومحافظه بقريه بمركز ومدينه شركه جامعه صحيفه نادي مجموعه بنك مصرف وكاله قناه مستشفي فندق مءسسه هيءه منظمه حزب حركه جمعيه لشركه بشركه مجلس جريده مجله موقع ملعب استاد قاعده سجن جسر برج قصر متحف مصنع'.split())
one=collections.defaultdict(collections.Counter); two=collections.Counter()
for line in gzip.open('/work/shared/data/bench/saudinewsnet.jsonl.gz','rt'):
    d=json.loads(line)
    ws=se.words((d.get('title') or '')+' '+(d.get('content') or ''))
    s1=set();s2=set()
    for i in range(len(ws)-2):
        if ws[i] in C:
            s1.add((ws[i],ws[i+1])); s2.add((ws[i],ws[i+1],ws[i+2]))
    for a,b in s1: one[b][a]+=1
    two.update(s2)
pickle.dump((one,two),open(WORK+'/ctx.pkl','wb'))
