#!/usr/bin/env python3
"""Validate ask_v35.jsonl against ask_texts.json (and all_essays.json). Run: python3 validate_ask_v35.py"""
import json, re, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
texts = json.load(open(os.path.join(HERE, "ask_texts.json"), encoding="utf-8"))
corpus = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(HERE, "ask_v35.jsonl"), encoding="utf-8") if l.strip()]
KINDS = {"who","what","when","where","why","how","how many/how much","which"}
FIELDS = {"id","question","answer","alternatives","document","citation","kind"}
STOP = set("""a an the of to in on at by for from with and or but is was were be been being are did do does done
had has have it its this that these those as into over after before during about than then there their his her him
he she they them what which who whom whose when where why how many much long soon often did not no yes""".split())
errors = []
def err(r, msg): errors.append(f"{r.get('id')}: {msg}")
def words(s): return {w for w in re.findall(r"[a-z0-9$]+", s.lower().replace("’","'")) if w not in STOP and len(w) > 1}

ids = [r.get("id") for r in rows]
if len(rows) != 100: errors.append(f"expected 100 rows, got {len(rows)}")
if len(set(ids)) != len(ids): errors.append("duplicate ids")
if sorted(ids) != [f"q{i:03d}" for i in range(1, 101)]: errors.append("ids are not exactly q001..q100")
low_overlap = 0
for r in rows:
    if set(r) != FIELDS: err(r, f"fields {sorted(r)}")
    if r["kind"] == "unanswerable":
        if r["answer"] is not None or r["document"] is not None or r["citation"] is not None or r["alternatives"] != []:
            err(r, "unanswerable must have null answer/document/citation and []")
        continue
    if r["kind"] not in KINDS: err(r, f"bad kind {r['kind']}")
    doc, cit = r["document"], r["citation"]
    if doc not in texts: err(r, f"unknown document {doc}"); continue
    if cit not in texts[doc]: err(r, "citation not an exact substring of its document")
    if doc in corpus and cit not in corpus[doc]: err(r, "citation not in all_essays.json version of document")
    if "\n" in cit: err(r, "citation spans a line break")
    if not isinstance(r["alternatives"], list): err(r, "alternatives not a list")
    for x in [r["answer"]] + r["alternatives"]:
        if not x or x not in cit: err(r, f"answer/alternative not in citation: {x!r}")
    if r["answer"] in r["alternatives"]: err(r, "answer repeated in alternatives")
    q = r["question"].rstrip("?").lower().strip()
    if re.match(r"^(is|are|was|were|did|does|do|can|could|has|have|had)\b", q): err(r, "looks like a yes/no question")
    if len(words(r["question"]) & words(cit)) <= 1: low_overlap += 1

ans = [r for r in rows if r["kind"] != "unanswerable"]
una = [r for r in rows if r["kind"] == "unanswerable"]
docs = Counter(r["document"] for r in ans)
museum = docs.get("000_beabee21081aa6a0", 0)
essays = {d for d in docs if d != "000_beabee21081aa6a0"}
if len(ans) != 80: errors.append(f"answerable = {len(ans)} (want 80)")
if len(una) != 20: errors.append(f"unanswerable = {len(una)} (want 20)")
if not 14 <= museum <= 18: errors.append(f"museum questions = {museum} (want ~16)")
if len(essays) < 30: errors.append(f"essays covered = {len(essays)} (want >= 30)")
if low_overlap < 30: errors.append(f"low-overlap questions = {low_overlap} (want >= 30)")
lower = [r["id"] for r in rows if r["question"] == r["question"].lower()]
if len(lower) < 4: errors.append(f"all-lowercase questions = {len(lower)} (want 4)")
# run of same document (shuffle check)
run = best = 1
for a, b in zip(rows, rows[1:]):
    run = run + 1 if (a["document"] == b["document"] and a["document"]) else 1
    best = max(best, run)

print("rows:", len(rows), "| answerable:", len(ans), "| unanswerable:", len(una))
print("museum (000):", museum, "| essays covered:", len(essays), "of", len(texts) - 1)
print("kinds:", dict(Counter(r["kind"] for r in rows)))
print("questions sharing <=1 content word with citation:", low_overlap)
print("all-lowercase:", lower)
print("longest run of same document in file order:", best)
print("per document:", dict(sorted(docs.items())))
if errors:
    print("\nFAIL"); print("\n".join(errors)); sys.exit(1)
print("\nOK: all checks passed")
