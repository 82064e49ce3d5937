import json, random
exec(open('items_answerable.py').read())
exec(open('items_unanswerable.py').read())
recs = [dict(question=q, answer=a, alternatives=alts, document=doc, citation=cit, kind=k) for q,a,alts,doc,cit,k in A]
recs += [dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable") for q,_ in U]
random.Random(24).shuffle(recs)
with open('ask_v24.jsonl','w') as f:
    for i,r in enumerate(recs,1):
        f.write(json.dumps(dict(id=f"q{i:03d}", **r), ensure_ascii=False)+"\n")
print(len(recs))
