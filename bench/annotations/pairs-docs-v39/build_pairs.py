"""Build pairs_v39.jsonl and planted_errors.json from pairs_spec.py (stdlib only).

Checks that every span occurs exactly once in its doc and lies inside exactly one sentence.
Usage: python3 build_pairs.py            (build)
       python3 build_pairs.py --dump DOC (print DOC's sentences)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from splitter import load_docs, sentences  # noqa: E402
import pairs_spec  # noqa: E402

TYPE = {"date": "date", "quantity": "number", "event": "fact", "quote": "fact"}


def locate(docs, sents, doc, span, errors, where):
    text = docs.get(doc)
    if text is None:
        errors.append(f"{where}: unknown doc {doc}")
        return None
    n = text.count(span)
    if n != 1:
        errors.append(f"{where}: span occurs {n} times in {doc}: {span!r}")
        return None
    hits = [s for s in sents[doc] if span in s]
    if len(hits) != 1:
        errors.append(f"{where}: span in {len(hits)} sentences of {doc}: {span!r}")
        return None
    return hits[0]


def main():
    docs = load_docs()
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for i, s in enumerate(sentences(docs[sys.argv[2]]), 1):
            print(f"{i}: {s}")
        return 0
    sents = {d: sentences(t) for d, t in docs.items()}
    errors, rows, planted = [], [], {}
    panel_of = {}
    for p, info in pairs_spec.PANELS.items():
        for e in info["essays"]:
            panel_of.setdefault(e, []).append(p)
    for i, p in enumerate(pairs_spec.PAIRS, 1):
        pid = f"p{i:03d}"
        row = {"id": pid, "kind": p["kind"]}
        for side in ("a", "b"):
            doc, span = p[side]
            sent = locate(docs, sents, doc, span, errors, f"{pid}/{side}")
            row[side] = {"doc": doc, "text": span, "sentence": sent}
        row["verdict"] = p["verdict"]
        row["note"] = p["note"]
        if p["verdict"] == "differ":
            row["how"] = p["how"]
        rows.append(row)
        if p["label"]:
            a_doc, b_doc = p["a"][0], p["b"][0]
            planted[pid] = {"label": p["label"], "type": TYPE[p["kind"]], "verdict": p["verdict"],
                            "panel_says": p["a"][1], "source_says": p["b"][1], "panel": a_doc,
                            "essay": b_doc, "how": p["how"]}
    if errors:
        print("\n".join(errors))
        print(f"BUILD FAILED: {len(errors)} errors")
        return 1
    with open(os.path.join(HERE, "pairs_v39.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "planted_errors.json"), "w", encoding="utf-8") as f:
        json.dump(planted, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(rows)} pairs, {len(planted)} planted errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
