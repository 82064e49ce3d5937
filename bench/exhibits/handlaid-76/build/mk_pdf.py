"""Lays out the four PDFs (ops JSON) with engine.py and paints them with paint_kendo.js."""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from engine import Doc, Flow, width, break_lines
from texts import EX
B = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(B)
RED, NAVY, GREY, TINT = "#a3201b", "#14304f", "#c8c8c8", "#efe6cf"

def secs(n): return EX[n]["sections"]
def paras(blocks): return [b[1] for b in blocks if b[0] == "p"]
def cap(blocks): return [b for b in blocks if b[0] == "cap"][0]

def wrap_text(d, p, x, y, w, text, f, z, lead, c="#000000"):
    for lw, last in break_lines(text.split(), f, z, w, hyph=False):
        d.text(p, x, y + z, " ".join(lw), f, z, c); y += lead
    return y

# ---------------------------------------------------------------- fresnel (A3 portrait wall panel)
def fresnel():
    n = "fresnel_lens_1823"; e = EX[n]; S = secs(n); d = Doc(); W, H = 842, 1191
    p = d.page(W, H)
    d.text(p, 60, 52, "GALLERY 2 · LIGHT ON THE WATER", "sans-b", 11, RED)
    d.rect(p, 40, 64, 762, 112, NAVY)
    d.text(p, 60, 124, e["title"][0], "serif-b", 46, "#ffffff")
    d.text(p, 62, 158, e["title"][1], "serif-i", 20, "#ffffff")
    y = wrap_text(d, p, 60, 196, 722, S[0][2][0][1], "serif", 16, 21)
    d.line(p, 60, y + 8, 782, y + 8, RED, 1.2)
    top = y + 26; bot = 1100
    C1, C2, CW = 60, 442, 340
    def enter_c2(fl):
        # picture + caption at the head of column 2, credit printed first
        d.rect(p, C2, fl.y, CW, 170, GREY); fl.y += 178
        c = cap(S[2][2])
        fl.y = wrap_text(d, p, C2, fl.y, CW, c[3], "sans-b", 9, 11.5, "#555555")
        fl.y = wrap_text(d, p, C2, fl.y, CW, c[1], "sans-i", 10, 12.5) + 14
    fl = Flow(d, [(p, C1, top, CW, 1000), (p, C2, top, CW, bot)], on_enter={1: enter_c2})
    def head(fl, label, title):
        fl.need(60); fl.skip(6)
        d.rect(p, fl.fr[1], fl.y, 22, 22, RED); d.ctext(p, fl.fr[1] + 11, fl.y + 16, label, "sans-b", 13, "#ffffff")
        d.text(p, fl.fr[1] + 30, fl.y + 17, title, "sans-b", 16, NAVY); fl.y += 30
    def table(fl):
        x = fl.fr[1]; y0 = fl.y + 4
        d.text(p, x, y0 + 10, "The six orders of lens", "sans-b", 10, RED); y0 += 16
        rows = [("Order", "Focal length", "Typical use"), ("First", "920 mm", "Major sea lights"),
                ("Third", "500 mm", "Estuaries and channels"), ("Sixth", "150 mm", "Harbours and piers")]
        for i, r in enumerate(rows):
            if i == 0: d.rect(p, x, y0, CW, 16, "#dde3ea")
            for j, (cx, s) in enumerate(zip((x + 4, x + 90, x + 180), r)):
                d.text(p, cx, y0 + 12, s, "sans-b" if (i == 0 or j == 0) else "sans", 9)
            d.line(p, x, y0 + 16, x + CW, y0 + 16, "#999999", 0.5); y0 += 16
        fl.y = y0 + 10
    for si in (1, 2, 3):
        label, title, blocks = S[si]
        head(fl, label, title)
        for k, t in enumerate(paras(blocks)):
            hooks = {}
            fl.para(t, "serif", 13, 17.5, after=7, tag="%s-%d" % (label, k + 1), hooks=hooks)
            if si == 2 and k == 0: table(fl)
        if si == 2:
            # pull quote between II and III (not a body sentence)
            fl.skip(6); d.line(p, fl.fr[1], fl.y, fl.fr[1] + CW, fl.y, RED, 1)
            fl.y = wrap_text(d, p, fl.fr[1], fl.y + 6, CW, "“The lamp was nothing; the glass was everything.”", "serif-i", 20, 24, RED)
            d.rtext(p, fl.fr[1] + CW, fl.y + 12, "— Keeper’s log, Pointe de Grave, 1825", "sans", 10, "#555555")
            fl.y += 22; d.line(p, fl.fr[1], fl.y, fl.fr[1] + CW, fl.y, RED, 1); fl.y += 10
    # sidebar box
    label, title, blocks = S[4]
    fl.skip(8); y0 = fl.y; x = fl.fr[1]
    lines = break_lines(blocks[0][1].split(), "sans", 11, CW - 24, hyph=False)
    hbox = 40 + len(lines) * 14.5 + 10
    d.rect(p, x, y0, CW, hbox, TINT)
    d.text(p, x + 12, y0 + 24, title, "sans-b", 13, NAVY)
    yy = y0 + 34
    for lw, last in lines: d.text(p, x + 12, yy + 11, " ".join(lw), "sans", 11); yy += 14.5
    d.line(p, 60, 1130, 782, 1130, "#888888", 0.6)
    d.text(p, 60, 1148, e["running"][0], "sans", 10, "#444444")
    d.rtext(p, 782, 1148, e["running"][1], "sans-b", 12, RED)
    return d

