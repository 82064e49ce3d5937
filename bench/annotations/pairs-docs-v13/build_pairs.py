#!/usr/bin/env python3
"""Build ../pairs_v13.jsonl and planted_errors.json from pairs_spec.py.
Docs: essays from ../../all_essays.json, panels from panel-*.txt here; whitespace collapsed.
Sentences are split per paragraph (line), so titles and captions never run into a sentence."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_spec import PAIRS, PANELS

def collapse(s): return " ".join(s.split())

ESSAYS = json.load(open(os.path.join(HERE, "..", "..", "all_essays.json"), encoding="utf-8"))
RAW = dict(ESSAYS)
for f in sorted(os.listdir(HERE)):
    if f.startswith("panel-") and f.endswith(".txt"):
        RAW[f[:-4]] = open(os.path.join(HERE, f), encoding="utf-8").read()
DOC = {k: collapse(v) for k, v in RAW.items()}

ABBR = {"Mr", "Mrs", "Dr", "St", "v", "Gen", "Lt", "Jr", "Sr", "No", "vs", "e.g", "i.e"}
END = re.compile(r'[.!?][”’"\')\]]*(?= [A-Z0-9$(“"‘\[])')

def split_para(p):
    out, start = [], 0
    for m in END.finditer(p):
        word = re.search(r'(\S+)$', p[start:m.start()])
        w = word.group(1) if word else ""
        w = w.lstrip('(“"‘')
        if p[m.start()] == "." and (w in ABBR or re.fullmatch(r'(?:[A-Z]\.)*[A-Z]', w)):
            continue
        out.append(p[start:m.end()].strip()); start = m.end() + 1
    out.append(p[start:].strip())
    return [s for s in out if s]

SENTS = {}
for k, raw in RAW.items():
    ss = []
    for line in raw.split("\n"):
        line = collapse(line)
        if line: ss.extend(split_para(line))
    SENTS[k] = ss

def locate(doc, text):
    n = DOC[doc].count(text)
    if n != 1: raise SystemExit(f"span occurs {n}x in {doc}: {text!r}")
    hits = [s for s in SENTS[doc] if text in s]
    if len(hits) != 1: raise SystemExit(f"span in {len(hits)} sentences of {doc}: {text!r}")
    return hits[0]

TYPES = {
 "A1": "wrong decades", "A2": "wrong duration (hours vs days)", "A3": "wrong year", "A4": "wrong person (winner)",
 "A5": "wrong place (city)", "A6": "wrong day", "A7": "wrong place (harbor)", "A8": "wrong quote speaker",
 "A9": "wrong organisation", "A10": "wrong number (interval)", "A11": "wrong place (university)", "A12": "wrong role (office)",
 "A-P1": "precision: part of decade vs year", "A-P2": "precision: decade vs years", "A-P3": "precision: vague period vs relative year",
 "B1": "wrong year", "B2": "wrong person", "B3": "wrong place (country)", "B4": "wrong person", "B5": "wrong number",
 "B6": "wrong day", "B7": "wrong person", "B8": "wrong country", "B9": "wrong day", "B10": "wrong person",
 "B11": "wrong place (city)", "B12": "wrong year",
 "B-P1": "precision: part of month vs day", "B-P2": "precision: part of month vs full date", "B-P3": "precision: year vs month",
 "C1": "wrong year", "C2": "wrong country", "C3": "wrong month", "C4": "wrong person", "C5": "wrong quote speaker",
 "C6": "wrong organisation", "C7": "wrong amount", "C8": "wrong number (tour length)", "C9": "wrong number", "C10": "wrong number",
 "C11": "wrong year",
 "C-P1": "precision: vague vs percentage", "C-P2": "precision: rounded number", "C-P3": "precision: 'roughly doubled' vs 51 to 100",
 "C-P4": "precision: part of decade vs year",
}

rows, planted = [], {}
for i, p in enumerate(PAIRS, 1):
    pid = f"p{i:03d}"
    side = {}
    for s in ("a", "b"):
        doc, text = p[s]
        side[s] = {"doc": doc, "text": text, "sentence": locate(doc, text)}
    rows.append({"id": pid, "kind": p["kind"], "a": side["a"], "b": side["b"], "verdict": p["verdict"], "note": p["note"]})
    if p["label"]:
        lab = p["label"]
        typ = TYPES[lab]
        planted[pid] = {"label": lab, "type": typ, "panel_says": p["a"][1], "source_says": p["b"][1], "essay": p["b"][0]}

with open(os.path.join(HERE, "..", "pairs_v13.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump(planted, open(os.path.join(HERE, "planted_errors.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
from collections import Counter
print(len(rows), "pairs;", Counter(r["verdict"] for r in rows), ";", len(planted), "planted")
