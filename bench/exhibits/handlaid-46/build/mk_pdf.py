# -*- coding: utf-8 -*-
import subprocess, sys, os
from layout import Doc, Flow, wrap, width
from content import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GREY, TINT, DARK, RED = "FFBDBDBD", "FFEFE6D2", "FF2B2B2B", "FF9C2A1B"


def finish(doc):
    ops = os.path.join(HERE, "ops", doc.name + ".ops.tsv")
    os.makedirs(os.path.dirname(ops), exist_ok=True)
    doc.save(ops)
    pdf = os.path.join(OUT, doc.name + ".pdf")
    subprocess.run([os.path.join(HERE, "painter", "paint"), ops, pdf], check=True)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, doc.name + ".txt")], check=True)


# ---------------------------------------------------------------- 1. Ur: A3 landscape, headings under their text
def ur():
    d = DOCS["ur_royal_cemetery_1927"]
    doc = Doc("ur_royal_cemetery_1927", " ".join(d["title_lines"]))
    W, H = 1191, 842
    doc.page(W, H)
    doc.text("sans-b", 11, 50, 62, d["kicker"], RED)
    y = 108
    for t in d["title_lines"]:
        doc.text("serif-b", 38, 50, y, t); y += 44
    y = doc.para(d["intro"], "serif-i", 16, 50, y + 8, 700, 21)
    # pull quote in the top right
    doc.rect(820, 70, 3, 100, RED)
    doc.para(d["pullquote"], "serif-i", 20, 836, 92, 300, 26, RED)
    top, bottom = 270, 770
    cols = [(50, 340), (425, 340), (800, 341)]
    body = dict(font="serif", size=13, lead=17.5, after=9)

    def heading(x, s, ybase):
        # rule, number square and title under the text, at the foot of the column
        doc.rect(x, ybase - 34, cols[0][1], 1.5, DARK)
        doc.rect(x, ybase - 24, 28, 28, DARK)
        doc.text("sans-b", 18, x + 8.5, ybase - 3, s["label"], "FFFFFFFF")
        doc.text("sans-b", 20, x + 40, ybase - 3, s["title"])

    S = d["sections"]
    # column 1: section 1 text, then its heading at the foot
    f = Flow(doc, [(0, cols[0][0], top, cols[0][1], bottom - 50)])
    for p in S[0]["paras"]: f.para(p, **body)
    heading(cols[0][0], S[0], bottom)
    # column 2: section 2 text, the caption, then the heading
    f = Flow(doc, [(0, cols[1][0], top, cols[1][1], bottom - 50)])
    for i, p in enumerate(S[1]["paras"]):
        if i == 1: p = p.replace("to the head.", "to the head.*")
        f.para(p, **body)
    c = S[1]["caption"]
    cy = f.y + 4
    doc.rect(cols[1][0] + 200, cy, 140, 100, GREY)
    yy = doc.para(c["position"] + ": " + c["text"], "sans", 9, cols[1][0], cy + 9, 188, 12)
    doc.para(c["credit"], "sans-i", 8, cols[1][0], yy + 2, 188, 10.5, "FF555555")
    heading(cols[1][0], S[1], bottom)
    # column 3: sidebar box first, then section 3, heading at the foot
    x3, w3 = cols[2]
    sb = d["sidebar"]
    lines = [wrap(p, "sans", 10, w3 - 24) for p in sb["paras"]]
    hbox = 16 + 22 + sum(len(l) * 13.5 + 5 for l in lines) + 8
    doc.rect(x3, top, w3, hbox, TINT)
    doc.text("sans-b", 13, x3 + 12, top + 28, sb["title"])
    yy = top + 46
    for l in lines:
        yy = doc.lines(l, "sans", 10, x3 + 12, yy, 13.5) + 5
    f = Flow(doc, [(0, x3, top + hbox + 18, w3, bottom - 50)])
    for p in S[2]["paras"]: f.para(p, **body)
    heading(x3, S[2], bottom)
    # note and footer
    doc.text("sans", 8, 50, 800, d["note"], "FF555555")
    doc.rect(50, 812, W - 100, 0.8, DARK)
    doc.text("sans", 9, 50, 826, d["running"][0], "FF555555")
    doc.text("sans-b", 9, W - 50 - width("sans-b", 9, d["running"][1]), 826, d["running"][1], "FF555555")
    finish(doc)

