"""Validate ask_v24.jsonl: exact substrings, ids, counts, kinds, overlap stats."""
import json, re, sys, collections
HERE = '/work/heldout/r23/ask24/'
texts = json.load(open(HERE + 'ask_texts.json'))
corpus = json.load(open('/work/heldout/r23/all_essays.json'))
recs = [json.loads(l) for l in open(HERE + 'ask_v24.jsonl')]
KINDS = {"who","what","when","where","why","how","how many/how much","which","unanswerable"}
FIELDS = ["id","question","answer","alternatives","document","citation","kind"]
err = []
def E(m): err.append(m)

if len(recs) != 100: E(f"expected 100 lines, got {len(recs)}")
ids = [r["id"] for r in recs]
if len(set(ids)) != len(ids): E("duplicate ids")
if sorted(ids) != [f"q{i:03d}" for i in range(1,101)]: E("ids are not exactly q001..q100")
qs = [r["question"].strip().lower() for r in recs]
if len(set(qs)) != len(qs): E("duplicate questions")
for r in recs:
    if list(r.keys()) != FIELDS: E(f"{r['id']}: fields {list(r.keys())}")
    if r["kind"] not in KINDS: E(f"{r['id']}: bad kind {r['kind']}")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            E(f"{r['id']}: unanswerable must have null answer/document/citation and []")
        continue
    doc = r["document"]
    if doc not in texts: E(f"{r['id']}: unknown document {doc}"); continue
    t, c = texts[doc], r["citation"]
    if t.count(c) < 1: E(f"{r['id']}: citation not an exact substring of {doc}")
    else:
        p = t.find(c); before = t[p-1] if p > 0 else "\n"; after = t[p+len(c)] if p+len(c) < len(t) else "\n"
        if before not in " \n" or after not in " \n": E(f"{r['id']}: citation not on sentence boundary ({before!r},{after!r})")
        if not re.search(r'[.?!”"]$', c): E(f"{r['id']}: citation does not end like a sentence")
    if doc in corpus and corpus[doc] != t: E(f"{r['id']}: ask_texts and all_essays differ for {doc}")
    if not r["answer"] or r["answer"] not in c: E(f"{r['id']}: answer not in citation")
    for a in r["alternatives"]:
        if a not in c: E(f"{r['id']}: alternative {a!r} not in citation")
        if a == r["answer"]: E(f"{r['id']}: alternative duplicates answer")
    if re.match(r'^(is|are|was|were|did|does|do|can|could|has|have|had|will|would|should)\b', r["question"].strip(), re.I):
        E(f"{r['id']}: looks like a yes/no question")

kinds = collections.Counter(r["kind"] for r in recs)
docs = collections.Counter(r["document"] for r in recs if r["document"])
ans = sum(1 for r in recs if r["kind"] != "unanswerable")
if ans != 80: E(f"answerable {ans} != 80")
if kinds["unanswerable"] != 20: E(f"unanswerable {kinds['unanswerable']} != 20")
museum = docs.get("000_beabee21081aa6a0", 0)
if not 14 <= museum <= 18: E(f"museum items {museum} not ~16")
essays = [d for d in docs if d != "000_beabee21081aa6a0"]
if len(essays) < 30: E(f"only {len(essays)} essays covered")
# grouping check: no long runs from the same document
run = best = 1
for a, b in zip(recs, recs[1:]):
    run = run + 1 if a["document"] and a["document"] == b["document"] else 1; best = max(best, run)
if best > 2: E(f"run of {best} consecutive items from one document")

# unanswerables: re-run the recorded searches over the whole corpus and print hit counts (manual review in README)
STOP = set("a an the of to in on at by for from with and or but as is was were be been are did do does what who whom whose which when where why how many much that this these those it its his her their they he she them there than then into about after before during over under between through up out not no nor so if any all some each other own same such only also just very can could would should will shall may might must has have had one two name".split())
def content(s):
    words = re.findall(r"[a-z0-9$][a-z0-9’'\-\.,$%]*", s.lower().replace("’s"," ").replace("'s"," "))
    out = set()
    for w in words:
        w = w.strip(".,'’-")
        if not w or w in STOP: continue
        for suf in ("ing","ed","es","s"):
            if len(w) > 4 and w.endswith(suf): w = w[:-len(suf)]; break
        out.add(w)
    return out
low = 0; lc = 0; short = 0
for r in recs:
    q = r["question"]
    if q == q.lower(): lc += 1
    if len(q.split()) <= 5: short += 1
    if r["citation"]:
        if len(content(q) & content(r["citation"])) <= 1: low += 1
print("items", len(recs), "answerable", ans, "unanswerable", kinds["unanswerable"])
print("kinds", dict(kinds))
print("museum", museum, "essays covered", len(essays), "of 34")
print("answerable questions sharing <=1 content word with citation:", low)
print("all-lower-case questions:", lc, "  questions of <=5 words:", short)
if low < 30: E(f"only {low} low-overlap questions")
if lc < 4: E(f"only {lc} lower-case questions")
if "-v" in sys.argv:
    for r in recs:
        if r["citation"]: print(len(content(r["question"]) & content(r["citation"])), r["id"], sorted(content(r["question"]) & content(r["citation"])), r["question"])
if err:
    print("ERRORS:"); [print(" ", e) for e in err]; sys.exit(1)
print("OK")
