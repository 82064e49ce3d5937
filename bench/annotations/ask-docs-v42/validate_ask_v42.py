"""Validate ask_v42.jsonl. Run: python3 validate_ask_v42.py"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
texts = json.load(open(os.path.join(HERE, "ask_texts.json"), encoding="utf-8"))
corpus = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "ask_v42.jsonl"), encoding="utf-8")]
KINDS = {"who", "what", "when", "where", "why", "how", "how many", "how much", "which"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
err = []
def E(*a): err.append(" ".join(map(str, a)))

if len(rows) != 100: E("row count", len(rows))
ids = [r["id"] for r in rows]
if ids != ["q%03d" % i for i in range(1, 101)]: E("ids not q001..q100 in order")
if len(set(ids)) != len(ids): E("duplicate ids")
if len(set(r["question"].lower() for r in rows)) != len(rows): E("duplicate questions")

ans = [r for r in rows if r["kind"] != "unanswerable"]
una = [r for r in rows if r["kind"] == "unanswerable"]
for r in rows:
    if list(r.keys()) != FIELDS: E(r["id"], "fields", list(r.keys()))
for r in ans:
    if r["kind"] not in KINDS: E(r["id"], "bad kind", r["kind"])
    d, c, a = r["document"], r["citation"], r["answer"]
    if d not in texts: E(r["id"], "unknown doc", d); continue
    t = texts[d]
    if c not in t: E(r["id"], "citation not exact substring")
    if t.count(c) != 1: E(r["id"], "citation occurs", t.count(c), "times")
    if not a or a not in c: E(r["id"], "answer not in citation:", a)
    if not isinstance(r["alternatives"], list): E(r["id"], "alternatives not list")
    for alt in r["alternatives"]:
        if alt not in c: E(r["id"], "alternative not in citation:", alt)
        if alt == a: E(r["id"], "alternative equals answer")
    if len(set(r["alternatives"])) != len(r["alternatives"]): E(r["id"], "dup alternatives")
    # one-sentence heuristics: starts at a sentence/paragraph boundary, ends with terminal punctuation
    s = t.index(c)
    before = t[max(0, s - 2):s]
    if s and not (before.endswith("\n") or before in (". ", "? ", "! ", "” ")): E(r["id"], "citation start not at boundary", repr(before))
    if not re.search(r"[.?!][”\"]?$", c): E(r["id"], "citation end not terminal", repr(c[-5:]))
    if "\n" in c: E(r["id"], "citation spans a line break")
    if re.match(r"(?i)^(is|are|was|were|did|does|do|can|could|has|have|had)\b", r["question"]): E(r["id"], "yes/no style question")
for r in una:
    if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
        E(r["id"], "unanswerable fields not null/empty")

# counts
docs = collections.Counter(r["document"] for r in ans)
museum = docs.get("000_beabee21081aa6a0", 0)
essays = [d for d in docs if d != "000_beabee21081aa6a0"]
if len(ans) != 80: E("answerable count", len(ans))
if len(una) != 20: E("unanswerable count", len(una))
if not 14 <= museum <= 18: E("museum count", museum)
if len(essays) < 30: E("distinct essays", len(essays))
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
if len(lower) != 4: E("all-lower-case questions", len(lower), lower)

# content-word overlap between question and citation
STOP = set("""a an the of to in on at by for from with and or but as is are was were be been being did do does done
had has have what which who whom whose when where why how many much that this these those it its it's his her their them they he she
him i you we our your us not no yes into over after before during under about than then there here also so such any each
one two three four five first name called call did didn't wouldn't don't only most more very up out off give gave get got
""".split())
def words(s):
    out = set()
    for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-.]*", s.lower()):
        w = w.strip(".'’-")
        w = re.sub(r"['’]s$", "", w)
        if w in STOP or not w: continue
        if len(w) > 3 and w.endswith("s"): w = w[:-1]
        out.add(w)
    return out
low_overlap = []
for r in ans:
    shared = words(r["question"]) & words(r["citation"])
    if len(shared) <= 1: low_overlap.append(r["id"])
if len(low_overlap) < 30: E("low-overlap questions", len(low_overlap))

# unanswerables: confirm key answer-bearing terms (from the item source) — print hits for manual review
from items_ask_v42 import UNANSWERABLE
print("== unanswerable search (term: hits in all_essays.json, docs)")
for q, terms in UNANSWERABLE:
    print(" Q:", q)
    for term in terms:
        hitdocs = collections.Counter()
        for d, t in corpus.items():
            n = len(re.findall(re.escape(term), t, re.I))
            if n: hitdocs[d] += n
        print("    %-38s %3d  %s" % (term, sum(hitdocs.values()), ", ".join(sorted(hitdocs))[:150]))

print("== summary")
print(" answerable", len(ans), "unanswerable", len(una), "museum", museum, "distinct essays", len(essays))
print(" kinds", dict(collections.Counter(r["kind"] for r in rows)))
print(" all-lower-case", lower)
print(" low-overlap (<=1 shared content word):", len(low_overlap))
print(" per document", dict(sorted(docs.items())))
print("ERRORS" if err else "OK: no errors")
for e in err: print("  ", e)
sys.exit(1 if err else 0)
