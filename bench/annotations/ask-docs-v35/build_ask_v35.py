import json, random, re, sys
import os; HERE=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,HERE)
from ask_v35_items import A, U
texts = json.load(open(os.path.join(HERE,'ask_texts.json')))
rows=[]; errs=[]
for doc,s,e,q,a,alts,kind in A:
    t=texts[doc]
    i=t.find(s)
    if i<0: errs.append(('start',doc,s)); continue
    if t.find(s,i+1)>=0: errs.append(('start-not-unique',doc,s))
    j=t.find(e,i)
    if j<0: errs.append(('end',doc,e)); continue
    cit=t[i:j+len(e)]
    if '\n' in cit or len(cit)>900: errs.append(('long/newline',doc,s,len(cit)))
    for x in [a]+alts:
        if x not in cit: errs.append(('ans',doc,x))
    rows.append(dict(question=q,answer=a,alternatives=alts,document=doc,citation=cit,kind=kind))
for q,_ in U:
    rows.append(dict(question=q,answer=None,alternatives=[],document=None,citation=None,kind="unanswerable"))
print("errors:",errs)
random.Random(3435).shuffle(rows)
out=[]
for n,r in enumerate(rows,1):
    out.append({"id":f"q{n:03d}",**r})
with open(os.path.join(HERE,'ask_v35.jsonl'),'w',encoding='utf-8') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(out))
