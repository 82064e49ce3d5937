#!/usr/bin/env python3
"""Validate ask_v25.jsonl against ask_texts.json; writes validation_report.txt next to the set."""
import json, os, re, collections

HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, "ask_texts.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "ask_v25.jsonl"), encoding="utf-8")]
errors, out = [], []
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
STOP = set("""a an the of to in on at by for with from and or but is are was were be been being do does did
what who whom whose which when where why how many much that this these those it its his her their they them he she
we us our you your i me my as into over after before about during than then so not no any some all other
there here also had has have would could should will can may might one two three four five first new up out""".split())

def words(s):
    return [w for w in re.findall(r"[a-z0-9$,.%’']+", s.lower().replace("’s", "").replace("'s", ""))]

def content(s):
    ws = set()
    for w in re.findall(r"[a-z0-9]+", s.lower()):
        if w in STOP or len(w) < 2 or w == "s":
            continue
        ws.add(w[:5])  # crude stem
    return ws

ids = [r["id"] for r in rows]
if len(rows) != 100: errors.append(f"expected 100 rows, got {len(rows)}")
if len(set(ids)) != len(ids): errors.append("duplicate ids")
if ids != [f"q{n:03d}" for n in range(1, 101)]: errors.append("ids not q001..q100 in order")
kinds = collections.Counter(); docs = collections.Counter(); low = 0; overlap_ok = 0
for r in rows:
    if list(r.keys()) != FIELDS: errors.append(f"{r['id']}: fields {list(r.keys())}")
    if r["kind"] not in KINDS: errors.append(f"{r['id']}: bad kind {r['kind']}")
    kinds[r["kind"]] += 1
    if r["question"] == r["question"].lower(): low += 1
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            errors.append(f"{r['id']}: unanswerable with non-null fields")
        continue
    docs[r["document"]] += 1
    t = texts.get(r["document"])
    if t is None: errors.append(f"{r['id']}: unknown document"); continue
    c = r["citation"]
    if c not in t: errors.append(f"{r['id']}: citation not in document")
    if not r["answer"] or r["answer"] not in c: errors.append(f"{r['id']}: answer not in citation")
    for a in r["alternatives"]:
        if a not in c: errors.append(f"{r['id']}: alternative not in citation: {a}")
        if a == r["answer"]: errors.append(f"{r['id']}: alternative equals answer")
    if "\n" in c: errors.append(f"{r['id']}: citation spans a line break")
    shared = content(r["question"]) & content(c)
    if len(shared) <= 1: overlap_ok += 1
    out.append(f"{r['id']} shared={sorted(shared)}")
ans = sum(v for k, v in kinds.items() if k != "unanswerable")
if ans != 80: errors.append(f"answerable {ans} != 80")
if kinds["unanswerable"] != 20: errors.append("unanswerable != 20")
ess = {k: v for k, v in docs.items() if k != "000_beabee21081aa6a0"}
if len(ess) < 30: errors.append(f"only {len(ess)} essays covered")
if "yes/no" in kinds: errors.append("yes/no present")
rep = []
rep.append("ERRORS: " + ("none" if not errors else "\n  " + "\n  ".join(errors)))
rep.append(f"rows={len(rows)} answerable={ans} unanswerable={kinds['unanswerable']}")
rep.append("kinds: " + json.dumps(dict(sorted(kinds.items()))))
rep.append(f"exhibit (000_beabee21081aa6a0) questions: {docs['000_beabee21081aa6a0']}")
rep.append(f"essays covered: {len(ess)} of {len(texts)-1}; essays not covered: {sorted(set(texts)-set(docs))}")
rep.append("per document: " + json.dumps(dict(sorted(docs.items()))))
rep.append(f"all-lower-case questions: {low}")
rep.append(f"answerable questions sharing <=1 content word (5-char stems, stopwords removed) with citation: {overlap_ok}")
rep.append("\n".join(out))
open(os.path.join(HERE, "validation_report.txt"), "w", encoding="utf-8").write("\n".join(rep) + "\n")
print("\n".join(rep[:8]))
raise SystemExit(1 if errors else 0)
