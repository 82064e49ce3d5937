"""Checks ask_v57.jsonl: exact substrings, ids, counts, kinds, style tags, word overlap."""
import json, re, sys
from collections import Counter
D = '/work/heldout/r56/ask57/'
texts = json.load(open(D + 'ask_texts.json'))
rows = [json.loads(l) for l in open(D + 'ask_v57.jsonl', encoding='utf-8')]
tags = json.load(open(D + 'style_tags.json'))
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
err = []
def bad(m): err.append(m)

ids = [r["id"] for r in rows]
if len(rows) != 100: bad("row count %d" % len(rows))
if len(set(ids)) != len(ids): bad("duplicate ids")
if sorted(ids) != ["q%03d" % i for i in range(1, 101)]: bad("ids not q001-q100")
if set(tags) != set(ids): bad("style_tags ids differ")
STOP = set("""a an the of to in on at by for with from and or but is was were be been are did do does what which who whom whose
when where why how many much that this these those it its his her their they he she as into about after before
than then so not no s name called call u.s us""".split())
def cw(s):
    return {w for w in re.findall(r"[a-z0-9$]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}
low_overlap = 0
for r in rows:
    if list(r) != FIELDS: bad(r["id"] + " field order/names " + str(list(r)))
    if r["kind"] not in KINDS: bad(r["id"] + " bad kind " + r["kind"])
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            bad(r["id"] + " unanswerable must have null fields")
        continue
    doc = texts.get(r["document"])
    if doc is None: bad(r["id"] + " unknown document"); continue
    c = r["citation"]
    if c not in doc: bad(r["id"] + " citation not in document")
    else:
        i = doc.find(c)
        before = doc[:i].rstrip(" ")
        if i and not (before.endswith(("\n", ".", "?", "!", "”", ")")) or before == ""):
            bad(r["id"] + " citation does not start at a sentence start")
        if not c.rstrip().endswith((".", "”", "?", "!", ")")): bad(r["id"] + " citation does not end a sentence")
    if not r["answer"] or r["answer"] not in c: bad(r["id"] + " answer not in citation")
    for a in r["alternatives"]:
        if a not in c: bad(r["id"] + " alternative not in citation: " + a)
        if a == r["answer"]: bad(r["id"] + " alternative equals answer")
    if re.match(r"(is|are|was|were|did|does|do|can|could|has|have|had)\b", r["question"].lower()):
        bad(r["id"] + " looks like a yes/no question")
    ov = cw(r["question"]) & cw(c)
    if len(ov) <= 1: low_overlap += 1
ans = [r for r in rows if r["kind"] != "unanswerable"]
docs = Counter(r["document"] for r in ans)
n_rs = docs.get("000_beabee21081aa6a0", 0)
essays = [d for d in docs if d != "000_beabee21081aa6a0"]
if len(ans) != 80: bad("answerable %d" % len(ans))
if not 14 <= n_rs <= 18: bad("exhibit questions %d" % n_rs)
if len(essays) < 30: bad("essays covered %d" % len(essays))
tagc = Counter(t for ts in tags.values() for t in ts)
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
if len(lower) != 4: bad("lowercase count %d" % len(lower))
if low_overlap < 30: bad("low-overlap questions %d" % low_overlap)
print("rows", len(rows), "answerable", len(ans), "unanswerable", 100 - len(ans))
print("exhibit", n_rs, "essays covered", len(essays), "of", len(texts) - 1)
print("kinds", dict(Counter(r["kind"] for r in rows)))
print("lowercase", lower)
print("questions sharing <=1 content word with citation:", low_overlap)
print("tags", dict(sorted(tagc.items())))
print("per document", dict(docs))
if err:
    print("ERRORS:"); [print(" ", e) for e in err]; sys.exit(1)
print("OK")