# ---------------------------------------------------------------- pharos (A4 catalogue pages 56-57)
def pharos():
    n = "pharos_alexandria_280bc"; e = EX[n]; S = secs(n); d = Doc(); W, H = 595, 842
    p1 = d.page(W, H)
    d.text(p1, 56, 40, e["running"][0], "serif-i", 9, "#555555"); d.line(p1, 56, 46, 539, 46, "#999999", 0.5)
    d.text(p1, 56, 84, "CATALOGUE 4", "sans-b", 9, RED)
    d.text(p1, 56, 114, e["title"][0], "serif-b", 26)
    d.text(p1, 56, 138, e["title"][1], "serif-i", 16, "#444444")
    y = wrap_text(d, p1, 56, 152, 483, S[0][2][0][1], "serif-i", 12, 15.5)
    CW = 232; X1, X2 = 56, 307
    # full-width picture band on p. 56; its caption sits on the footer baseline beside the folio
    d.rect(p1, 56, y + 14, 483, 190, GREY); top = y + 220

    pages = {"p2": None}
    def turn(fl):
        p2 = d.page(W, H); pages["p2"] = p2
        d.rtext(p2, 539, 40, e["running"][2], "serif-i", 9, "#555555"); d.line(p2, 56, 46, 539, 46, "#999999", 0.5)
        d.rtext(p2, 539, 811, e["running"][3], "serif-b", 10)
        fl.frames[2] = (p2, X1, 70, CW, 770); fl.frames[3] = (p2, X2, 70, CW, 770)
        fl.y = 70
    d.text(p1, 56, 811, e["running"][1], "serif-b", 10)
    fl = Flow(d, [(p1, X1, top, CW, 780), (p1, X2, top, CW, 780), None, None], on_enter={2: turn})
    for si in (1, 2, 3):
        label, title, blocks = S[si]
        fl.need(40); fl.skip(4)
        d.text(fl.fr[0], fl.fr[1], fl.y + 11, title, "sans-b", 11, RED); fl.y += 18
        for k, t in enumerate(paras(blocks)):
            fl.para(t, "serif", 11, 14.5, indent=0 if k == 0 else 12, after=2, tag="%s-%d" % (title, k + 1))
        if si == 2:
            c = cap(blocks)   # caption of the picture band, set on the footer baseline of p. 56
            d.rtext(p1, 539, 806, c[1], "serif-i", 8, "#333333")
            d.rtext(p1, 539, 816, c[3], "serif", 8, "#333333")
    label, title, blocks = S[4]
    fl.skip(10); x = fl.fr[1]; pg = fl.fr[0]
    lines = break_lines(blocks[0][1].split(), "sans", 9, CW - 20, hyph=False)
    h = 30 + len(lines) * 12 + 8
    d.rect(pg, x, fl.y, CW, h, TINT); d.text(pg, x + 10, fl.y + 18, title, "sans-b", 10, RED)
    yy = fl.y + 24
    for lw, last in lines: d.text(pg, x + 10, yy + 9, " ".join(lw), "sans", 9); yy += 12
    return d

