"""Validation of places_v31 files. Prints errors and counts."""
import json, re, collections, glob, os
from split import sentences
E = []
def err(*a): E.append(" ".join(map(str, a)))
docs = json.load(open("docs.json"))
texts = json.load(open("places_texts.json"))
if len(docs) != 23: err("docs != 23", len(docs))
for k, v in texts.items():
    if docs.get(k) != v: err("essay differs", k)
panels = sorted(glob.glob("panel-*.txt"))
if len(panels) != 3: err("panels != 3")
for p in panels:
    k = os.path.basename(p)[:-4]; t = open(p).read()
    if docs.get(k) != t.rstrip("\n"): err("panel differs from docs.json", k)
    n = len(t.split())
    if not 600 <= n <= 700: err("panel words", k, n)
    lines = t.rstrip("\n").split("\n")
    if not (lines[0].strip() and lines[1] == "" and all(l.strip() for l in lines[2::2]) and all(l == "" for l in lines[1::2])):
        err("panel layout", k)
load = lambda f: [json.loads(l) for l in open(f)]
P, F, N, H = load("places_v31_all.jsonl"), load("places_v31.jsonl"), load("nonplaces_v31.jsonl"), load("persons_v31.jsonl")
KINDS = {"city", "region", "country", "natural feature", "other"}
WHY = {"demonym/adjective", "hyphenated adjective", "organisation", "war/event", "treaty/agreement/law", "ship", "other",
       "person/family named like a place"}
sents = {k: set(sentences(v)) for k, v in docs.items()}
def whole(word, s):
    return re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", s) is not None
coding = {}
for r in P:
    if list(r) != ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]: err("field order", r)
    if r["doc"] not in docs: err("doc", r["doc"])
    if r["sentence"] not in docs[r["doc"]]: err("sentence not substring", r)
    if r["sentence"] not in sents[r["doc"]]: err("sentence not a split sentence", r["sentence"][:60])
    if not whole(r["name"], r["sentence"]): err("name not whole word", r["name"])
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): err("coords", r)
    if r["kind"] not in KINDS: err("kind", r)
    if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): err("country", r)
    c = (r["lat"], r["lon"], r["country"], r["kind"])
    if coding.setdefault(r["place"], c) != c: err("two codings", r["place"])
seen, first = set(), []
for r in P:
    if (r["doc"], r["name"]) not in seen:
        seen.add((r["doc"], r["name"])); first.append(r)
if first != F: err("first-mention file is not the first mention per doc and name of _all")
keys = collections.defaultdict(set)
for r in P: keys[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in keys.items():
    if len(v) > 1: err("name with two keys in one sentence", k[2], v)
for r in N:
    if list(r) != ["doc", "text", "sentence", "why"]: err("np field order", r)
    if r["sentence"] not in docs[r["doc"]]: err("np sentence", r)
    if not whole(r["text"], r["sentence"]): err("np text not whole word", r["text"])
    if r["why"] not in WHY: err("why", r)
ptexts = {(r["doc"], r["sentence"], r["name"]) for r in P}
for r in N:
    if (r["doc"], r["sentence"], r["text"]) in ptexts: err("text both place and non-place in one sentence", r["text"])
pm = set()
for h in H:
    if list(h) != ["person", "mentions"]: err("person fields", h)
    for m in h["mentions"]:
        if m["sentence"] not in docs[m["doc"]]: err("person sentence", m)
        if not whole(m["text"], m["sentence"]): err("person text", m["text"])
        if (m["doc"], m["sentence"], m["text"]) in ptexts: err("person text also a place", m["text"])
        pm.add((m["doc"], m["sentence"], m["text"]))
for r in N:
    if r["why"] == "person/family named like a place" and (r["doc"], r["sentence"], r["text"]) not in pm:
        err("named-like-a-place row without person mention", r["text"])
for f, rows in [("all", P), ("np", N)]:
    c = collections.Counter(json.dumps(r, ensure_ascii=False) for r in rows)
    # duplicates allowed only when the same text occurs twice in a sentence
    for j, n in c.items():
        r = json.loads(j); t = r.get("name", r.get("text"))
        occ = len(re.findall(r"(?<![\w])" + re.escape(t) + r"(?![\w])", r["sentence"]))
        if n > occ: err("duplicate row", f, t)
print("errors:", len(E))
for e in E[:50]: print("  ", e)
isp = lambda d: d.startswith("panel-")
print(f"place mentions {len(P)} (essays {sum(not isp(r['doc']) for r in P)}, panels {sum(isp(r['doc']) for r in P)})")
print(f"first mentions {len(F)} (essays {sum(not isp(r['doc']) for r in F)}, panels {sum(isp(r['doc']) for r in F)})")
print(f"distinct places {len({r['place'] for r in P})} (essays {len({r['place'] for r in P if not isp(r['doc'])})}, panels {len({r['place'] for r in P if isp(r['doc'])})})")
print(f"non-places {len(N)} (essays {sum(not isp(r['doc']) for r in N)}, panels {sum(isp(r['doc']) for r in N)})")
print(f"people {len(H)}, person mentions {sum(len(h['mentions']) for h in H)}")
for p in sorted(d for d in docs if isp(d)):
    pr = [r for r in P if r["doc"] == p]
    print(f"  {p}: mentions {len(pr)}, distinct {len({r['place'] for r in pr})}, first {sum(r['doc']==p for r in F)}, "
          f"non-places {sum(r['doc']==p for r in N)}, people {sum(any(m['doc']==p for m in h['mentions']) for h in H)}, "
          f"person mentions {sum(m['doc']==p for h in H for m in h['mentions'])}")
print("kinds", dict(collections.Counter(r["kind"] for r in P)))
print("why", dict(collections.Counter(r["why"] for r in N)))
print("docs per essay mentions", {d: sum(r['doc']==d for r in P) for d in docs if not isp(d)})
