"""Validator for ask_v26.jsonl (run: python3 validate.py). Exits non-zero on any hard failure."""
import json, re, sys
from collections import Counter

HERE = "/work/heldout/r25/ask26"
TEXTS = json.load(open(f"{HERE}/ask_texts.json", encoding="utf-8"))
ALL = json.load(open("/work/heldout/r25/all_essays.json", encoding="utf-8"))
EX = "000_beabee21081aa6a0"
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
STOP = set("""a an the of to in on at by for from with about into over after before during under between against as and or
but nor so than that this these those it its it's is are was were be been being do does did done doing have has had
having what which who whom whose when where why how many much whats not no yes any all some other such own same
he she they them their his her him we us our you your i me my one two get got did would could should will can may
might must shall also just only very more most less than then there here out up down off again once""".split())

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

rows = [json.loads(l) for l in open(f"{HERE}/ask_v26.jsonl", encoding="utf-8") if l.strip()]
if len(rows) != 100: err(f"expected 100 lines, got {len(rows)}")
ids = [r.get("id") for r in rows]
if ids != [f"q{i:03d}" for i in range(1, 101)]: err("ids are not exactly q001..q100 in order")
if len(set(ids)) != len(ids): err("duplicate ids")
qs = [r["question"].strip().lower() for r in rows]
for q, c in Counter(qs).items():
    if c > 1: err(f"duplicate question: {q}")

def toks(s):
    return [w for w in re.findall(r"[a-z0-9]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1]
def stem(w):
    return w[:5]

low_overlap = 0
for r in rows:
    rid = r["id"]
    if list(r.keys()) != FIELDS: err(f"{rid}: fields {list(r.keys())}")
    if r["kind"] not in KINDS: err(f"{rid}: bad kind {r['kind']}")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err(f"{rid}: unanswerable must have null answer/document/citation and []")
        continue
    doc, cit, ans, alts = r["document"], r["citation"], r["answer"], r["alternatives"]
    if doc not in TEXTS: err(f"{rid}: document {doc} not in ask_texts.json"); continue
    text = TEXTS[doc]
    if ALL.get(doc) != text: warn(f"{rid}: ask_texts and all_essays differ for {doc}")
    n = text.count(cit)
    if n == 0: err(f"{rid}: citation not an exact substring of {doc}")
    elif n > 1: warn(f"{rid}: citation occurs {n} times")
    else:
        i = text.index(cit)
        before = text[i-1] if i > 0 else "\n"
        if not before.isspace(): err(f"{rid}: citation does not start at a sentence boundary ({before!r})")
        if not re.search(r"[.!?][”’\"]?$", cit): err(f"{rid}: citation does not end with sentence punctuation")
        # crude check for a second sentence inside the citation
        inner = re.findall(r"[a-z0-9][.!?][”\"]? [A-Z]", cit)
        if inner: warn(f"{rid}: possible sentence break inside citation: {inner}")
    if not isinstance(ans, str) or not ans: err(f"{rid}: empty answer")
    elif ans not in cit: err(f"{rid}: answer not in citation: {ans!r}")
    if not isinstance(alts, list): err(f"{rid}: alternatives not a list")
    for a in alts:
        if a not in cit: err(f"{rid}: alternative not in citation: {a!r}")
        if a == ans: err(f"{rid}: alternative equals answer")
    if len(set(alts)) != len(alts): err(f"{rid}: duplicate alternatives")
    if r["question"].lower().split()[:1] in (["is"], ["was"], ["did"], ["does"], ["are"], ["were"], ["can"], ["do"]):
        err(f"{rid}: looks like a yes/no question")
    shared = {stem(w) for w in toks(r["question"])} & {stem(w) for w in toks(cit)}
    r["_shared"] = sorted(shared)
    if len(shared) <= 1: low_overlap += 1

ans_rows = [r for r in rows if r["kind"] != "unanswerable"]
una = [r for r in rows if r["kind"] == "unanswerable"]
by_doc = Counter(r["document"] for r in ans_rows)
by_kind = Counter(r["kind"] for r in rows)
essays = {d for d in by_doc if d != EX}
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
if len(ans_rows) != 80: err(f"answerable = {len(ans_rows)} (want 80)")
if len(una) != 20: err(f"unanswerable = {len(una)} (want 20)")
if not 14 <= by_doc.get(EX, 0) <= 18: err(f"exhibit questions = {by_doc.get(EX, 0)} (want ~16)")
if len(essays) < 30: err(f"only {len(essays)} essays used (want >= 30)")
if len(lower) != 4: err(f"all-lower-case questions = {len(lower)} (want 4)")
if low_overlap < 30: err(f"low-overlap questions = {low_overlap} (want >= 30)")
run, maxrun = 1, 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if (a["document"] is not None and a["document"] == b["document"]) else 1
    maxrun = max(maxrun, run)
if maxrun > 3: err(f"{maxrun} consecutive questions on one document: set looks grouped")

print("by kind:", dict(sorted(by_kind.items())))
print("by document:"); [print(f"  {d}: {c}") for d, c in sorted(by_doc.items())]
print(f"exhibit={by_doc.get(EX,0)} essays_used={len(essays)}/34 low_overlap(<=1 shared content word)={low_overlap} lowercase={lower} longest_same_doc_run={maxrun}")
if "-v" in sys.argv:
    for r in ans_rows: print(r["id"], len(r["_shared"]), r["_shared"], "|", r["question"])
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