# ---------------------------------------------------------------- rnli (A4 landscape bi-fold, 2 sides)
def rnli():
    n = "rnli_founding_1824"; e = EX[n]; S = secs(n); d = Doc(); W, H = 842, 595
    o = d.page(W, H)
    # cover (right half) written first
    cx = 421 + 36; cw = 421 - 72
    d.text(o, cx, 50, "FREE VISITOR LEAFLET · HARBOUR HOUSE MUSEUM, DOUGLAS", "sans-b", 8, RED)
    d.rect(o, 421, 64, 421, 120, RED)
    d.text(o, cx, 118, e["title"][0], "serif-b", 38, "#ffffff")
    y = wrap_text(d, o, cx, 132, cw, e["title"][1], "serif-i", 14, 17, "#ffffff")
    d.rect(o, cx, 200, cw, 170, GREY)
    wrap_text(d, o, cx, 386, cw, S[0][2][0][1], "serif", 12, 16)
    # back panel (left half): sidebar box, visiting info, repeated title, colophon
    bx = 36; bw = 421 - 72
    label, title, blocks = S[4]
    lines = break_lines(blocks[0][1].split(), "sans", 10, bw - 24, hyph=False)
    h = 34 + len(lines) * 13.5 + 10
    d.rect(o, bx, 50, bw, h, TINT); d.text(o, bx + 12, 72, title, "sans-b", 12, RED)
    yy = 80
    for lw, last in lines: d.text(o, bx + 12, yy + 10, " ".join(lw), "sans", 10); yy += 13.5
    yy = 50 + h + 30
    d.text(o, bx, yy, "Visiting", "sans-b", 11); yy += 6
    yy = wrap_text(d, o, bx, yy, bw, "Harbour House is open daily from April to October, 10.00 to 17.00. Admission is free; donations support the museum and the lifeboat station next door.", "sans", 9, 12)
    d.text(o, bx, 520, e["title"][0], "serif-b", 16, RED)
    d.text(o, bx, 545, "Text and design: Harbour House Museum. Printed by Quayside Press, Douglas, May 2024.", "sans", 7, "#555555")
    # inside
    i = d.page(W, H)
    PW = 421; M = 36; CW = PW - 2 * M
    def mark(fl):
        d.rtext(i, PW - M, 582, "continued →", "sans-i", 9, RED)
    fl = Flow(d, [(i, M, 46, CW, 560), (i, PW + M, 46, CW, 560)], on_enter={1: mark})
    def head(fl, label, title):
        fl.need(50); fl.skip(6); x = fl.fr[1]
        d.rect(i, x, fl.y, 24, 24, RED); d.ctext(i, x + 12, fl.y + 18, label, "sans-b", 15, "#ffffff")
        d.text(i, x + 32, fl.y + 18, title, "sans-b", 15, "#14304f"); fl.y += 32
    def picture(fl):
        c = cap(S[2][2]); x = fl.fr[1]
        d.rect(i, x, fl.y + 2, 150, 100, GREY)
        yy = fl.y + 2
        lines = break_lines(("Left: " + c[1]).split(), "sans-i", 9, CW - 162, hyph=False)
        for lw, last in lines: d.text(i, x + 162, yy + 9, " ".join(lw), "sans-i", 9); yy += 11.5
        yy = wrap_text(d, i, x + 162, yy + 2, CW - 162, c[3], "sans", 8, 10, "#555555")
        fl.y += 112
    for si in (1, 2, 3):
        label, title, blocks = S[si]
        head(fl, label, title)
        for k, t in enumerate(paras(blocks)):
            hooks = {}
            if si == 2 and k == 1: hooks = {2: picture}
            tag = "%s-%d" % (label, k + 1)
            fl.para(t, "serif", 11, 14.5, after=6, hooks=hooks, tag=tag)

    return d

