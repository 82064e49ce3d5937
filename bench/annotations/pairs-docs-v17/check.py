#!/usr/bin/env python3
"""Validate pairs_v17.jsonl, planted_errors.json and the panels (stdlib only).
Uses its own character-walking sentence splitter, written separately from build_pairs.py."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(msg): ERR.append(msg)

PANELS = {
    "panel-haiti-marines-and-mandates": {"1914-1920-haiti", "1993-2000-haiti"},
    "panel-taxes-tea-and-independence": {"1750-1775-parliamentary-taxation", "1776-1783-declaration"},
    "panel-new-nations-and-bandung": {"1945-1952-asia-and-africa", "1953-1960-bandung-conf"},
}
LABELS = ([f"A{i}" for i in range(1, 14)] + [f"A-P{i}" for i in range(1, 4)] +
          [f"B{i}" for i in range(1, 13)] + [f"B-P{i}" for i in range(1, 4)] +
          [f"C{i}" for i in range(1, 11)] + [f"C-P{i}" for i in range(1, 5)])
NO_BREAK = {"U.S", "U.N", "Mr", "Mrs", "Dr", "Gen", "St", "Lt", "Col", "Capt", "Sen", "Rep", "Gov", "No", "Jr", "Sr",
            "vs", "v", "Ft", "Mt", "U.S.S.R", "H.W", "D.C", "p.m", "a.m", "Co", "Inc", "Ltd"}
CLOSERS = '”"’)]'
OPENERS = '“"‘\'$(['

def split_para(p):
    sents, buf, i, n = [], "", 0, len(p)
    while i < n:
        c = p[i]; buf += c; i += 1
        if c in ".!?":
            while i < n and p[i] in CLOSERS:
                buf += p[i]; i += 1
            j = i
            while j < n and p[j] == " ":
                j += 1
            if j == i or j >= n:
                continue
            nxt = p[j]
            if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS):
                continue
            if c == ".":
                word = buf.split(" ")[-1].lstrip("(“\"‘").rstrip(CLOSERS)[:-1]
                if word in NO_BREAK or (len(word) >= 1 and all(len(x) == 1 and x.isupper() for x in word.split("."))):
                    continue
            sents.append(buf.strip()); buf = ""; i = j
    if buf.strip():
        sents.append(buf.strip())
    return sents

def doc_sentences(text):
    out = []
    for raw in text.split("\n"):
        p = " ".join(raw.split())
        if not p:
            continue
        last = p.rstrip(CLOSERS)
        if not last or last[-1] not in ".!?":
            continue  # title / heading / caption
        out.extend(split_para(p))
    return out

essays = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
docs = dict(essays)
for name in PANELS:
    path = os.path.join(HERE, name + ".txt")
    if not os.path.exists(path):
        err(f"missing panel {path}"); continue
    t = open(path, encoding="utf-8").read()
    docs[name] = t
    lines = t.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        err(f"{name}: bad title/blank-line shape")
    body = lines[2:]
    for k, ln in enumerate(body):
        if (k % 2 == 0 and not ln.strip()) or (k % 2 == 1 and ln != ""):
            err(f"{name}: paragraphs must be separated by exactly one blank line (body line {k})")
    w = len(" ".join(body).split())
    if not 700 <= w <= 850:
        err(f"{name}: {w} words")
flat = {k: " ".join(v.split()) for k, v in docs.items()}
sents = {}
def S(doc):
    if doc not in sents:
        sents[doc] = doc_sentences(docs[doc])
    return sents[doc]

rows = [json.loads(l) for l in open(os.path.join(HERE, "pairs_v17.jsonl"), encoding="utf-8")]
planted = json.load(open(os.path.join(HERE, "planted_errors.json"), encoding="utf-8"))
seen = set(); ee = 0; used_labels = Counter()
planted_spans = {}  # (doc, sentence) -> list of (span, is_contradiction)
for r in rows:
    if r["id"] in planted:
        lab = planted[r["id"]]["label"]
        planted_spans.setdefault((r["a"]["doc"], r["a"]["sentence"]), []).append((r["a"]["text"], "-P" not in lab))
for idx, r in enumerate(rows, 1):
    pid = r.get("id")
    if set(r) != {"id", "kind", "a", "b", "verdict", "note"}:
        err(f"{pid}: keys {sorted(r)}")
    if pid != f"p{idx:03d}":
        err(f"{pid}: expected p{idx:03d}")
    if r["kind"] not in {"event", "date", "quantity", "quote"}:
        err(f"{pid}: kind {r['kind']}")
    if r["verdict"] not in {"agree", "more-precise", "differ", "not-same"}:
        err(f"{pid}: verdict {r['verdict']}")
    if not r["note"].strip():
        err(f"{pid}: empty note")
    for side in "ab":
        s = r[side]
        if set(s) != {"doc", "text", "sentence"}:
            err(f"{pid}{side}: keys"); continue
        if s["doc"] not in docs:
            err(f"{pid}{side}: unknown doc {s['doc']}"); continue
        if s["sentence"] not in flat[s["doc"]]:
            err(f"{pid}{side}: sentence not verbatim in doc")
        if s["text"] not in s["sentence"]:
            err(f"{pid}{side}: text not in sentence")
        if flat[s["doc"]].count(s["text"]) != 1:
            err(f"{pid}{side}: text occurs {flat[s['doc']].count(s['text'])} times in doc")
        if s["sentence"] not in S(s["doc"]):
            err(f"{pid}{side}: not a whole sentence by the check splitter")
    a, b = r["a"]["doc"], r["b"]["doc"]
    if a == b:
        err(f"{pid}: both sides in {a}")
    if b in PANELS:
        err(f"{pid}: panel must be side a")
    key = (a, r["a"]["text"], b, r["b"]["text"])
    if key in seen:
        err(f"{pid}: duplicate pair")
    seen.add(key)
    v = r["verdict"]
    if a in PANELS:
        if v in {"agree", "more-precise", "differ"} and b not in PANELS[a]:
            err(f"{pid}: {v} pair with non-retold essay {b}")
        if v in {"differ", "more-precise"}:
            if pid not in planted:
                err(f"{pid}: panel {v} not in planted_errors.json"); continue
            lab = planted[pid]["label"]; used_labels[lab] += 1
            if ("-P" in lab) != (v == "more-precise"):
                err(f"{pid}: label {lab} vs verdict {v}")
            if v == "more-precise" and "(b) more precise" not in r["note"]:
                err(f"{pid}: more-precise note must say '(b) more precise'")
            pe = planted[pid]
            if pe["panel_says"] != r["a"]["text"] or pe["source_says"] != r["b"]["text"] or pe["essay"] != b or pe["panel"] != a:
                err(f"{pid}: planted_errors.json entry mismatch")
        elif pid in planted:
            err(f"{pid}: planted entry on a {v} pair")
        if v in {"agree", "not-same"}:
            for span, contra in planted_spans.get((a, r["a"]["sentence"]), []):
                st = r["a"]["sentence"]
                i1, i2 = st.find(r["a"]["text"]), st.find(span)
                overlap = i1 < i2 + len(span) and i2 < i1 + len(r["a"]["text"])
                if overlap and (v == "agree" or contra):
                    err(f"{pid}: {v} span overlaps planted span {span!r}")
    else:
        ee += 1
        if v == "differ":
            err(f"{pid}: essay-essay differ not expected in this set")
        if v == "more-precise" and not re.search(r"\b[ab] more precise", r["note"]):
            err(f"{pid}: essay-essay more-precise note must name the side")
        if pid in planted:
            err(f"{pid}: essay-essay pair in planted_errors.json")
for lab in LABELS:
    if used_labels[lab] != 1:
        err(f"label {lab} used {used_labels[lab]} times")
for lab in used_labels:
    if lab not in LABELS:
        err(f"unknown label {lab}")
if len(planted) != 45:
    err(f"planted_errors.json has {len(planted)} entries")
vc = Counter(r["verdict"] for r in rows)
RANGES = {"agree": (65, 85), "more-precise": (12, 20), "differ": (30, 40), "not-same": (12, 22)}
for k, (lo, hi) in RANGES.items():
    if not lo <= vc[k] <= hi:
        err(f"verdict {k}: {vc[k]} outside {lo}-{hi}")
if not 140 <= len(rows) <= 160:
    err(f"{len(rows)} pairs")
if not 15 <= ee <= 30:
    err(f"{ee} essay-essay pairs")
# splitter cross-check against build_pairs.py
sys.path.insert(0, HERE)
import build_pairs as B
diff = [d for d in docs if B.sentences(docs[d]) != S(d)]
print(f"{len(rows)} pairs ({len(rows)-ee} panel-essay, {ee} essay-essay); verdicts {dict(vc)}; kinds {dict(Counter(r['kind'] for r in rows))}")
print(f"splitters disagree on {len(diff)} of {len(docs)} docs" + (f": {diff[:8]}" if diff else ""))
for e in ERR:
    print("ERROR", e)
print("RESULT:", "OK, 0 errors" if not ERR else f"{len(ERR)} errors")
sys.exit(1 if ERR else 0)
