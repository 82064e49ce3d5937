"""Validate ask_v52.jsonl: exact substrings, ids, counts, kinds, coverage, lexical overlap."""
import json, re, sys, collections
base = "/work/heldout/r51/ask52/"
texts = json.load(open(base + "ask_texts.json", encoding="utf-8"))
rows = [json.loads(l) for l in open(base + "ask_v52.jsonl", encoding="utf-8")]
tags = json.load(open(base + "ask_v52_tags.json"))
KINDS = {"who", "what", "when", "where", "why", "how", "how many/how much", "which", "unanswerable"}
err = []
ids = [r["id"] for r in rows]
if len(rows) != 100: err.append(f"rows={len(rows)}")
if len(set(ids)) != len(ids): err.append("duplicate ids")
if sorted(ids) != [f"q{i:03d}" for i in range(1, 101)]: err.append("ids not q001-q100")
for r in rows:
    if set(r) != {"id", "question", "answer", "alternatives", "document", "citation", "kind"}: err.append(r["id"] + " fields")
    if r["kind"] not in KINDS: err.append(r["id"] + " kind")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err.append(r["id"] + " unanswerable fields not null")
        continue
    doc = texts.get(r["document"])
    if doc is None: err.append(r["id"] + " unknown doc"); continue
    if doc.count(r["citation"]) < 1: err.append(r["id"] + " citation not in doc")
    if "\n" in r["citation"]: err.append(r["id"] + " citation spans lines")
    if r["answer"] not in r["citation"]: err.append(r["id"] + " answer not in citation")
    for a in r["alternatives"]:
        if a not in r["citation"]: err.append(r["id"] + f" alt not in citation: {a}")
        if a == r["answer"]: err.append(r["id"] + " alt duplicates answer")
    if re.match(r"^(is|was|did|does|do|are|were|can|could|has|had)\b", r["question"].lower()) and " or " not in r["question"]:
        err.append(r["id"] + " looks yes/no")
ans = [r for r in rows if r["kind"] != "unanswerable"]
c = collections.Counter(r["document"] for r in ans)
essays = [k for k in c if k != "000_beabee21081aa6a0"]
print("answerable", len(ans), "unanswerable", 100 - len(ans))
print("exhibit questions", c["000_beabee21081aa6a0"], "| essays covered", len(essays), "of", len(texts) - 1)
print("kinds", dict(collections.Counter(r["kind"] for r in rows)))
tc = collections.Counter(t for v in tags.values() for t in v.split(",") if t)
print("tags", dict(tc))
# lexical overlap (content words shared between question and citation)
STOP = set("a an the of in on at to for from by with and or but is was were are be been did do does what which who whom whose when where why how many much that this these those it its his her their they he she as into after before during over under about than then so not no any all some one two three four first last one-on-one name called call known".split())
def words(s):
    s = s.lower().replace("’", "'")
    toks = re.findall(r"[a-z0-9$]+", s)
    out = set()
    for t in toks:
        if t in STOP or len(t) < 3: continue
        for suf in ("ing", "ed", "es", "s"):
            if t.endswith(suf) and len(t) - len(suf) >= 4: t = t[: -len(suf)]; break
        out.add(t)
    return out
low = 0
for r in ans:
    ov = words(r["question"]) & words(r["citation"])
    if len(ov) <= 1: low += 1
print("answerable questions sharing <=1 content word with citation:", low)
print("lowercase questions:", sum(1 for r in rows if r["question"] == r["question"].lower()))
if c["000_beabee21081aa6a0"] < 14 or len(essays) < 30 or len(ans) != 80: err.append("distribution")
if low < 30: err.append("too few low-overlap questions")
print("ERRORS:" if err else "OK", *err, sep="\n")
sys.exit(1 if err else 0)
