#!/usr/bin/env python3
"""Build pairs_v15.jsonl and planted_errors.json from pairs_spec.py.
Usage: python3 build_pairs.py [--dump DOC]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pairs_spec as S

ABBR = {"U.S", "U.S.S", "H.M.S", "Mr", "Mrs", "Dr", "St", "No", "Jr", "Sr", "Gen", "Lt", "Col", "vs", "etc", "U.N", "D.C"}
CLOSE = "”’\"')]"

def load_docs():
    docs = json.load(open(os.path.join(HERE, "..", "all_essays.json"), encoding="utf-8"))
    for p in S.PANELS:
        docs[p] = open(os.path.join(HERE, p + ".txt"), encoding="utf-8").read()
    return docs

def collapse(s):
    return re.sub(r"\s+", " ", s).strip()

def sentences(text):
    out = []
    for line in text.split("\n"):
        line = collapse(line)
        if not line:
            continue
        if line.rstrip(CLOSE)[-1:] not in ".!?":
            continue  # title, heading or caption
        start = 0
        for m in re.finditer(r"[.!?][”’\"')\]]*(?= [A-Z0-9“‘\"$(\[])", line):
            end = m.end()
            word = line[start:m.start()].split(" ")[-1] if line[start:m.start()] else ""
            w = word.lstrip("“‘\"(")
            prev = line[start:m.start()].split(" ")[-2:-1]
            if w == "I" and prev == ["War"]:
                w = "War I"  # "World War I." ends a sentence
            if line[m.start()] == "." and (w in ABBR or re.fullmatch(r"[A-Z]", w) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w)):
                continue
            out.append(line[start:end].strip())
            start = end + 1
        out.append(line[start:].strip())
    return [s for s in out if s]

def side(docs, cache, doc, text):
    if doc not in docs:
        raise SystemExit(f"unknown doc {doc}")
    full = collapse(docs[doc])
    n = full.count(text)
    if n != 1:
        raise SystemExit(f"span occurs {n} times in {doc}: {text!r}")
    if doc not in cache:
        cache[doc] = sentences(docs[doc])
    hits = [s for s in cache[doc] if text in s]
    if len(hits) != 1:
        raise SystemExit(f"span in {len(hits)} sentences of {doc}: {text!r}")
    return {"doc": doc, "text": text, "sentence": hits[0]}

def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for i, s in enumerate(sentences(docs[sys.argv[2]])):
            print(i, s)
        return
    cache, rows, planted = {}, [], {}
    for i, p in enumerate(S.PAIRS, 1):
        pid = f"p{i:03d}"
        rows.append({"id": pid, "kind": p["kind"], "a": side(docs, cache, *p["a"]),
                     "b": side(docs, cache, *p["b"]), "verdict": p["verdict"], "note": p["note"]})
        if p.get("label"):
            lab = p["label"]
            planted[pid] = {"label": lab, "type": S.TYPES[lab], "panel_says": p["a"][1],
                            "source_says": p["b"][1], "essay": p["b"][0], "panel": p["a"][0]}
    with open(os.path.join(HERE, "pairs_v15.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    json.dump(planted, open(os.path.join(HERE, "planted_errors.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"wrote {len(rows)} pairs, {len(planted)} planted errors")

if __name__ == "__main__":
    main()
