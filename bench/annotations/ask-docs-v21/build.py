import json,random,re
from items import A,U
texts=json.load(open('ask_texts.json'))
STOP=set("""a an the of to in on at by for with from and or but is was were be been being are am do does did done have has had
what which who whom whose when where why how many much that this these those it its it's their there they them he she his her him
i you we our your my me as into about after before than then so not no if up out over under any all some each other such more most
can could would should will shall may might must also only very just get got make made say said s t d""".split())
def cw(t):
    return {w for w in re.findall(r"[a-z0-9]+",t.lower().replace('’',"'")) if w not in STOP and len(w)>1}
rows=[]
for (doc,st,en,q,ans,alts,kind) in A:
    t=texts[doc]; i=t.find(st); assert i>=0,(doc,st); assert t.count(st)==1,(doc,st,'dup')
    j=t.find(en,i); assert j>=0,(doc,en)
    cit=t[i:j+len(en)]
    assert '\n' not in cit,(doc,st)
    rows.append(dict(question=q,answer=ans,alternatives=alts,document=doc,citation=cit,kind=kind))
for q,terms in U:
    rows.append(dict(question=q,answer=None,alternatives=[],document=None,citation=None,kind="unanswerable"))
random.Random(2021).shuffle(rows)
with open('ask_v21.jsonl','w') as f:
    for n,r in enumerate(rows,1):
        r={'id':f'q{n:03d}',**r}
        f.write(json.dumps(r,ensure_ascii=False)+'\n')
low=0
for r in rows:
    if r['citation']:
        ov=cw(r['question'])&cw(r['citation'])
        if len(ov)<=1: low+=1
        print(len(ov),sorted(ov),'|',r['question'])
print('low-overlap',low)
