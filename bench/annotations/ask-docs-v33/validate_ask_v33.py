# Validates ask_v33.jsonl against ask_texts.json and all_essays.json.
import json, re, collections, sys
HERE = "/work/heldout/r32/ask33/"
texts = json.load(open(HERE + "ask_texts.json", encoding="utf-8"))
corpus = json.load(open("/work/heldout/r32/all_essays.json", encoding="utf-8"))
rows = [json.loads(l) for l in open(HERE + "ask_v33.jsonl", encoding="utf-8")]
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
STOP = set("""a an the of in on at to for from by with and or but is was were are be been did do does
what who whom whose when where why how which many much name called call this that these those it its
his her their they he she him them as about into than then so if not no yes would could should can
after before during over under between up out one two three four some any all other was were has had
have also s t according""".split())
err = []
def toks(s): return [w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 2]
def stem(w): return w[:5]

ids = [r["id"] for r in rows]
if len(rows) != 100: err.append(f"{len(rows)} rows, expected 100")
if ids != [f"q{i:03d}" for i in range(1, 101)]: err.append("ids not q001..q100 in order")
if len(set(ids)) != len(ids): err.append("duplicate ids")
low_overlap = 0
for r in rows:
    if list(r.keys()) != FIELDS: err.append(f"{r['id']}: fields {list(r.keys())}")
    if r["kind"] not in KINDS: err.append(f"{r['id']}: bad kind {r['kind']}")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(f"{r['id']}: unanswerable with non-null fields")
        continue
    doc, cit = r["document"], r["citation"]
    if doc not in texts: err.append(f"{r['id']}: doc {doc} not in ask_texts"); continue
    if texts[doc] != corpus.get(doc): err.append(f"{r['id']}: doc text differs from all_essays")
    t = texts[doc]
    if cit not in t: err.append(f"{r['id']}: citation not an exact substring of {doc}"); continue
    i = t.index(cit)
    if i > 0 and not t[i-1].isspace(): err.append(f"{r['id']}: citation does not start at a sentence boundary")
    j = i + len(cit)
    if j < len(t) and not t[j].isspace(): err.append(f"{r['id']}: citation does not end at a sentence boundary")
    if not re.search(r"[.!?][”\"’)]?$", cit): err.append(f"{r['id']}: citation does not end with sentence punctuation")
    if not r["answer"] or r["answer"] not in cit: err.append(f"{r['id']}: answer not in citation")
    for a in r["alternatives"]:
        if a not in cit: err.append(f"{r['id']}: alternative {a!r} not in citation")
        if a == r["answer"]: err.append(f"{r['id']}: alternative duplicates answer")
    if r["kind"] in ("when", "where", "who", "how", "why") and r["question"].lower().startswith(("is ", "are ", "was ", "were ", "did ", "does ", "do ", "can ")):
        err.append(f"{r['id']}: looks like yes/no")
    qs = {stem(w) for w in toks(r["question"])}
    cs = {stem(w) for w in toks(cit)}
    if len(qs & cs) <= 1: low_overlap += 1

ans = [r for r in rows if r["kind"] != "unanswerable"]
una = [r for r in rows if r["kind"] == "unanswerable"]
bydoc = collections.Counter(r["document"] for r in ans)
bykind = collections.Counter(r["kind"] for r in rows)
essays = [d for d in bydoc if d != "000_beabee21081aa6a0"]
lower = sum(1 for r in rows if r["question"] == r["question"].lower())
if len(ans) != 80: err.append(f"{len(ans)} answerable, expected 80")
if len(una) != 20: err.append(f"{len(una)} unanswerable, expected 20")
if not 14 <= bydoc["000_beabee21081aa6a0"] <= 18: err.append("exhibit count off")
if len(essays) < 30: err.append(f"only {len(essays)} essays covered")
if lower != 4: err.append(f"{lower} all-lower-case questions, expected 4")
if low_overlap < 30: err.append(f"only {low_overlap} questions share <=1 content word with citation")
# grouping check: longest run of same document among answerables in id order
run = best = 0; prev = None
for r in rows:
    d = r["document"]
    run = run + 1 if (d == prev and d is not None) else 1; prev = d; best = max(best, run)
print("rows", len(rows), "answerable", len(ans), "unanswerable", len(una))
print("exhibit", bydoc["000_beabee21081aa6a0"], "essays covered", len(essays), "of", len(texts) - 1)
print("kinds", dict(sorted(bykind.items())))
print("lower-case", lower, "low-overlap(<=1 shared content word)", low_overlap, "longest same-doc run", best)
print("per doc", dict(sorted(bydoc.items())))
if err:
    print("ERRORS:"); [print(" ", e) for e in err]; sys.exit(1)
print("OK")
