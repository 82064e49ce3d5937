"""Words a reader broke or glued, per exhibit file (round 31): tokens of the document that are two
adjacent gold tokens glued, pairs of adjacent tokens that make one gold token, and tokens the gold
lacks (notes, tables and other matter the golds leave out, beside real misreadings).

    python bench/pdf_words.py [pdf|text]
"""
import json
import re
import sys
from pathlib import Path

from vitrina.ingest import reader_for

EX = Path("bench/exhibits")


def tok(s):
    return re.findall(r"[\w’'-]+", s)


def main():
    fmt = sys.argv[1] if len(sys.argv) > 1 else "pdf"
    suffix = {"pdf": ".pdf", "text": ".txt"}[fmt]
    tot = [0, 0, 0]
    for gp in sorted(EX.glob("*/*.json")):
        p = gp.with_suffix(suffix)
        if not p.exists():
            continue
        gold = json.loads(gp.read_text())
        gtext = " ".join(b.get("text", "") + " " + (b.get("credit") or "") for s in gold["sections"] for b in s.get("blocks", []))
        gtext += " " + " ".join((s.get("title") or "") + " " + (s.get("label") or "") for s in gold["sections"])
        g = tok(gtext)
        gv = set(g) | {w.lower() for w in g}
        pairs = {a + b for a, b in zip(g, g[1:], strict=False)}
        doc = reader_for(fmt)(p.read_bytes(), str(p))[0]
        f = tok(doc.text)
        fv = set(f)
        split = [f"{a}|{b}" for a, b in zip(f, f[1:], strict=False) if a + b in gv and (a not in gv or b not in gv)]
        glue = [w for w in fv if w not in gv and w in pairs]
        unk = sorted(w for w in fv if w not in gv and w.lower() not in gv)
        if split or glue or unk:
            print(gp.parent.name, gp.stem, "split:", split[:6], "glued:", glue[:6], "unk", len(unk), unk[:15])
        tot[0] += len(split)
        tot[1] += len(glue)
        tot[2] += len(unk)
    print("TOTAL split", tot[0], "glued", tot[1], "unknown", tot[2])


if __name__ == "__main__":
    main()
