# Validates ask_v29.jsonl against ask_texts.json / all_essays.json and reports counts + word overlap.
import json, re, sys, collections
HERE = "/work/heldout/r28/ask29/"
texts = json.load(open(HERE + "ask_texts.json", encoding="utf-8"))
rows = [json.loads(l) for l in open(HERE + "ask_v29.jsonl", encoding="utf-8")]
STOP = set("""a an the of in on at to for from by with and or but is was were be been are did do does had has have
what which who whom whose when where why how many much that this these those it its his her their they he she
as into about after before during than then there so not no any all can could would should will may might shall
name called call know known s one two year years first
some them each under over through non mid never get got up out off also only very""".split())
def words(s):
    toks = re.findall(r"[a-z0-9]+", s.lower().replace("’", "'").replace("'s", ""))
    out = set()
    for t in toks:
        if t in STOP or t.isdigit(): continue
        for suf in ("ing", "ed", "es", "s"):
            if t.endswith(suf) and len(t) - len(suf) >= 3:
                t = t[: -len(suf)]; break
        out.add(t)
    return out
err = []
ids = [r["id"] for r in rows]
if len(rows) != 100: err.append(f"expected 100 rows, got {len(rows)}")
if len(set(ids)) != len(ids): err.append("duplicate ids")
if sorted(ids) != [f"q{i:03d}" for i in range(1, 101)]: err.append("ids not q001-q100")
KINDS = {"who","what","when","where","why","how","how many/how much","which","unanswerable"}
ans = [r for r in rows if r["kind"] != "unanswerable"]
una = [r for r in rows if r["kind"] == "unanswerable"]
low = 0
for r in rows:
    if set(r) != {"id","question","answer","alternatives","document","citation","kind"}: err.append(r["id"] + " bad fields")
    if r["kind"] not in KINDS: err.append(r["id"] + " bad kind")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(r["id"] + " unanswerable fields not null")
        continue
    doc = texts.get(r["document"])
    if doc is None: err.append(r["id"] + " unknown document"); continue
    if r["citation"] not in doc: err.append(r["id"] + " citation not in document")
    if r["answer"] not in r["citation"]: err.append(r["id"] + " answer not in citation")
    for a in r["alternatives"]:
        if a not in r["citation"]: err.append(r["id"] + f" alternative not in citation: {a}")
        if a == r["answer"]: err.append(r["id"] + " alternative equals answer")
    ov = words(r["question"]) & words(r["citation"])
    r["_ov"] = ov
    if len(ov) <= 1: low += 1
docs = collections.Counter(r["document"] for r in ans)
ex = docs.get("000_beabee21081aa6a0", 0)
ess = [d for d in docs if d != "000_beabee21081aa6a0"]
if len(ans) != 80: err.append(f"answerable {len(ans)} != 80")
if len(una) != 20: err.append(f"unanswerable {len(una)} != 20")
if not 14 <= ex <= 18: err.append(f"exhibit count {ex}")
if len(ess) < 30: err.append(f"only {len(ess)} essays covered")
if low < 30: err.append(f"only {low} questions with <=1 shared content word")
lower = sum(1 for r in rows if r["question"] == r["question"].lower())
print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
print("answerable:", len(ans), "unanswerable:", len(una), "exhibit:", ex, "essays covered:", len(ess))
print("per document:", dict(sorted(docs.items())))
print("answerable with <=1 shared content word:", low)
print("all-lowercase questions:", lower)
if "-v" in sys.argv:
    for r in ans: print(r["id"], len(r["_ov"]), sorted(r["_ov"]), "|", r["question"])
print("ERRORS:" if err else "OK: no errors", *err, sep="\n  ")
sys.exit(1 if err else 0)
