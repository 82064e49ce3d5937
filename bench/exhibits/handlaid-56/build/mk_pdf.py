"""Lay out the four PDFs of set 56 with lay.py (own line breaker) and write them with pdfbuilder."""
import os, sys, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from lay import Page, Flow, font, draw_para, break_lines, write_pdf
import content as C

OUT = C.OUT
A4 = (595.28, 841.89)
A3 = (841.89, 1190.55)
GREY = (0.78, 0.78, 0.78)
RED = (0.62, 0.12, 0.10)
BLUE = (0.08, 0.20, 0.36)
TINT = (0.93, 0.91, 0.86)


def secs(ex):
    return ex["sections"]


def paras(blocks):
    return [b[1] for b in blocks if b[0] == "p"]


def cap(blocks):
    for b in blocks:
        if b[0] == "cap":
            return b
    return None


def pdftotext(name):
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)


def report(name, flow):
    if os.environ.get("QUIET"):
        return
    for e in flow.log:
        print("   %s: %s | %s" % (name, e[0], str(e[1])[:60]))


# ====================================================================== 1 Lister, catalogue pages 36-37
def lister(B=60, write=True):
    ex = C.LISTER; X = ex["extra"]
    W, H = A4
    p36, p37 = Page(W, H), Page(W, H)
    head, foot = ex["running"][0], ex["running"][1]
    # running heads: folio on the outer side, title inside
    for p, folio, verso in ((p36, "36", True), (p37, "37", False)):
        hw = font("sans").width(head, 8.5)
        if verso:
            p.text(36, 806, folio, "sans-b", 9, order=0)
            p.text(150, 806, head, "sans", 8.5, (0.35, 0.35, 0.35), order=0)
        else:
            p.text(W - 150 - hw, 806, head, "sans", 8.5, (0.35, 0.35, 0.35), order=0)
            p.text(W - 36 - font("sans-b").width(folio, 9), 806, folio, "sans-b", 9, order=0)
        p.line(36, 800, W - 36, 800, (0.5, 0.5, 0.5), 0.4, order=0)
        fw = font("sans").width(foot, 7.5)
        p.text((W - fw) / 2, 30, foot, "sans", 7.5, (0.4, 0.4, 0.4), order=9)
    # page 36: text area at right, notes column at the outer (left) edge
    TX, TW = 150, 409
    CW, GAP = 197, 15
    p36.text(TX, 770, X["kicker"], "sans-b", 8, RED)
    p36.text(TX, 742, ex["title_lines"][0], "serif-b", 25)
    p36.text(TX, 720, ex["title_lines"][1], "serif-i", 15, RED)
    y = draw_para(p36, TX, 696, TW, ex["intro"], "sans", 10.5, 14, justify=False)
    top = y - 10
    frames = [(p36, TX, top, CW, B), (p36, TX + CW + GAP, top, CW, B),
              (p37, 36, 770, CW, 60), (p37, 36 + CW + GAP, 770, CW, 250)]
    fl = Flow(frames, order=1)
    S = secs(ex)
    marks = {S[0][2][0][1]: [("hospitalism.", "1")],
             S[1][2][1][1]: [("there.", "2")],
             S[1][2][2][1]: [("eleven-year-old", "3")]}
    notes_at = []
    for i, (label, title, blocks) in enumerate(S[:3]):
        fl.heading("", "serif-b", 1, 1, before=4 if i else 0)
        page, x = fl.frame[0], fl.frame[1]
        page.text(x, fl.y, label, "serif-b", 16, RED, order=1)
        page.text(x + 16, fl.y, title, "serif-b", 12, order=1)
        fl.y -= 17
        for k, t in enumerate(paras(blocks)):
            before = (fl.fi, fl.y)
            fl.para(t, "serif", 10.4, 13.8, indent=0 if k == 0 else 10, marks=marks.get(t))
            if t in marks:
                notes_at.append((before, t))
    report("lister", fl)
    # sidenotes in the outer margin, drawn after the body of each page
    ny = {p36: 560, p37: 520}
    for n, (pos, t) in enumerate(notes_at):
        page = frames[pos[0]][0]
        nx = 36 if page is p36 else W - 36 - 100
        yy = min(ny[page], pos[1])
        page.text(nx, yy, str(n + 1), "sans-b", 7, RED, order=5)
        yy = draw_para(page, nx + 8, yy, 92, X["notes"][n], "sans-i", 7, 9, justify=False, order=5)
        ny[page] = yy - 10
    # picture across both columns at the foot of page 36, "Above" caption under it
    c = cap(S[2][2])
    if B > 190:
        p36.rect(TX, 96, TW, B - 14 - 96, GREY, order=2)
        yy = draw_para(p36, TX, 84, TW, "Above: " + c[1], "sans", 8, 10, justify=False, order=2)
        p36.text(TX, yy, c[3], "sans-i", 7.2, (0.35, 0.35, 0.35), order=2)
    # a portrait (no caption) in the outer margin of page 37
    p37.rect(W - 36 - 100, 640, 100, 120, GREY, order=0)
    # pull quote in column 2 of page 37 under the body, then the sidebar box
    qx = 36 + CW + GAP
    qy = fl.y - 14
    p37.line(qx, qy + 12, qx + CW, qy + 12, RED, 1.2, order=2)
    qy = draw_para(p37, qx, qy - 6, CW, "“" + X["pull"] + "”", "serif-i", 13, 16, justify=False, color=RED, order=2)
    p37.line(qx, qy + 6, qx + CW, qy + 6, RED, 1.2, order=2)
    sb = S[3]
    bh = 150
    p37.rect(qx - 6, 70, CW + 12, bh, TINT, order=3)
    p37.text(qx, 70 + bh - 20, sb[1], "sans-b", 11, order=3)
    draw_para(p37, qx, 70 + bh - 38, CW, sb[2][0][1], "sans", 8.8, 11.6, justify=True, order=3)
    if not write:
        return fl
    write_pdf(os.path.join(OUT, ex["name"] + ".pdf"), [p36, p37], "Clean Hands, Clean Wounds", "mk_pdf.py lister (set 56)")
    pdftotext(ex["name"])


