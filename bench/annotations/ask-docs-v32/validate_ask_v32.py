"""Validate ask_v32.jsonl against ask_texts.json (my own checks)."""
import json, re, sys, collections
T = json.load(open('/work/heldout/r31/ask32/ask_texts.json'))
rows = [json.loads(l) for l in open('/work/heldout/r31/ask32/ask_v32.jsonl')]
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
STOP = set("""a an the of in on at to for from by with and or but is was were be been are did do does had has have
what who whom whose when where why how which that this these those it its his her their they them he she we you i
as into about after before over under than then so not no yes can could would should will much many name call called
there here up out one two three four five""".split())
def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}
err = []
ids = [r["id"] for r in rows]
if len(rows) != 100: err.append("expected 100 rows, got %d" % len(rows))
if len(set(ids)) != len(ids): err.append("duplicate ids")
if ids != ["q%03d" % i for i in range(1, len(rows) + 1)]: err.append("ids not q001..q100 in order")
low = 0
for r in rows:
    if set(r) != {"id", "question", "answer", "alternatives", "document", "citation", "kind"}: err.append(r["id"] + " bad fields")
    if r["kind"] not in KINDS: err.append(r["id"] + " bad kind")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(r["id"] + " unanswerable with content")
        continue
    doc = T.get(r["document"])
    if doc is None: err.append(r["id"] + " unknown document"); continue
    if r["citation"] not in doc: err.append(r["id"] + " citation not in document")
    if r["answer"] not in r["citation"]: err.append(r["id"] + " answer not in citation")
    for a in r["alternatives"]:
        if a not in r["citation"]: err.append(r["id"] + " alternative not in citation: " + a)
    if r["answer"] in r["alternatives"]: err.append(r["id"] + " answer repeated in alternatives")
    if len(r["alternatives"]) != len(set(r["alternatives"])): err.append(r["id"] + " duplicate alternatives")
    if "\n" in r["citation"]: err.append(r["id"] + " citation spans lines")
    if r["question"].lower().startswith(("is ", "was ", "did ", "does ", "do ", "are ", "were ", "can ", "has ", "have ")):
        err.append(r["id"] + " looks like yes/no")
    ov = words(r["question"]) & words(r["citation"])
    r["_ov"] = ov
    if len(ov) <= 1: low += 1
kinds = collections.Counter(r["kind"] for r in rows)
docs = collections.Counter(r["document"] for r in rows if r["document"])
M = "000_beabee21081aa6a0"
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
print("kinds:", dict(kinds))
print("answerable:", sum(docs.values()), "| museum:", docs[M], "| essays covered:", len([d for d in docs if d != M]), "of", len(T) - 1)
print("questions sharing <=1 content word with citation:", low)
print("all-lower-case questions:", len(lower), lower)
if "-v" in sys.argv:
    for r in rows:
        if "_ov" in r: print(r["id"], len(r["_ov"]), sorted(r["_ov"]), "|", r["question"])
    for d, n in sorted(docs.items()): print("  ", n, d)
if err:
    print("ERRORS:"); [print("  ", e) for e in err]; sys.exit(1)
print("OK")
