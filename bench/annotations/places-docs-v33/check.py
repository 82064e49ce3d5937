"""Validation of the places_v33 files. Run: python3 check.py"""
import json, re, glob, os, collections
from split import sentences
os.chdir(os.path.dirname(os.path.abspath(__file__)))
err = []
def E(m): err.append(m)
def rd(fn): return [json.loads(l) for l in open(fn)]
texts = json.load(open("places_texts.json"))
docs = json.load(open("docs.json"))
panels = {os.path.basename(p)[:-4]: open(p).read() for p in sorted(glob.glob("panel-*.txt"))}
if len(docs) != 23: E(f"docs.json has {len(docs)} docs")
for k, v in texts.items():
    if docs.get(k) != v: E(f"essay {k} differs from places_texts.json")
if len(texts) != 20: E("expected 20 essays")
if len(panels) != 3: E("expected 3 panels")
words = {}
for k, v in panels.items():
    if docs.get(k) != v: E(f"panel {k} differs from docs.json")
    n = len(v.split()); words[k] = n
    if not 600 <= n <= 700: E(f"panel {k} has {n} words")
    lines = v.rstrip("\n").split("\n")
    if not lines[0].strip() or lines[1] != "" or len(lines) < 5: E(f"panel {k} layout")
SENTS = {k: set(sentences(v)) for k, v in docs.items()}
A = rd("places_v33_all.jsonl"); F = rd("places_v33.jsonl"); N = rd("nonplaces_v33.jsonl"); P = rd("persons_v33.jsonl")
KINDS = {"country", "region", "city", "natural feature", "other"}
WHYS = {"demonym/adjective", "hyphenated adjective", "organisation", "war/event", "treaty/agreement/law", "ship", "other", "person/family named like a place"}
def whole(t, s): return re.search(r'(?<![\w])' + re.escape(t) + r'(?![\w])', s) is not None
def count(t, s): return len(re.findall(r'(?<![\w])' + re.escape(t) + r'(?![\w])', s))
coding = {}
for r in A + F:
    if list(r) != ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]: E(f"field order {r}")
    if r["doc"] not in docs: E(f"unknown doc {r['doc']}"); continue
    if r["sentence"] not in docs[r["doc"]] or r["sentence"] not in SENTS[r["doc"]]: E(f"sentence not found {r['sentence'][:60]}")
    if not whole(r["name"], r["sentence"]): E(f"name {r['name']} not a whole word of its sentence")
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): E(f"coords {r}")
    if r["kind"] not in KINDS: E(f"kind {r['kind']}")
    if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): E(f"country {r['country']}")
    c = (r["lat"], r["lon"], r["country"], r["kind"])
    if coding.setdefault(r["place"], c) != c: E(f"two codings for {r['place']}")
first, seen = [], set()
for r in A:
    if (r["doc"], r["name"]) not in seen: seen.add((r["doc"], r["name"])); first.append(r)
if first != F: E("places_v33.jsonl is not the first mention per document and name of _all")
for r in N:
    if list(r) != ["doc", "text", "sentence", "why"]: E(f"field order {r}")
    if r["sentence"] not in SENTS.get(r["doc"], ()): E(f"np sentence not found {r['sentence'][:60]}")
    if not whole(r["text"], r["sentence"]): E(f"np text {r['text']} not whole word")
    if r["why"] not in WHYS: E(f"why {r['why']}")
permentions = collections.Counter()
for p in P:
    if list(p) != ["person", "mentions"]: E("person field order")
    for m in p["mentions"]:
        if list(m) != ["doc", "text", "sentence"]: E("mention field order")
        if m["sentence"] not in SENTS.get(m["doc"], ()): E(f"person sentence not found {m['sentence'][:60]}")
        if not whole(m["text"], m["sentence"]): E(f"person text {m['text']} not whole word")
        permentions[(m["doc"], m["sentence"], m["text"])] += 1
# duplicates only as often as the word occurs
for rows, key in ((A, "name"), (N, "text")):
    c = collections.Counter((r["doc"], r["sentence"], r[key]) for r in rows)
    for (d, s, t), n in c.items():
        if n > count(t, s): E(f"{t} listed {n} times in a sentence where it occurs {count(t, s)} times")
# no name with two keys in one sentence
keys = collections.defaultdict(set)
for r in A: keys[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in keys.items():
    if len(v) > 1: E(f"{k[2]} has two keys in one sentence: {v}")
# no text both place and non-place/person in one sentence (named-like-place rows excepted for persons)
pl = {(r["doc"], r["sentence"], r["name"]) for r in A}
for r in N:
    if (r["doc"], r["sentence"], r["text"]) in pl: E(f"{r['text']} both place and non-place")
for k in permentions:
    if k in pl: E(f"{k[2]} both place and person")
# every named-like-place row has its person mention
for r in N:
    if r["why"] == "person/family named like a place" and (r["doc"], r["sentence"], r["text"]) not in permentions:
        E(f"named-like-place row without person mention: {r['text']}")
print("errors:", len(err))
for e in err[:50]: print("  ", e)
isp = lambda d: d.startswith("panel-")
print(f"place mentions {len(A)} (essays {sum(not isp(r['doc']) for r in A)}, panels {sum(isp(r['doc']) for r in A)})")
print(f"first mentions {len(F)} (essays {sum(not isp(r['doc']) for r in F)}, panels {sum(isp(r['doc']) for r in F)})")
print(f"distinct places {len({r['place'] for r in A})} (essays {len({r['place'] for r in A if not isp(r['doc'])})}, panels {len({r['place'] for r in A if isp(r['doc'])})})")
print(f"non-places {len(N)} (essays {sum(not isp(r['doc']) for r in N)}, panels {sum(isp(r['doc']) for r in N)})")
print(f"people {len(P)}, person mentions {sum(len(p['mentions']) for p in P)}")
for k in panels:
    pm = [m for p in P for m in p["mentions"] if m["doc"] == k]
    print(f"  {k} ({words[k]} words): mentions {sum(r['doc']==k for r in A)}, distinct {len({r['place'] for r in A if r['doc']==k})}, "
          f"first {sum(r['doc']==k for r in F)}, non-places {sum(r['doc']==k for r in N)}, people {len({p['person'] for p in P for m in p['mentions'] if m['doc']==k})}, person mentions {len(pm)}")
print("kinds", dict(collections.Counter(r["kind"] for r in A)))
print("why", dict(collections.Counter(r["why"] for r in N)))
print("documents without a place:", sorted(set(docs) - {r["doc"] for r in A}))
