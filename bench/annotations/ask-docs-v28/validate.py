"""Validate ask_v28.jsonl: exact substrings, ids, counts, kinds; report word overlap."""
import json, re, collections, sys
texts = json.load(open("ask_texts.json"))
rows = [json.loads(l) for l in open("ask_v28.jsonl", encoding="utf-8")]
err = []
ids = [r["id"] for r in rows]
if ids != [f"q{i:03d}" for i in range(1, 101)]: err.append("ids not q001..q100 in order")
if len(set(ids)) != len(ids): err.append("duplicate ids")
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
for r in rows:
    if list(r) != FIELDS: err.append(f"{r['id']} fields {list(r)}")
    if r["kind"] not in KINDS: err.append(f"{r['id']} bad kind")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(f"{r['id']} unanswerable with content")
        continue
    if r["document"] not in texts: err.append(f"{r['id']} unknown doc"); continue
    if r["citation"] not in texts[r["document"]]: err.append(f"{r['id']} citation not in doc")
    if texts[r["document"]].count(r["citation"]) != 1: err.append(f"{r['id']} citation not unique in doc")
    if "\n" in r["citation"]: err.append(f"{r['id']} citation spans lines")
    for a in [r["answer"]] + r["alternatives"]:
        if not a or a not in r["citation"]: err.append(f"{r['id']} answer/alt not in citation: {a!r}")
    if r["answer"] in r["alternatives"]: err.append(f"{r['id']} answer repeated in alternatives")
    if len(set(r["alternatives"])) != len(r["alternatives"]): err.append(f"{r['id']} dup alternatives")
    if r["question"].strip().lower().startswith(("is ", "are ", "was ", "were ", "did ", "does ", "do ", "can ", "has ", "had ")):
        err.append(f"{r['id']} looks like yes/no")
kinds = collections.Counter(r["kind"] for r in rows)
docs = collections.Counter(r["document"] for r in rows if r["document"])
ans = sum(v for k, v in kinds.items() if k != "unanswerable")
if len(rows) != 100: err.append(f"{len(rows)} rows")
if ans != 80: err.append(f"{ans} answerable")
if kinds["unanswerable"] != 20: err.append("unanswerable != 20")
ex = docs.get("000_beabee21081aa6a0", 0)
if not 14 <= ex <= 18: err.append(f"exhibit count {ex}")
if len(docs) - 1 < 30: err.append(f"only {len(docs)-1} essays")
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
if len(lower) < 4: err.append("fewer than 4 lower-case questions")
# content-word overlap
STOP = set("""each a an the of to in on at by for from with and or but as is was were be been are did do does what which who whom whose
when where why how many much that this these those it its his her their they them he she we you i after before about into
over under than then there here not no so if any all some one two three four five first last same other own up out
against between during through while upon also more most such only very can could would should will""".split())
def cw(s):
    return {w[:5] for w in re.findall(r"[a-z0-9$]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}
low = []
for r in rows:
    if r["citation"]:
        n = len(cw(r["question"]) & cw(r["citation"]))
        if n <= 1: low.append(r["id"])
print("kinds:", dict(kinds))
print("answerable:", ans, "| exhibit:", ex, "| essays covered:", len(docs) - 1)
print("docs:", dict(sorted(docs.items())))
print("lower-case questions:", lower)
print("questions sharing <=1 content word (5-char stems) with citation:", len(low))
if len(low) < 30: err.append(f"only {len(low)} low-overlap questions")
print("ERRORS:" if err else "VALIDATION OK", *err, sep="\n  ")
sys.exit(1 if err else 0)
