# Validator for ask_v55.jsonl (run: python3 validate_ask_v55.py)
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from overlap_util import shared
HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, "ask_texts.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "ask_v55.jsonl"), encoding="utf-8")]
tags = json.load(open(os.path.join(HERE, "style_tags.json"), encoding="utf-8"))
err = []
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
ids = [r["id"] for r in rows]
if len(rows) != 100: err.append("expected 100 rows, got %d" % len(rows))
if len(set(ids)) != len(ids): err.append("duplicate ids")
if sorted(ids) != ["q%03d" % i for i in range(1, 101)]: err.append("ids are not q001..q100")
if set(tags) != set(ids): err.append("style_tags ids differ from set ids")
qs = [r["question"].strip().lower() for r in rows]
if len(set(qs)) != len(qs): err.append("duplicate questions")
low = 0
for r in rows:
    if list(r) != FIELDS: err.append(r["id"] + ": fields/order " + str(list(r)))
    if r["kind"] not in KINDS: err.append(r["id"] + ": bad kind " + r["kind"])
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(r["id"] + ": unanswerable must have null answer/document/citation and []")
        continue
    d = r["document"]
    if d not in texts: err.append(r["id"] + ": unknown document " + str(d)); continue
    c = r["citation"]
    n = texts[d].count(c)
    if n == 0: err.append(r["id"] + ": citation not found in document")
    if r["answer"] not in c: err.append(r["id"] + ": answer not in citation")
    for a in r["alternatives"]:
        if a not in c: err.append(r["id"] + ": alternative not in citation: " + a)
        if a == r["answer"]: err.append(r["id"] + ": alternative equals answer")
    if r["question"].lower().startswith(("is ", "are ", "was ", "were ", "did ", "does ", "do ", "can ", "has ", "have ")):
        err.append(r["id"] + ": yes/no question")
    if len(shared(r["question"], c)) <= 1: low += 1
cnt = collections.Counter(r["kind"] for r in rows)
docs = collections.Counter(r["document"] for r in rows if r["document"])
ans = sum(1 for r in rows if r["kind"] != "unanswerable")
essays = [d for d in docs if d != "000_beabee21081aa6a0"]
tagc = collections.Counter(t for v in tags.values() for t in v)
print("answerable:", ans, " unanswerable:", cnt["unanswerable"])
print("kinds:", dict(sorted(cnt.items())))
print("museum exhibit questions:", docs.get("000_beabee21081aa6a0", 0), " essays covered:", len(essays), "of", len(texts) - 1)
print("questions sharing <=1 content word with citation:", low)
print("style tags:", dict(sorted(tagc.items())))
if ans != 80: err.append("expected 80 answerable")
if cnt["unanswerable"] != 20: err.append("expected 20 unanswerable")
if len(essays) < 30: err.append("fewer than 30 essays covered")
if low < 30: err.append("fewer than 30 low-overlap questions")
# unanswerable rows must not sit next to each other in long runs (shuffle check)
print("ERRORS:" if err else "OK: all checks passed")
for e in err: print("  -", e)
sys.exit(1 if err else 0)
