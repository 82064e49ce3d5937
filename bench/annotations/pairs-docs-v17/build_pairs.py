#!/usr/bin/env python3
"""Build pairs_v17.jsonl and planted_errors.json from pairs_spec.py.

Usage: python3 build_pairs.py            # build
       python3 build_pairs.py --dump DOC # print the sentences of one document
Docs: essays from ../all_essays.json (key = doc id) and panel-*.txt here (file name without .txt = doc id).
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pairs_spec as S

ABBR = {"U.S.", "U.N.", "Mr.", "Mrs.", "Dr.", "Gen.", "St.", "Lt.", "Col.", "Capt.", "Sen.", "Rep.", "Gov.",
        "No.", "Jr.", "Sr.", "vs.", "v.", "Ft.", "Mt.", "U.S.S.R.", "H.W.", "D.C.", "p.m.", "a.m.", "Co.", "Inc.", "Ltd."}
END = re.compile(r'[.!?][”"’)\]]*(?=\s+[A-Z0-9“"‘\'$(\[])')

def load_docs():
    docs = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
    for f in sorted(os.listdir(HERE)):
        if f.startswith("panel-") and f.endswith(".txt"):
            docs[f[:-4]] = open(os.path.join(HERE, f), encoding="utf-8").read()
    return docs

def is_title(line):
    t = line.rstrip().rstrip('”"’)]')
    return not t or t[-1] not in ".!?"

def split_line(line):
    out, start = [], 0
    for m in END.finditer(line):
        chunk = line[start:m.start() + 1].split()
        tok = chunk[-1].lstrip('(“"‘') if chunk else ""
        if m.group(0)[0] == "." and (tok in ABBR or re.fullmatch(r"(?:[A-Z]\.)+", tok)):
            continue
        out.append(line[start:m.end()].strip())
        start = m.end()
    rest = line[start:].strip()
    if rest:
        out.append(rest)
    return out

def sentences(text):
    res = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line and not is_title(line):
            res.extend(split_line(line))
    return res

def locate(docs, doc, span):
    if doc not in docs:
        raise SystemExit(f"unknown doc {doc}")
    flat = " ".join(docs[doc].split())
    n = flat.count(span)
    if n != 1:
        raise SystemExit(f"span occurs {n} times in {doc}: {span!r}")
    hits = [s for s in sentences(docs[doc]) if span in s]
    if len(hits) != 1:
        raise SystemExit(f"span not inside exactly one sentence of {doc}: {span!r} ({len(hits)})")
    return {"doc": doc, "text": span, "sentence": hits[0]}

def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for i, s in enumerate(sentences(docs[sys.argv[2]]), 1):
            print(i, s)
        return
    out, planted = [], {}
    for i, p in enumerate(S.SPEC, 1):
        pid = f"p{i:03d}"
        a, b = locate(docs, *p["a"]), locate(docs, *p["b"])
        out.append({"id": pid, "kind": p["kind"], "a": a, "b": b, "verdict": p["verdict"], "note": p["note"]})
        if p["label"]:
            planted[pid] = {"label": p["label"], "type": S.TYPES[p["label"]], "panel_says": a["text"],
                            "source_says": b["text"], "essay": b["doc"], "panel": a["doc"]}
    with open(os.path.join(HERE, "pairs_v17.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "planted_errors.json"), "w", encoding="utf-8") as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(out)} pairs, {len(planted)} planted errors")

if __name__ == "__main__":
    main()
