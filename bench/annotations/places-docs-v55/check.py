"""Validation of places_v55 files. python3 check.py  (prints errors, then counts)."""
import json, re, glob, os
from collections import Counter, defaultdict
import split
err = []
def E(*a): err.append(" ".join(str(x) for x in a))
texts = json.load(open("places_texts.json"))
docs = json.load(open("docs.json"))
panels = {os.path.basename(f)[:-4]: open(f).read() for f in sorted(glob.glob("panel-*.txt"))}
if len(docs) != 23: E("docs.json has", len(docs), "documents")
if len(texts) != 20: E("places_texts.json has", len(texts))
if len(panels) != 3: E("panels:", len(panels))
for k, v in texts.items():
    if docs.get(k) != v: E("essay differs in docs.json:", k)
for k, v in panels.items():
    if docs.get(k) != v: E("panel differs in docs.json:", k)
    lines = v.split("\n")
    if not lines[0].strip() or lines[1] != "": E("panel format (title, blank line):", k)
    if any(l.strip() == "" for l in lines[2:] if l != lines[-1]) and False: pass
    n = len(v.split())
    if not 600 <= n <= 700: E("panel word count", k, n)
def load(fn): return [json.loads(l) for l in open(fn)]
A, F, N, P = (load("places_v55_all.jsonl"), load("places_v55.jsonl"), load("nonplaces_v55.jsonl"), load("persons_v55.jsonl"))
SENTS = {d: set(split.sentences(t)) for d, t in docs.items()}
KINDS = {"country", "region", "city", "natural feature", "other"}
WHY = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle",
       "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"}
def whole(name, s):
    for m in re.finditer(re.escape(name), s):
        a, b = m.start(), m.end()
        if (a == 0 or not (s[a-1].isalnum() and name[0].isalnum())) and (b == len(s) or not (s[b].isalnum() and name[-1].isalnum())):
            return True
    return False
def common(r, fld, keys):
    if list(r.keys()) != keys: E("field order", keys, r)
    if r["doc"] not in docs: E("unknown doc", r["doc"]); return
    if r["sentence"] not in docs[r["doc"]]: E("sentence not a substring", r["doc"], r["sentence"][:80])
    if r["sentence"] not in SENTS[r["doc"]]: E("not a splitter sentence", r["doc"], r["sentence"][:80])
    if not whole(r[fld], r["sentence"]): E("not a whole word of its sentence", r[fld], "|", r["sentence"][:80])
PK = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
coding = {}
for r in A:
    common(r, "name", PK)
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): E("coords", r)
    if r["kind"] not in KINDS: E("kind", r)
    if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): E("country", r)
    c = (r["lat"], r["lon"], r["country"], r["kind"])
    if coding.setdefault(r["place"], c) != c: E("two codings for", r["place"])
# first mention file
seen, exp = set(), []
for r in A:
    k = (r["doc"], r["name"])
    if k not in seen: seen.add(k); exp.append(r)
if exp != F: E("places_v55.jsonl is not the first mention per document and name of _all")
# one key per name per sentence
keyset = defaultdict(set)
for r in A: keyset[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in keyset.items():
    if len(v) > 1: E("name with two keys in one sentence", k[2], v)
for r in N:
    common(r, "text", ["doc", "text", "sentence", "why"])
    if r["why"] not in WHY: E("why", r)
# no more rows than occurrences
def occ(name, s): return sum(1 for m in re.finditer(re.escape(name), s))
cnt = Counter((r["doc"], r["sentence"], r["name"]) for r in A)
for (d, s, n), c in cnt.items():
    if c > occ(n, s): E("more place rows than occurrences", n, s[:60])
cntn = Counter((r["doc"], r["sentence"], r["text"], r["why"] == "person/family named like a place") for r in N)
for (d, s, t, _), c in cntn.items():
    if c > occ(t, s): E("more non-place rows than occurrences", t, s[:60])
pl = {(r["doc"], r["sentence"], r["name"]) for r in A}
for r in N:
    if (r["doc"], r["sentence"], r["text"]) in pl: E("text both place and non-place in one sentence", r["text"], r["sentence"][:60])
# persons
pm = Counter()
for p in P:
    if list(p.keys()) != ["person", "mentions"]: E("person fields", p["person"])
    for m in p["mentions"]:
        if list(m.keys()) != ["doc", "text", "sentence"]: E("mention fields", m)
        common(m, "text", ["doc", "text", "sentence"])
        pm[(m["doc"], m["sentence"], m["text"])] += 1
for r in N:
    if r["why"] == "person/family named like a place" and pm[(r["doc"], r["sentence"], r["text"])] == 0:
        E("named-like-a-place row without person mention", r["text"])
for e in err: print("ERROR", e)
print(f"errors {len(err)}")
def split_count(rows, key=lambda r: r["doc"]):
    e = sum(1 for r in rows if not key(r).startswith("panel-")); return f"{len(rows)} (essays {e}, panels {len(rows)-e})"
print("place mentions", split_count(A))
print("first mentions", split_count(F))
de = {r["place"] for r in A if not r["doc"].startswith("panel-")}; dp = {r["place"] for r in A if r["doc"].startswith("panel-")}
print(f"distinct places {len(de | dp)} (essays {len(de)}, panels {len(dp)})")
print("non-places", split_count(N))
fl = {m for p in P for m in [p["person"]]} 
nflag = len({p["person"] for p in P for m in p["mentions"] if (m["doc"], m["sentence"], m["text"]) in {(r["doc"], r["sentence"], r["text"]) for r in N if r["why"].startswith("person")}})
print(f"people {len(P)}, person mentions {sum(len(p['mentions']) for p in P)} ({nflag} people flagged as named like a place)")
print("documents without a place:", [d for d in docs if d not in {r['doc'] for r in A}])
