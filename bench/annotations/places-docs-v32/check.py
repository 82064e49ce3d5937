"""Validate the places_v32 files. Prints errors and counts; exit 1 on errors."""
import json, re, sys, os, glob
from collections import Counter, defaultdict
from split import sentences

errs = []
def err(*a):
    errs.append(" ".join(str(x) for x in a))

docs = json.load(open("docs.json"))
texts = json.load(open("places_texts.json"))
panels = {os.path.basename(f)[:-4]: open(f).read() for f in sorted(glob.glob("panel-*.txt"))}
if len(docs) != 23: err("docs.json has", len(docs), "documents")
for k, v in texts.items():
    if docs.get(k) != v: err("essay differs", k)
if len(panels) != 3: err("panels", len(panels))
pw = {}
for k, v in panels.items():
    if docs.get(k) != v: err("panel differs from docs.json", k)
    n = len(v.split()); pw[k] = n
    if not 600 <= n <= 700: err("panel words", k, n)
    lines = v.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "": err("panel layout", k)
    if any(not l.strip() for l in lines[2::2]) or any(l for l in lines[3::2]): err("paragraph layout", k)
if set(docs) != set(texts) | set(panels): err("doc ids")
SENTS = {k: set(sentences(v)) for k, v in docs.items()}

def load(fn): return [json.loads(l) for l in open(fn, encoding="utf-8")]
allp, first, non, per = load("places_v32_all.jsonl"), load("places_v32.jsonl"), load("nonplaces_v32.jsonl"), load("persons_v32.jsonl")
PF = ["doc", "name", "sentence", "lat", "lon", "country", "kind", "place"]
NF = ["doc", "text", "sentence", "why"]
KINDS = {"country", "region", "city", "natural feature", "other"}
WHYS = {"demonym/adjective", "hyphenated adjective", "organisation", "war/event", "treaty/agreement/law", "ship", "other",
        "person/family named like a place"}

def whole(t, s): return re.search(r"(?<![\w])" + re.escape(t) + r"(?![\w])", s) is not None
def occ(t, s): return len(re.findall(r"(?<![\w’'])" + re.escape(t) + r"(?![\w])", s))

def chk_sent(doc, s, t, where):
    if doc not in docs: err(where, "unknown doc", doc); return
    if s not in docs[doc]: err(where, "sentence not in doc", doc, s[:60])
    if s not in SENTS[doc]: err(where, "not a splitter sentence", doc, s[:60])
    if not whole(t, s): err(where, "text not a whole word", t, s[:60])

coding = {}
for r in allp:
    if list(r) != PF: err("place fields", r)
    chk_sent(r["doc"], r["sentence"], r["name"], "place")
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180): err("coords", r)
    if r["kind"] not in KINDS: err("kind", r)
    if r["country"] is not None and not re.fullmatch(r"[A-Z]{2}", r["country"]): err("country", r)
    c = (r["lat"], r["lon"], r["country"], r["kind"])
    if coding.setdefault(r["place"], c) != c: err("two codings", r["place"])
for r in non:
    if list(r) != NF: err("nonplace fields", r)
    chk_sent(r["doc"], r["sentence"], r["text"], "nonplace")
    if r["why"] not in WHYS: err("why", r)
pm = []
for p in per:
    if list(p) != ["person", "mentions"] or not p["mentions"]: err("person fields", p.get("person"))
    for m in p["mentions"]:
        if list(m) != ["doc", "text", "sentence"]: err("mention fields", m)
        chk_sent(m["doc"], m["sentence"], m["text"], "person")
        pm.append((m["doc"], m["sentence"], m["text"]))
if len({p["person"] for p in per}) != len(per): err("duplicate person")

# first mentions
seen, exp = set(), []
for r in allp:
    k = (r["doc"], r["name"])
    if k not in seen: seen.add(k); exp.append(r)
if exp != first: err("places_v32.jsonl is not the first mention per document and name")
# duplicates only where the name occurs that often in the sentence
for rows, key, nm in ((allp, "name", "place"), (non, "text", "nonplace")):
    cnt = Counter(json.dumps(r, ensure_ascii=False) for r in rows)
    for j, n in cnt.items():
        r = json.loads(j)
        if n > occ(r[key], r["sentence"]): err("duplicate", nm, r[key], r["sentence"][:60])
# one key per name per sentence; text not both place and other
keys = defaultdict(set)
for r in allp: keys[(r["doc"], r["sentence"], r["name"])].add(r["place"])
for k, v in keys.items():
    if len(v) > 1: err("two keys in one sentence", k[2], v)
pl = set(keys)
for r in non:
    if (r["doc"], r["sentence"], r["text"]) in pl: err("place and non-place", r["text"], r["sentence"][:60])
for k in pm:
    if k in pl: err("place and person", k[2], k[1][:60])
pms = Counter(pm)
for r in non:
    if r["why"] == "person/family named like a place" and not r["text"].startswith("House of") and r["text"] != "Windsor":
        if (r["doc"], r["sentence"], r["text"]) not in pms: err("named-like-place row without person mention", r["text"])

print("errors:", len(errs))
for e in errs[:50]: print("  ", e)
isp = lambda d: d.startswith("panel-")
print(f"place mentions {len(allp)} (essays {sum(not isp(r['doc']) for r in allp)}, panels {sum(isp(r['doc']) for r in allp)})")
print(f"first mentions {len(first)} (essays {sum(not isp(r['doc']) for r in first)}, panels {sum(isp(r['doc']) for r in first)})")
dp = lambda f: len({r['place'] for r in allp if f(r['doc'])})
print(f"distinct places {len(coding)} (essays {dp(lambda d: not isp(d))}, panels {dp(isp)})")
print(f"non-places {len(non)} (essays {sum(not isp(r['doc']) for r in non)}, panels {sum(isp(r['doc']) for r in non)})")
print(f"people {len(per)}, person mentions {len(pm)}")
for k in panels:
    print(f"  {k} ({pw[k]} words): mentions {sum(r['doc']==k for r in allp)}, distinct {len({r['place'] for r in allp if r['doc']==k})}, "
          f"first {sum(r['doc']==k for r in first)}, non-places {sum(r['doc']==k for r in non)}, "
          f"people {sum(any(m['doc']==k for m in p['mentions']) for p in per)}, person mentions {sum(d==k for d,_,_ in pm)}")
print("kinds", dict(Counter(r["kind"] for r in allp)))
print("why", dict(Counter(r["why"] for r in non)))
docs_without = [d for d in docs if not any(r["doc"] == d for r in allp)]
print("documents without a place:", docs_without)
sys.exit(1 if errs else 0)