# ====================================================================== 2 Menai, A3 wall panel
def menai(CB=300, write=True, FIGLINE=3):
    ex = C.MENAI; X = ex["extra"]
    W, H = A3
    p = Page(W, H)
    M = 60
    p.text(M, H - 40, ex["running"][0], "sans", 11, (0.3, 0.3, 0.3))
    p.line(M, H - 48, W - M, H - 48, (0.3, 0.3, 0.3), 0.6)
    # title band, white type on dark blue
    p.rect(0, H - 200, W, 140, BLUE)
    p.text(M, H - 138, X["kicker"], "sans-b", 64, (0.95, 0.78, 0.25))
    p.text(M + 110, H - 118, ex["title_lines"][0], "sans-b", 46, (1, 1, 1))
    p.text(M + 112, H - 156, ex["title_lines"][1], "serif-i", 24, (0.80, 0.86, 0.95))
    y = draw_para(p, M, H - 232, W - 2 * M, ex["intro"], "sans-b", 15, 20, justify=False)
    top = y - 14
    CW, GAP = 348, 26
    c1x, c2x = M, M + CW + GAP
    S = secs(ex)
    fl = Flow([(p, c1x, top, CW, CB), (p, c2x, top, CW, CB)], order=1)

    def figure(page, x, y, w):
        c = cap(S[2][2])
        page.rect(x, y - 112, 120, 104, GREY, order=1)
        yy = draw_para(page, x + 132, y - 20, w - 132, "Left: " + c[1], "sans", 10, 12.8, justify=False, order=1)
        page.text(x + 132, yy - 2, c[3], "sans-i", 8.5, (0.35, 0.35, 0.35), order=1)
        return 128

    def fits(fl, h):
        return fl.y - h > fl.frame[4]

    body = ("serif", 13, 17.6)
    for i, (label, title, blocks) in enumerate(S[:3]):
        ps = paras(blocks)
        if i == 2:
            ps = ps[:-1]
        fl.y -= 10 if i else 0
        fl.need(60)
        page, x = fl.frame[0], fl.frame[1]
        page.text(x, fl.y, label.upper(), "sans-b", 11, RED, order=1)
        fl.y -= 22
        page.text(x, fl.y, title, "serif-b", 20, order=1)
        fl.y -= 24
        for k, t in enumerate(ps):
            ins = (FIGLINE, figure, 128) if (i == 2 and k == 1) else None
            fl.para(t, *body, indent=0 if k == 0 else 14, insert=ins)
        if i == 0:
            # pull quote between Stage 1 and Stage 2 in column 1
            fl.y -= 14
            page, x = fl.frame[0], fl.frame[1]
            page.rect(x, fl.y - 48, 5, 60, RED, order=1)
            fl.y = draw_para(page, x + 18, fl.y, CW - 18, X["pull"], "serif-i", 16, 20, justify=False, color=RED, order=1)
            fl.y -= 12
    report("menai", fl)
    # the last paragraph of Stage 3 runs across both columns
    assert fl.fi == 1, "menai: flow did not reach column 2"
    yspan = CB - 36
    last = paras(S[2][2])[-1]
    y = draw_para(p, M, yspan, W - 2 * M, last, "serif", 13, 17.6, indent=14, order=2)
    # table with label cells (left) and sidebar (right)
    ty = y - 30
    p.text(M, ty, "The bridge in figures", "sans-b", 13, order=3)
    ty -= 10
    for k, (a, b) in enumerate(X["table"]):
        rowy = ty - 24 * (k + 1)
        p.rect(M, rowy - 7, 120, 22, (0.86, 0.88, 0.92), order=3)
        p.text(M + 6, rowy, a, "sans-b", 10.5, order=3)
        p.text(M + 130, rowy, b, "sans", 10.5, order=3)
        p.line(M, rowy - 7, M + 330, rowy - 7, (0.6, 0.6, 0.6), 0.3, order=3)
    sb = S[3]
    sx, sw = c2x, CW
    p.rect(sx - 12, ty - 160, sw + 24, 190, TINT, order=4)
    p.text(sx, ty + 6, sb[1], "sans-b", 15, order=4)
    draw_para(p, sx, ty - 16, sw, sb[2][0][1], "sans", 11, 14.5, justify=False, order=4)
    p.line(M, 62, W - M, 62, (0.3, 0.3, 0.3), 0.6, order=9)
    p.text(M, 46, ex["running"][1], "sans", 11, (0.3, 0.3, 0.3), order=9)
    if not write:
        return fl
    write_pdf(os.path.join(OUT, ex["name"] + ".pdf"), [p], "Chains over the Strait", "mk_pdf.py menai (set 56)")
    pdftotext(ex["name"])


