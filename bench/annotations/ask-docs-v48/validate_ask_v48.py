# Validate ask_v48.jsonl: exact substrings, ids, counts, and a rough word-overlap measure.
import json, re, sys, collections
texts = json.load(open("ask_texts.json", encoding="utf-8"))
rows = [json.loads(l) for l in open("ask_v48.jsonl", encoding="utf-8")]
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
err = []
ids = [r["id"] for r in rows]
if ids != ["q%03d" % i for i in range(1, 101)]: err.append("ids not q001..q100 in order")
if len(set(ids)) != len(ids): err.append("duplicate ids")
if len(set(r["question"] for r in rows)) != len(rows): err.append("duplicate questions")
STOP = set("""a an the of in on at to for from by with and or but is was were are be been did do does what which who whom
whose when where why how many much that this these those it its his her their he she they as into after before during
about over than then there up out not no yes can could would should will get got go went make made one two three first
same other others also s t i me my our your you many much between while under""".split())
def cw(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}
low = 0
for r in rows:
    if list(r) != FIELDS: err.append(r["id"] + " field order/names")
    if r["kind"] not in KINDS: err.append(r["id"] + " bad kind")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(r["id"] + " unanswerable fields not null")
        continue
    doc = texts.get(r["document"])
    if doc is None: err.append(r["id"] + " unknown document"); continue
    if r["citation"] not in doc: err.append(r["id"] + " citation not in document")
    if doc.count(r["citation"]) != 1: err.append(r["id"] + " citation occurs %d times" % doc.count(r["citation"]))
    if not r["answer"] or r["answer"] not in r["citation"]: err.append(r["id"] + " answer not in citation")
    for alt in r["alternatives"]:
        if alt not in r["citation"]: err.append(r["id"] + " alt not in citation: " + alt)
        if alt == r["answer"]: err.append(r["id"] + " alt equals answer")
    ov = cw(r["question"]) & cw(r["citation"])
    if len(ov) <= 1: low += 1
kinds = collections.Counter(r["kind"] for r in rows)
docs = collections.Counter(r["document"] for r in rows if r["document"])
n_ans = sum(1 for r in rows if r["kind"] != "unanswerable")
if n_ans != 80: err.append("answerable count %d" % n_ans)
if kinds["unanswerable"] != 20: err.append("unanswerable count %d" % kinds["unanswerable"])
essays = [d for d in docs if d != "000_beabee21081aa6a0"]
if len(essays) < 30: err.append("only %d essays covered" % len(essays))
lower = sum(1 for r in rows if r["question"] == r["question"].lower())
print("kinds:", dict(kinds))
print("exhibit questions:", docs.get("000_beabee21081aa6a0", 0), "| essays covered:", len(essays), "of", len(texts) - 1)
print("questions sharing <=1 content word with citation:", low)
print("all-lower-case questions:", lower)
if "-v" in sys.argv:
    for r in rows:
        if r["citation"]:
            print(r["id"], len(cw(r["question"]) & cw(r["citation"])), sorted(cw(r["question"]) & cw(r["citation"])))
print("ERRORS:" if err else "OK: no errors", *err, sep="\n")
sys.exit(1 if err else 0)
