"""Lindow Man DOCX, written by fancy-last-word (PyPI; import name last_word) from its
JSON document model. Labels sit in the left cell of a borderless two-cell table; the
title is one paragraph with a line break; the pull quote is a Quote content control;
the sidebar is a shaded, bordered pair of paragraphs between Bay 2 and Bay 3."""
import base64
import os
import zipfile
import last_word
from last_word.writer.docx_writer import DocxWriter
from content import LINDOW as C
from common import gold, write_gold, OUT
from png import grey_png

PEAT = "#4A3B2A"
NONE_B = {k: {"style": "none"} for k in ("top", "bottom", "left", "right", "insideH", "insideV")}


def body(text):
    return {"type": "paragraph", "align": "justify", "spaceAfter": 6, "runs": [{"text": text, "font": "Georgia", "size": 11}]}


def build():
    name = C["name"]
    title = " ".join(C["title_lines"])
    png = base64.b64encode(grey_png(480, 300)).decode()
    blocks = [
        {"type": "paragraph", "spaceAfter": 2, "runs": [{"text": C["kicker"], "bold": True, "size": 9, "letterSpacing": 2.5, "color": "#8A6D3B", "font": "Arial"}]},
        {"type": "paragraph", "spaceAfter": 8, "runs": [{"text": C["title_lines"][0] + "\n", "bold": True, "size": 26, "font": "Arial", "color": PEAT},
                                                       {"text": C["title_lines"][1], "bold": True, "size": 20, "font": "Arial", "color": "#8A6D3B"}]},
        {"type": "paragraph", "spaceAfter": 10, "borders": {"bottom": {"style": "single", "width": 1, "color": PEAT}},
         "runs": [{"text": C["intro"], "italic": True, "size": 13, "font": "Georgia"}]},
    ]
    for si, (label, stitle, paras) in enumerate(C["sections"]):
        blocks.append({"type": "table", "widths": [16, 84], "borders": NONE_B, "rows": [{"cells": [
            {"shading": PEAT, "valign": "center", "blocks": [{"type": "paragraph", "align": "center", "runs": [{"text": label, "bold": True, "color": "#FFFFFF", "font": "Arial", "size": 10}]}]},
            {"blocks": [{"type": "heading", "level": 2, "spaceBefore": 0, "spaceAfter": 0, "runs": [{"text": stitle, "color": PEAT, "font": "Arial"}]}]},
        ]}]})
        for pi, p in enumerate(paras):
            blocks.append(body(p))
            if si == 1 and pi == 0:
                pos, ctext, credit = C["caption"]
                blocks.append({"type": "image", "src": "data:image/png;base64," + png, "alt": "", "widthPx": 480, "heightPx": 300})
                blocks.append({"type": "paragraph", "spaceAfter": 0, "runs": [{"text": pos + ": ", "bold": True, "size": 9, "font": "Arial"}, {"text": ctext, "size": 9, "font": "Arial"}]})
                blocks.append({"type": "paragraph", "spaceAfter": 10, "runs": [{"text": credit, "italic": True, "size": 8, "color": "#6B6B6B", "font": "Arial"}]})
            if si == 2 and pi == 0:
                blocks.append({"type": "quote", "blocks": [{"type": "paragraph", "align": "center", "runs": [{"text": C["pull"], "italic": True, "bold": True, "size": 15, "color": "#8A6D3B"}]}]})
        if si == 1:
            st, sp = C["sidebar"]
            box = {"top": {"style": "single", "width": 1, "color": PEAT}, "bottom": {"style": "single", "width": 1, "color": PEAT},
                   "left": {"style": "single", "width": 4, "color": PEAT}, "right": {"style": "single", "width": 1, "color": PEAT}}
            blocks.append({"type": "paragraph", "shading": "#EFE6D8", "borders": box, "indentLeft": 20, "indentRight": 20, "spaceBefore": 10, "spaceAfter": 0,
                           "runs": [{"text": st, "bold": True, "font": "Arial", "size": 11, "color": PEAT}]})
            for p in sp:
                blocks.append({"type": "paragraph", "shading": "#EFE6D8", "borders": box, "indentLeft": 20, "indentRight": 20, "spaceAfter": 12,
                               "runs": [{"text": p, "font": "Arial", "size": 9.5}]})
    blocks.append({"type": "paragraph", "spaceBefore": 14, "spaceAfter": 4, "runs": [{"text": "Key dates", "bold": True, "font": "Arial", "size": 10, "color": PEAT}]})
    rows = [{"header": True, "cells": [{"shading": PEAT, "blocks": [{"type": "paragraph", "runs": [{"text": "When", "bold": True, "color": "#FFFFFF"}]}]},
                                       {"shading": PEAT, "blocks": [{"type": "paragraph", "runs": [{"text": "What happened", "bold": True, "color": "#FFFFFF"}]}]}]}]
    for d, e in C["dates"]:
        rows.append({"cells": [{"shading": "#EFE6D8", "blocks": [{"type": "paragraph", "runs": [{"text": d, "bold": True, "size": 9}]}]},
                               {"blocks": [{"type": "paragraph", "runs": [{"text": e, "size": 9}]}]}]})
    blocks.append({"type": "table", "widths": [28, 72], "rows": rows})
    doc = {
        "title": title,
        "page": {"size": "a4", "margins": {"top": 64, "bottom": 64, "left": 68, "right": 68},
                 "header": {"left": C["header"], "right": "Page {page} of {pages}", "size": 8, "color": "#6B6B6B"},
                 "footer": {"left": C["footer"], "size": 8, "color": "#6B6B6B"}},
        "blocks": blocks,
    }
    path = os.path.join(OUT, name + ".docx")
    DocxWriter().write(doc, path)
    sections = [(None, title, [C["intro"]], None)]
    for si, (label, stitle, paras) in enumerate(C["sections"]):
        sections.append((label, stitle, paras, C["caption"] if si == 1 else None))
    st, sp = C["sidebar"]
    sections.append((None, st, sp, None))
    write_gold(name, gold(title, [C["header"], C["footer"]], sections))


if __name__ == "__main__":
    build()