# ====================================================================== 3 Wegener, tri-fold with a vertical title
def wegener(B3=240, write=True):
    ex = C.WEGENER; X = ex["extra"]
    W, H = A4[1], A4[0]
    out, ins = Page(W, H), Page(W, H)
    PW = W / 3
    for pg in (out, ins):
        for k in (1, 2):
            pg.line(PW * k, 10, PW * k, H - 10, (0.6, 0.6, 0.6), 0.4, dash="4 3", order=0)
    S = secs(ex)
    body = ("serif", 10.8, 14.2)
    pad = 22
    # inside: panels 1-3, the Clue 3 text runs on into the inside flap (outside, left panel)
    frames = [(ins, pad, H - 40, PW - 2 * pad, 40), (ins, PW + pad, H - 40, PW - 2 * pad, 40),
              (ins, 2 * PW + pad, H - 40, PW - 2 * pad, B3), (out, pad, H - 40, PW - 2 * pad, 40)]
    fl = Flow(frames, order=1)
    for i, (label, title, blocks) in enumerate(S[:3]):
        if i:
            if fl.y - fl.frame[4] > 90:   # fill the foot of the panel with a picture (no caption)
                fr = fl.frame
                fr[0].rect(fr[1], fr[4], fr[3], fl.y - fr[4] - 14, GREY, order=2)
            fl.next_frame()
        page, x = fl.frame[0], fl.frame[1]
        page.rect(x, fl.y - 4, 52, 17, (0.18, 0.42, 0.36), order=1)
        page.text(x + 5, fl.y, label.upper(), "sans-b", 9.5, (1, 1, 1), order=1)
        fl.y -= 28
        page.text(x, fl.y, title, "sans-b", 15, (0.18, 0.42, 0.36), order=1)
        fl.y -= 20
        for k, t in enumerate(paras(blocks)):
            fl.para(t, *body, indent=0 if k == 0 else 9)
    report("wegener", fl)
    ins.rect(2 * PW + pad, 40, PW - 2 * pad, B3 - 40 - 16, GREY, order=2)
    # picture at the foot of inside panel 3 (no caption: decorative), caption + map on the flap
    c = cap(S[2][2])
    fx = pad
    fy = fl.y - 12
    out.rect(fx, fy - 150, PW - 2 * pad, 150, GREY, order=2)
    yy = draw_para(out, fx, fy - 164, PW - 2 * pad, "Above: " + c[1], "sans", 8.5, 11, justify=False, order=2)
    out.text(fx, yy - 1, c[3], "sans-i", 7.5, (0.35, 0.35, 0.35), order=2)
    # back panel (middle of the outside): sidebar, table, address
    bx, bw = PW + pad, PW - 2 * pad
    sb = S[3]
    out.rect(bx - 8, H - 250, bw + 16, 220, (0.88, 0.93, 0.90), order=3)
    out.text(bx, H - 52, sb[1], "sans-b", 13, (0.18, 0.42, 0.36), order=3)
    draw_para(out, bx, H - 72, bw, sb[2][0][1], "sans", 8.8, 11.6, justify=True, order=3)
    ty = H - 285
    out.text(bx, ty, "Evidence at a glance", "sans-b", 10.5, order=3)
    for k, (a, b) in enumerate(X["table"]):
        ry = ty - 20 * (k + 1)
        out.rect(bx, ry - 6, 72, 17, (0.88, 0.93, 0.90), order=3)
        out.text(bx + 4, ry, a, "sans-b", 8.5, order=3)
        out.text(bx + 80, ry, b, "sans", 8.5, order=3)
    ay = 90
    for ln in X["address"]:
        out.text(bx, ay, ln, "sans", 8.5, (0.3, 0.3, 0.3), order=3)
        ay -= 12
    # cover (right of the outside): title running up the left edge, then kicker, subtitle, picture, intro
    cx = 2 * PW
    out.rect(cx + 10, 20, 50, H - 40, (0.18, 0.42, 0.36), order=4)
    out.text(cx + 46, 40, ex["title_lines"][0], "sans-b", 34, (1, 1, 1), rot=90, order=4)
    ix, iw = cx + 76, PW - 76 - 20
    out.text(ix, H - 50, X["kicker"], "sans-b", 8, (0.18, 0.42, 0.36), order=4)
    out.text(ix, H - 80, ex["title_lines"][1], "serif-i", 19, order=4)
    out.rect(ix, H - 300, iw, 200, GREY, order=4)
    draw_para(out, ix, H - 325, iw, ex["intro"], "sans", 10.5, 14, justify=False, order=4)
    if not write:
        return fl
    write_pdf(os.path.join(OUT, ex["name"] + ".pdf"), [out, ins], "The Drifting Continents", "mk_pdf.py wegener (set 56)")
    pdftotext(ex["name"])


