import gzip,json,sys,pickle,collections
import os  # the draw's folder, checkout and seed (fresh10's by default; fresh11 ran them with its own)
WORK=os.environ.get('SAMPLING_WORK','/tmp/f10'); REPO=os.environ.get('SAMPLING_REPO','/work/wt-fresh10')
SEED=int(os.environ.get('SAMPLING_SEED','20261213'))
sys.path.insert(0,REPO+'/scripts')
import search_eval as se
T=set(se.words('اللاعب لاعب المدرب مدرب الحارس المهاجم المدافع النجم الفنان الفنانة المطرب المطربة المغني الممثل الممثلة الكاتب الشاعر الإعلامي المخرج الرئيس رئيس الوزير وزير السفير المتحدث الناطق الجنرال الزعيم المرشح السيناتور النائب المستشار'))
one=collections.Counter(); two=collections.Counter()
for line in gzip.open('/work/shared/data/bench/saudinewsnet.jsonl.gz','rt'):
    d=json.loads(line)
    ws=se.words((d.get('title') or '')+' '+(d.get('content') or ''))
    s1=set();s2=set()
    for i in range(len(ws)-2):
        if ws[i] in T:
            s1.add(ws[i+1]); s2.add((ws[i+1],ws[i+2]))
    one.update(s1); two.update(s2)
pickle.dump((one,two),open(WORK+'/pers.pkl','wb'))
