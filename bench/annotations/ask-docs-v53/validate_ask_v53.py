# Validates ask_v53.jsonl against ask_texts.json / all_essays.json.
import json, re, collections, sys
HERE = "/work/heldout/r52/ask53/"
texts = json.load(open(HERE + "ask_texts.json"))
allx = json.load(open("/work/heldout/r52/all_essays.json"))
rows = [json.loads(l) for l in open(HERE + "ask_v53.jsonl")]
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
err = []
ids = [r["id"] for r in rows]
if len(rows) != 100: err.append("row count %d" % len(rows))
if len(set(ids)) != len(ids): err.append("duplicate ids")
if sorted(ids) != ["q%03d" % i for i in range(1, 101)]: err.append("ids not q001..q100")
STOP = set("""a an the of to in on at by for from with and or but as is was were be been are did do does what who whom whose which when where why how
many much that this these those it its his her their he she they them i you we our your after before while during into over under about
than then there here not no yes any some one two three four five name called call kind sort so up out off first""".split())
def cw(s): return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 1}
low_overlap = 0
for r in rows:
    if list(r) != FIELDS: err.append(r["id"] + " field order/names " + str(list(r)))
    if r["kind"] not in KINDS: err.append(r["id"] + " bad kind " + r["kind"])
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(r["id"] + " unanswerable with content")
        continue
    doc = r["document"]
    if doc not in texts: err.append(r["id"] + " unknown doc " + str(doc)); continue
    if texts[doc] != allx.get(doc): err.append(r["id"] + " doc text differs from all_essays")
    c = r["citation"]
    if c not in texts[doc]: err.append(r["id"] + " citation not exact substring")
    if r["answer"] not in c: err.append(r["id"] + " answer not in citation")
    for a in r["alternatives"]:
        if a not in c: err.append(r["id"] + " alternative not in citation: " + a)
        if a == r["answer"]: err.append(r["id"] + " alternative equals answer")
    if len(cw(r["question"]) & cw(c)) <= 1: low_overlap += 1
kinds = collections.Counter(r["kind"] for r in rows)
docs = collections.Counter(r["document"] for r in rows if r["document"])
ans = sum(1 for r in rows if r["kind"] != "unanswerable")
lower = sum(1 for r in rows if r["question"] == r["question"].lower())
if ans != 80: err.append("answerable count %d" % ans)
if kinds["unanswerable"] != 20: err.append("unanswerable count %d" % kinds["unanswerable"])
if docs.get("000_beabee21081aa6a0", 0) < 14: err.append("too few museum questions")
essays = [d for d in docs if d != "000_beabee21081aa6a0"]
if len(essays) < 30: err.append("only %d essays covered" % len(essays))
if low_overlap < 30: err.append("only %d low-overlap questions" % low_overlap)
# grouping check: no more than 3 consecutive rows from the same document
run = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if (a["document"] and a["document"] == b["document"]) else 1
    if run > 3: err.append("grouped rows near " + b["id"])
print("rows", len(rows), "answerable", ans, "unanswerable", kinds["unanswerable"])
print("kinds", dict(kinds))
print("museum", docs.get("000_beabee21081aa6a0", 0), "essays covered", len(essays), "of", len(texts) - 1)
print("questions sharing <=1 content word with citation:", low_overlap)
print("all-lower-case questions:", lower)
print("ERRORS:" if err else "OK: all checks passed")
for e in err: print("  ", e)
sys.exit(1 if err else 0)