# ---------------------------------------------------------------- us life-saving (A4, 2 pages)
def uslss():
    n = "us_life_saving_service_1871"; e = EX[n]; S = secs(n); d = Doc(); W, H = 595, 842
    p1 = d.page(W, H)
    def foot(p, k):
        d.line(p, 50, 800, 545, 800, "#888888", 0.5)
        d.text(p, 50, 814, e["running"][0], "sans", 8, "#444444"); d.rtext(p, 545, 814, e["running"][k], "sans", 8, "#444444")
    d.text(p1, 50, 50, "STORM COAST GALLERIES · ROOM 5", "sans-b", 9, "#1d5a7a")
    d.text(p1, 50, 82, e["title"][0], "serif-b", 28)
    d.text(p1, 50, 104, e["title"][1], "serif", 15, "#1d5a7a")
    y = wrap_text(d, p1, 50, 118, 495, S[0][2][0][1], "serif", 13, 17)
    d.line(p1, 50, y + 6, 545, y + 6, "#1d5a7a", 1)
    CW = 235; X1, X2 = 50, 310; top = y + 20
    def note_and_turn(fl):
        # footnote spanning both columns at the foot of p. 1, then footer, then page 2
        d.line(p1, 50, 738, 150, 738, "#000000", 0.5)
        wrap_text(d, p1, 50, 742, 495, "* Lyle’s gun, first tried in 1877, could throw its line some six hundred yards; a Hunt gun and rockets were also used at some stations.", "serif", 8, 10)
        foot(p1, 1)
        p2 = d.page(W, H); fl.frames[2] = (p2, X1, 50, CW, 780); fl.frames[3] = (p2, X2, 50, CW, 780); fl.y = 50
        pages.append(p2)
    pages = []
    fl = Flow(d, [(p1, X1, top, CW, 730), (p1, X2, top, CW, 730), None, None], on_enter={2: note_and_turn})
    for si in (1, 2, 3):
        label, title, blocks = S[si]
        if si == 3:
            # block quotation in large type, attribution on its own line (not a body sentence)
            pg = fl.fr[0]; fl.skip(6)
            fl.y = wrap_text(d, pg, fl.fr[1] + 8, fl.y, CW - 8, "“You have to go out, but you don’t have to come back.”", "serif-i", 17, 21, "#1d5a7a")
            d.text(pg, fl.fr[1] + 8, fl.y + 11, "— Saying of the surfmen, about 1900", "sans", 9, "#444444"); fl.y += 24
        fl.need(40); fl.skip(4); pg = fl.fr[0]
        d.text(pg, fl.fr[1], fl.y + 13, "%s. %s" % (label, title), "sans-b", 13, "#1d5a7a"); fl.y += 21
        for k, t in enumerate(paras(blocks)):
            if si == 2 and k == 1:
                t = t.replace("invented by David Lyle.", "invented by David Lyle.*")
            fl.para(t, "serif", 12, 16, after=6, tag="%s-%d" % (label, k + 1))
        if si == 2:
            c = cap(blocks); pg = fl.fr[0]; x = fl.fr[1]; fl.skip(4)
            d.rect(pg, x + 95, fl.y, CW - 95, 110, GREY)
            yy = fl.y
            for lw, last in break_lines(("Right: " + c[1]).split(), "sans-i", 9, 88, hyph=False):
                d.text(pg, x, yy + 9, " ".join(lw), "sans-i", 9); yy += 11.5
            lw2 = break_lines(c[3].split(), "sans", 8, 88, hyph=False)
            yy += 2
            for j, (lw, last) in enumerate(lw2):
                s = " ".join(lw)
                d.text(pg, x, yy + 8, s, "sans", 8, "#555555"); yy += 10
            fl.y = max(yy, fl.y + 110) + 10
    label, title, blocks = S[4]
    pg = fl.fr[0]; fl.skip(10); x = fl.fr[1]
    lines = break_lines(blocks[0][1].split(), "sans", 9.0, CW - 20, hyph=False)
    h = 30 + len(lines) * 12 + 8
    d.rect(pg, x, fl.y, CW, h, "#e3edf2"); d.text(pg, x + 10, fl.y + 18, title, "sans-b", 11, "#1d5a7a")
    yy = fl.y + 24
    for lw, last in lines: d.text(pg, x + 10, yy + 9, " ".join(lw), "sans", 9); yy += 12
    foot(pages[0], 2)
    return d

if __name__ == "__main__":
    for n, fn in [("fresnel_lens_1823", fresnel), ("pharos_alexandria_280bc", pharos),
                  ("rnli_founding_1824", rnli), ("us_life_saving_service_1871", uslss)]:
        d = fn(); os.makedirs(os.path.join(B, "ops"), exist_ok=True)
        d.save(os.path.join(B, "ops", n + ".json"))
        with open(os.path.join(B, "layout_log.txt"), "a") as lg: lg.write(n + ": " + "; ".join(d.log) + "\n")
        subprocess.run(["node", os.path.join(B, "paint_kendo.js"), os.path.join(B, "ops", n + ".json"),
                        os.path.join(OUT, n + ".pdf"), " ".join(EX[n]["title"]), "mk_pdf.py %s (set 76)" % n], check=True)
        print(n, "ok")
