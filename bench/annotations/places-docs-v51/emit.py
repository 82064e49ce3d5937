import json, sys
sys.path.insert(0, '/work/heldout/r50/places')
import build, lex
from split import sentences
docs, res = build.run()
json.dump(docs, open('docs.json', 'w'), ensure_ascii=False, indent=1)
allp, first, nonp = [], [], []
seen = set()
persons = {}
for doc, sent, st, s, act in res:
    t, v = act
    if t == 'P':
        la, lo, cc, kind = lex.K[v]
        row = {"doc": doc, "name": s, "sentence": sent, "lat": la, "lon": lo, "country": cc, "kind": kind, "place": v}
        allp.append(row)
        if (doc, s) not in seen:
            seen.add((doc, s)); first.append(row)
    elif t == 'N':
        nonp.append({"doc": doc, "text": s, "sentence": sent, "why": v})
    else:
        persons.setdefault(v, []).append({"doc": doc, "text": s, "sentence": sent})
        if v in lex.FLAG:
            nonp.append({"doc": doc, "text": s, "sentence": sent, "why": "person/family named like a place"})
def dump(rows, f):
    with open(f, 'w') as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
dump(allp, 'places_v51_all.jsonl'); dump(first, 'places_v51.jsonl'); dump(nonp, 'nonplaces_v51.jsonl')
dump([{"person": p, "mentions": m} for p, m in persons.items()], 'persons_v51.jsonl')
print(len(first), len(allp), len(nonp), len(persons), sum(len(m) for m in persons.values()))
