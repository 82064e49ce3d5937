"""Validate places_v60 files. python3 check.py  (prints errors, then counts)"""
import json, re, glob, collections
from split import sentences

err = []
def E(msg):
    err.append(msg)

docs = json.load(open("docs.json"))
texts = json.load(open("places_texts.json"))
panels = sorted(glob.glob("panel-*.txt"))
if len(docs) != 23: E("docs.json has %d documents" % len(docs))
for k, v in texts.items():
    if docs.get(k) != v: E("essay %s differs from places_texts.json" % k)
if len(panels) != 3: E("expected 3 panels, found %d" % len(panels))
for p in panels:
    pid = p[:-4]
    t = open(p).read()
    if docs.get(pid) != t: E("panel %s differs from docs.json" % pid)
    lines = t.split("\n")
    if not lines[0].strip() or lines[1] != "" or not lines[2].strip(): E("panel %s: title / blank line / paragraphs" % pid)
    wc = len(t.split())
    if not 600 <= wc <= 700: E("panel %s has %d words" % (pid, wc))
if set(docs) != set(texts) | {p[:-4] for p in panels}: E("docs.json ids do not match essays + panels")

SENTS = {d: sentences(t) for d, t in docs.items()}

def load(fn):
    return [json.loads(l) for l in open(fn, encoding="utf-8")]

def whole(text, sent):
    for m in re.finditer(re.escape(text), sent):
        i, j = m.start(), m.end()
        if (i == 0 or not sent[i - 1].isalnum()) and (j == len(sent) or not sent[j].isalnum() or not text[-1].isalnum()):
            return True
    return False

def check_rows(rows, fields, textkey, fn):
    for r in rows:
        if list(r) != fields: E("%s: field order %s" % (fn, list(r)))
        if r["doc"] not in docs: E("%s: unknown doc %s" % (fn, r["doc"])); continue
        if r["sentence"] not in docs[r["doc"]]: E("%s: sentence not in text: %s" % (fn, r["sentence"][:60]))
        if r["sentence"] not in SENTS[r["doc"]]: E("%s: not a splitter sentence: %s" % (fn, r["sentence"][:60]))
        if not whole(r[textkey], r["sentence"]): E("%s: %r not a whole word of its sentence" % (fn, r[textkey]))

PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
allp = load("places_v60_all.jsonl"); first = load("places_v60.jsonl")
check_rows(allp, PF, "name", "places_v60_all"); check_rows(first, PF, "name", "places_v60")
KINDS = {"country", "region", "city", "natural feature", "other"}
coding = {}
for r in allp:
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): E("coordinates out of range %s" % r)
    if r["kind"] not in KINDS: E("kind %s" % r["kind"])
    if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): E("country %s" % r["country"])
    c = (r["lat"], r["lon"], r["country"], r["kind"])
    if coding.setdefault(r["place"], c) != c: E("place %s coded two ways" % r["place"])
exp, seen = [], set()
for r in allp:
    if (r["doc"], r["name"]) not in seen:
        seen.add((r["doc"], r["name"])); exp.append(r)
if exp != first: E("places_v60.jsonl is not the first mention per document and name of _all")

NF = ["doc", "text", "sentence", "why"]
WHY = {"person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective", "ship/vehicle",
       "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"}
nonp = load("nonplaces_v60.jsonl"); check_rows(nonp, NF, "text", "nonplaces_v60")
for r in nonp:
    if r["why"] not in WHY: E("why %s" % r["why"])

pers = load("persons_v60.jsonl")
for p in pers:
    if list(p) != ["person", "mentions"]: E("persons field order")
    check_rows(p["mentions"], ["doc", "text", "sentence"], "text", "persons_v60")

# no more rows than occurrences (per doc, sentence, text), across places + non-places
cnt = collections.Counter()
for r in allp: cnt[(r["doc"], r["sentence"], r["name"])] += 1
for r in nonp:
    if r["why"] != "person/family named like a place": cnt[(r["doc"], r["sentence"], r["text"])] += 1
for (d, s, t), n in cnt.items():
    occ = len(re.findall(re.escape(t), s))
    if n > occ: E("%d rows but %d occurrences of %r in %s" % (n, occ, t, s[:50]))
# no text both a place and a non-place in one sentence; no name with two keys in one sentence
pl = {(r["doc"], r["sentence"], r["name"]) for r in allp}
for r in nonp:
    if (r["doc"], r["sentence"], r["text"]) in pl: E("%r both place and non-place in %s" % (r["text"], r["sentence"][:50]))
keys = collections.defaultdict(set)
for r in allp: keys[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in keys.items():
    if len(v) > 1: E("name %r has keys %s in one sentence" % (k[2], v))
# every named-like-a-place row has its person mention and vice versa
pm = {(m["doc"], m["sentence"], m["text"]) for p in pers for m in p["mentions"]}
for r in nonp:
    if r["why"] == "person/family named like a place" and (r["doc"], r["sentence"], r["text"]) not in pm:
        E("named-like-a-place row without person mention: %r" % r["text"])

print("errors:", len(err))
for e in err[:50]:
    print("  ", e)
ess = set(texts)
def split(rows):
    a = sum(1 for r in rows if r["doc"] in ess); return a, len(rows) - a
a, b = split(allp); print("place mentions %d (essays %d, panels %d)" % (len(allp), a, b))
a, b = split(first); print("first mentions %d (essays %d, panels %d)" % (len(first), a, b))
de = {r["place"] for r in allp if r["doc"] in ess}; dp = {r["place"] for r in allp if r["doc"] not in ess}
print("distinct places %d (essays %d, panels %d)" % (len(de | dp), len(de), len(dp)))
a, b = split(nonp); print("non-places %d (essays %d, panels %d)" % (len(nonp), a, b))
whyc = collections.Counter(r["why"] for r in nonp)
print("  by why:", dict(whyc.most_common()))
flagged = sum(1 for p in pers if any(r["why"] == "person/family named like a place" and r["text"] == m["text"]
                                     and r["sentence"] == m["sentence"] for m in p["mentions"][:1] for r in nonp))
print("people %d, person mentions %d (%d people flagged as named like a place)" %
      (len(pers), sum(len(p["mentions"]) for p in pers), flagged))
kinds = collections.Counter(coding[k][3] for k in coding)
print("distinct places by kind:", dict(kinds))
for p in panels:
    print("panel %s: %d words" % (p[:-4], len(open(p).read().split())))
nodocs = [d for d in docs if not any(r["doc"] == d for r in allp)]
print("documents without a place:", nodocs)
