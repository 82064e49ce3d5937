"""Validator for ask_v56.jsonl (own script; uses only ask_texts.json, all_essays.json, style_tags.json)."""
import json, os, re, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, "ask_texts.json"), encoding="utf-8"))
allx = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
tags = json.load(open(os.path.join(HERE, "style_tags.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "ask_v56.jsonl"), encoding="utf-8")]
err = []
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
ids = [r["id"] for r in rows]
if len(rows) != 100: err.append("row count %d" % len(rows))
if len(set(ids)) != len(ids): err.append("duplicate ids")
if ids != ["q%03d" % i for i in range(1, 101)]: err.append("ids not q001..q100 in order")
if set(tags) != set(ids): err.append("style_tags ids differ")
qs = [r["question"].strip().lower() for r in rows]
if len(set(qs)) != len(qs): err.append("duplicate question text")
STOP = set("a an the of to in on at for by with from and or but is was were are be been did do does what which who whom whose when where why how many much that this these those it its his her their he she they as into after before about than then during over under up out not no s us one".split())
def cw(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}
low_overlap = 0
per_doc = collections.Counter(); kinds = collections.Counter()
for r in rows:
    if list(r.keys()) != FIELDS: err.append(r["id"] + " field order/names")
    kinds[r["kind"]] += 1
    if r["kind"] not in KINDS: err.append(r["id"] + " bad kind")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(r["id"] + " unanswerable fields not null/empty")
        continue
    doc, cit, ans = r["document"], r["citation"], r["answer"]
    if doc not in texts: err.append(r["id"] + " doc not in ask_texts"); continue
    t = texts[doc]
    if allx.get(doc) != t: err.append(r["id"] + " ask_texts and all_essays disagree for doc")
    n = t.count(cit)
    if n == 0: err.append(r["id"] + " citation not exact substring"); continue
    if n > 1: err.append(r["id"] + " citation occurs %d times" % n)
    i = t.find(cit)
    before = t[:i]; after = t[i + len(cit):]
    # sentence boundary checks: starts at beginning/after newline or after end punctuation + space; ends with end punctuation
    if not (i == 0 or before.endswith("\n") or re.search(r"[.!?”\"’)]\s$", before) or re.search(r"[.!?][A-Z]?$", before)):
        err.append(r["id"] + " citation start not at sentence boundary: ..." + before[-30:])
    if not re.search(r"[.!?”\"]$", cit):
        err.append(r["id"] + " citation does not end with sentence punctuation")
    if after and not re.match(r"(\s|$|[A-Z])", after):
        err.append(r["id"] + " citation end not at boundary")
    if not ans or ans not in cit: err.append(r["id"] + " answer not in citation")
    for a in r["alternatives"]:
        if a not in cit: err.append(r["id"] + " alternative not in citation: " + a)
        if a == ans: err.append(r["id"] + " alternative equals answer")
    if len(set(r["alternatives"])) != len(r["alternatives"]): err.append(r["id"] + " dup alternatives")
    per_doc[doc] += 1
    if len(cw(r["question"]) & cw(cit)) <= 1: low_overlap += 1
    if r["question"].lower().startswith(("is ", "was ", "were ", "did ", "does ", "do ", "are ", "can ", "could ", "has ", "had ")):
        err.append(r["id"] + " looks like a yes/no question")
for r in rows:
    tg = tags[r["id"]]
    if "lowercase" in tg and r["question"] != r["question"].lower(): err.append(r["id"] + " tagged lowercase but is not")
    if r["question"] == r["question"].lower() and "lowercase" not in tg: err.append(r["id"] + " lowercase but untagged")
    if (r["kind"] == "unanswerable") != ("unanswerable" in tg): err.append(r["id"] + " unanswerable tag mismatch")
tagc = collections.Counter(t for v in tags.values() for t in v)
ans_n = sum(1 for r in rows if r["kind"] != "unanswerable")
d0 = per_doc["000_beabee21081aa6a0"]
other_docs = [d for d in per_doc if d != "000_beabee21081aa6a0"]
print("answerable", ans_n, "unanswerable", 100 - ans_n)
print("exhibit doc", d0, "| other essays covered", len(other_docs), "of", len(texts) - 1)
print("questions sharing <=1 content word with citation:", low_overlap)
print("kinds:", dict(kinds))
print("tags:", dict(sorted(tagc.items(), key=lambda x: -x[1])))
# position spread: no long runs of the same document
run = 1; maxrun = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if (a["document"] == b["document"] and a["document"]) else 1; maxrun = max(maxrun, run)
print("longest run of same document:", maxrun)
if ans_n != 80: err.append("answerable != 80")
if not (14 <= d0 <= 18): err.append("exhibit count off")
if len(other_docs) < 30: err.append("fewer than 30 essays")
if low_overlap < 30: err.append("low-overlap < 30")
if tagc["lowercase"] != 4: err.append("lowercase count %d" % tagc["lowercase"])
if tagc["misspelt"] != 3: err.append("misspelt count %d" % tagc["misspelt"])
print("ERRORS:" if err else "ALL CHECKS PASSED")
for e in err: print("  ", e)
sys.exit(1 if err else 0)
