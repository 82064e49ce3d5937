"""Validate ask_v43.jsonl against ask_texts.json (own script, no project code).

Checks: 100 lines, ids q001-q100 unique, required fields, kinds allowed, 80 answerable / 20 unanswerable,
citation exact substring of its document, answer and alternatives exact substrings of the citation,
unanswerables have null answer/document/citation and empty alternatives, >=30 essays covered,
~16 items on the exhibit. Also reports lower-case questions, content-word overlap with the citation,
shuffling (longest run of the same document) and counts by kind and document.
"""
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = json.loads((HERE / "ask_texts.json").read_text(encoding="utf-8"))
EX = "000_beabee21081aa6a0"
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
STOP = set("""a an the of in on at to for from by with and or but is was were are be been being did do does done
had has have it its this that these those what which who whom whose when where why how many much
not no into than then as about after before during over under between there their they them he she
his her him we our you your i me my so if also any some such up out off all each other only
one two three four five six seven eight nine ten get got make made say said call called name
us u.s we're what's s""".split())

errors = []


def err(msg):
    errors.append(msg)


def words(s):
    toks = re.findall(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*", s.lower())
    out = set()
    for t in toks:
        t = t.replace("’", "'")
        if t.endswith("'s"):
            t = t[:-2]
        if t in STOP or len(t) < 2:
            continue
        if len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.add(t)
    return out


lines = (HERE / "ask_v43.jsonl").read_text(encoding="utf-8").splitlines()
recs = [json.loads(l) for l in lines if l.strip()]
if len(recs) != 100:
    err(f"expected 100 records, got {len(recs)}")
ids = [r.get("id") for r in recs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
if sorted(ids) != [f"q{i:03d}" for i in range(1, 101)]:
    err("ids are not exactly q001-q100")

kinds = collections.Counter()
docs = collections.Counter()
low_overlap = 0
lower = 0
for r in recs:
    if list(r.keys()) != FIELDS:
        err(f"{r.get('id')}: fields {list(r.keys())}")
    kinds[r["kind"]] += 1
    q = r["question"]
    if q == q.lower():
        lower += 1
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err(f"{r['id']}: unanswerable with non-null fields")
        continue
    if r["kind"] not in KINDS:
        err(f"{r['id']}: bad kind {r['kind']}")
    d = r["document"]
    if d not in TEXTS:
        err(f"{r['id']}: unknown document {d}")
        continue
    docs[d] += 1
    c = r["citation"]
    if c not in TEXTS[d]:
        err(f"{r['id']}: citation not an exact substring of {d}")
    if r["answer"] not in c:
        err(f"{r['id']}: answer not in citation: {r['answer']!r}")
    for a in r["alternatives"]:
        if a not in c:
            err(f"{r['id']}: alternative not in citation: {a!r}")
    if len(set([r["answer"]] + r["alternatives"])) != 1 + len(r["alternatives"]):
        err(f"{r['id']}: duplicate answer/alternative")
    # one-sentence heuristic: no sentence break inside the citation
    inner = re.findall(r"[a-z0-9\)”\"][.?!][”\"]? +[A-Z]", c[:-1])
    if inner:
        print(f"note {r['id']}: possible inner sentence break {inner}")
    shared = words(q) & words(c)
    if len(shared) <= 1:
        low_overlap += 1
    r["_shared"] = sorted(shared)

# shuffle check: longest run of same document
run = best = 1
for a, b in zip(recs, recs[1:]):
    run = run + 1 if (a["document"] == b["document"] and a["document"]) else 1
    best = max(best, run)

n_ans = sum(1 for r in recs if r["kind"] != "unanswerable")
essays = [d for d in docs if d != EX]
if n_ans != 80:
    err(f"answerable {n_ans} != 80")
if kinds["unanswerable"] != 20:
    err(f"unanswerable {kinds['unanswerable']} != 20")
if len(essays) < 30:
    err(f"only {len(essays)} essays covered")
if not 14 <= docs[EX] <= 18:
    err(f"exhibit items {docs[EX]}")
if low_overlap < 30:
    err(f"only {low_overlap} questions share <=1 content word with their citation")

print("records:", len(recs), "answerable:", n_ans, "unanswerable:", kinds["unanswerable"])
print("exhibit items:", docs[EX], "essays covered:", len(essays), "of", len(TEXTS) - 1)
print("kinds:", dict(kinds))
print("lower-case questions:", lower)
print("questions sharing <=1 content word with citation:", low_overlap)
print("longest run of same document in order:", best)
if "-v" in sys.argv:
    for r in recs:
        if r["kind"] != "unanswerable":
            print(r["id"], len(r["_shared"]), r["_shared"], "|", r["question"])
if errors:
    print("ERRORS:")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("OK")
