"""Shared helpers for the r8 exhibits generators.

Content is described once as a list of sections:
    (label, title, [blocks])
where a block is ("p", text) or ("c", text, position, credit).
The generators lay out exactly these strings and write the gold from them.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def P(text):
    return ("p", text)


def C(text, position=None, credit=None):
    return ("c", text, position, credit)


def strip_md(s):
    """Remove inline markdown emphasis markers (used only by the md generator)."""
    return re.sub(r"\*([^*]+)\*", r"\1", s)


def gold(title, running, sections):
    out = {"title": title, "running": list(running), "sections": []}
    for label, stitle, blocks in sections:
        bl = []
        for b in blocks:
            if b[0] == "p":
                bl.append({"kind": "paragraph", "text": b[1]})
            else:
                bl.append({"kind": "caption", "text": b[1], "position": b[2], "credit": b[3]})
        out["sections"].append({"label": label, "title": stitle, "blocks": bl})
    return out


def write_gold(name, g):
    path = os.path.join(OUT, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return path


def body_words(sections):
    return sum(len(b[1].split()) for _, _, bl in sections for b in bl if b[0] == "p")


def n_captions(sections):
    return sum(1 for _, _, bl in sections for b in bl if b[0] == "c")
