# -*- coding: utf-8 -*-
"""bradshaw_guide_1839: object-label sheet, A4, 2 pages, Free Spire.PDF; lines broken by breaker.py."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import content  # noqa: E402
from breaker import break_lines  # noqa: E402
import spire_util as S  # noqa: E402

D = content.BRADSHAW
OUT = os.path.join(os.path.dirname(__file__), "..")
W, H = 595.0, 842.0
RED = (150, 30, 30)
HEAD_L, HEAD_R = "Timetables and Travellers", "Object labels · Case 4"
FOOT_L = "Ardwick Library of Transport · Gallery 2"


def with_marks(si, pi, text):
    for s, p, word, mark in D["notes_at"]:
        if (s, p) == (si, pi):
            k = text.rindex(word)
            text = text[: k + len(word)] + mark + text[k + len(word):]
    return text


def para(page, text, x, y, w, face="serif", size=9.5, lead=12.6, rgb=S.BLACK, prefix=None):
    m = S.measure(face, size)
    pw = 0.0
    if prefix:
        pf, psz = prefix
        S.text(page, pf, "sans-b", psz, x, y + 0.8)
        pw = S.measure("sans-b", psz)(pf) + 4.0
    lines = break_lines(text, m, lambda i: w, first_prefix_width=pw)
    for i, (ln, _) in enumerate(lines):
        S.text(page, ln, face, size, x + (pw if i == 0 else 0), y, rgb)
        y += lead
    return y


def furniture(page, n):
    S.text(page, HEAD_L, "sans", 8, 48, 26, S.GREY)
    S.text(page, HEAD_R, "sans", 8, 547 - S.measure("sans", 8)(HEAD_R), 26, S.GREY)
    S.hline(page, 48, 38, 547)
    S.hline(page, 48, 806, 547)
    S.text(page, FOOT_L, "sans", 8, 48, 812, S.GREY)
    f = "Sheet %d of 2" % n
    S.text(page, f, "sans", 8, 547 - S.measure("sans", 8)(f), 812, S.GREY)


def label(page, si, x, y, w):
    s = D["sections"][si]
    # number box + title
    S.rect(page, x, y, 22, 22, RED)
    S.text(page, s["label"], "sans-b", 13, x + 11 - S.measure("sans-b", 13)(s["label"]) / 2, y + 3, (255, 255, 255))
    y2 = para(page, s["title"], x + 30, y + 1, w - 30, face="sans-b", size=11, lead=13.5)
    y = max(y + 28, y2 + 4)
    for t in s["tombstone"]:
        S.text(page, t, "sans", 8, x, y, S.GREY)
        y += 10.5
    S.hline(page, x, y + 3, x + w)
    y += 9
    for pi, p in enumerate(s["paras"]):
        y = para(page, with_marks(si, pi, p), x, y, w) + 5
        if pi == 0 and s.get("caption"):
            c = s["caption"]
            S.rect(page, x, y + 2, w, 112, (205, 205, 205))
            y += 120
            y = para(page, c["text"], x, y, w, face="sans", size=8, lead=10, prefix=(c["position"] + ":", 8))
            S.text(page, c["credit"], "sans-i", 7.5, x, y, S.GREY)
            y += 16
    return y


def main():
    doc = S.new_doc(W, H)
    p1 = S.add_page(doc, W, H)
    furniture(p1, 1)
    S.text(p1, D["kicker"], "sans-b", 9, 48, 56, RED)
    S.text(p1, D["title_lines"][0], "serif-b", 26, 48, 70)
    S.text(p1, D["title_lines"][1], "serif-i", 20, 48, 102)
    y = para(p1, D["intro"], 48, 136, 499, face="serif-i", size=11.5, lead=15)
    S.hline(p1, 48, y + 6, 547, RED, 1.2)
    top = y + 20
    label(p1, 0, 48, top, 237)
    label(p1, 1, 310, top, 237)

    p2 = S.add_page(doc, W, H)
    furniture(p2, 2)
    ya = label(p2, 2, 48, 56, 237)
    yb = label(p2, 3, 310, 56, 237)
    y = max(ya, yb) + 14
    sb = D["sections"][4]
    # sidebar box: measure first, then draw tint, then text
    m = S.measure("serif", 9.5)
    n = len(break_lines(sb["paras"][0], m, lambda i: 467))
    h = 20 + 16 + n * 12.6 + 10
    S.rect(p2, 48, y, 499, h, (236, 230, 214))
    S.text(p2, sb["title"], "sans-b", 11, 64, y + 12)
    para(p2, sb["paras"][0], 64, y + 30, 467)
    y += h + 22
    S.text(p2, "Notes", "sans-b", 8.5, 48, y)
    y += 13
    for note in D["notes"]:
        y = para(p2, note, 48, y, 499, face="serif", size=8, lead=10) + 2
    doc.DocumentInformation.Title = content.title_of(D)
    doc.DocumentInformation.Creator = "Ardwick Library of Transport label sheet"
    path = os.path.join(OUT, D["name"] + ".pdf")
    doc.SaveToFile(path)
    doc.Close()
    running = [HEAD_L, HEAD_R, FOOT_L, "Sheet 1 of 2", "Sheet 2 of 2"]
    content.write_gold(D, running, os.path.join(OUT, D["name"] + ".json"))


if __name__ == "__main__":
    main()
