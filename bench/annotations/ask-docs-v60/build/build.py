import sys,json,random,re,collections
import os
HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
from items import A; from items2 import NEW,PICK; from cite import cite
from unans import U
STOP=set("a an the of to in on at for by with from and or but is was were be been did do does what which who whom whose when where why how many much name one their its his her they he she it this that these those as into after before about than then not no any all also would could should had has have over under out up off once just so such other only own same while during between s t can".split())
def cw(s):
    return {w.lower().rstrip('s') for w in re.findall(r"[A-Za-z][A-Za-z\-]+",s.replace('’',"'")) if w.lower() not in STOP and len(w)>2}
sel=[A[i] for i in PICK]+NEW
recs=[]
for (q,a,alts,doc,sn,k,tags) in sel:
    c=cite(doc,sn); tags=list(tags)
    if k=='why' and 'why' not in tags: tags.append('why')
    if k=='how' and 'how' not in tags: tags.append('how')
    if len(q.split())<=6 and 'short' not in tags: tags.append('short')
    ov=len(cw(q)&cw(c))
    if ov<=1: tags.append('low overlap')
    recs.append(dict(question=q,answer=a,alternatives=alts,document=doc,citation=c,kind=k,_tags=tags,_ov=ov))
for (q,tags) in U:
    tags=['unanswerable']+list(tags)
    if len(q.split())<=6 and 'short' not in tags: tags.append('short')
    recs.append(dict(question=q,answer=None,alternatives=[],document=None,citation=None,kind='unanswerable',_tags=tags))
random.Random(6059).shuffle(recs)
out=open(os.path.join(HERE,'..','ask_v60.jsonl'),'w'); st={}
for i,r in enumerate(recs,1):
    qid='q%03d'%i; st[qid]=r.pop('_tags'); r.pop('_ov',None)
    out.write(json.dumps(dict(id=qid,**r),ensure_ascii=False)+'\n')
out.close()
json.dump(st,open(os.path.join(HERE,'..','style_tags.json'),'w'),ensure_ascii=False,indent=1)
print(len(recs), collections.Counter(t for v in st.values() for t in v))
