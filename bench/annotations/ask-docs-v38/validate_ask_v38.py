"""Validate ask_v38.jsonl against ask_texts.json / all_essays.json."""
import json, re, sys, collections
HERE = "/work/heldout/r37/ask38/"
texts = json.load(open(HERE + "ask_texts.json", encoding="utf-8"))
allx = json.load(open("/work/heldout/r37/all_essays.json", encoding="utf-8"))
rows = [json.loads(l) for l in open(HERE + "ask_v38.jsonl", encoding="utf-8")]
err = []
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
FIELDS = ["id", "question", "answer", "alternatives", "document", "citation", "kind"]
ids = [r["id"] for r in rows]
if len(rows) != 100: err.append(f"expected 100 rows, got {len(rows)}")
if len(set(ids)) != len(ids): err.append("duplicate ids")
if sorted(ids) != [f"q{i:03d}" for i in range(1, 101)]: err.append("ids not q001..q100")
if len({r["question"] for r in rows}) != len(rows): err.append("duplicate questions")
STOP = set("""a an the of to in on at by for from with and or but is was were are be been did do does what which who whom whose when where why how
many much that this these those it its his her their they he she him them as about into after before during than then there here
name call called get got give gave make made not no any all some one two three four first also other own out up so if would could should
us u.s. s""".split())
def cwords(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}
def stem(w): return w[:5]
low_overlap = 0
for r in rows:
    if list(r.keys()) != FIELDS: err.append(f"{r['id']}: field order/names {list(r.keys())}")
    k = r["kind"]
    if k not in KINDS: err.append(f"{r['id']}: bad kind {k}")
    if k == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(f"{r['id']}: unanswerable must have null answer/document/citation and []")
        continue
    d, c, a = r["document"], r["citation"], r["answer"]
    if d not in texts: err.append(f"{r['id']}: unknown document {d}"); continue
    if texts[d] != allx.get(d): err.append(f"{r['id']}: text differs from all_essays")
    if c not in texts[d]: err.append(f"{r['id']}: citation not exact substring of {d}")
    if a not in c: err.append(f"{r['id']}: answer not in citation")
    for alt in r["alternatives"]:
        if alt not in c: err.append(f"{r['id']}: alternative {alt!r} not in citation")
        if alt == a: err.append(f"{r['id']}: alternative equals answer")
    if len(set(r["alternatives"])) != len(r["alternatives"]): err.append(f"{r['id']}: dup alternatives")
    # one sentence: no sentence-final punctuation followed by space+Capital inside the citation (warn only)
    if re.search(r"[.!?][”’\"]?\s+[A-Z“]", c.rstrip()[:-1]) and not re.search(r"(U\.S\.|D\.|St\.|E\.|W\.|F\.|R\.|Jr\.|DC,)", c):
        print(f"WARN {r['id']}: citation may span sentences")
    qs = {stem(w) for w in cwords(r["question"])}; cs = {stem(w) for w in cwords(c)}
    if len(qs & cs) <= 1: low_overlap += 1
kc = collections.Counter(r["kind"] for r in rows)
dc = collections.Counter(r["document"] for r in rows if r["document"])
ans = [r for r in rows if r["kind"] != "unanswerable"]
if len(ans) != 80: err.append(f"answerable {len(ans)} != 80")
if kc["unanswerable"] != 20: err.append("unanswerable != 20")
m = dc.get("000_beabee21081aa6a0", 0)
ess = [d for d in dc if d != "000_beabee21081aa6a0"]
if len(ess) < 30: err.append(f"only {len(ess)} essays covered")
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
if len(lower) < 4: err.append(f"only {len(lower)} all-lower-case questions")
if any(re.match(r"(is|are|was|were|did|does|do|can|could|has|have|had|will|would)\b", r["question"], re.I) for r in rows):
    err.append("yes/no style question found")
# unanswerable near-misses: answers must not be present; print key-term hit counts for manual record
print("kinds:", dict(kc))
print("museum questions:", m, "| essays covered:", len(ess), "of", len(texts) - 1)
print("per-document:", dict(sorted(dc.items())))
print("all-lower-case:", lower)
print("questions sharing <=1 content word (5-char stems) with citation:", low_overlap)
if err:
    print("ERRORS:"); [print(" ", e) for e in err]; sys.exit(1)
print("OK: all checks passed")