# ---------------------------------------------------------------- 2. Voyager: A4 catalogue pages 58-59
def voyager():
    d = DOCS["voyager_record_1977"]
    doc = Doc("voyager_record_1977", " ".join(d["title_lines"]))
    W, H = 595, 842
    ML, GUT = 56, 20
    CW = (W - 2 * ML - GUT) / 2
    X1, X2 = ML, ML + CW + GUT
    S = d["sections"]
    doc.page(W, H)
    doc.text("sans", 8, ML, 36, d["running"][0], "FF666666")
    doc.rect(ML, 42, W - 2 * ML, 0.5, "FF999999")
    doc.text("sans-b", 9, ML, 78, d["kicker"], RED)
    doc.text("serif-b", 54, ML, 140, "5", "FFCCCCCC")
    y = 116
    for t in d["title_lines"]:
        doc.text("serif-b", 24, ML + 46, y, t); y += 29
    y = doc.para(d["intro"], "serif-i", 13, ML + 46, y + 10, W - 2 * ML - 46, 17)
    ytop1 = y + 18

    def pg1_foot():
        rows = [("Greetings", "55 languages, from Akkadian to Wu"), ("Sounds", "19 recordings of the Earth"),
                ("Music", "27 pieces, about 90 minutes"), ("Pictures", "116 images coded as sound")]
        ty = 632
        doc.text("sans-b", 9, ML, ty, "Table 5.1  What is on the record")
        ty += 8
        for a, b in rows:
            doc.rect(ML, ty, 80, 17, TINT)
            doc.text("sans-b", 9, ML + 5, ty + 12, a)
            doc.text("sans", 9, ML + 90, ty + 12, b)
            doc.rect(ML, ty + 17, W - 2 * ML, 0.4, "FF999999")
            ty += 19
        doc.rect(ML, 770, W - 2 * ML, 0.5, "FF999999")
        doc.text("sans", 9, ML, 810, d["running"][2], "FF666666")

    def pg2_head():
        doc.page(W, H)
        t = d["running"][1]
        doc.text("sans", 8, W - ML - width("sans", 8, t), 36, t, "FF666666")
        doc.rect(ML, 42, W - 2 * ML, 0.5, "FF999999")
        doc.rect(ML, 60, W - 2 * ML, 170, GREY)
        c = S[2]["caption"]
        yy = doc.para(c["position"] + ": " + c["text"], "sans", 9, ML, 244, W - 2 * ML, 12)
        doc.para(c["credit"], "sans-i", 8, ML, yy, W - 2 * ML, 11, "FF555555")

    def col_start(f, ci):
        if ci == 2:
            pg1_foot(); pg2_head()
            doc.rect(X1, 290, CW, 1.5, RED)
            yy = doc.para(d["pullquote"], "serif-i", 14, X1, 310, CW, 18, RED)
            doc.rect(X1, yy - 4, CW, 1.5, RED)
            f.cols[2] = (1, X1, yy + 12, CW, 740)

    cols = [(0, X1, ytop1, CW, 610), (0, X2, ytop1, CW, 610), (1, X1, 0, CW, 740), (1, X2, 290, CW, 740)]
    f = Flow(doc, cols, col_start)
    body = dict(font="serif", size=11, lead=14.4, after=5)
    for si, s in enumerate(S):
        f.need(60)
        if f.y > f.col[2] + 1: f.skip(8)
        doc.text("sans-b", 11, f.col[1], f.y + 11, s["label"], RED)
        doc.text("sans-b", 11, f.col[1] + 26, f.y + 11, s["title"])
        f.skip(20)
        for pi, p in enumerate(s["paras"]):
            if si == 1 and pi == 1: p = p.replace("decoded correctly.", "decoded correctly.¹")
            f.para(p, **body)
    sy = f.y + 14 if f.ci == 3 else 300
    sb = d["sidebar"]
    lines = [wrap(p, "sans", 9, CW - 20) for p in sb["paras"]]
    hbox = 30 + sum(len(l) * 12 + 4 for l in lines) + 8
    doc.rect(X2, sy, CW, hbox, TINT)
    doc.text("sans-b", 11, X2 + 10, sy + 20, sb["title"])
    yy = sy + 36
    for l in lines: yy = doc.lines(l, "sans", 9, X2 + 10, yy, 12) + 4
    doc.rect(ML, 752, 80, 0.5, "FF999999")
    doc.text("sans", 8, ML, 766, d["note"], "FF555555")
    doc.text("sans", 9, W - ML - width("sans", 9, d["running"][3]), 810, d["running"][3], "FF666666")
    finish(doc)
    return f


