# -*- coding: utf-8 -*-
"""Four PDFs of set 72 with caprice 0.1.3 and my own breaker (engine.py)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import Doc, Canvas, Frame, Flow, width, LOG, break_line
from texts import EX

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RED = (0.62, 0.13, 0.10)
DARK = (0.13, 0.17, 0.25)
GREY = (0.35, 0.35, 0.35)
WHITE = (1, 1, 1)
TINT = (0.92, 0.90, 0.84)


def ragged(cv, x, y, w, text, font, size, lead, color=None):
    """Ragged-right block; returns y after the last line."""
    st = dict(font=font, size=size, lead=lead, justify=False, color=color, hyph=False)
    words = text.split()
    while words:
        line, words = break_line(words, w, st, hyph=False)
        cv.text(x, y + size, " ".join(line), font, size, color)
        y += lead
    return y


def lines_needed(text, w, font, size):
    st = dict(font=font, size=size, lead=0, hyph=False)
    words, n = text.split(), 0
    while words:
        _, words = break_line(words, w, st, hyph=False)
        n += 1
    return n


# =============================================================== Potosi, A3 portrait wall panel
def potosi():
    name = "potosi_silver_1545"
    e = EX[name]
    doc = Doc("mk_pdf.py %s (set 72)" % name)
    W, H = 842, 1191
    cv = Canvas(doc, W, H)
    M = 60
    cv.text(M, 78, e["kicker"], "Helvetica-Bold", 12, RED)
    cv.text(M, 136, e["title_lines"][0], "Helvetica-Bold", 46)
    cv.text(M, 172, e["title_lines"][1], "Helvetica", 24, GREY)
    cv.line(M, 190, W - M, 190, 2.5, RED)
    fl0 = Flow([Frame(cv, M, 214, 330, W - 2 * M, "intro")], name)
    fl0.para(e["intro"], dict(font="Times-Roman", size=16, lead=21, justify=True), "intro")

    colw = (W - 2 * M - 30) / 2
    x1, x2 = M, M + colw + 30
    FIG_T, FIG_B = 575, 850

    def figure(flow):
        c = e["sections"][0]["caption"]
        cv.rect(M, FIG_T + 12, W - 2 * M, 160)
        y = FIG_T + 12 + 160 + 6
        y = ragged(cv, M, y, W - 2 * M, c["position"] + ": " + c["text"], "Helvetica", 11, 14)
        cv.text(M, y + 9, c["credit"], "Helvetica-Oblique", 9, GREY)
        LOG.append("%s: figure band drawn when the flow enters %s (in %s)" % (name, flow.f.name, flow.cur))

    frames = [Frame(cv, x1, 345, FIG_T, colw, "col1-top"),
              Frame(cv, x1, FIG_T + 232, 1110, colw, "col1-bottom", on_enter=figure),
              Frame(cv, x2, 345, FIG_T, colw, "col2-top"),
              Frame(cv, x2, FIG_T + 232, 1110, colw, "col2-bottom")]
    fl = Flow(frames, name)
    body = dict(font="Times-Roman", size=12, lead=15.5, justify=True, after=6)
    for si, s in enumerate(e["sections"]):
        if si == 2:  # block quotation before section 03, not a body sentence
            def q(cv_, x, y, w):
                yy = ragged(cv_, x, y + 4, w, e["quote"], "Times-Italic", 19, 24, RED)
                cv_.text(x, yy + 10, e["quote_by"], "Helvetica", 10, GREY)
            nq = lines_needed(e["quote"], colw, "Times-Italic", 19)
            fl.space(6)
            fl.block(nq * 24 + 24, q, pad_after=14)

        def head(cv_, x, y, w, s=s):
            cv_.text(x, y + 20, s["label"], "Helvetica-Bold", 22, (0.85, 0.55, 0.50))
            cv_.text(x + 36, y + 20, s["title"], "Helvetica-Bold", 14)
        fl.ensure(28 + 3 * body["lead"])
        fl.block(28, head, pad_after=6)
        for pi, p in enumerate(s["paras"]):
            fl.para(p, body, "%s-%d" % (s["label"], pi + 1))
    # sidebar box at the end of column 2
    sb = e["sidebar"]
    n = sum(lines_needed(p, colw - 24, "Helvetica", 11) for p in sb["paras"])
    h = 30 + n * 14.5 + 14

    def side(cv_, x, y, w):
        cv_.rect(x, y, w, h, TINT)
        cv_.text(x + 12, y + 22, sb["title"], "Helvetica-Bold", 13, RED)
        yy = y + 32
        for p in sb["paras"]:
            st = dict(font="Helvetica", size=11, lead=14.5, justify=True)
            f2 = Flow([Frame(cv_, x + 12, yy, y + h, w - 24, "sidebar")], name)
            f2.para(p, st, "sidebar")
            yy = f2.y
    fl.space(10)
    fl.block(h, side)
    # footer
    cv.line(M, 1130, W - M, 1130, 0.6, GREY)
    cv.text(M, 1150, e["running"][0], "Helvetica", 9, GREY)
    doc.save(os.path.join(OUT, name + ".pdf"))


# =============================================================== Falun, A4 catalogue pp. 212-213
def falun():
    name = "falun_copper_1687"
    e = EX[name]
    doc = Doc("mk_pdf.py %s (set 72)" % name)
    W, H = 595, 842
    p1 = Canvas(doc, W, H)
    p2 = Canvas(doc, W, H)
    # verso 212: inner margin right
    L1, R1 = 62, 50
    L2, R2 = 50, 62
    gap = 20
    cw1 = (W - L1 - R1 - gap) / 2
    cw2 = (W - L2 - R2 - gap) / 2
    NOTE_TOP = 742

    def head212():
        p1.text(L1, 40, e["running"][2], "Times-Bold", 9)
        p1.text(L1 + 22, 40, e["running"][0], "Times-Italic", 9)

    def notes(cv, L, items):
        cv.line(L, NOTE_TOP, L + 120, NOTE_TOP, 0.5)
        y = NOTE_TOP + 4
        for mark, text in items:
            if mark:
                cv.text(L, y + 8, mark, "Times-Roman", 6)
            y = ragged(cv, L + 7, y, W - L1 - R1 - 7, text, "Times-Roman", 8, 10)

    def enter213(flow):
        # p. 212's notes are written when the flow reaches p. 213, then p. 213's running head
        notes(p1, L1, [("1", e["notes"]["1"]), ("2", e["notes"]["2a"])])
        p2.rtext(W - R2 - 22, 40, e["running"][1], "Times-Italic", 9)
        p2.rtext(W - R2, 40, e["running"][3], "Times-Bold", 9)
        # full-width picture with a catalogue entry (hanging indent, bold number) under it
        c = None
        for s in e["sections"]:
            if s.get("caption"):
                c = s["caption"]
        p2.rect(L2, 62, W - L2 - R2, 230)
        y = 300
        p2.text(L2, y + 10, c["number"], "Times-Bold", 10)
        y = ragged(p2, L2 + 34, y, W - L2 - R2 - 34, c["text"], "Times-Roman", 10, 13)
        p2.text(L2 + 34, y + 10, c["credit"], "Times-Italic", 9)
        LOG.append("%s: p.213 opened (notes of p.212, running head, picture, entry) in %s" % (name, flow.cur))

    head212()
    p1.text(L1, 92, e["kicker"], "Helvetica-Bold", 10, RED)
    p1.text(L1, 128, e["title_lines"][0], "Times-Bold", 30)
    p1.text(L1, 154, e["dateline"], "Helvetica", 15, GREY)
    f0 = Flow([Frame(p1, L1, 170, 280, W - L1 - R1, "intro")], name)
    f0.para(e["intro"], dict(font="Times-Italic", size=13, lead=17, justify=True), "intro")
    top = f0.y + 14
    frames = [Frame(p1, L1, top, NOTE_TOP - 52, cw1, "212-col1"),
              Frame(p1, L1 + cw1 + gap, top, NOTE_TOP - 90, cw1, "212-col2"),
              Frame(p2, L2, 340, NOTE_TOP - 20, cw2, "213-col1", on_enter=enter213),
              Frame(p2, L2 + cw2 + gap, 340, NOTE_TOP - 20, cw2, "213-col2")]
    fl = Flow(frames, name)
    body = dict(font="Times-Roman", size=12, lead=15.4, justify=True, after=0)
    for s in e["sections"]:
        def head(cv, x, y, w, s=s):
            cv.text(x, y + 9, s["kicker"], "Helvetica", 8, RED)
            cv.text(x, y + 25, s["label"], "Times-Bold", 13)
            cv.text(x + 26, y + 25, s["title"] if width(s["title"], "Times-Bold", 13) < w - 26 else "", "Times-Bold", 13)
        tl = s["title"]
        two = width(tl, "Times-Bold", 13) > fl.f.w - 26
        hh = 32 if not two else 48

        def head2(cv, x, y, w, s=s):
            cv.text(x, y + 9, s["kicker"], "Helvetica", 8, RED)
            cv.text(x, y + 25, s["label"], "Times-Bold", 13)
            words = s["title"].split()
            ln, rest = break_line(words, w - 26, dict(font="Times-Bold", size=13, lead=0, hyph=False), hyph=False)
            cv.text(x + 26, y + 25, " ".join(ln), "Times-Bold", 13)
            cv.text(x + 26, y + 41, " ".join(rest), "Times-Bold", 13)
        fl.space(8)
        fl.ensure(hh + 3 * body["lead"])
        fl.block(hh, head2 if two else head, pad_after=4)
        for pi, p in enumerate(s["paras"]):
            fl.para(p, body, "%s-%d" % (s["label"], pi + 1), indent=0 if pi == 0 else 12)
    # sidebar: tinted box
    sb = e["sidebar"]
    n = sum(lines_needed(p, fl.f.w - 20, "Helvetica", 9) for p in sb["paras"])
    h = 26 + n * 12 + 10

    def side(cv, x, y, w):
        cv.rect(x, y, w, h, TINT)
        cv.text(x + 10, y + 18, sb["title"], "Helvetica-Bold", 11, RED)
        f2 = Flow([Frame(cv, x + 10, y + 24, y + h, w - 20, "sidebar")], name)
        for p in sb["paras"]:
            f2.para(p, dict(font="Helvetica", size=9, lead=12, justify=True), "sidebar")
    fl.space(14)
    fl.block(h, side)
    # p. 213 notes: the continuation of note 2, then note 3
    notes(p2, L2, [("", e["notes"]["2b"]), ("3", e["notes"]["3"])])
    doc.save(os.path.join(OUT, name + ".pdf"))


# =============================================================== Kimberley, A4 landscape tri-fold leaflet
def kimberley():
    name = "kimberley_big_hole_1871"
    e = EX[name]
    doc = Doc("mk_pdf.py %s (set 72)" % name)
    W, H = 842, 595
    PW = W / 3
    pad = 24
    tw = PW - 2 * pad
    out = Canvas(doc, W, H)   # page 1: outside (flap | back | cover)
    ins = Canvas(doc, W, H)   # page 2: inside (1 | 2 | 3)
    # --- page 1, panels written left to right as printed
    # flap: the sidebar
    x = pad
    sb = e["sidebar"]
    out.rect(x, 60, tw, 150)
    out.text(x, 250, sb["title"], "Helvetica-Bold", 16, RED)
    f = Flow([Frame(out, x, 262, 560, tw, "flap")], name)
    for p in sb["paras"]:
        f.para(p, dict(font="Times-Roman", size=12, lead=16, justify=True), "sidebar")
    # back panel: title repeated, visiting notes, colophon
    x = PW + pad
    b = e["back"]
    out.text(x, 80, b[0], "Helvetica-Bold", 20, DARK)
    out.text(x, 130, b[1], "Helvetica-Bold", 12)
    ragged(out, x, 138, tw, b[2], "Helvetica", 10, 13)
    out.rect(x, 230, tw, 170, (0.82, 0.82, 0.82))
    out.text(x + 8, 246, "Site plan", "Helvetica", 8)
    ragged(out, x, 530, tw, b[3], "Helvetica", 7, 9, GREY)
    # cover
    x = 2 * PW + pad
    out.rect(2 * PW, 0, PW, 175, DARK)
    out.text(x, 48, e["kicker"], "Helvetica-Bold", 9, (0.9, 0.75, 0.4))
    out.text(x, 110, e["title_lines"][0], "Helvetica-Bold", 42, WHITE)
    out.text(x, 148, e["title_lines"][1], "Helvetica", 14, WHITE)
    f = Flow([Frame(out, x, 195, 400, tw, "cover")], name)
    f.para(e["intro"], dict(font="Times-Roman", size=13, lead=17, justify=False), "intro")
    # index box (not a panel)
    y = f.y + 18
    ix = e["index"]
    bh = 22 + 15 * (len(ix) - 1) + 8
    out.frame_rect(x, y, tw, bh, RED, 1)
    out.text(x + 10, y + 16, ix[0], "Helvetica-Bold", 10, RED)
    for i, it in enumerate(ix[1:]):
        out.text(x + 10, y + 32 + 15 * i, it, "Helvetica", 10)

    # --- page 2: inside, three panels in one flow
    def more(flow):
        # a continuation mark at the foot of the panel just left, when a paragraph runs on
        prev = flow.frames[flow.fi - 1]
        ins.text(prev.x + tw - width("continued \u00bb", "Helvetica-Oblique", 8), H - 22, "continued \u00bb",
                 "Helvetica-Oblique", 8, GREY)
    frames = [Frame(ins, pad, 36, H - 36, tw, "inside-1"),
              Frame(ins, PW + pad, 36, H - 36, tw, "inside-2", on_enter=more),
              Frame(ins, 2 * PW + pad, 36, H - 36, tw, "inside-3", on_enter=more)]
    fl = Flow(frames, name)
    fl.block(110, lambda cv, x, y, w: cv.rect(x, y, w, 110), pad_after=14)
    body = dict(font="Times-Roman", size=11, lead=14.5, justify=True, after=5)

    def picture(flow):
        c = e["sections"][1]["caption"]
        txt = c["position"] + ": " + c["text"]
        n = lines_needed(txt, tw, "Helvetica", 9)
        h = 120 + 6 + n * 11.5 + 12

        def draw(cv, x, y, w):
            cv.rect(x, y + 4, w, 120)
            yy = ragged(cv, x, y + 130, w, txt, "Helvetica", 9, 11.5)
            cv.text(x, yy + 8, c["credit"], "Helvetica-Oblique", 8, GREY)
        flow.block(h, draw, pad_after=8)

    for si, s in enumerate(e["sections"]):
        def head(cv, x, y, w, s=s):
            cv.rect(x, y + 2, 22, 22, RED)
            cv.text(x + 11 - width(s["label"], "Helvetica-Bold", 14) / 2, y + 18, s["label"], "Helvetica-Bold", 14, WHITE)
            cv.text(x + 30, y + 18, s["title"], "Helvetica-Bold", 14, DARK)
        fl.space(6)
        fl.ensure(30 + 3 * body["lead"])
        fl.block(30, head, pad_after=4)
        for pi, p in enumerate(s["paras"]):
            hooks = {2: picture} if (si == 1 and pi == 1) else None
            fl.para(p, body, "%s-%d" % (s["label"], pi + 1), hooks=hooks)
    doc.save(os.path.join(OUT, name + ".pdf"))


# =============================================================== Hall-Heroult, A3 landscape wall panel
def hall():
    name = "hall_heroult_aluminium_1886"
    e = EX[name]
    doc = Doc("mk_pdf.py %s (set 72)" % name)
    W, H = 1191, 842
    cv = Canvas(doc, W, H)
    # vertical title band on the left edge, text running upwards
    cv.rect(0, 0, 118, H, DARK)
    cv.text_up(70, 790, e["title_lines"][0], "Helvetica-Bold", 44, WHITE)
    cv.text_up(102, 790, e["title_lines"][1], "Helvetica", 21, (0.85, 0.88, 0.95))
    X0, X1 = 160, W - 50
    f0 = Flow([Frame(cv, X0, 54, 200, X1 - X0, "intro")], name)
    f0.para(e["intro"], dict(font="Times-Roman", size=18, lead=24, justify=True), "intro")
    top = f0.y + 22
    cv.line(X0, top - 10, X1, top - 10, 1.2, (0.8, 0.45, 0.1))
    gap = 30
    cw = (X1 - X0 - 2 * gap) / 3
    frames = [Frame(cv, X0 + i * (cw + gap), top + 4, 772, cw, "col%d" % (i + 1)) for i in range(3)]
    fl = Flow(frames, name)
    body = dict(font="Times-Roman", size=13, lead=17, justify=True, after=6)

    def picture(flow):
        c = e["sections"][1]["caption"]
        ph = 196

        def draw(cv_, x, y, w):
            cv_.rect(x, y + 4, w, ph, (0.62, 0.62, 0.62))
            n = lines_needed(c["text"], w - 40, "Helvetica-Bold", 11)
            yy = y + 4 + ph - 10 - n * 14
            ragged(cv_, x + 10, yy, w - 40, c["text"], "Helvetica-Bold", 11, 14, WHITE)
            cv_.text_up(x + w - 8, y + ph, c["credit"], "Helvetica", 7, WHITE)
        flow.block(ph + 6, draw, pad_after=10)

    def boxquote(flow):
        n = lines_needed(e["quote"], cw - 28, "Times-Italic", 18)
        h = 16 + n * 23 + 26

        def draw(cv_, x, y, w):
            cv_.rect(x, y + 2, w, h, (0.99, 0.93, 0.70))
            yy = ragged(cv_, x + 14, y + 12, w - 28, e["quote"], "Times-Italic", 18, 23)
            cv_.text(x + 14, yy + 10, e["quote_by"], "Helvetica", 9, GREY)
        flow.block(h + 4, draw, pad_after=8)

    def table(flow):
        t = e["table"]
        rows = [t["head"]] + t["rows"]
        rh = 17
        h = 22 + rh * len(rows) + 6
        cws = [70, (cw - 70) / 2, (cw - 70) / 2]

        def draw(cv_, x, y, w):
            cv_.text(x, y + 12, t["title"], "Helvetica-Bold", 10, (0.8, 0.45, 0.1))
            yy = y + 20
            for ri, r in enumerate(rows):
                if ri == 0:
                    cv_.rect(x, yy, w, rh, (0.88, 0.88, 0.88))
                xx = x
                for ci, cell in enumerate(r):
                    fnt = "Helvetica-Bold" if (ri == 0 or ci == 0) else "Helvetica"
                    cv_.text(xx + 4, yy + 12, cell, fnt, 9)
                    xx += cws[ci]
                cv_.line(x, yy + rh, x + w, yy + rh, 0.5, GREY)
                yy += rh
        flow.block(h, draw, pad_after=10)

    for si, s in enumerate(e["sections"]):
        def head(cv_, x, y, w, s=s):
            cv_.text(x, y + 9, s["kicker"], "Helvetica-Bold", 8, GREY)
            cv_.text(x, y + 36, s["label"], "Helvetica-Bold", 28, (0.8, 0.45, 0.1))
            cv_.text(x + 28, y + 34, s["title"], "Helvetica-Bold", 16, DARK)
        fl.space(4 if si else 0)
        fl.ensure(44 + 3 * body["lead"])
        fl.block(44, head, pad_after=6)
        for pi, p in enumerate(s["paras"]):
            hooks = None
            if si == 1 and pi == 0:
                hooks = {3: picture}
            if si == 1 and pi == 1:
                hooks = {2: boxquote}
            fl.para(p, body, "%s-%d" % (s["label"], pi + 1), hooks=hooks)
            if si == 2 and pi == 0:
                table(fl)
    sb = e["sidebar"]
    n = sum(lines_needed(p, cw - 24, "Helvetica", 10) for p in sb["paras"])
    h = 30 + n * 13.5 + 12

    def side(cv_, x, y, w):
        cv_.rect(x, y, w, h, (0.86, 0.90, 0.95))
        cv_.text(x + 12, y + 20, sb["title"], "Helvetica-Bold", 12, DARK)
        f2 = Flow([Frame(cv_, x + 12, y + 28, y + h, w - 24, "sidebar")], name)
        for p in sb["paras"]:
            f2.para(p, dict(font="Helvetica", size=10, lead=13.5, justify=True), "sidebar")
    fl.space(8)
    fl.ensure(h)
    fl.y = max(fl.y, fl.f.y1 - h)   # the box sits at the foot of the last column
    fl.block(h, side)
    cv.text(X0, 812, e["running"][0], "Helvetica", 9, GREY)
    doc.save(os.path.join(OUT, name + ".pdf"))


if __name__ == "__main__":
    for fn in (potosi, falun, kimberley, hall):
        fn()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "layout_log.txt"), "w") as f:
        f.write("\n".join(LOG) + "\n")
    print("\n".join(LOG))
