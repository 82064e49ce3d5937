"""Validation of places_v40 files. Prints errors and counts."""
import json, re, collections
from split import sentences
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))
docs = json.load(open("docs.json", encoding="utf-8"))
given = json.load(open("places_texts.json", encoding="utf-8"))
panels = [d for d in docs if d.startswith("panel-")]
if len(docs) != 23: err("documents", len(docs))
for k, v in given.items():
    if docs.get(k) != v: err("essay text differs", k)
for p in panels:
    t = open(p + ".txt", encoding="utf-8").read().rstrip("\n")
    if t != docs[p]: err("panel differs", p)
    lines = t.split("\n")
    if not lines[0].strip() or lines[1] != "": err("title/blank line", p)
    if any(l == "" and lines[i + 1] == "" for i, l in enumerate(lines[:-1])): err("double blank", p)
    n = len(t.split())
    if not 600 <= n <= 700: err("word count", p, n)
SENTS = {d: sentences(t) for d, t in docs.items()}
def load(fn): return [json.loads(l) for l in open(fn, encoding="utf-8")]
allp, first, nonp, pers = load("places_v40_all.jsonl"), load("places_v40.jsonl"), load("nonplaces_v40.jsonl"), load("persons_v40.jsonl")
PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
KINDS = {"country", "region", "city", "natural feature", "other"}
WHY = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle",
       "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"}
def whole(text, sent):
    return [m.start() for m in re.finditer(re.escape(text), sent)
            if (m.start() == 0 or not re.match(r"\w", sent[m.start() - 1])) and
               (m.end() == len(sent) or not re.match(r"\w", sent[m.end()]) or text.endswith("."))]
def chk_sent(r, field):
    d = r["doc"]
    if d not in docs: err("unknown doc", d); return
    if r["sentence"] not in docs[d]: err("sentence not in doc", d, r["sentence"][:60])
    if r["sentence"] not in SENTS[d]: err("not a splitter sentence", d, r["sentence"][:60])
    if not whole(r[field], r["sentence"]): err("text not a whole word of sentence", d, r[field], r["sentence"][:60])
coding = {}
for r in allp:
    if list(r) != PF: err("field order", r)
    chk_sent(r, "name")
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): err("coords", r["place"])
    if r["kind"] not in KINDS: err("kind", r["kind"])
    if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): err("country", r["country"])
    c = (r["lat"], r["lon"], r["country"], r["kind"])
    if coding.setdefault(r["place"], c) != c: err("two codings", r["place"])
seen, want = set(), []
for r in allp:
    if (r["doc"], r["name"]) not in seen: seen.add((r["doc"], r["name"])); want.append(r)
if want != first: err("first-mention file is not the first mention per document and name of _all")
for r in nonp:
    if list(r) != ["doc", "text", "sentence", "why"]: err("field order", r)
    chk_sent(r, "text")
    if r["why"] not in WHY: err("why", r["why"])
pm = collections.Counter()
for p in pers:
    if list(p) != ["person", "mentions"]: err("field order", p)
    for m in p["mentions"]:
        chk_sent(m, "text"); pm[(m["doc"], m["sentence"], m["text"])] += 1
# no more rows than occurrences; a string is not both place and (non-person) non-place in one sentence
occ = collections.Counter()
for r in allp: occ[(r["doc"], r["sentence"], r["name"], "P")] += 1
for r in nonp:
    occ[(r["doc"], r["sentence"], r["text"], "F" if r["why"] == "person/family named like a place" else "N")] += 1
for (d, s, t, k), n in occ.items():
    if n > len(whole(t, s)): err("more rows than occurrences", d, t, k, s[:60])
    if k == "P" and (d, s, t, "N") in occ: err("both place and non-place", d, t, s[:60])
    if k == "F" and pm[(d, s, t)] < n: err("named-like-a-place row without person mention", d, t)
# one key per name per sentence
ks = collections.defaultdict(set)
for r in allp: ks[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in ks.items():
    if len(v) > 1: print("note: one name, several keys in one sentence:", k[0], k[2], sorted(v))
print("errors:", len(errs))
for e in errs[:50]: print("  ", e)
ess = lambda rows, f=lambda r: r["doc"]: (sum(1 for r in rows if not f(r).startswith("panel-")), sum(1 for r in rows if f(r).startswith("panel-")))
print("place mentions %d (essays %d, panels %d)" % ((len(allp),) + ess(allp)))
print("first mentions %d (essays %d, panels %d)" % ((len(first),) + ess(first)))
dp = lambda rows: len({r["place"] for r in rows})
print("distinct places %d (essays %d, panels %d)" % (dp(allp), dp([r for r in allp if not r["doc"].startswith("panel-")]), dp([r for r in allp if r["doc"].startswith("panel-")])))
print("non-places %d (essays %d, panels %d)" % ((len(nonp),) + ess(nonp)))
print("non-places by why:", dict(collections.Counter(r["why"] for r in nonp)))
print("people %d, person mentions %d (flagged named like a place: %d)" % (len(pers), sum(len(p["mentions"]) for p in pers),
      len({p["person"] for p in pers if any((m["doc"], m["sentence"], m["text"], "F") in occ for m in p["mentions"])})))
print("kinds (distinct places):", dict(collections.Counter(c[3] for c in coding.values())))
print("documents without a place:", [d for d in docs if d not in {r["doc"] for r in allp}])