# ---------------------------------------------------------------- 3. Transistor: French-fold leaflet, A3 sheet
def transistor():
    d = DOCS["transistor_1947"]
    doc = Doc("transistor_1947", " ".join(d["title_lines"]))
    W, H = 842, 1191
    HH = H / 2
    doc.page(W, H)
    # inside spread = top half, printed upside down: spread point (u, v) -> sheet (W-u, HH-v)
    def T(font, size, u, v, s, color="FF000000"):
        doc.text(font, size, W - u, HH - v, s, color, 180)
    def R(u, v, w, h, color=GREY):
        doc.rect(W - u - w, HH - v - h, w, h, color)
    S = d["sections"]
    PW = W / 2
    M = 34
    CW = PW - 2 * M
    body = dict(font="serif", size=10, lead=13, after=5)

    class UFlow(Flow):
        def para(self, text, font="serif", size=10, lead=13, after=5, pid=None, **kw):
            lines = wrap(text, font, size, self.col[3])
            if self.y + 2 * lead > self.col[4]: self.next_col()
            for k, ln in enumerate(lines):
                if pid is not None and (pid, k) in self.hooks: self.hooks[(pid, k)](self)
                if self.y + lead > self.col[4]: self.next_col()
                T(font, size, self.col[1], self.y + size, ln)
                self.y += lead
            self.y += after
    f = UFlow(doc, [(0, M, 40, CW, HH - 30), (0, PW + M, 40, CW, HH - 30)])
    letters = {"A": 0, "B": 1, "C": 2}
    for si, s in enumerate(S):
        if si: f.skip(10)
        if f.y + 60 > f.col[4]: f.next_col()
        R(f.col[1], f.y, 22, 22, RED)
        T("sans-b", 14, f.col[1] + 6, f.y + 16, s["label"], "FFFFFFFF")
        T("sans-b", 15, f.col[1] + 32, f.y + 16, s["title"])
        f.skip(32)
        for p in s["paras"]:
            f.para(p, **body)
        if s.get("caption"):
            c = s["caption"]
            f.skip(4)
            R(f.col[1], f.y, 120, 86)
            lines = wrap(c["position"] + ": " + c["text"], "sans", 8, CW - 132)
            yy = f.y + 9
            for ln in lines: T("sans", 8, f.col[1] + 132, yy, ln); yy += 10.5
            for ln in wrap(c["credit"], "sans-i", 7, CW - 132): T("sans-i", 7, f.col[1] + 132, yy + 2, ln, "FF555555"); yy += 9.5
            f.skip(96)
            # pull quote
            f.skip(4)
            for ln in wrap(d["pullquote"], "serif-i", 15, CW):
                T("serif-i", 15, f.col[1], f.y + 15, ln, RED); f.skip(19)
            f.skip(10)
    # back panel (bottom left): sidebar and address
    x, y = M, HH + 50
    sb = d["sidebar"]
    doc.rect(x, y, CW, 4, RED)
    doc.text("sans-b", 16, x, y + 30, sb["title"])
    y += 50
    for p in sb["paras"]:
        y = doc.para(p, "serif", 11, x, y, CW, 15) + 6
    y = H - 150
    for ln in d["address"]:
        doc.text("sans", 10, x, y, ln, "FF444444"); y += 14
    # cover (bottom right)
    x = PW + M
    doc.rect(PW, HH, PW, 8, RED)
    doc.text("sans-b", 9, x, HH + 56, d["kicker"], RED)
    y = HH + 110
    for t in d["title_lines"]:
        doc.text("sans-b", 34, x, y, t); y += 40
    y = doc.para(d["intro"], "serif-i", 14, x, y + 14, CW, 19)
    doc.rect(x, y + 20, CW, H - y - 80, GREY)
    finish(doc)


