"""Validate places_v30 files. Usage: python3 check.py"""
import json, re, glob, os, collections
E = []
def err(*a): E.append(" ".join(map(str, a)))
texts = json.load(open("places_texts.json")); docs = json.load(open("docs.json"))
panels = sorted(glob.glob("panel-*.txt"))
if len(docs) != 23: err("docs.json has", len(docs), "documents")
for k, v in texts.items():
    if docs.get(k) != v: err("essay differs", k)
for p in panels:
    k = os.path.basename(p)[:-4]; t = open(p).read()
    if docs.get(k) != t: err("panel differs", k)
    n = len(t.split())
    if not 600 <= n <= 700: err("panel words", k, n)
    lines = t.split("\n")
    if not lines[0].strip() or lines[1] != "": err("panel layout", k)
L = lambda f: [json.loads(l) for l in open(f)]
allp, first, nonp, pers = L("places_v30_all.jsonl"), L("places_v30.jsonl"), L("nonplaces_v30.jsonl"), L("persons_v30.jsonl")
KINDS = {"country", "city", "region", "natural feature", "other"}
WHY = {"demonym/adjective", "hyphenated adjective", "organisation", "war/event", "treaty/agreement/law", "ship", "other", "person/family named like a place"}
def word_in(w, s):
    return re.search(r"(?<![\w’'])" + re.escape(w) + r"(?!\w)", s) is not None
coding = {}
for r in allp:
    if list(r) != ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]: err("field order", r)
    if r["sentence"] not in docs.get(r["doc"], ""): err("sentence not in doc", r["doc"], r["sentence"][:60])
    if not word_in(r["name"], r["sentence"]): err("name not a word of sentence", r["name"])
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): err("coords", r)
    if r["kind"] not in KINDS: err("kind", r)
    if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): err("country", r)
    c = (r["lat"], r["lon"], r["country"], r["kind"])
    if coding.setdefault(r["place"], c) != c: err("two codings", r["place"])
seen, exp = set(), []
for r in allp:
    if (r["doc"], r["name"]) not in seen:
        seen.add((r["doc"], r["name"])); exp.append(r)
if exp != first: err("places_v30.jsonl is not the first mention per doc and name of _all")
for f, rows in (("all", allp), ("nonp", nonp)):
    ks = [json.dumps(r, sort_keys=True) for r in rows]
    if len(ks) != len(set(ks)): err("duplicate rows in", f)
keys = collections.defaultdict(set)
for r in allp: keys[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in keys.items():
    if len(v) > 1: err("two keys for one name in one sentence", k[2], v)
for r in nonp:
    if list(r) != ["doc", "text", "sentence", "why"]: err("field order", r)
    if r["sentence"] not in docs.get(r["doc"], ""): err("np sentence not in doc", r)
    if not word_in(r["text"], r["sentence"]): err("np text not a word", r["text"])
    if r["why"] not in WHY: err("why", r)
placed = {(r["doc"], r["sentence"], r["name"]) for r in allp}
for r in nonp:
    if r["why"] != "person/family named like a place" and (r["doc"], r["sentence"], r["text"]) in placed:
        err("both place and non-place", r["text"])
pm = set()
for p in pers:
    if list(p) != ["person", "mentions"]: err("person fields", p)
    for m in p["mentions"]:
        if m["sentence"] not in docs.get(m["doc"], ""): err("person sentence", m)
        if not word_in(m["text"], m["sentence"]): err("person text", m["text"])
        if (m["doc"], m["sentence"], m["text"]) in placed: err("both place and person", m["text"])
        pm.add((m["doc"], m["sentence"], m["text"]))
for r in nonp:
    if r["why"] == "person/family named like a place" and (r["doc"], r["sentence"], r["text"]) not in pm:
        err("named-like row without person mention", r["text"])
print("errors:", len(E)); [print(" ", e) for e in E[:50]]
# counts
def cnt(rows, pred): return sum(1 for r in rows if pred(r))
isp = lambda r: r["doc"].startswith("panel-")
print(f"place mentions {len(allp)} (essays {cnt(allp, lambda r: not isp(r))}, panels {cnt(allp, isp)})")
print(f"first mentions {len(first)} (essays {cnt(first, lambda r: not isp(r))}, panels {cnt(first, isp)})")
print(f"distinct places {len({r['place'] for r in allp})} (essays {len({r['place'] for r in allp if not isp(r)})}, panels {len({r['place'] for r in allp if isp(r)})})")
print(f"non-places {len(nonp)} (essays {cnt(nonp, lambda r: not isp(r))}, panels {cnt(nonp, isp)})")
print(f"people {len(pers)}, person mentions {sum(len(p['mentions']) for p in pers)}")
for d in [os.path.basename(p)[:-4] for p in panels]:
    print(f"  {d}: mentions {cnt(allp, lambda r: r['doc']==d)}, distinct {len({r['place'] for r in allp if r['doc']==d})}, first {cnt(first, lambda r: r['doc']==d)}, non-places {cnt(nonp, lambda r: r['doc']==d)}, people {sum(1 for p in pers if any(m['doc']==d for m in p['mentions']))}, person mentions {sum(1 for p in pers for m in p['mentions'] if m['doc']==d)}")
print("kinds", dict(collections.Counter(r["kind"] for r in allp)))
print("why", dict(collections.Counter(r["why"] for r in nonp)))
