"""Validate places_v29 files. python3 check.py"""
import json, re, collections
errs = []
def E(m): errs.append(m)
docs = json.load(open('docs.json'))
essays = json.load(open('places_texts.json'))
panels = ['panel-barbary-tripoli-1805', 'panel-zheng-he-voyages', 'panel-burke-wills-1860']
if len(docs) != 23: E(f"docs.json has {len(docs)} documents")
for k, v in essays.items():
    if docs.get(k) != v: E(f"essay {k} differs from places_texts.json")
for p in panels:
    t = open(p + '.txt').read()
    if docs.get(p) != t: E(f"{p} differs from docs.json")
    n = len(t.split())
    if not 600 <= n <= 700: E(f"{p}: {n} words")
    lines = t.split('\n')
    if not lines[0].strip() or lines[1] != '' or not lines[2].strip(): E(f"{p}: not title, blank line, paragraphs")
    print(f"{p}: {n} words")
if set(docs) != set(essays) | set(panels): E("docs.json ids")

def load(fn): return [json.loads(l) for l in open(fn)]
pa = load('places_v29_all.jsonl'); pf = load('places_v29.jsonl')
npl = load('nonplaces_v29.jsonl'); per = load('persons_v29.jsonl')
GLUED = {("1981-1988-lebanon", "New Jersey"), ("1830-1860-liberia", "Monrovia")}  # glued words in the given texts
def whole(s, w):
    return any((a == 0 or not s[a-1].isalnum()) and (a + len(w) == len(s) or not s[a+len(w)].isalnum())
               for a in [m.start() for m in re.finditer(re.escape(w), s)])
def chk_text(doc, w, s, what):
    if doc not in docs: E(f"{what}: unknown doc {doc}"); return
    if s not in docs[doc]: E(f"{what}: sentence not in {doc}: {s[:60]}")
    if w not in s: E(f"{what}: {w!r} not in sentence")
    elif not whole(s, w) and not (doc, w) in GLUED: E(f"{what}: {w!r} not a whole word")

KINDS = {"country", "region", "city", "natural feature", "other"}
WHY = {"demonym/adjective", "hyphenated adjective", "organisation", "war/event", "treaty/agreement/law", "ship", "other",
       "person/family named like a place"}
coding = {}
for fn, rows in (("places_v29_all", pa), ("places_v29", pf)):
    for r in rows:
        if list(r) != ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]: E(f"{fn}: field order {list(r)}")
        chk_text(r["doc"], r["name"], r["sentence"], fn)
        if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): E(f"{fn}: coords {r}")
        if r["kind"] not in KINDS: E(f"{fn}: kind {r['kind']}")
        if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): E(f"{fn}: country {r['country']}")
        c = (r["lat"], r["lon"], r["country"], r["kind"])
        if coding.setdefault(r["place"], c) != c: E(f"place {r['place']} has two codings")
for r in npl:
    if list(r) != ["doc", "text", "sentence", "why"]: E(f"nonplaces: field order {list(r)}")
    chk_text(r["doc"], r["text"], r["sentence"], "nonplaces")
    if r["why"] not in WHY: E(f"nonplaces: why {r['why']}")
pm = []
for p in per:
    if list(p) != ["person", "mentions"]: E("persons: field order")
    for m in p["mentions"]:
        if list(m) != ["doc", "text", "sentence"]: E("persons: mention field order")
        chk_text(m["doc"], m["text"], m["sentence"], "persons")
        pm.append((m["doc"], m["text"], m["sentence"]))
if len(set(p["person"] for p in per)) != len(per): E("persons: duplicate person")
# duplicates and first mentions
k_all = [(r["doc"], r["name"], r["sentence"]) for r in pa]
if len(k_all) != len(set(k_all)): E("places_all: duplicate rows")
first = {}
for r in pa: first.setdefault((r["doc"], r["name"]), r)
if list(first.values()) != pf: E("places_v29 is not the first mention per document and name of _all")
k_np = [(r["doc"], r["text"], r["sentence"], r["why"]) for r in npl]
if len(k_np) != len(set(k_np)): E("nonplaces: duplicate rows")
if len(pm) != len(set(pm)): E("persons: duplicate mentions")
# consistency
keys = collections.defaultdict(set)
for r in pa: keys[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in keys.items():
    if len(v) > 1: E(f"name with two keys in one sentence: {k[2]} {v}")
placeset = {(r["doc"], r["sentence"], r["name"]) for r in pa}
for r in npl:
    if (r["doc"], r["sentence"], r["text"]) in placeset: E(f"both place and non-place: {r['text']}")
for m in pm:
    if (m[0], m[2], m[1]) in placeset: E(f"both place and person: {m[1]}")
pmset = set(pm)
for r in npl:
    if r["why"] == "person/family named like a place" and (r["doc"], r["text"], r["sentence"]) not in pmset:
        E(f"named-like row without person mention: {r['text']}")
# counts
def counts(sel):
    a = [r for r in pa if sel(r["doc"])]; f = [r for r in pf if sel(r["doc"])]
    n = [r for r in npl if sel(r["doc"])]
    ms = [m for p in per for m in p["mentions"] if sel(m["doc"])]
    ppl = {p["person"] for p in per for m in p["mentions"] if sel(m["doc"])}
    return len(a), len({r["place"] for r in a}), len(f), len(n), len(ppl), len(ms)
print("| | place mentions | distinct places | first mentions | non-places | people | person mentions |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for label, sel in [("20 essays", lambda d: d in essays), ("3 panels", lambda d: d in panels), ("all", lambda d: True)] + \
                  [(p, (lambda q: lambda d: d == q)(p)) for p in panels]:
    print("| " + label + " | " + " | ".join(str(x) for x in counts(sel)) + " |")
print("kinds (all place mentions):", dict(collections.Counter(r["kind"] for r in pa).most_common()))
print("why (non-places):", dict(collections.Counter(r["why"] for r in npl).most_common()))
print(f"{len(errs)} errors")
for e in errs: print("ERROR", e)
