"""Validation of places_v49 files. python3 check.py"""
import json, re, collections, glob, os
import split

errs = []
def err(m): errs.append(m)
texts = json.load(open("places_texts.json"))
docs = json.load(open("docs.json"))
panels = {os.path.basename(f)[:-4]: open(f).read() for f in sorted(glob.glob("panel-*.txt"))}
if len(docs) != 23: err(f"docs.json has {len(docs)} documents")
for k, v in texts.items():
    if docs.get(k) != v: err(f"essay {k} differs from places_texts.json")
if len(panels) != 3: err("expected 3 panels")
for k, v in panels.items():
    if docs.get(k) != v: err(f"panel {k} differs from docs.json")
    n = len(v.split())
    if not 600 <= n <= 700: err(f"panel {k}: {n} words")
    lines = v.split("\n")
    if not lines[0].strip() or lines[1] != "" or not lines[2].strip(): err(f"panel {k}: not title / blank / paragraphs")
    print(f"panel {k}: {n} words")
sents = {k: set(split.sentences(v)) for k, v in docs.items()}

def load(f): return [json.loads(l) for l in open(f)]
def whole(w, s):
    return re.search(r"(?<![\w’'])" + re.escape(w) + ("" if w.endswith(".") else r"(?![\w])"), s) is not None
def occ(w, s):
    return len(re.findall(r"(?<![\w’'])" + re.escape(w) + ("" if w.endswith(".") else r"(?![\w])"), s))

KINDS = {"country", "region", "city", "natural feature", "other"}
WHY = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle",
       "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"}
allp = load("places_v49_all.jsonl"); first = load("places_v49.jsonl")
nonp = load("nonplaces_v49.jsonl"); pers = load("persons_v49.jsonl")
PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
coding = {}
for f, rows in (("places_v49_all", allp), ("places_v49", first)):
    for r in rows:
        if list(r) != PF: err(f"{f}: field order {list(r)}")
        if r["doc"] not in docs: err(f"{f}: unknown doc {r['doc']}"); continue
        if r["sentence"] not in docs[r["doc"]]: err(f"{f}: sentence not in doc: {r['sentence'][:60]}")
        if r["sentence"] not in sents[r["doc"]]: err(f"{f}: not a splitter sentence: {r['sentence'][:60]}")
        if not whole(r["name"], r["sentence"]): err(f"{f}: name {r['name']} not a whole word of its sentence")
        if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): err(f"{f}: coordinates {r['place']}")
        if r["kind"] not in KINDS: err(f"{f}: kind {r['kind']}")
        if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): err(f"{f}: country {r['country']}")
        c = (r["lat"], r["lon"], r["country"], r["kind"])
        if coding.setdefault(r["place"], c) != c: err(f"two codings for {r['place']}")
seen, exp = set(), []
for r in allp:
    if (r["doc"], r["name"]) not in seen:
        seen.add((r["doc"], r["name"])); exp.append(r)
if exp != first: err("first-mention file is not the first mention per document and name of _all")
NF = ["doc", "text", "sentence", "why"]
for r in nonp:
    if list(r) != NF: err(f"nonplaces: field order {list(r)}")
    if r["sentence"] not in docs[r["doc"]] or r["sentence"] not in sents[r["doc"]]: err(f"nonplaces: sentence {r['sentence'][:60]}")
    if not whole(r["text"], r["sentence"]): err(f"nonplaces: text {r['text']} not a whole word")
    if r["why"] not in WHY: err(f"nonplaces: why {r['why']}")
pm = set()
for p in pers:
    if list(p) != ["person", "mentions"]: err("persons: field order")
    for m in p["mentions"]:
        if list(m) != ["doc", "text", "sentence"]: err("persons: mention field order")
        if m["sentence"] not in docs[m["doc"]] or m["sentence"] not in sents[m["doc"]]: err(f"persons: sentence {m['sentence'][:60]}")
        if not whole(m["text"], m["sentence"]): err(f"persons: text {m['text']} not a whole word")
        pm.add((m["doc"], m["text"], m["sentence"]))
# counts per sentence never above occurrences
cnt = collections.Counter()
for r in allp: cnt[(r["doc"], r["sentence"], r["name"])] += 1
for r in nonp:
    if r["why"] != "person/family named like a place": cnt[(r["doc"], r["sentence"], r["text"])] += 1
for (d, s, w), n in cnt.items():
    if n > occ(w, s): err(f"{n} rows for {w} but {occ(w, s)} occurrences in: {s[:60]}")
keys = collections.defaultdict(set)
for r in allp: keys[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in keys.items():
    if len(v) > 1: err(f"name {k[2]} has two keys in one sentence: {v}")
ptexts = {(r["doc"], r["sentence"], r["name"]) for r in allp}
for r in nonp:
    if (r["doc"], r["sentence"], r["text"]) in ptexts: err(f"{r['text']} both a place and a non-place in one sentence")
    if r["why"] == "person/family named like a place" and (r["doc"], r["text"], r["sentence"]) not in pm:
        err(f"named-like-a-place row without person mention: {r['text']}")
for e in errs: print("ERROR", e)
print(f"errors {len(errs)}")
ess = lambda rows: sum(1 for r in rows if not r["doc"].startswith("panel-"))
print(f"documents {len(docs)} (essays {len(texts)}, panels {len(panels)})")
print(f"place mentions {len(allp)} (essays {ess(allp)}, panels {len(allp) - ess(allp)})")
print(f"first mentions {len(first)} (essays {ess(first)}, panels {len(first) - ess(first)})")
dp = lambda pan: len({r['place'] for r in allp if r['doc'].startswith('panel-') == pan})
print(f"distinct places {len(coding)} (essays {dp(False)}, panels {dp(True)})")
print(f"non-places {len(nonp)} (essays {ess(nonp)}, panels {len(nonp) - ess(nonp)})")
flag = {p['person'] for p in pers for m in p['mentions'] if any(r['why'] == 'person/family named like a place' and r['text'] == m['text'] and r['sentence'] == m['sentence'] for r in nonp)}
print(f"people {len(pers)}, person mentions {sum(len(p['mentions']) for p in pers)} ({len(flag)} people flagged as named like a place)")
noplace = [k for k in docs if not any(r['doc'] == k for r in allp)]
print("documents without a place:", noplace)