# ====================================================================== 4 Foucault, catalogue spread 58-59
def foucault(PH=140, write=True):
    ex = C.FOUCAULT; X = ex["extra"]
    W, H = A4
    p58, p59 = Page(W, H), Page(W, H)
    head = ex["running"][0]
    for p, folio, verso in ((p58, "58", True), (p59, "59", False)):
        hw = font("serif-i").width(head, 9)
        p.text(36 if verso else W - 36 - hw, 808, head, "serif-i", 9, (0.3, 0.3, 0.3), order=0)
        fx = 36 if verso else W - 36 - font("serif-b").width(folio, 10)
        p.text(fx, 28, folio, "serif-b", 10, order=9)
    S = secs(ex)
    # page 58: kicker, title, intro, picture 1 across the columns, two columns, footnote across both
    p58.text(36, 776, X["kicker"], "sans-b", 8, RED)
    p58.text(36, 746, ex["title_lines"][0], "serif-b", 26)
    p58.text(36, 724, ex["title_lines"][1], "serif-i", 16)
    y = draw_para(p58, 36, 700, W - 72, ex["intro"], "serif", 11.5, 15, justify=False)
    p58.rect(36, y - 10 - PH, W - 72, PH, GREY, order=0)
    p58.text(44, y - 28, "1", "sans-b", 14, (1, 1, 1), order=0)
    top = y - 30 - PH
    CW, GAP = 254, 15.28
    fnote_top = 120
    frames = [(p58, 36, top, CW, fnote_top + 10), (p58, 36 + CW + GAP, top, CW, fnote_top + 10),
              (p59, 36, 580, 340, 60)]
    fl = Flow(frames, order=1)
    body = ("serif", 9.8, 12.9)
    for i, (label, title, blocks) in enumerate(S[:3]):
        fl.y -= 8 if i else 0
        fl.need(40)
        page, x = fl.frame[0], fl.frame[1]
        page.text(x, fl.y, label, "serif-b", 13, RED, order=1)
        page.text(x + 8 + font("serif-b").width(label, 13), fl.y, title, "serif-b", 13, order=1)
        fl.y -= 17
        for k, t in enumerate(paras(blocks)):
            mk = [("longer,", "*")] if t.startswith("A pendulum, once") else None
            fl.para(t, *body, indent=0 if k == 0 else 11, marks=mk)
        if i == 2:
            sbtop = fl.y - 16
    report("foucault", fl)
    # footnote spanning both columns of page 58
    p58.line(36, fnote_top, 150, fnote_top, (0.3, 0.3, 0.3), 0.4, order=2)
    draw_para(p58, 36, fnote_top - 12, W - 72, X["footnote"], "serif", 8, 10.2, justify=True, order=2)
    # page 59: picture 2 at the top of the wide column; caption column at the right, drawn before the body
    p59.rect(36, 600, 340, 190, GREY, order=0)
    p59.text(44, 772, "2", "sans-b", 14, (1, 1, 1), order=0)
    cx, cw = 398, W - 36 - 398
    p59.text(cx, 778, "Captions", "sans-b", 9, RED, order=0)
    p59.line(cx, 772, cx + cw, 772, RED, 0.6, order=0)
    yy = 756
    for n, blocks in ((1, S[0][2]), (2, S[2][2])):
        c = cap(blocks)
        p59.text(cx, yy, str(n), "sans-b", 10, RED, order=0)
        yy = draw_para(p59, cx + 14, yy, cw - 14, c[1], "sans", 8.4, 11, justify=False, order=0)
        yy = draw_para(p59, cx + 14, yy, cw - 14, c[3], "sans-i", 7.6, 10, justify=False, order=0) - 12
    # sidebar under the text in the wide column
    sb = S[3]
    p59.rect(30, sbtop - 120, 352, 118, TINT, order=3)
    p59.text(40, sbtop - 20, sb[1], "serif-b", 12, order=3)
    draw_para(p59, 40, sbtop - 38, 332, sb[2][0][1], "serif", 9.4, 12.2, justify=True, order=3)
    if not write:
        return fl
    write_pdf(os.path.join(OUT, ex["name"] + ".pdf"), [p58, p59], "The Earth Turns Beneath It", "mk_pdf.py foucault (set 56)")
    pdftotext(ex["name"])


