"""Build ask_v27.jsonl from items.py (citations copied programmatically from ask_texts.json)."""
import json, random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sentences import sentence_of
from items import ANSWERABLE, UNANSWERABLE

here = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(here, 'ask_texts.json')))
rows = []
for doc, snip, q, a, alts, kind in ANSWERABLE:
    rows.append({"question": q, "answer": a, "alternatives": alts, "document": doc,
                 "citation": sentence_of(texts[doc], snip), "kind": kind})
for q, _terms in UNANSWERABLE:
    rows.append({"question": q, "answer": None, "alternatives": [], "document": None,
                 "citation": None, "kind": "unanswerable"})
random.Random(2726).shuffle(rows)
with open(os.path.join(here, 'ask_v27.jsonl'), 'w') as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"q{i:03d}", **r}, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
