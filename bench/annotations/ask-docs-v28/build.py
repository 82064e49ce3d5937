"""Build ask_v28.jsonl from items_src.py. Maps plain-typed citations onto exact text."""
import json, random, re, collections
from items_src import ITEMS, UNANSWERABLE

TR = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
texts = json.load(open("ask_texts.json"))

def locate(hay, needle, what):
    nh, nn = hay.translate(TR), needle.translate(TR)
    i = nh.find(nn)
    if i < 0:
        raise SystemExit(f"NOT FOUND ({what}): {needle[:90]}")
    if nh.find(nn, i + 1) >= 0 and what == "citation":
        raise SystemExit(f"AMBIGUOUS citation: {needle[:90]}")
    return hay[i:i + len(nn)]

rows = []
for key, doc, kind, q, cit, ans, alts in ITEMS:
    text = texts[doc]
    c = locate(text, cit, "citation")
    a = locate(c, ans, "answer")
    al = [locate(c, x, "alt") for x in alts]
    rows.append(dict(question=q, answer=a, alternatives=al, document=doc, citation=c, kind=kind, _key=key))
for key, q in UNANSWERABLE:
    rows.append(dict(question=q, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable", _key=key))

random.Random(2827).shuffle(rows)
with open("ask_v28.jsonl", "w", encoding="utf-8") as f:
    for n, r in enumerate(rows, 1):
        r.pop("_key")
        out = {"id": f"q{n:03d}", **r}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote", len(rows))
