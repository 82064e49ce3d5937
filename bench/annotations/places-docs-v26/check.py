"""Validate the places_v26 set. Prints errors (0 expected) and counts."""
import json, re, glob, os, collections

errors = []
def err(m):
    errors.append(m)

def load(fn):
    return [json.loads(l) for l in open(fn, encoding="utf-8") if l.strip()]

docs = json.load(open("docs.json", encoding="utf-8"))
essays = json.load(open("places_texts.json", encoding="utf-8"))
panels = sorted(glob.glob("panel-*.txt"))
if len(docs) != 23: err(f"docs.json has {len(docs)} documents, not 23")
if len(panels) != 3: err(f"{len(panels)} panels, not 3")
for k, v in essays.items():
    if docs.get(k) != v: err(f"essay {k} differs from places_texts.json")
for p in panels:
    pid = os.path.basename(p)[:-4]
    t = open(p, encoding="utf-8").read()
    if docs.get(pid) != t: err(f"panel {pid} differs from docs.json")
    n = len(t.split())
    if not 600 <= n <= 700: err(f"panel {pid} has {n} words")
    lines = t.split("\n")
    if not lines[0].strip() or lines[1].strip() != "": err(f"panel {pid}: no title line + blank line")

allp = load("places_v26_all.jsonl"); first = load("places_v26.jsonl")
nonp = load("nonplaces_v26.jsonl"); pers = load("persons_v26.jsonl")

def whole(sub, sent):
    return re.search(r"(?<![\w])" + re.escape(sub) + r"(?![\w])", sent) is not None

PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
KINDS = {"country", "region", "city", "natural feature", "other"}
WHY = {"demonym/adjective", "hyphenated adjective", "organisation", "war/event", "treaty/agreement/law", "ship",
       "other", "person/family named like a place"}
coding = {}
for fn, rows in (("all", allp), ("first", first)):
    seen = set()
    for r in rows:
        if list(r) != PF: err(f"{fn}: field order {list(r)}")
        if r["doc"] not in docs: err(f"{fn}: unknown doc {r['doc']}"); continue
        if r["sentence"] not in docs[r["doc"]]: err(f"{fn}: sentence not in doc: {r['sentence'][:60]}")
        if not whole(r["name"], r["sentence"]): err(f"{fn}: name {r['name']} not a whole word in sentence")
        if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): err(f"{fn}: coords {r}")
        if r["kind"] not in KINDS: err(f"{fn}: kind {r['kind']}")
        if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): err(f"{fn}: country {r['country']}")
        c = (r["lat"], r["lon"], r["country"], r["kind"])
        if coding.setdefault(r["place"], c) != c: err(f"place {r['place']} coded two ways")
        k = (r["doc"], r["name"], r["sentence"])
        if k in seen: err(f"{fn}: duplicate / two keys for {k[1]} in one sentence ({k[0]})")
        seen.add(k)
exp, fs = [], set()
for r in allp:
    if (r["doc"], r["name"]) not in fs:
        fs.add((r["doc"], r["name"])); exp.append(r)
if exp != first: err("places_v26.jsonl is not the first mention per doc + name of _all")

seen = set()
for r in nonp:
    if list(r) != ["doc", "text", "sentence", "why"]: err(f"nonplaces field order {list(r)}")
    if r["sentence"] not in docs.get(r["doc"], ""): err(f"nonplace sentence not in doc: {r['sentence'][:60]}")
    if not whole(r["text"], r["sentence"]): err(f"nonplace {r['text']} not a whole word")
    if r["why"] not in WHY: err(f"why {r['why']}")
    k = (r["doc"], r["text"], r["sentence"], r["why"])
    if k in seen: err(f"duplicate nonplace {k[:2]}")
    seen.add(k)
placeset = {(r["doc"], r["name"], r["sentence"]) for r in allp}
npset = {(r["doc"], r["text"], r["sentence"]) for r in nonp}
for k in placeset & npset: err(f"text both place and non-place in one sentence: {k[:2]}")
pm = set()
for p in pers:
    if list(p) != ["person", "mentions"] or not p["mentions"]: err(f"person row {p.get('person')}")
    for m in p["mentions"]:
        if list(m) != ["doc", "text", "sentence"]: err("person mention field order")
        if m["sentence"] not in docs.get(m["doc"], ""): err(f"person sentence not in doc: {m['sentence'][:60]}")
        if not whole(m["text"], m["sentence"]): err(f"person text {m['text']} not a whole word")
        pm.add((m["doc"], m["text"], m["sentence"]))
for k in placeset & pm: err(f"text both place and person in one sentence: {k[:2]}")
for r in nonp:
    if r["why"] == "person/family named like a place" and (r["doc"], r["text"], r["sentence"]) not in pm \
            and r["text"] not in {"Penns", "Penn", "Calverts", "Calvert", "Lord Baltimore"}:
        err(f"named-like-a-place row without person mention: {r['text']}")
if len({p["person"] for p in pers}) != len(pers): err("duplicate person ids")
for d in docs:
    if not any(r["doc"] == d for r in allp): err(f"doc {d} has no place annotation")

print("errors", len(errors))
for e in errors[:50]:
    print("  ", e)

def row(label, docset):
    a = [r for r in allp if r["doc"] in docset]
    f = [r for r in first if r["doc"] in docset]
    n = [r for r in nonp if r["doc"] in docset]
    pp = {p["person"] for p in pers for m in p["mentions"] if m["doc"] in docset}
    print(f"| {label} | {len(a)} | {len({r['place'] for r in a})} | {len(f)} | {len(n)} | {len(pp)} |")

print("\n| | place mentions | distinct places | first mentions | non-places | people |\n| --- | --- | --- | --- | --- | --- |")
pids = {os.path.basename(p)[:-4] for p in panels}
row("20 essays", set(essays)); row("3 panels", pids); row("all", set(docs))
for p in sorted(pids): row(p, {p})
print(f"\npeople {len(pers)}, person mentions {sum(len(p['mentions']) for p in pers)}.")
print("kinds (all):", ", ".join(f"{k} {n}" for k, n in collections.Counter(r["kind"] for r in allp).most_common()))
print("why:", ", ".join(f"{k} {n}" for k, n in collections.Counter(r["why"] for r in nonp).most_common()))
