#!/usr/bin/env python3
"""Validate pairs_v15.jsonl, planted_errors.json and the panels (stdlib only).
Uses its own character-walking sentence splitter, independent of build_pairs.py."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PANELS = {"panel-pacific-empire": ["war", "portsmouth-treaty", "japanese-relations"],
          "panel-eastern-bloc-revolts": ["east-german-uprising", "soviet-invasion-czechoslavkia"],
          "panel-satellites-and-spyplanes": ["sputnik", "u2-incident"]}
PREFIX = {"panel-pacific-empire": "A", "panel-eastern-bloc-revolts": "B", "panel-satellites-and-spyplanes": "C"}
LABELS = ([f"A{i}" for i in range(1, 13)] + [f"A-P{i}" for i in range(1, 4)] +
          [f"B{i}" for i in range(1, 12)] + [f"B-P{i}" for i in range(1, 5)] +
          [f"C{i}" for i in range(1, 13)] + [f"C-P{i}" for i in range(1, 4)])
KINDS = {"event", "date", "quantity", "quote"}
VERDICTS = {"agree", "more-precise", "differ", "not-same"}
NOABBR = {"U.S", "U.S.S", "H.M.S", "Mr", "Mrs", "Dr", "St", "No", "Jr", "Sr", "Gen", "Lt", "Col", "vs", "etc", "U.N", "D.C"}
CLOSERS = set("”’\"')]")
OPENERS = set("“‘\"$([")
errors = []
def err(msg): errors.append(msg)
def ws(s): return " ".join(s.split())

def split_line(line):
    """Walk characters; a sentence ends at . ! ? (+ closers) followed by a space and an upper-case
    letter, digit or opener, unless the token before a '.' is an abbreviation or a single initial."""
    sents, buf, i, n = [], "", 0, len(line)
    while i < n:
        ch = line[i]; buf += ch; i += 1
        if ch in ".!?":
            while i < n and line[i] in CLOSERS:
                buf += line[i]; i += 1
            if i + 1 < n and line[i] == " " and (line[i + 1].isupper() or line[i + 1].isdigit() or line[i + 1] in OPENERS):
                toks = buf.rstrip("".join(CLOSERS)).rstrip(".!?").split(" ")
                tok = toks[-1].lstrip("“‘\"(")
                if ch == "." and (tok in NOABBR or (len(tok) == 1 and tok.isupper() and not (tok == "I" and len(toks) > 1 and toks[-2] == "War"))
                                  or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", tok)):
                    continue
                sents.append(buf.strip()); buf = ""; i += 1
    if buf.strip():
        sents.append(buf.strip())
    return sents

def doc_sentences(text):
    out = []
    for raw in text.split("\n"):
        line = ws(raw)
        if not line or line.rstrip("".join(CLOSERS))[-1:] not in ".!?":
            continue
        out.extend(split_line(line))
    return out

docs = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
for p in PANELS:
    raw = open(os.path.join(HERE, p + ".txt"), encoding="utf-8").read()
    docs[p] = raw
    lines = raw.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        err(f"{p}: needs title line then blank line")
    paras = raw.rstrip("\n").split("\n\n")[1:]
    if any("\n" in x or not x.strip() for x in paras):
        err(f"{p}: paragraphs must be single lines separated by one blank line")
    words = len(" ".join(lines[1:]).split())
    if not 700 <= words <= 850:
        err(f"{p}: {words} words (want 700-850)")
SENTS = {}
def sents(doc):
    if doc not in SENTS:
        SENTS[doc] = doc_sentences(docs[doc])
    return SENTS[doc]

rows = [json.loads(l) for l in open(os.path.join(HERE, "pairs_v15.jsonl"), encoding="utf-8")]
planted = json.load(open(os.path.join(HERE, "planted_errors.json"), encoding="utf-8"))
seen_pairs, contra_spans, planted_spans, agree_spans, notsame_spans = set(), [], [], [], []
ee = 0
for k, r in enumerate(rows, 1):
    pid = r.get("id")
    if set(r) != {"id", "kind", "a", "b", "verdict", "note"}:
        err(f"{pid}: keys {sorted(r)}")
    if pid != f"p{k:03d}":
        err(f"row {k}: id {pid} not sequential")
    if r["kind"] not in KINDS: err(f"{pid}: kind {r['kind']}")
    if r["verdict"] not in VERDICTS: err(f"{pid}: verdict {r['verdict']}")
    if not r["note"].strip(): err(f"{pid}: empty note")
    for s in ("a", "b"):
        x = r[s]
        if set(x) != {"doc", "text", "sentence"}:
            err(f"{pid}.{s}: keys {sorted(x)}"); continue
        if x["doc"] not in docs:
            err(f"{pid}.{s}: unknown doc {x['doc']}"); continue
        full = ws(docs[x["doc"]])
        if x["sentence"] not in full: err(f"{pid}.{s}: sentence not verbatim in doc")
        if x["text"] not in x["sentence"]: err(f"{pid}.{s}: text not in sentence")
        if full.count(x["text"]) != 1: err(f"{pid}.{s}: text occurs {full.count(x['text'])} times in doc")
        if x["sentence"] not in sents(x["doc"]): err(f"{pid}.{s}: not a whole sentence of {x['doc']}")
    a, b = r["a"], r["b"]
    if a["doc"] == b["doc"]: err(f"{pid}: pair within one doc")
    if b["doc"] in PANELS: err(f"{pid}: panel must be side a")
    key = (a["doc"], a["text"], b["doc"], b["text"])
    if key in seen_pairs: err(f"{pid}: duplicate pair")
    seen_pairs.add(key)
    v = r["verdict"]
    if a["doc"] in PANELS:
        span = (a["doc"], ws(docs[a["doc"]]).find(a["text"]), len(a["text"]))
        if v in ("agree", "more-precise", "differ") and b["doc"] not in PANELS[a["doc"]]:
            err(f"{pid}: {v} with an essay that the panel does not retell")
        if v in ("differ", "more-precise"):
            pe = planted.get(pid)
            if not pe:
                err(f"{pid}: panel {v} pair is not a planted error")
            else:
                lab = pe["label"]
                if not lab.startswith(PREFIX[a["doc"]]): err(f"{pid}: label {lab} from another panel")
                if ("-P" in lab) != (v == "more-precise"): err(f"{pid}: label {lab} vs verdict {v}")
                if pe["panel_says"] != a["text"] or pe["source_says"] != b["text"] or pe["essay"] != b["doc"] or pe["panel"] != a["doc"]:
                    err(f"{pid}: planted_errors.json entry does not match the pair")
                if v == "more-precise" and "(b) more precise" not in r["note"]:
                    err(f"{pid}: panel more-precise note must say the source (b) is more precise")
            planted_spans.append((pid, span))
            if v == "differ": contra_spans.append((pid, span))
        elif v == "agree":
            agree_spans.append((pid, span))
        else:
            notsame_spans.append((pid, span))
    else:
        ee += 1
        if v == "differ": err(f"{pid}: undocumented essay-essay differ")
        if v == "more-precise" and not re.search(r"\b[ab] more precise", r["note"]):
            err(f"{pid}: essay-essay more-precise note must say 'a more precise' or 'b more precise'")
    if pid in planted and (a["doc"] not in PANELS or v not in ("differ", "more-precise")):
        err(f"{pid}: planted entry on a non-planted pair")

def overlap(x, y):
    return x[0] == y[0] and x[1] < y[1] + y[2] and y[1] < x[1] + x[2]
for pid, sp in agree_spans:
    for qid, sq in planted_spans:
        if overlap(sp, sq): err(f"{pid}: agree span overlaps planted span of {qid}")
for pid, sp in notsame_spans:
    for qid, sq in contra_spans:
        if overlap(sp, sq): err(f"{pid}: not-same span overlaps contradiction span of {qid}")

labs = [e["label"] for e in planted.values()]
for lab in LABELS:
    if labs.count(lab) != 1: err(f"label {lab} appears {labs.count(lab)} times")
for lab in labs:
    if lab not in LABELS: err(f"unknown label {lab}")
for pid in planted:
    if pid not in {r["id"] for r in rows}: err(f"planted_errors.json: unknown pair {pid}")

vc = collections.Counter(r["verdict"] for r in rows)
n = len(rows)
if not 140 <= n <= 160: err(f"{n} pairs (want 140-160)")
if not 15 <= ee <= 30: err(f"{ee} essay-essay pairs (want 15-30)")
for v, lo, hi in (("agree", 65, 85), ("more-precise", 12, 20), ("differ", 30, 40), ("not-same", 15, 22)):
    if not lo <= vc[v] <= hi: err(f"{vc[v]} {v} (want {lo}-{hi})")
contra = sum(1 for l in labs if "-P" not in l); prec = len(labs) - contra
print(f"pairs {n}; essay-essay {ee}; verdicts {dict(vc)}")
print(f"kinds {dict(collections.Counter(r['kind'] for r in rows))}")
print(f"planted errors {len(labs)} ({contra} contradictions, {prec} precision)")
for e in errors:
    print("ERROR", e)
print(f"RESULT: {'OK' if not errors else 'FAIL'}, {len(errors)} errors")
sys.exit(1 if errors else 0)
