#!/usr/bin/env python3
"""Independent validation of ../pairs_v13.jsonl + planted_errors.json + the panels (stdlib only).
Own character-walking sentence splitter over the whitespace-collapsed document (not the one in build_pairs.py)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
def err(m): ERR.append(m)

essays = json.load(open(os.path.join(HERE, "..", "..", "all_essays.json"), encoding="utf-8"))
raw = dict(essays)
panels = sorted(f[:-4] for f in os.listdir(HERE) if f.startswith("panel-") and f.endswith(".txt"))
for p in panels:
    raw[p] = open(os.path.join(HERE, p + ".txt"), encoding="utf-8").read()
doc = {k: " ".join(v.split()) for k, v in raw.items()}
EXPECTED_PANELS = {"panel-wires-and-warships": "A", "panel-envoys-to-moscow": "B", "panel-aid-and-development": "C"}
RETOLD = {"panel-wires-and-warships": {"telegraph", "yellow-journalism", "mahan"},
          "panel-envoys-to-moscow": {"bullitt-mission", "ussr"},
          "panel-aid-and-development": {"pl-480", "alliance-for-progress", "north-south-dialogue"}}
if set(panels) != set(EXPECTED_PANELS): err(f"panel files {panels}")

# panel shape
for p in panels:
    t = raw[p]
    paras = t.rstrip("\n").split("\n\n")
    if len(paras) < 3 or "\n" in paras[0]: err(f"{p}: title line + blank line expected")
    for para in paras[1:]:
        if "\n" in para or not para.strip() or para != para.strip(): err(f"{p}: bad paragraph")
    n = len(" ".join(paras[1:]).split())
    if not 600 <= n <= 900: err(f"{p}: {n} words")

# captions / titles: raw lines without sentence-final punctuation
def captions(k):
    out = set()
    for line in raw[k].split("\n"):
        line = " ".join(line.split())
        if line and not re.search(r'[.!?][”’"\')\]]*$', line): out.add(line)
    return out
CAP = {k: captions(k) for k in raw}

OPEN = set('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789$(“"‘[')
CLOSE = set('”’"\')]')
def is_abbrev(s, i):
    # s[i] == '.', walk back over the token
    j = i
    while j > 0 and s[j-1] != " ": j -= 1
    tok = s[j:i].lstrip('(“"‘')
    if tok in {"Mr", "Mrs", "Dr", "St", "v", "Jr", "Sr", "Gen", "Lt", "No", "vs", "e.g", "i.e"}: return True
    parts = tok.split(".")
    return all(len(x) == 1 and x.isupper() for x in parts) and tok != ""
def split(s):
    out, start, i = [], 0, 0
    while i < len(s):
        c = s[i]
        if c in ".!?":
            k = i + 1
            while k < len(s) and s[k] in CLOSE: k += 1
            if k + 1 < len(s) and s[k] == " " and s[k+1] in OPEN and not (c == "." and is_abbrev(s, i)):
                out.append(s[start:k]); start = k + 1; i = k + 1; continue
        i += 1
    out.append(s[start:])
    return out
SPL = {k: split(v) for k, v in doc.items()}

def strip_caps(k, sent):
    changed = True
    while changed:
        changed = False
        for c in sorted(CAP[k], key=len, reverse=True):
            if sent.startswith(c + " "):
                sent = sent[len(c) + 1:]; changed = True
    return sent

rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "pairs_v13.jsonl"), encoding="utf-8")]
planted = json.load(open(os.path.join(HERE, "planted_errors.json"), encoding="utf-8"))
VERD = {"agree", "more-precise", "differ", "not-same"}
KINDS = {"date", "event", "quantity", "person", "place", "country", "treaty", "organisation", "quote"}
seen, labels = set(), Counter()
for n, r in enumerate(rows, 1):
    pid = r.get("id")
    if set(r) != {"id", "kind", "a", "b", "verdict", "note"}: err(f"{pid}: keys {sorted(r)}")
    if pid != f"p{n:03d}": err(f"{pid}: id out of sequence (expected p{n:03d})")
    if r["verdict"] not in VERD: err(f"{pid}: verdict")
    if r["kind"] not in KINDS: err(f"{pid}: kind")
    if not r["note"].strip(): err(f"{pid}: empty note")
    for s in "ab":
        x = r[s]
        if set(x) != {"doc", "text", "sentence"}: err(f"{pid}.{s}: keys"); continue
        k = x["doc"]
        if k not in doc: err(f"{pid}.{s}: unknown doc {k}"); continue
        if x["sentence"] not in doc[k]: err(f"{pid}.{s}: sentence not verbatim in doc")
        if x["text"] not in x["sentence"]: err(f"{pid}.{s}: text not in sentence")
        if doc[k].count(x["text"]) != 1: err(f"{pid}.{s}: text occurs {doc[k].count(x['text'])}x in doc")
        ok = any(x["sentence"] == w or x["sentence"] == strip_caps(k, w) and w != x["sentence"] and w.endswith(x["sentence"]) for w in SPL[k])
        if not ok: err(f"{pid}.{s}: sentence is not a whole sentence of the split: {x['sentence'][:70]!r}")
        if strip_caps(k, x["sentence"]) != x["sentence"]: err(f"{pid}.{s}: caption/title left at sentence start")
    a, b = r["a"]["doc"], r["b"]["doc"]
    if a == b: err(f"{pid}: pair within one document")
    if b in EXPECTED_PANELS: err(f"{pid}: panel on side b")
    key = (a, r["a"]["text"], b, r["b"]["text"])
    if key in seen: err(f"{pid}: duplicate pair")
    seen.add(key)
    if a in EXPECTED_PANELS:
        if r["verdict"] != "not-same" and b not in RETOLD[a]: err(f"{pid}: panel pair uses essay the panel does not retell")
        if r["verdict"] in ("differ", "more-precise"):
            pe = planted.get(pid)
            if not pe: err(f"{pid}: panel {r['verdict']} without planted error"); continue
            lab = pe["label"]
            if lab[0] != EXPECTED_PANELS[a] or pe["essay"] != b: err(f"{pid}: planted label {lab} on wrong panel/essay")
            if ("-P" in lab) != (r["verdict"] == "more-precise"): err(f"{pid}: verdict/label mismatch {lab}")
            if pe["panel_says"] != r["a"]["text"] or pe["source_says"] != r["b"]["text"]: err(f"{pid}: planted_errors.json texts differ")
            labels[lab] += 1
        elif pid in planted: err(f"{pid}: planted label on a {r['verdict']} pair")
    else:
        if pid in planted: err(f"{pid}: planted label on essay-essay pair")
        if r["verdict"] == "differ" and not r["note"].startswith("Real difference between the essays"):
            err(f"{pid}: essay-essay differ without a documented real difference")

exp = {f"A{i}" for i in range(1, 13)} | {f"A-P{i}" for i in range(1, 4)} | {f"B{i}" for i in range(1, 13)} | \
      {f"B-P{i}" for i in range(1, 4)} | {f"C{i}" for i in range(1, 12)} | {f"C-P{i}" for i in range(1, 5)}
if set(labels) != exp: err(f"labels missing {sorted(exp - set(labels))} extra {sorted(set(labels) - exp)}")
for l, c in labels.items():
    if c != 1: err(f"label {l} paired {c}x")
if set(planted) - {r["id"] for r in rows}: err("planted_errors.json has unknown ids")
V = Counter(r["verdict"] for r in rows)
ee = sum(1 for r in rows if r["a"]["doc"] not in EXPECTED_PANELS)
if not 130 <= len(rows) <= 145: err(f"{len(rows)} pairs")
if V["not-same"] < 15: err("fewer than 15 not-same")
if ee < 15: err("fewer than 15 essay-essay pairs")
contra = sum(1 for l in labels if "-P" not in l); prec = sum(1 for l in labels if "-P" in l)
print(f"pairs {len(rows)} (panel-essay {len(rows)-ee}, essay-essay {ee}); verdicts {dict(V)}; planted {len(labels)} ({contra} contradictions, {prec} precision)")
kv = Counter((r["kind"], r["verdict"]) for r in rows)
for k in sorted(KINDS): print(f"  {k:13s}", {v: kv[(k, v)] for v in ["agree", "more-precise", "differ", "not-same"]})
for e in ERR: print("ERROR", e)
print(f"RESULT: {'OK' if not ERR else 'FAIL'}, {len(ERR)} errors")
sys.exit(1 if ERR else 0)
