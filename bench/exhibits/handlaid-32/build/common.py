import json
import os
from content import gold_text

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.dirname(os.path.abspath(__file__))

BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
RED = (0.62, 0.1, 0.08)
NAVY = (0.1, 0.16, 0.32)
WHITE = (1, 1, 1)


def gold(title, running, sections):
    """sections: list of (label, title, paragraphs, caption|None); caption=(pos, text, credit)."""
    secs = []
    for label, stitle, paras, cap in sections:
        blocks = [{"kind": "paragraph", "text": gold_text(p)} for p in paras]
        if cap:
            pos, text, credit = cap
            blocks.append({"kind": "caption", "text": text, "position": pos, "credit": credit})
        secs.append({"label": label, "title": stitle, "blocks": blocks})
    return {"title": title, "running": running, "sections": secs}


def write_gold(name, g):
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


def note_runs(text, fk, size, rgb, mark_size=None):
    """Split '^n^' marks into small glued runs (drawn on the baseline, smaller)."""
    import re
    out = []
    pos = 0
    for m in re.finditer(r"\^(\d+)\^", text):
        out.append((text[pos:m.start()], fk, size, rgb))
        out.append((m.group(1), fk, mark_size or size * 0.72, rgb))
        pos = m.end()
    out.append((text[pos:], fk, size, rgb))
    return [r for r in out if r[0] != ""]
