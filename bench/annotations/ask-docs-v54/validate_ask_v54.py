# Validates ask_v54.jsonl against ask_texts.json / all_essays.json and prints counts.
import json, re, collections, sys
HERE = "/work/heldout/r53/ask54/"
texts = json.load(open(HERE + "ask_texts.json", encoding="utf-8"))
allx = json.load(open("/work/heldout/r53/all_essays.json", encoding="utf-8"))
rows = [json.loads(l) for l in open(HERE + "ask_v54.jsonl", encoding="utf-8")]
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
STOP = set("""a an the of to in on at for by with from and or but is are was were be been did do does what which who whom whose when where why how
many much long that this these those it its his her their they he she as into than then there about after before during under over
up out not no yes any some all each other another same one two three four five six seven eight nine ten first second i you we our your
kind type sort name called call say said know known has have had would could should will can may might also just only very more most
s t""".split())
def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}
def stem(w):
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 4: return w[:-len(suf)]
    return w
err = []
ids = [r["id"] for r in rows]
if len(rows) != 100: err.append("expected 100 rows, got %d" % len(rows))
if len(set(ids)) != len(ids): err.append("duplicate ids")
if sorted(ids) != ["q%03d" % i for i in range(1, 101)]: err.append("ids not q001..q100")
fields = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
low_overlap = 0
for r in rows:
    if list(r) != fields: err.append(r["id"] + " fields " + str(list(r)))
    if r["kind"] not in KINDS: err.append(r["id"] + " bad kind " + r["kind"])
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(r["id"] + " unanswerable row has content")
        continue
    doc = texts.get(r["document"])
    if doc is None: err.append(r["id"] + " unknown doc"); continue
    if r["citation"] not in doc: err.append(r["id"] + " citation not in doc: " + r["citation"][:60])
    if allx.get(r["document"]) is not None and r["citation"] not in allx[r["document"]]:
        err.append(r["id"] + " citation not in all_essays copy")
    if r["answer"] not in r["citation"]: err.append(r["id"] + " answer not in citation: " + r["answer"])
    for a in r["alternatives"]:
        if a not in r["citation"]: err.append(r["id"] + " alt not in citation: " + a)
        if a == r["answer"]: err.append(r["id"] + " alt equals answer")
    if doc.count(r["citation"]) != 1: err.append(r["id"] + " citation occurs %d times" % doc.count(r["citation"]))
    shared = {stem(w) for w in words(r["question"])} & {stem(w) for w in words(r["citation"])}
    r["_shared"] = shared
    if len(shared) <= 1: low_overlap += 1
ans = [r for r in rows if r["kind"] != "unanswerable"]
byk = collections.Counter(r["kind"] for r in rows)
byd = collections.Counter(r["document"] for r in ans)
print("rows", len(rows), "answerable", len(ans), "unanswerable", len(rows) - len(ans))
print("by kind", dict(byk))
print("exhibit questions", byd["000_beabee21081aa6a0"], "| essays covered", len([d for d in byd if d != "000_beabee21081aa6a0"]), "of", len(texts) - 1)
print("questions sharing <=1 content word with citation:", low_overlap)
print("all-lowercase questions:", sum(1 for r in rows if r["question"] == r["question"].lower()))
if "-v" in sys.argv:
    for r in ans: print(r["id"], len(r["_shared"]), sorted(r["_shared"]), "|", r["question"])
    for d, n in sorted(byd.items()): print("  ", n, d)
if len(ans) != 80: err.append("expected 80 answerable")
if byd["000_beabee21081aa6a0"] < 14: err.append("too few exhibit questions")
if len([d for d in byd if d != "000_beabee21081aa6a0"]) < 30: err.append("fewer than 30 essays covered")
if low_overlap < 30: err.append("fewer than 30 low-overlap questions")
print("ERRORS:" if err else "OK: no errors")
for e in err: print("  ", e)
sys.exit(1 if err else 0)
