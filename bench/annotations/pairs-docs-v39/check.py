"""Stdlib validation of pairs_v39 (held-out round 57). Usage: python3 check.py [FOLDER]

Uses its own regex sentence splitter (independent of splitter.py) and compares the two.
"""
import json
import os
import re
import sys

FOLDER = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ESSAYS = "/work/heldout/r57/all_essays.json"
KEYS = {"id", "kind", "a", "b", "verdict", "note"}
KINDS = {"event", "date", "quantity", "quote"}
VERDICTS = {"agree", "more-precise", "differ", "not-same"}
PANELS = {
    "panel-sputnik-and-the-test-ban": ("A", {"1953-1960-sputnik", "1961-1968-limited-ban"}),
    "panel-angola-and-the-sinai-shuttle": ("B", {"1969-1976-angola", "1969-1976-shuttle-diplomacy"}),
    "panel-greece-europe-and-the-security-state": ("C", {"1945-1952-truman-doctrine", "1945-1952-marshall-plan",
                                                         "1945-1952-national-security-act"}),
}
ABBR = {"U.S.", "U.N.", "D.C.", "Mr.", "Mrs.", "Dr.", "St.", "Gen.", "Jr.", "Sr.", "Lt.", "Col.", "Adm.", "Gov.",
        "Sen.", "Rep.", "No.", "vs.", "etc.", "e.g.", "i.e.", "U.K.", "U.S.S.R."}
BOUND = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[A-Z0-9\"'\u201c\u2018(\[$])")
errors = []


def err(msg):
    errors.append(msg)


