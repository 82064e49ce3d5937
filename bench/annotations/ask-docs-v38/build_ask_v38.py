"""Build ask_v38.jsonl from items_src.py (fixed-seed shuffle, ids q001-q100)."""
import json, random
from items_src import ANS, UNANS
rows = []
for doc, q, a, alts, kind, cit in ANS:
    rows.append({"question": q, "answer": a, "alternatives": alts, "document": doc, "citation": cit, "kind": kind})
for q, _searched in UNANS:
    rows.append({"question": q, "answer": None, "alternatives": [], "document": None, "citation": None, "kind": "unanswerable"})
random.Random(3838).shuffle(rows)
with open("ask_v38.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        r = {"id": f"q{i:03d}", **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows))