# ---------------------------------------------------------------- 4. Colossus: A3 portrait panel
def colossus():
    d = DOCS["colossus_computer_1944"]
    doc = Doc("colossus_computer_1944", " ".join(d["title_lines"]))
    W, H = 842, 1191
    M, GUT = 50, 26
    CW = (W - 2 * M - GUT) / 2
    X1, X2 = M, M + CW + GUT
    doc.page(W, H)
    doc.rect(0, 0, W, 40, DARK)
    doc.text("sans-b", 11, M, 26, d["running"][1], "FFFFFFFF")
    t = d["running"][0]
    doc.text("sans", 11, W - M - width("sans", 11, t), 26, t, "FFFFFFFF")
    doc.text("mono", 12, M, 84, d["kicker"], RED)
    y = 132
    for t in d["title_lines"]:
        doc.text("serif-b", 36, M, y, t); y += 42
    y = doc.para(d["intro"], "serif", 15, M, y + 8, W - 2 * M - 120, 20)
    label_slot = len(doc.ops)       # labels are moved here afterwards
    top = y + 24
    S = d["sections"]
    labels = []
    body = dict(font="serif", size=11, lead=14.5, after=6)

    def cap_hook(f):
        c = S[1]["caption"]
        f.skip(4)
        doc.rect(f.col[1], f.y, f.col[3], 120, GREY)
        f.skip(128)
        for ln in wrap(c["position"] + ": " + c["text"], "sans", 9, f.col[3]):
            doc.text("sans", 9, f.col[1], f.y + 9, ln); f.skip(12)
        for ln in wrap(c["credit"], "sans-i", 8, f.col[3]):
            doc.text("sans-i", 8, f.col[1], f.y + 8, ln, "FF555555"); f.skip(11)
        f.skip(8)

    f = Flow(doc, [(0, X1, top, CW, 960), (0, X2, top, CW, 780)])
    f.hooks[("2-2", 3)] = cap_hook
    for si, s in enumerate(S):
        if si: f.skip(10)
        f.need(80)
        labels.append((f.col[1], f.y, s["label"]))
        f.skip(18)
        doc.text("sans-b", 16, f.col[1], f.y + 16, s["title"]); f.skip(26)
        for pi, p in enumerate(s["paras"]):
            if si == 0 and pi == 1: p = p.replace("how it was built.", "how it was built.¹")
            f.para(p, pid="%d-%d" % (si + 1, pi + 1), **body)
    # sidebar: foot of column 2
    sb = d["sidebar"]
    lines = [wrap(p, "sans", 10, CW - 24) for p in sb["paras"]]
    hbox = 34 + sum(len(l) * 13.5 + 5 for l in lines) + 8
    sy = 960 - hbox
    doc.rect(X2, sy, CW, hbox, TINT)
    doc.text("sans-b", 13, X2 + 12, sy + 22, sb["title"])
    yy = sy + 40
    for l in lines: yy = doc.lines(l, "sans", 10, X2 + 12, yy, 13.5) + 5
    # pull quote above the sidebar
    doc.para(d["pullquote"], "mono", 12, X2, sy - 46, CW, 16, RED)
    # table across the foot, label cells
    ty = 985
    doc.text("sans-b", 11, M, ty, "Timeline")
    ty += 10
    for a, b in d["table"]:
        doc.rect(M, ty, 70, 22, DARK)
        doc.text("sans-b", 11, M + 12, ty + 15, a, "FFFFFFFF")
        doc.text("sans", 11, M + 84, ty + 15, b)
        doc.rect(M, ty + 22, W - 2 * M, 0.5, "FF999999")
        ty += 24
    doc.text("sans", 9, M, ty + 18, d["note"], "FF555555")
    doc.text("sans-b", 12, W / 2 - 3, H - 30, d["running"][2])
    # the label tabs were drawn in one pass before the body: move them up
    tabs = []
    for x, yv, lab in labels:
        tabs.append(("RECT", round(x, 2), round(yv, 2), round(width("sans-b", 9, lab) + 12, 2), 14, RED))
        tabs.append(("TEXT", "sans-b", 9, round(x + 6, 2), round(yv + 10.5, 2), 0, "FFFFFFFF", lab))
    doc.ops[label_slot:label_slot] = tabs
    finish(doc)


if __name__ == "__main__":
    for n in (sys.argv[1:] or ["ur", "voyager", "transistor", "colossus"]):
        globals()[n]()
