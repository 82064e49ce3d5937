"""Validate places_v50 files. Prints errors and counts; exit 1 on any error."""
import json, re, glob, os, sys
from collections import Counter
from split import sentences

err = []
def E(msg): err.append(msg)
def load(fn): return [json.loads(l) for l in open(fn, encoding="utf-8")]

essays = json.load(open("places_texts.json", encoding="utf-8"))
docs = json.load(open("docs.json", encoding="utf-8"))
panels = {os.path.basename(p)[:-4]: open(p, encoding="utf-8").read() for p in glob.glob("panel-*.txt")}
if len(docs) != 23: E(f"docs.json has {len(docs)} documents, want 23")
if len(panels) != 3: E(f"{len(panels)} panels, want 3")
for k, v in essays.items():
    if docs.get(k) != v: E(f"essay {k} differs from places_texts.json")
for k, v in panels.items():
    if docs.get(k) != v: E(f"panel {k} differs from docs.json")
    w = len(v.split())
    if not 600 <= w <= 700: E(f"panel {k}: {w} words")
    lines = v.split("\n")
    if not lines[0].strip() or lines[1].strip() != "" or not lines[2].strip(): E(f"panel {k}: not title / blank / paragraphs")
sents = {k: set(sentences(v)) for k, v in docs.items()}

KINDS = {"country", "region", "city", "natural feature", "other"}
WHYS = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle",
        "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"}

def check_sentence(r, field):
    d, s, t = r["doc"], r["sentence"], r[field]
    if d not in docs: E(f"unknown doc {d}"); return
    if s not in docs[d]: E(f"{d}: sentence not in text: {s[:60]}")
    if s not in sents[d]: E(f"{d}: not a splitter sentence: {s[:60]}")
    if not re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", s): E(f"{d}: '{t}' not a whole word in sentence")

allp = load("places_v50_all.jsonl"); first = load("places_v50.jsonl")
nonp = load("nonplaces_v50.jsonl"); pers = load("persons_v50.jsonl")
PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
coding = {}
for r in allp + first:
    if list(r) != PF: E(f"field order {list(r)}")
    check_sentence(r, "name")
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): E(f"coords {r['place']}")
    if r["kind"] not in KINDS: E(f"kind {r['kind']}")
    if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): E(f"country {r['country']}")
    c = (r["lat"], r["lon"], r["country"], r["kind"])
    if coding.setdefault(r["place"], c) != c: E(f"two codings for {r['place']}")
# first-mention file = first per (doc, name) of _all
exp, seen = [], set()
for r in allp:
    k = (r["doc"], r["name"])
    if k not in seen: seen.add(k); exp.append(r)
if exp != first: E("places_v50.jsonl is not the first mention per document and name of _all")
# one key per name per sentence
m = {}
for r in allp:
    k = (r["doc"], r["sentence"], r["name"])
    if m.setdefault(k, r["place"]) != r["place"]: E(f"two keys for {r['name']} in one sentence")
for r in nonp:
    if list(r) != ["doc", "text", "sentence", "why"]: E(f"nonplace fields {list(r)}")
    check_sentence(r, "text")
    if r["why"] not in WHYS: E(f"why {r['why']}")
# no more rows than occurrences
def occ(t, s): return len(re.findall(r"(?<![\w])" + re.escape(t) + r"(?![\w])", s))
cnt = Counter((r["doc"], r["sentence"], r["name"]) for r in allp)
cnt.update((r["doc"], r["sentence"], r["text"]) for r in nonp if r["why"] != "person/family named like a place")
for (d, s, t), n in cnt.items():
    if n > occ(t, s): E(f"{d}: {n} rows for '{t}' but {occ(t, s)} occurrences")
placeset = {(r["doc"], r["sentence"], r["name"]) for r in allp}
for r in nonp:
    if (r["doc"], r["sentence"], r["text"]) in placeset: E(f"'{r['text']}' both place and non-place in one sentence")
pm = set()
for p in pers:
    if list(p) != ["person", "mentions"] or not p["mentions"]: E(f"person row {p.get('person')}")
    for mm in p["mentions"]:
        if list(mm) != ["doc", "text", "sentence"]: E("mention fields")
        check_sentence(mm, "text"); pm.add((mm["doc"], mm["sentence"], mm["text"]))
for r in nonp:
    if r["why"] == "person/family named like a place" and (r["doc"], r["sentence"], r["text"]) not in pm:
        E(f"flagged person row without person mention: {r['text']}")

isp = lambda d: d.startswith("panel-")
print("errors:", len(err))
for e in err[:50]: print("  ", e)
print(f"documents {len(docs)} (essays {len(essays)}, panels {len(panels)}); panel words " +
      ", ".join(f"{k} {len(v.split())}" for k, v in sorted(panels.items())))
print(f"place mentions {len(allp)} (essays {sum(not isp(r['doc']) for r in allp)}, panels {sum(isp(r['doc']) for r in allp)})")
print(f"first mentions {len(first)} (essays {sum(not isp(r['doc']) for r in first)}, panels {sum(isp(r['doc']) for r in first)})")
print(f"distinct places {len(coding)} (essays {len({r['place'] for r in allp if not isp(r['doc'])})}, panels {len({r['place'] for r in allp if isp(r['doc'])})})")
print(f"non-places {len(nonp)} (essays {sum(not isp(r['doc']) for r in nonp)}, panels {sum(isp(r['doc']) for r in nonp)})")
print("non-places by why:", dict(Counter(r["why"] for r in nonp)))
fl = len({p["person"] for p in pers for mm in p["mentions"] if (mm["doc"], mm["sentence"], mm["text"]) in
          {(r["doc"], r["sentence"], r["text"]) for r in nonp if r["why"].startswith("person")}})
print(f"people {len(pers)}, person mentions {sum(len(p['mentions']) for p in pers)} ({fl} people flagged as named like a place)")
nop = [d for d in docs if d not in {r["doc"] for r in allp}]
print("documents without a place:", nop)
sys.exit(1 if err else 0)