def split_text(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        core = line.rstrip("\"'\u201d\u2019)]")
        if not (core.endswith((".", "!", "?")) or len(line.split()) >= 40):
            continue
        start = 0
        for m in BOUND.finditer(line):
            head = line[start:m.start() + 1]
            last = head.split()[-1].lstrip("\"'\u201c\u2018([$") if head.split() else ""
            if line[m.start()] == "." and (last in ABBR or re.fullmatch(r"[A-Z]\.", last)):
                continue
            out.append(line[start:m.end()].strip())
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out


def norm_quote(s):
    return re.sub(r"[^a-z0-9 ]", "", re.sub(r"\s+", " ", s.lower())).strip()


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


docs = dict(json.load(open(ESSAYS, encoding="utf-8")))
for p in PANELS:
    path = os.path.join(FOLDER, p + ".txt")
    if not os.path.exists(path):
        err(f"missing panel {p}")
        continue
    t = open(path, encoding="utf-8").read()
    docs[p] = t
    lines = t.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        err(f"{p}: needs title line then blank line")
    if "\n\n\n" in t:
        err(f"{p}: double blank line")
    if any(ord(c) > 127 for c in t):
        err(f"{p}: non-ASCII character")
    words = len("\n".join(lines[2:]).split())
    if not 700 <= words <= 850:
        err(f"{p}: body has {words} words (700-850)")
sents = {d: split_text(t) for d, t in docs.items()}

# compare with the build splitter, if present
try:
    sys.path.insert(0, FOLDER)
    import splitter
    diff = [d for d in docs if splitter.sentences(docs[d]) != sents[d]]
    if diff:
        err(f"splitters disagree on {len(diff)} docs: {diff[:5]}")
    else:
        print(f"splitters agree on all {len(docs)} documents")
except ImportError:
    print("splitter.py not found; skipped splitter comparison")

rows = [json.loads(l) for l in open(os.path.join(FOLDER, "pairs_v39.jsonl"), encoding="utf-8") if l.strip()]
planted = json.load(open(os.path.join(FOLDER, "planted_errors.json"), encoding="utf-8"))
seen = set()
count = {}
ee = 0
labels = []
agree_panel_spans, planted_spans = [], []
for i, r in enumerate(rows, 1):
    pid = r.get("id")
    want = KEYS | ({"how"} if r.get("verdict") == "differ" else set())
    if set(r) != want:
        err(f"{pid}: keys {sorted(r)}")
        continue
    if pid != f"p{i:03d}":
        err(f"{pid}: expected id p{i:03d}")
    if r["kind"] not in KINDS or r["verdict"] not in VERDICTS:
        err(f"{pid}: bad kind/verdict")
    if not r["note"].strip():
        err(f"{pid}: empty note")
    if r["verdict"] == "differ" and not str(r["how"]).strip():
        err(f"{pid}: empty how")
    pos = {}
    for side in ("a", "b"):
        s = r[side]
        if set(s) != {"doc", "text", "sentence"}:
            err(f"{pid}/{side}: keys")
            continue
        d = s["doc"]
        if d not in docs:
            err(f"{pid}/{side}: unknown doc {d}")
            continue
        if s["sentence"] not in sents[d]:
            err(f"{pid}/{side}: sentence is not a sentence of {d}")
        if s["text"] not in s["sentence"]:
            err(f"{pid}/{side}: text not in sentence")
        if docs[d].count(s["text"]) != 1:
            err(f"{pid}/{side}: text not unique in {d}")
        k = docs[d].find(s["text"])
        pos[side] = (d, (k, k + len(s["text"])))
    a, b = r["a"]["doc"], r["b"]["doc"]
    if a == b:
        err(f"{pid}: same doc on both sides")
    if b in PANELS:
        err(f"{pid}: panel on side b")
    key = (a, r["a"]["text"], b, r["b"]["text"])
    if key in seen:
        err(f"{pid}: duplicate pair")
    seen.add(key)
    count[(r["kind"], r["verdict"])] = count.get((r["kind"], r["verdict"]), 0) + 1
    if a in PANELS:
        letter, essays = PANELS[a]
        if b not in essays:
            err(f"{pid}: panel {a} paired with essay {b} it does not retell")
        if r["verdict"] in ("differ", "more-precise"):
            pe = planted.get(pid)
            if not pe:
                err(f"{pid}: panel {r['verdict']} pair not in planted_errors.json")
            else:
                lab = pe["label"]
                labels.append(lab)
                is_p = lab.startswith(letter + "-P")
                if not lab.startswith(letter) or is_p != (r["verdict"] == "more-precise"):
                    err(f"{pid}: label {lab} does not fit")
                if (pe["panel_says"], pe["source_says"], pe["panel"], pe["essay"], pe["verdict"]) != \
                        (r["a"]["text"], r["b"]["text"], a, b, r["verdict"]):
                    err(f"{pid}: planted_errors.json mismatch")
                if pe.get("how") != r.get("how"):
                    err(f"{pid}: how mismatch")
                if "a" in pos:
                    planted_spans.append(pos["a"])
        elif pid in planted:
            err(f"{pid}: planted but verdict {r['verdict']}")
        if r["verdict"] == "agree" and "a" in pos:
            agree_panel_spans.append((pid, pos["a"]))
    else:
        ee += 1
        if r["verdict"] == "differ" and pid in planted:
            err(f"{pid}: essay-essay pair planted")
    if r["verdict"] == "more-precise" and "(b) more precise" not in r["note"]:
        err(f"{pid}: more-precise note must say '(b) more precise'")
    if r["kind"] == "quote" and r["verdict"] == "agree" and norm_quote(r["a"]["text"]) != norm_quote(r["b"]["text"]):
        err(f"{pid}: quote pair does not quote the same words")
if len(set(labels)) != len(labels):
    err("duplicate planted labels")
extra = set(planted) - {r["id"] for r in rows if r["a"]["doc"] in PANELS and r["verdict"] in ("differ", "more-precise")}
if extra:
    err(f"planted entries without a planted pair: {sorted(extra)}")
for pid, (d, span) in agree_panel_spans:
    for d2, span2 in planted_spans:
        if d == d2 and overlap(span, span2):
            err(f"{pid}: agree panel span overlaps a planted span")

verd = {v: sum(n for (k, vv), n in count.items() if vv == v) for v in VERDICTS}
n = len(rows)
precision = sum(1 for l in labels if "-P" in l)
print(f"pairs {n}; essay-essay {ee}; verdicts {verd}; planted {len(labels)} (precision {precision})")
for lo, hi, val, name in [(140, 10**6, n, "pairs"), (15, 30, ee, "essay-essay"), (65, 85, verd["agree"], "agree"),
                          (12, 20, verd["more-precise"], "more-precise"), (30, 40, verd["differ"], "differ"),
                          (12, 22, verd["not-same"], "not-same"), (40, 50, len(labels), "planted"),
                          (8, 12, precision, "precision changes")]:
    if not lo <= val <= hi:
        err(f"count {name} = {val} outside {lo}-{hi}")
kinds = sorted({k for k, _ in count})
print("kind \\ verdict: " + ", ".join(f"{k}: " + "/".join(str(count.get((k, v), 0)) for v in
                                     ("agree", "more-precise", "differ", "not-same")) for k in kinds))
for e in errors:
    print("ERROR:", e)
print(f"RESULT: {'OK' if not errors else 'FAIL'}, {len(errors)} errors")
sys.exit(1 if errors else 0)
