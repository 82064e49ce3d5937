"""Validation of places_v59 files. Prints errors (if any) and counts."""
import json, re
from collections import defaultdict, Counter
import split

errors = []
def err(msg):
    errors.append(msg)

texts = json.load(open("places_texts.json"))
docs = json.load(open("docs.json"))
PANELS = [k for k in docs if k.startswith("panel-")]
if len(docs) != 23: err(f"docs.json has {len(docs)} documents")
if len(PANELS) != 3: err("expected 3 panels")
for k, v in texts.items():
    if docs.get(k) != v: err(f"essay {k} differs from places_texts.json")
for p in PANELS:
    t = open(p + ".txt").read()
    if t != docs[p]: err(f"{p} differs from its .txt")
    n = len(t.split())
    if not 600 <= n <= 700: err(f"{p}: {n} words")
    lines = t.split("\n")
    if not lines[0].strip() or lines[1] != "" or not lines[2].strip(): err(f"{p}: not title/blank/paragraphs")

def load(fn):
    return [json.loads(l) for l in open(fn, encoding="utf-8")]
pa, pf, npl, pers = load("places_v59_all.jsonl"), load("places_v59.jsonl"), load("nonplaces_v59.jsonl"), load("persons_v58.jsonl")

sents = {d: set(split.sentences(t)) for d, t in docs.items()}
def whole(word, sent):
    return re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", sent) is not None
def occurrences(word, sent):
    return len(re.findall(r"(?<![\w])" + re.escape(word) + r"(?![\w])", sent))

PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
KINDS = {"country", "region", "city", "natural feature", "other"}
WHY = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle",
       "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"}
coding = {}
for fn, rows in (("places_v59_all", pa), ("places_v59", pf)):
    for r in rows:
        if list(r) != PF: err(f"{fn}: field order {list(r)}")
        if r["doc"] not in docs: err(f"{fn}: unknown doc {r['doc']}")
        elif r["sentence"] not in docs[r["doc"]]: err(f"{fn}: sentence not in doc: {r['sentence'][:60]}")
        elif r["sentence"] not in sents[r["doc"]]: err(f"{fn}: not a splitter sentence: {r['sentence'][:60]}")
        if not whole(r["name"], r["sentence"]): err(f"{fn}: name {r['name']!r} not a whole word of its sentence")
        if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): err(f"{fn}: coordinates {r}")
        if r["kind"] not in KINDS: err(f"{fn}: kind {r['kind']}")
        if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): err(f"{fn}: country {r['country']}")
        c = (r["lat"], r["lon"], r["country"], r["kind"])
        if coding.setdefault(r["place"], c) != c: err(f"{fn}: two codings for {r['place']}")
# first mention file = first per (doc, name) of _all
exp, seen = [], set()
for r in pa:
    if (r["doc"], r["name"]) not in seen:
        seen.add((r["doc"], r["name"])); exp.append(r)
if exp != pf: err("places_v59.jsonl is not the first mention per document and name of _all")
# no name with two keys in one sentence
nk = defaultdict(set)
for r in pa:
    nk[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in nk.items():
    if len(v) > 1: err(f"name {k[2]!r} has keys {v} in one sentence")
# no more rows than occurrences
cnt = Counter((r["doc"], r["sentence"], r["name"]) for r in pa)
for (d, s, n), c in cnt.items():
    if c > occurrences(n, s): err(f"{n!r}: {c} rows but fewer occurrences in {s[:60]}")
for r in npl:
    if list(r) != ["doc", "text", "sentence", "why"]: err(f"nonplaces: field order {list(r)}")
    if r["sentence"] not in sents.get(r["doc"], ()): err(f"nonplaces: sentence not a splitter sentence of {r['doc']}: {r['sentence'][:60]}")
    if not whole(r["text"], r["sentence"]): err(f"nonplaces: {r['text']!r} not a whole word")
    if r["why"] not in WHY: err(f"nonplaces: why {r['why']}")
placeset = {(r["doc"], r["sentence"], r["name"]) for r in pa}
for r in npl:
    if (r["doc"], r["sentence"], r["text"]) in placeset: err(f"{r['text']!r} both place and non-place in one sentence")
pm = set()
for p in pers:
    if list(p) != ["person", "mentions"]: err("persons: field order")
    for m in p["mentions"]:
        if list(m) != ["doc", "text", "sentence"]: err("persons: mention field order")
        if m["sentence"] not in sents.get(m["doc"], ()): err(f"persons: sentence not in {m['doc']}: {m['sentence'][:60]}")
        if not whole(m["text"], m["sentence"]): err(f"persons: {m['text']!r} not a whole word")
        pm.add((m["doc"], m["sentence"], m["text"]))
for r in npl:
    if r["why"] == "person/family named like a place" and (r["doc"], r["sentence"], r["text"]) not in pm:
        err(f"named-like-a-place row without person mention: {r['text']}")

for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
def split_count(rows, key="doc"):
    e = sum(1 for r in rows if not r[key].startswith("panel-")); return f"{len(rows)} (essays {e}, panels {len(rows) - e})"
print("documents", len(docs), "(essays", len(texts), ", panels", len(PANELS), ")")
print("place mentions", split_count(pa))
print("first mentions", split_count(pf))
ess = {r["place"] for r in pa if not r["doc"].startswith("panel-")}
pan = {r["place"] for r in pa if r["doc"].startswith("panel-")}
print(f"distinct places {len(ess | pan)} (essays {len(ess)}, panels {len(pan)})")
print("non-places", split_count(npl), dict(Counter(r["why"] for r in npl)))
npm = sum(len(p["mentions"]) for p in pers)
fl = {r["text"] for r in npl if r["why"] == "person/family named like a place"}
nfl = sum(1 for p in pers if any(m["text"] in fl for m in p["mentions"]))
print(f"people {len(pers)}, person mentions {npm} ({nfl} people flagged as named like a place)")
nop = [d for d in docs if not any(r["doc"] == d for r in pa)]
print("documents without a place:", nop)
