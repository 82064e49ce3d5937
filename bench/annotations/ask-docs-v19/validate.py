# Validates ask_v19.jsonl against ask_texts.json and prints counts.
import json, re, collections, sys
HERE = "/work/heldout/r19/ask/"
texts = json.load(open(HERE + "ask_texts.json"))
rows = [json.loads(l) for l in open(HERE + "ask_v19.jsonl", encoding="utf-8")]
errs = []
KINDS = {"who", "what", "when", "where", "why", "how", "how many", "how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
STOP = set("""a an the of to in on at for by with from and or but is was were be been are did do does had has have it its
this that these those what who whom whose when where why how which many much into as after before than then
he she they his her their him them i you we us our your not no if so up out about over under during while
would could should can will may might get got go went make made called call name say said give gave
""".split())
def toks(s):
    out = set()
    for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", s.lower()):
        w = w.replace("’", "'")
        if w.endswith("'s"): w = w[:-2]
        if w in STOP or len(w) < 2: continue
        if len(w) > 3 and w.endswith("s"): w = w[:-1]
        out.add(w)
    return out

ids = [r["id"] for r in rows]
if ids != [f"q{i:03d}" for i in range(1, len(rows) + 1)]: errs.append("ids not q001..qN in order")
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if len(rows) != 100: errs.append(f"{len(rows)} rows, expected 100")
low = []
for r in rows:
    if list(r) != FIELDS: errs.append(f"{r['id']}: fields {list(r)}")
    if r["kind"] not in KINDS: errs.append(f"{r['id']}: bad kind {r['kind']}")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            errs.append(f"{r['id']}: unanswerable with content")
        continue
    doc = texts.get(r["document"])
    if doc is None: errs.append(f"{r['id']}: unknown document {r['document']}"); continue
    if r["citation"] not in doc: errs.append(f"{r['id']}: citation not in document")
    if doc.count(r["citation"]) != 1: errs.append(f"{r['id']}: citation occurs {doc.count(r['citation'])} times")
    for a in [r["answer"]] + r["alternatives"]:
        if not a or a not in r["citation"]: errs.append(f"{r['id']}: answer/alt not in citation: {a!r}")
    if len(set(r["alternatives"])) != len(r["alternatives"]) or r["answer"] in r["alternatives"]:
        errs.append(f"{r['id']}: duplicate alternatives")
    shared = (toks(r["question"]) & toks(r["citation"]))
    if len(shared) <= 1: low.append(r["id"])
ans = [r for r in rows if r["kind"] != "unanswerable"]
byk = collections.Counter("how many/how much" if r["kind"] in ("how many", "how much") else r["kind"] for r in rows)
byd = collections.Counter(r["document"] for r in ans)
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
print("rows", len(rows), "answerable", len(ans), "unanswerable", len(rows) - len(ans))
print("by kind:", dict(sorted(byk.items())))
print("seed:", byd.get("seed", 0), "| essays covered:", len(byd) - ("seed" in byd), "of", len(texts) - 1)
print("by document:", dict(sorted(byd.items())))
print("low-overlap (<=1 shared content word with citation):", len(low), low)
print("all-lower-case questions:", len(lower), lower)
if len(ans) != 80: errs.append(f"{len(ans)} answerable, expected 80")
if len(byd) - 1 < 30: errs.append("fewer than 30 essays")
if len(low) < 30: errs.append(f"only {len(low)} low-overlap questions")
print("ERRORS:" if errs else "OK: no errors", *errs, sep="\n  ")
sys.exit(1 if errs else 0)
