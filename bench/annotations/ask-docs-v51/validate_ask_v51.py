"""Validate ask_v51.jsonl: exact-substring citations/answers, ids, counts, shuffling,
and a rough content-word overlap count between question and citation."""
import json, re, sys
from collections import Counter

D = '/work/heldout/r50/ask51/'
texts = json.load(open(D + 'ask_texts.json'))
rows = [json.loads(l) for l in open(D + 'ask_v51.jsonl', encoding='utf-8')]
M = "000_beabee21081aa6a0"
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
err = []

STOP = set("""a an the of to in on at for by with from and or but as is was were be been are did do does
had has have that this these those it its he she they them his her their who whom whose what when where why how
which many much after before about into over than then there so not no if also would could should can will
one two get got give name identify s what's x y between during while under unlike""".split())

def words(s):
    out = set()
    for w in re.findall(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*", s.lower()):
        w = re.sub(r"['’]s$", "", w)
        if w in STOP or len(w) < 2:
            continue
        if len(w) > 3 and w.endswith('s') and not w.endswith('ss'):
            w = w[:-1]
        out.add(w)
    return out

if len(rows) != 100: err.append(f"expected 100 rows, got {len(rows)}")
ids = [r.get("id") for r in rows]
if ids != [f"q{i:03d}" for i in range(1, 101)]: err.append("ids not q001..q100 in order")
if len(set(ids)) != len(ids): err.append("duplicate ids")
low = 0
for r in rows:
    i = r.get("id")
    if list(r.keys()) != FIELDS: err.append(f"{i}: fields {list(r.keys())}")
    if r["kind"] not in KINDS: err.append(f"{i}: bad kind {r['kind']}")
    if not r["question"].strip(): err.append(f"{i}: empty question")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(f"{i}: unanswerable row has answer/doc/citation/alternatives")
        continue
    doc, cit, ans = r["document"], r["citation"], r["answer"]
    if doc not in texts: err.append(f"{i}: unknown document {doc}"); continue
    if not cit or cit not in texts[doc]: err.append(f"{i}: citation not exact substring of {doc}")
    if not ans or ans not in cit: err.append(f"{i}: answer not in citation")
    if len(set(r["alternatives"])) != len(r["alternatives"]): err.append(f"{i}: duplicate alternatives")
    for a in r["alternatives"]:
        if a not in cit: err.append(f"{i}: alternative not in citation: {a!r}")
        if a == ans: err.append(f"{i}: alternative equals answer")
    if len(re.findall(r'[.!?][”"]?\s+[A-Z“]', cit)) > 3: err.append(f"{i}: citation looks like several sentences")
    if r["question"].rstrip("?. ").lower().split()[0] in ("is", "are", "was", "were", "did", "do", "does", "can", "could", "has", "have"):
        err.append(f"{i}: looks like a yes/no question")
    if len(words(r["question"]) & words(cit)) <= 1: low += 1

kinds = Counter(r["kind"] for r in rows)
ans_rows = [r for r in rows if r["kind"] != "unanswerable"]
docs = Counter(r["document"] for r in ans_rows)
n_museum = docs.get(M, 0)
essays = [d for d in docs if d != M]
all_essays = [d for d in texts if d != M]
if len(ans_rows) != 80: err.append(f"answerable {len(ans_rows)} != 80")
if kinds["unanswerable"] != 20: err.append(f"unanswerable {kinds['unanswerable']} != 20")
if not 14 <= n_museum <= 18: err.append(f"museum questions {n_museum} not ~16")
if len(essays) < 30: err.append(f"only {len(essays)} essays covered")
if low < 30: err.append(f"only {low} questions share <=1 content word with citation")
# shuffled: no run of 3+ consecutive rows from the same document
run = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if (a["document"] == b["document"] and a["document"] is not None) else 1
    if run >= 3: err.append(f"run of {run} rows from {a['document']} ending at {b['id']}")
lower = sum(1 for r in rows if r["question"] == r["question"].lower())

print("rows", len(rows), "| answerable", len(ans_rows), "| unanswerable", kinds["unanswerable"])
print("kinds", dict(sorted(kinds.items())))
print("museum", n_museum, "| essays covered", len(essays), "of", len(all_essays),
      "| missing:", sorted(set(all_essays) - set(essays)))
print("questions sharing <=1 content word with citation:", low)
print("all-lower-case questions:", lower)
if err:
    print("FAILED"); [print("  ", e) for e in err]; sys.exit(1)
print("OK: all checks passed")
