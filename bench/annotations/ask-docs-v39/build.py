"""Builds ask_v39.jsonl from build_items.py (shuffled with a fixed seed)."""
import json, random, os
here=os.path.dirname(os.path.abspath(__file__))
ns={}; exec(open(os.path.join(here,'build_items.py'),encoding='utf-8').read(), ns)
rows=[]
for q,a,alts,doc,cit,kind in ns['A']:
    rows.append(dict(question=q,answer=a,alternatives=alts,document=doc,citation=cit,kind=kind))
for q in ns['U']:
    rows.append(dict(question=q,answer=None,alternatives=[],document=None,citation=None,kind='unanswerable'))
rng=random.Random(3839)
while True:
    rng.shuffle(rows)
    # avoid two consecutive questions from the same document
    if all(not (rows[i]['document'] and rows[i]['document']==rows[i+1]['document']) for i in range(len(rows)-1)):
        break
with open(os.path.join(here,'ask_v39.jsonl'),'w',encoding='utf-8') as f:
    for i,r in enumerate(rows,1):
        out={'id':'q%03d'%i, **r}
        f.write(json.dumps(out,ensure_ascii=False)+'\n')
print(len(rows),'rows written')