def tune(fn, values, ok, **kw):
    """Try parameter values in turn; use the first whose flow satisfies ok(flow)."""
    for v in values:
        try:
            os.environ["QUIET"] = "1"
            fl = fn(v, write=False, **kw)
            del os.environ["QUIET"]
        except (IndexError, AssertionError):
            continue
        if ok(fl):
            os.environ.pop("QUIET", None)
            print("   %s: tuned to %s" % (fn.__name__, v))
            return fn(v, write=True, **kw)
    raise SystemExit("no layout found for " + fn.__name__)


def menai_tuned():
    # highest column bottom where all fits, with the column break inside a paragraph
    tune(menai, range(600, 200, -4), lambda fl: fl.fi == 1 and ("insert", 1) in fl.log
         and any(e[0] == "break" and e[2] > 0 for e in fl.log))


def lister_tuned():
    tune(lister, range(200, 500, 4), lambda fl: any(e[0] == "break" and e[4] == 2 and e[2] > 1 and len(e[3].split(e[1])[-1]) > 80 for e in fl.log))


def wegener_tuned():
    P = paras(C.WEGENER["sections"][2][2])[1]
    tune(wegener, range(240, 500, 4), lambda fl: any(e[0] == "break" and e[3] == P and e[2] > 2 and len(P.split(e[1])[-1]) > 80 for e in fl.log))


def foucault_tuned():
    P = paras(C.FOUCAULT["sections"][1][2])[1]
    tune(foucault, range(140, 420, 4), lambda fl: any(e[0] == "break" and e[2] > 1 and e[3] == P and fl.fi == 2 and len(P.split(e[1])[-1]) > 60 for e in fl.log)
         and [e[3] for e in fl.log if e[0] == "break"][-1] == P)


if __name__ == "__main__":
    which = sys.argv[1:] or ["lister_tuned", "menai_tuned", "wegener_tuned", "foucault_tuned"]
    for w in which:
        globals()[w]()
        print("made", w)
