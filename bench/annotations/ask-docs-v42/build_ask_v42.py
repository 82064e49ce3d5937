"""Build ask_v42.jsonl from items_ask_v42.py (citations cut exactly from the texts)."""
import json, random, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from items_ask_v42 import ANSWERABLE, UNANSWERABLE

texts = json.load(open(os.path.join(HERE, "ask_texts.json"), encoding="utf-8"))

def cut(doc, start, end):
    t = texts[doc]
    assert t.count(start) == 1, ("start not unique/absent", doc, start, t.count(start))
    s = t.index(start)
    e = t.index(end, s)
    return t[s:e + len(end)]

rows = []
for q, doc, st, en, ans, alts, kind in ANSWERABLE:
    cit = cut(doc, st, en)
    rows.append({"question": q, "answer": ans, "alternatives": alts, "document": doc,
                 "citation": cit, "kind": kind})
for q, _terms in UNANSWERABLE:
    rows.append({"question": q, "answer": None, "alternatives": [], "document": None,
                 "citation": None, "kind": "unanswerable"})

random.Random(4142).shuffle(rows)
with open(os.path.join(HERE, "ask_v42.jsonl"), "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        out = {"id": "q%03d" % i, **r}
        out = {k: out[k] for k in ["id", "question", "answer", "alternatives", "document", "citation", "kind"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote", len(rows))
