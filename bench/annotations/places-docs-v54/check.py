"""Validation for places_v54. Run: python3 check.py (writes nothing; print to check_output.txt)."""
import json, re, glob, os, collections
import split
errs = []
def E(*a): errs.append(" ".join(str(x) for x in a))
def load(fn): return [json.loads(l) for l in open(fn, encoding="utf-8")]

texts = json.load(open("places_texts.json", encoding="utf-8"))
docs = json.load(open("docs.json", encoding="utf-8"))
panels = sorted(glob.glob("panel-*.txt"))
if len(docs) != 23: E("docs.json has", len(docs), "documents")
for k, v in texts.items():
    if docs.get(k) != v: E("essay differs", k)
for p in panels:
    pid = os.path.basename(p)[:-4]
    t = open(p, encoding="utf-8").read()
    if docs.get(pid) != t: E("panel differs", pid)
    n = len(t.split())
    if not 600 <= n <= 700: E("panel words", pid, n)
    lines = t.split("\n")
    if not lines[0].strip() or lines[1] != "" or not lines[2].strip(): E("panel layout", pid)
if len(panels) != 3: E("panels", len(panels))

SENTS = {d: {s for _, _, s in split.sentences(t)} for d, t in docs.items()}
KINDS = {"country", "region", "city", "natural feature", "other"}
WHYS = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle",
        "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"}
def whole(w, s):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", s)]

first = load("places_v54.jsonl"); alls = load("places_v54_all.jsonl")
nonp = load("nonplaces_v54.jsonl"); pers = load("persons_v54.jsonl")
PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
coding = {}
for fn, rows in (("first", first), ("all", alls)):
    for r in rows:
        if list(r) != PF: E(fn, "field order", r)
        if r["doc"] not in docs: E(fn, "doc", r["doc"]); continue
        if r["sentence"] not in docs[r["doc"]]: E(fn, "sentence not in doc", r["doc"], r["sentence"][:60])
        if r["sentence"] not in SENTS[r["doc"]]: E(fn, "not a splitter sentence", r["sentence"][:60])
        if not whole(r["name"], r["sentence"]): E(fn, "name not whole word", r["name"], r["sentence"][:60])
        if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): E(fn, "coords", r)
        if r["kind"] not in KINDS: E(fn, "kind", r["kind"])
        if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): E(fn, "country", r["country"])
        c = (r["lat"], r["lon"], r["country"], r["kind"])
        if coding.setdefault(r["place"], c) != c: E("two codings for", r["place"])
# first = first per doc+name of all
seen, exp = set(), []
for r in alls:
    if (r["doc"], r["name"]) not in seen:
        seen.add((r["doc"], r["name"])); exp.append(r)
if exp != first: E("first-mention file is not the first per doc and name of _all")
for r in nonp:
    if list(r) != ["doc", "text", "sentence", "why"]: E("nonplace field order", r)
    if r["sentence"] not in docs.get(r["doc"], ""): E("nonplace sentence not in doc", r["sentence"][:60])
    if r["sentence"] not in SENTS.get(r["doc"], ()): E("nonplace not a splitter sentence", r["sentence"][:60])
    if not whole(r["text"], r["sentence"]): E("nonplace text not whole word", r["text"])
    if r["why"] not in WHYS: E("why", r["why"])
pm = collections.Counter()
for p in pers:
    if list(p) != ["person", "mentions"]: E("person field order", p["person"])
    for m in p["mentions"]:
        if list(m) != ["doc", "text", "sentence"]: E("mention field order", m)
        if m["sentence"] not in docs.get(m["doc"], ""): E("person sentence not in doc", m["sentence"][:60])
        if not whole(m["text"], m["sentence"]): E("person text not whole word", m["text"])
        pm[(m["doc"], m["sentence"], m["text"])] += 1
# occurrences
cnt = collections.Counter((r["doc"], r["sentence"], r["name"]) for r in alls)
cnt.update((r["doc"], r["sentence"], r["text"]) for r in nonp if r["why"] != "person/family named like a place")
for (d, s, w), n in cnt.items():
    if n > len(whole(w, s)): E("more rows than occurrences", d, w, n, s[:60])
# no text both place and non-place in a sentence; no name with two keys in one sentence
pl = collections.defaultdict(set)
for r in alls: pl[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in pl.items():
    if len(v) > 1: E("two keys in one sentence", k[2], v)
for r in nonp:
    if (r["doc"], r["sentence"], r["text"]) in pl: E("both place and non-place", r["text"], r["sentence"][:60])
for r in nonp:
    if r["why"] == "person/family named like a place" and pm[(r["doc"], r["sentence"], r["text"])] == 0:
        E("flag without person mention", r["text"])
flagged = sum(1 for r in nonp if r["why"] == "person/family named like a place")
ispanel = lambda d: d.startswith("panel-")
def split_count(rows, f=lambda r: 1):
    return sum(f(r) for r in rows if not ispanel(r["doc"])), sum(f(r) for r in rows if ispanel(r["doc"]))
print("documents", len(docs), "(20 essays, 3 panels)")
print("place mentions %d (essays %d, panels %d)" % ((len(alls),) + split_count(alls)))
print("first mentions %d (essays %d, panels %d)" % ((len(first),) + split_count(first)))
de = {r["place"] for r in alls if not ispanel(r["doc"])}; dp = {r["place"] for r in alls if ispanel(r["doc"])}
print("distinct places %d (essays %d, panels %d)" % (len(de | dp), len(de), len(dp)))
print("non-places %d (essays %d, panels %d); named-like-a-place person rows %d" % ((len(nonp),) + split_count(nonp) + (flagged,)))
fl = {p["person"] for p in pers if any((m["doc"], m["sentence"], m["text"]) in {(r["doc"], r["sentence"], r["text"]) for r in nonp if r["why"].startswith("person")} for m in p["mentions"])}
print("people %d, person mentions %d (%d people flagged as named like a place)" % (len(pers), sum(len(p["mentions"]) for p in pers), len(fl)))
for p in panels:
    print(os.path.basename(p), len(open(p, encoding="utf-8").read().split()), "words")
print("errors", len(errs))
for e in errs[:200]: print("ERROR", e)
