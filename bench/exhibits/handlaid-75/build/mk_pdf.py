"""Lays out the four PDFs of set 75 with my own engine and draws them with GMT (classic mode)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine
from engine import Page, Frame, Flow, width, break_lines, build_pdf, LOG
from texts import DOCS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RED, BLUE, GREY, DARK, TINT = "150/30/30", "30/60/120", "110/110/110", "40/40/55", "236/230/214"


def block(page, x, y, w, text, font, size, lead, color="black", justify=False, hyph=True):
    """Set a block of lines at x from top y, return new y (bottom)."""
    for words, last in break_lines(text, font, size, lambda i: w, hyph):
        y += lead
        page.tline(x, y - lead * 0.22, words, font, size, color, w, justify, last)
    return y


def sidebar_box(page, flow, sb, head, body, pad=8, fill=TINT):
    """Tinted box kept whole in one frame; its rectangle is inserted behind its text afterwards."""
    est = 2 * pad + head["lead"] * len(break_lines(sb["title"], head["font"], head["size"], lambda i: flow.fr.w - 2 * pad))
    for p in sb["paras"]:
        est += body["lead"] * (len(break_lines(p, body["font"], body["size"], lambda i: flow.fr.w - 2 * pad)) + 1)
    flow.need(est, "sidebar")
    fr = flow.fr
    page = fr.page
    idx = len(page.items)
    top = flow.y
    fx, fw = fr.x, fr.w
    fr.x, fr.w = fx + pad, fw - 2 * pad
    flow.y += pad
    flow.para(sb["title"], head, tag="sidebar-title")
    for p in sb["paras"]:
        flow.para(p, body, tag="sidebar")
    flow.y += pad
    fr.x, fr.w = fx, fw
    page.items.insert(idx, ("rect", fx, top, fw, flow.y - top, fill, None))


# ---------------------------------------------------------------- 1. Palmer: A3 wall panel
def palmer():
    d = DOCS["palmer_mail_coach_1784"]
    W, H = 842, 1191
    p = Page(W, H)
    p.text(50, 66, "THE ROYAL MAIL ON THE ROAD", "Helvetica-Bold", 14, RED)
    p.rect(0, 84, W, 130, DARK)
    p.text(50, 178, "4", "Helvetica-Bold", 104, "white")
    p.line(132, 100, 132, 198, "1.5p,white")
    p.text(150, 140, d["title_lines"][0], "Helvetica-Bold", 42, "white")
    p.text(150, 182, d["title_lines"][1], "Helvetica-Oblique", 25, "white")
    y = block(p, 50, 238, 742, d["intro"], "Times-Roman", 18, 25)
    p.line(50, y + 16, 792, y + 16, "1p," + RED)
    top = y + 36
    BOT = 1100
    c1 = Frame(p, 50, top, BOT, 355, "col1")
    c2 = Frame(p, 437, top, BOT, 355, "col2")
    body = dict(font="Times-Roman", size=12.5, lead=16.5, justify=True, space=6)
    head = dict(font="Helvetica-Bold", size=17, lead=22, space=4)
    kick = dict(font="Helvetica-Oblique", size=10.5, lead=14, color=GREY, space=0)

    def enter_c2(fl):
        # picture at the head of column 2, caption under it ("Above:" = picture above)
        cap = d["sections"][2]["caption"]
        p.rect(437, fl.y, 355, 170, "gray78")
        p.text(614, fl.y + 88, "[object photograph]", "Helvetica", 9, "gray45", "CM")
        yy = fl.y + 182
        yy = block(p, 437, yy, 355, "Above: " + cap["text"], "Helvetica-Oblique", 11, 14.5)
        yy = block(p, 437, yy, 355, cap["credit"], "Helvetica", 9, 12, GREY)
        fl.y = yy + 16
    fl = Flow([c1, c2], {1: enter_c2})

    def table_hook(fl):
        # inset table interrupts 4.3 para 2 after its 2nd line
        x, w = fl.fr.x, fl.fr.w
        y0 = fl.y + 8
        p.text(x, y0 + 12, d["table_title"], "Helvetica-Bold", 10.5, RED)
        yy = y0 + 18
        cols = [0, 130, 245]
        for r, row in enumerate(d["table"]):
            if r == 0:
                p.rect(x, yy, w, 17, "225/215/190")
            p.line(x, yy + 17, x + w, yy + 17, "0.4p,gray50")
            for c, cell in enumerate(row):
                p.text(x + cols[c] + 3, yy + 12.5, cell, "Helvetica-Bold" if r == 0 or c == 0 else "Helvetica", 9.5)
            yy += 17
        fl.y = yy + 10

    for k, s in enumerate(d["sections"]):
        fl.need(80, s["title"])
        fl.para(s["kicker"].upper(), kick)
        fl.need(22)
        y0 = fl.y
        fl.para(s["title"], dict(head, font="Helvetica-Bold"), tag="h")
        # label printed in red in front of the heading on the same baseline: shift the heading
        it = p.items.pop()
        p.text(fl.fr.x, it[2], s["label"], "Helvetica-Bold", 17, RED)
        p.items.append(("text", fl.fr.x + 38, it[2]) + it[3:])
        for j, para in enumerate(s["paras"]):
            tag = "s%d-%d" % (k, j)
            if k == 2 and j == 1:
                fl.line_hooks[(tag, 2)] = table_hook
            fl.para(para, body, tag=tag)
        if k == 0:
            q, att = d["pullquote"]
            fl.y += 10
            fl.fr.page.line(fl.fr.x, fl.y, fl.fr.x + 120, fl.y, "2p," + RED)
            fl.y += 4
            fl.para(q, dict(font="Times-Italic", size=21, lead=26, color=RED, space=2, hyphenate=False))
            fl.para(att, dict(font="Helvetica", size=10.5, lead=14, color=GREY, space=18))
    fl.y += 10
    sidebar_box(p, fl, d["sidebar"], dict(font="Helvetica-Bold", size=15, lead=20, space=2),
                dict(font="Times-Roman", size=13, lead=17, justify=False, space=0))
    p.line(50, 1130, 792, 1130, "0.5p,gray50")
    p.text(50, 1150, d["running"][0], "Helvetica", 10, GREY)
    p.text(792, 1150, d["running"][1], "Helvetica-Bold", 12, GREY, "BR")
    return [p]


# ---------------------------------------------------------------- 2. Taxis: catalogue pp. 112-113
def taxis():
    d = DOCS["taxis_imperial_post_1490"]
    W, H = 595, 842
    p1, p2 = Page(W, H), Page(W, H)
    body = dict(font="Times-Roman", size=11, lead=15.2, justify=True, space=0, indent=0)
    head = dict(font="Helvetica-Bold", size=11, lead=16, space=2, color=BLUE)
    # running heads: verso (folio outer = left), recto (folio right)
    p1.text(50, 40, d["running"][1], "Helvetica-Bold", 9, GREY)
    p1.text(75, 40, d["running"][0], "Helvetica-Oblique", 9, GREY)
    p1.line(50, 47, 545, 47, "0.4p,gray60")
    # title area on p112
    p1.text(195, 88, "THE EMPIRE'S MESSENGERS", "Helvetica-Bold", 9, RED)
    p1.text(195, 118, d["title_lines"][0], "Times-Bold", 25, "black")
    p1.text(195, 147, d["title_lines"][1], "Times-Bold", 25, "black")
    y = block(p1, 195, 160, 350, d["intro"], "Times-Italic", 12.5, 16.5)
    notes_x = {0: (50, 125), 1: (430, 115)}
    f1 = Frame(p1, 195, y + 18, 790, 350, "p112")
    f2 = Frame(p2, 55, 70, 790, 350, "p113")
    noteq = list(d["sidenotes"])

    def enter_p2(fl):
        p2.text(55, 40, d["running"][2], "Helvetica-Oblique", 9, GREY)
        p2.text(545, 40, d["running"][3], "Helvetica-Bold", 9, GREY, "BR")
        p2.line(50, 47, 545, 47, "0.4p,gray60")
        cap = d["sections"][1]["caption"]
        p2.rect(55, 62, 350, 150, "gray78")
        yy = block(p2, 55, 216, 350, cap["credit"], "Helvetica", 8, 10.5, GREY)
        yy = block(p2, 55, yy, 350, cap["text"], "Helvetica-Oblique", 9.5, 12.5)
        fl.y = yy + 14
    fl = Flow([f1, f2], {1: enter_p2})
    # sidenote marks: words carrying ^n; when the line is placed, set the note in the outer margin
    orig_tline = Page.tline

    def tline(page, x, y, words, font, size, color, measure, justify, last):
        marks = [w for w in words if "^" in w]
        clean = [w.split("^")[0] for w in words]
        if not marks:
            return orig_tline(page, x, y, words, font, size, color, measure, justify, last)
        # place word by word so the mark can follow its word
        tw = sum(width(w, font, size) for w in clean)
        gap = (measure - tw) / (len(clean) - 1) if justify and not last and len(clean) > 1 else width(" ", font, size)
        xx = x
        for w in words:
            base, _, n = w.partition("^")
            page.text(xx, y, base, font, size, color)
            wb = width(base, font, size)
            if n:
                page.text(xx + wb + 0.5, y - 4, n, "Times-Roman", 6.5, RED)
                nx, nw = notes_x[0 if page is p1 else 1]
                block(page, nx, y - 9, nw, n + " " + noteq[int(n) - 1], "Times-Roman", 7.5, 9.5, GREY, hyph=False)
            xx += wb + gap
    Page.tline = tline
    marks = {(0, 0): ("Burgundy.", "Burgundy.^1"), (0, 0.5): ("for the papacy.", "for the papacy.^2"),
             (1, 0): ("half days in summer", "half days^3 in summer"), (2, 0): ("postmaster general,", "postmaster general,^4")}
    for k, s in enumerate(d["sections"]):
        fl.need(50)
        fl.y += 8
        fl.para(s["title"], head)
        for j, para in enumerate(s["paras"]):
            for (sk, sj), (a, b) in marks.items():
                if sk == k and int(sj) == j and a in para:
                    para = para.replace(a, b, 1)
            fl.para(para, dict(body, indent=0 if j == 0 else 12), tag="%d-%d" % (k, j))
    Page.tline = orig_tline
    fl.y += 14
    sidebar_box(p2, fl, d["sidebar"], dict(font="Helvetica-Bold", size=10.5, lead=15, color=RED, space=1),
                dict(font="Helvetica", size=9.5, lead=13, space=0))
    return [p1, p2]


# ---------------------------------------------------------------- 3. Pigeon post: newsletter pp. 1 and 4
def pigeon():
    d = DOCS["paris_pigeon_post_1870"]
    W, H = 595, 842
    p1, p4 = Page(W, H), Page(W, H)
    p1.text(40, 62, "THE FRANKING GAZETTE", "Times-Bold", 36, DARK)
    p1.line(40, 72, 555, 72, "2p," + DARK)
    p1.text(40, 86, "Newsletter of the Wexcombe Postal History Society", "Helvetica-Oblique", 9, GREY)
    p1.text(555, 86, "No. 38 - Spring", "Helvetica", 9, GREY, "BR")
    p1.line(40, 92, 555, 92, "0.5p," + DARK)
    y = 104
    for i, t in enumerate(d["title_lines"]):
        y += 27
        p1.text(40, y, t, "Helvetica-Bold", 24, BLUE)
    y = block(p1, 40, y + 8, 515, d["intro"], "Times-Bold", 13, 17)
    top = y + 14
    cw, gx = 160, 17.5
    xs = [40, 40 + cw + gx, 40 + 2 * (cw + gx)]
    f1 = Frame(p1, xs[0], top, 600, cw, "p1c1")
    f2 = Frame(p1, xs[1], top, 600, cw, "p1c2")
    f3 = Frame(p1, xs[2], top, 560, cw, "p1c3")
    g1 = Frame(p4, 40, 70, 640, 250, "p4c1")
    g2 = Frame(p4, 305, 330, 778, 250, "p4c2")
    cap = d["sections"][1]["caption"]
    # picture at the foot of column 1, caption beside it at the foot of column 2
    p1.rect(40, 612, cw, 150, "gray78")

    def enter_f3(fl):
        yy = block(p1, xs[1], 612, cw, "Left: " + cap["text"], "Helvetica-Oblique", 9, 11.5)
        block(p1, xs[1], yy + 2, cw, cap["credit"], "Helvetica", 7.5, 9.5, GREY)

    def enter_g1(fl):
        block(p1, xs[2], 566, cw, "Continued on page 4", "Helvetica-BoldOblique", 8.5, 12, RED)
        # "In this issue" index box (not a panel)
        p1.rect(xs[2], 625, cw, 137, "226/232/240")
        yy = 628
        for t in ["IN THIS ISSUE", "Letters over the lines  1, 4", "Society news and meetings  2", "Auction report: the Moulins balls  3", "From the archive: a balloon letter  5", "Members' queries  6"]:
            yy += 17 if t[0] != "I" else 14
            p1.text(xs[2] + 8, yy, t, "Helvetica-Bold" if t.isupper() else "Helvetica", 9 if t.isupper() else 8.5, BLUE if t.isupper() else DARK)
        p4.text(40, 40, d["running"][2], "Helvetica-Bold", 10, GREY)
        p4.text(555, 40, d["running"][0], "Helvetica", 8.5, GREY, "BR")
        p4.line(40, 47, 555, 47, "0.5p," + DARK)
        fl.y = block(p4, 40, 58, 250, "Siege post, continued from page 1", "Helvetica-BoldOblique", 9, 12, RED) + 6

    def enter_g2(fl):
        pass
    fl = Flow([f1, f2, f3, g1, g2], {2: enter_f3, 3: enter_g1})
    body = dict(font="Times-Roman", size=10.4, lead=13.6, justify=True, space=0, indent=0)
    for k, s in enumerate(d["sections"]):
        fl.need(40)
        fl.y += 6
        y0 = fl.y
        fl.para(s["title"], dict(font="Helvetica-Bold", size=10.5, lead=14, space=3, color=DARK), tag="h")
        it = p1.items.pop() if fl.fr.page is p1 else p4.items.pop()
        pg = fl.fr.page
        # white letter label on a blue square, heading moved right of it
        pg.rect(fl.fr.x, fl.y - 13, 13, 13, BLUE)
        pg.text(fl.fr.x + 6.5, fl.y - 2.5, s["label"], "Helvetica-Bold", 9.5, "white", "BC")
        pg.items.append(("text", fl.fr.x + 18, it[2]) + it[3:])
        for j, para in enumerate(s["paras"]):
            fl.para(para, dict(body, indent=0 if j == 0 else 9), tag="%d-%d" % (k, j))
    # page 4, right column: map with numbered places and key, then sidebar
    p4.rect(305, 70, 250, 170, "214/222/230")
    pts = [(390, 120), (420, 150), (335, 215), (350, 232)]
    for i, (x, y) in enumerate(pts):
        p4.rect(x - 6, y - 10, 12, 12, RED)
        p4.text(x, y - 1.5, str(i + 1), "Helvetica-Bold", 8, "white", "BC")
    p4.text(312, 86, "Paris and the route of the balloons", "Helvetica-Oblique", 8, DARK)
    yy = 256
    for i, t in enumerate(d["mapkey"]):
        yy += 11.5
        p4.text(305, yy, "%d  %s" % (i + 1, t), "Helvetica", 8.5, DARK)
    if fl.fi < 4:
        fl.fi = 4
        fl.y = g2.ytop
    fl.y = max(fl.y, yy + 18) if fl.fr is g2 else fl.y
    if fl.fr is g2 and fl.y < yy + 18:
        fl.y = yy + 18
    sidebar_box(p4, fl, d["sidebar"], dict(font="Helvetica-Bold", size=11, lead=15, color=BLUE, space=1),
                dict(font="Helvetica", size=9, lead=12, space=0), fill="226/232/240")
    for pg, folio in ((p1, d["running"][1]),):
        pg.line(40, 800, 555, 800, "0.5p," + DARK)
        pg.text(40, 814, d["running"][0], "Helvetica", 8.5, GREY)
        pg.text(555, 814, folio, "Helvetica-Bold", 10, GREY, "BR")
    return [p1, p4]


# ---------------------------------------------------------------- 4. Mauritius: two-column pages, spanning figure
def mauritius():
    d = DOCS["mauritius_post_office_1847"]
    W, H = 595, 842
    p1, p2 = Page(W, H), Page(W, H)
    for pg, run, folio in ((p1, d["running"][0], d["running"][1]), (p2, d["running"][2], d["running"][3])):
        pg.text(50, 36, run, "Helvetica", 8.5, GREY)
        pg.line(50, 42, 545, 42, "0.4p,gray60")
    p1.text(50, 86, d["title_lines"][0], "Times-Bold", 28, "black")
    p1.text(50, 118, d["title_lines"][1], "Times-Bold", 28, "black")
    p1.text(50, 170, d["dateline"], "Helvetica-Bold", 46, "170/190/215")
    y = block(p1, 50, 184, 495, d["intro"], "Times-Italic", 12, 16)
    top = y + 14
    cw = 240
    FIGT, FIGB = 400, 650
    fr = [Frame(p1, 50, top, FIGT, cw, "p1c1a"), Frame(p1, 50, FIGB, 730, cw, "p1c1b"),
          Frame(p1, 305, top, FIGT, cw, "p1c2a"), Frame(p1, 305, FIGB, 730, cw, "p1c2b"),
          Frame(p2, 50, 60, 700, cw, "p2c1"), Frame(p2, 305, 60, 700, cw, "p2c2")]
    cap = d["sections"][1]["caption"]

    def enter_fig(fl):
        # caption above, picture below it, spanning both columns
        yy = block(p1, 50, FIGT + 4, 495, "Below: " + cap["text"], "Helvetica-Oblique", 9, 11.5)
        yy = block(p1, 50, yy, 495, cap["credit"], "Helvetica", 7.5, 9.5, GREY)
        p1.rect(50, yy + 4, 495, FIGB - yy - 16, "gray78")
    fl = Flow(fr, {1: enter_fig})
    body = dict(font="Times-Roman", size=10.5, lead=14.2, justify=True, space=0)
    notes = []
    for k, s in enumerate(d["sections"]):
        fl.need(40)
        fl.y += 7
        fl.para("%s.  %s" % (s["label"], s["title"]), dict(font="Times-Bold", size=10, lead=14, color=RED, space=2), tag="h")
        for j, para in enumerate(s["paras"]):
            if k == 2 and "now recorded," in para:
                para = para.replace("now recorded,", "now recorded,^*")
            fl.para(para, dict(body, indent=0 if j == 0 else 11), tag="%d-%d" % (k, j))
    fl.y += 12
    sidebar_box(fl.fr.page, fl, d["sidebar"], dict(font="Helvetica-Bold", size=10, lead=14, color=RED, space=1),
                dict(font="Helvetica", size=9, lead=12, space=0), fill="238/232/220")
    # footnote across both columns at the foot of p. 2
    p2.line(50, 742, 200, 742, "0.5p,black")
    block(p2, 50, 746, 495, "* " + d["footnote"], "Times-Roman", 8, 10)
    for pg, folio in ((p1, d["running"][1]), (p2, d["running"][3])):
        pg.text(297, 812, folio, "Helvetica", 9, GREY, "BC")
    return [p1, p2]


def fix_marks(pages):
    """Turn word^mark tokens (Mauritius) into word + superscript record (+ the rest of the line)."""
    for pg in pages:
        new = []
        for it in pg.items:
            if it[0] == "text" and "^" in it[8]:
                base, _, rest = it[8].partition("^")
                m, rest = rest[0], rest[1:]
                new.append(it[:8] + (base,))
                x = it[1] + width(base, it[3], it[4]) + 0.5
                new.append(("text", x, it[2] - 4, it[3], 6.5, it[5], "BL", 0, m))
                if rest.strip():
                    new.append(it[:1] + (x + width(m, it[3], 6.5),) + it[2:8] + (rest,))
            else:
                new.append(it)
        pg.items = new


if __name__ == "__main__":
    which = sys.argv[1:] or ["palmer", "taxis", "pigeon", "mauritius"]
    names = {"palmer": "palmer_mail_coach_1784", "taxis": "taxis_imperial_post_1490",
             "pigeon": "paris_pigeon_post_1870", "mauritius": "mauritius_post_office_1847"}
    for w in which:
        del LOG[:]
        pages = globals()[w]()
        fix_marks(pages)
        build_pdf(pages, names[w], OUT, "", "")
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "layout_log.txt"), "a") as f:
            f.write("%s: %s\n" % (names[w], "; ".join(LOG)))
        print(names[w], "; ".join(LOG))
