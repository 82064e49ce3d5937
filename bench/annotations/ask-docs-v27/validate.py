"""Validate ask_v27.jsonl: exact substrings, ids, counts, kinds, lower-case count, word overlap."""
import json, re, os, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(here, 'ask_texts.json')))
allx = json.load(open(os.path.join(here, '..', 'all_essays.json')))
rows = [json.loads(l) for l in open(os.path.join(here, 'ask_v27.jsonl'))]
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
STOP = set("""a an the of in on at to for from by with and or but as is was were be been are did do does done
what which who whom whose when where why how many much that this these those it its his her their they he she
him them i you we our your after before during about into than then there over under up out off not no yes
after against between also one two three first last still ever own so such can could would should will may
might had has have any all some other kind did name called call""".split())

def words(s):
    return {w for w in re.findall(r"[a-z0-9$%]+", s.lower().replace("’", "'")) if w not in STOP and len(w) > 1}

def stem(w):
    for suf in ("ations", "ation", "ings", "ing", "ers", "ies", "ied", "ed", "es", "er", "ly", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w

def overlap(q, c):
    qs = {stem(w) for w in words(q)}
    cs = {stem(w) for w in words(c)}
    return sorted(qs & cs)

errors = []
ids = [r["id"] for r in rows]
if ids != [f"q{i:03d}" for i in range(1, 101)] or len(set(ids)) != 100:
    errors.append("ids not q001..q100 unique")
for r in rows:
    if set(r) != {"id", "question", "answer", "alternatives", "document", "citation", "kind"}:
        errors.append(f"{r['id']}: bad fields")
    if r["kind"] not in KINDS:
        errors.append(f"{r['id']}: bad kind {r['kind']}")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            errors.append(f"{r['id']}: unanswerable with content")
        continue
    doc = r["document"]
    if doc not in texts:
        errors.append(f"{r['id']}: unknown document"); continue
    if r["citation"] not in texts[doc] or r["citation"] not in allx[doc]:
        errors.append(f"{r['id']}: citation not in document")
    for span in [r["answer"]] + r["alternatives"]:
        if not span or span not in r["citation"]:
            errors.append(f"{r['id']}: span not in citation: {span!r}")
    if len(set([r["answer"]] + r["alternatives"])) != 1 + len(r["alternatives"]):
        errors.append(f"{r['id']}: duplicate alternative")
    if r["question"].strip().endswith(("?", ".")) is False and r["question"] != r["question"].lower():
        pass

ans = [r for r in rows if r["kind"] != "unanswerable"]
una = [r for r in rows if r["kind"] == "unanswerable"]
museum = [r for r in ans if r["document"] == "000_beabee21081aa6a0"]
essays = {r["document"] for r in ans} - {"000_beabee21081aa6a0"}
lower = [r for r in rows if r["question"] == r["question"].lower()]
low_ov = [r for r in ans if len(overlap(r["question"], r["citation"])) <= 1]
if len(ans) != 80: errors.append(f"answerable = {len(ans)}")
if len(una) != 20: errors.append(f"unanswerable = {len(una)}")
if not 14 <= len(museum) <= 18: errors.append(f"museum = {len(museum)}")
if len(essays) < 30: errors.append(f"essays covered = {len(essays)}")
if len(lower) != 4: errors.append(f"lower-case questions = {len(lower)}")
if len(low_ov) < 30: errors.append(f"low-overlap = {len(low_ov)}")
dup_q = [q for q, n in collections.Counter(r["question"] for r in rows).items() if n > 1]
if dup_q: errors.append(f"duplicate questions {dup_q}")

print("kinds:", dict(collections.Counter(r["kind"] for r in rows)))
print("museum:", len(museum), "essays covered:", len(essays), "of", len(texts) - 1)
print("per document:", dict(sorted(collections.Counter(r["document"] for r in ans).items())))
print("lower-case:", [r["id"] for r in lower])
print("low-overlap (<=1 shared content word):", len(low_ov))
if "-v" in sys.argv:
    for r in ans:
        print(r["id"], len(overlap(r["question"], r["citation"])), overlap(r["question"], r["citation"]), "|", r["question"])
print("ERRORS:" if errors else "VALID: all checks passed", *errors, sep="\n  ")
sys.exit(1 if errors else 0)
