"""Four PDFs of set 61: Ipe XML written by my own layout (lay.py), converted by ipetoipe -pdf."""
import os, subprocess, sys
from content import EX, OUT
from lay import Doc, Flow, ragged, width, PT2BP

RED = (0.72, 0.12, 0.10)
NAVY = (0.10, 0.16, 0.30)
GREY = (0.35, 0.35, 0.35)
TINT = (0.93, 0.91, 0.86)
WHITE = (1, 1, 1)
YEL = (0.98, 0.80, 0.25)
WORK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ipe")
LOG = []


def secs(name):
    return EX[name]["sections"]


def text_of(s, i):
    return s["blocks"][i]["text"]


def cap(s):
    return [b for b in s["blocks"] if b["kind"] == "caption"][0]


def caption_block(doc, pg, x, y, w, c, size=8, pos=True, key="I"):
    t = ((c["position"] + ": ") if (pos and c["position"]) else "") + c["text"]
    y = ragged(doc, pg, x, y, t, key, size, size * 1.25, w)
    y = ragged(doc, pg, x, y + 1, c["credit"], "C", size - 1.5, (size - 1.5) * 1.25, w)
    return y


# ======================================================================= Ribblehead
def ribblehead():
    name = "ribblehead_viaduct_1875"
    ex = EX[name]; S = secs(name); X = ex["extra"]
    d = Doc(595, 842, "Twenty-Four Arches: Ribblehead Viaduct, 1875", 2)
    # running heads / feet
    d.text(0, 56, 40, "18", "SB", 8.5); d.text(0, 72, 40, "Railways of the North", "I", 9)
    d.text(1, 539, 40, "19", "SB", 8.5, align="right"); d.text(1, 523, 40, "Railways of the North", "I", 9, align="right")
    for pg in (0, 1):
        d.line(pg, 56, 46, 539, 46, GREY, 0.4)
        d.text(pg, 297.5, 818, "Moorside Railway Museum · Exhibition Catalogue", "S", 7, GREY, align="center")
    d.text(0, 56, 72, X["kicker"], "SB", 8, RED)
    d.text(0, 56, 100, ex["title_lines"][0], "B", 26)
    d.text(0, 56, 125, ex["title_lines"][1], "I", 19, RED)
    y = ragged(d, 0, 56, 140, text_of(S[0], 0), "R", 12.5, 16, 483)
    top = y + 10
    d.line(0, 56, top - 4, 539, top - 4, GREY, 0.4)
    frames = [(0, 56, top, 752, 232), (0, 307, top, 752, 232), (1, 56, 70, 780, 232), (1, 307, 70, 780, 232)]
    f = Flow(d, frames, LOG)

    def leave0(doc, fr, yy):
        pass

    def leave1(doc, fr, yy):
        doc.text(0, 539, 760, X["overleaf"], "I", 8, RED, align="right")
    f.on_leave[1] = leave1

    def head(sec, first=False):
        if not first:
            f.skip(8)
        f.need(60)
        pg, x = f.fr[0], f.fr[1]
        d.text(pg, x, f.y + 7, X["kickers"][sec["label"]], "SB", 6.5, RED)
        d.text(pg, x, f.y + 22, sec["label"], "SB", 12, RED)
        d.text(pg, x + 26, f.y + 22, sec["title"], "B", 13)
        f.skip(30)

    def factbox(fl):
        pg, x, w = fl.fr[0], fl.fr[1], fl.fr[4]
        y0 = fl.y + 3
        d.rect(pg, x, y0, w, 58, fill=TINT)
        d.text(pg, x + 8, y0 + 14, X["fact"][0], "SB", 9, RED)
        yy = y0 + 26
        for ln in X["fact"][1:]:
            d.text(pg, x + 8, yy, ln, "S", 8); yy += 10.5
        fl.skip(66)

    def picture(fl):
        if fl.y + 255 > fl.fr[3]:
            fl.next_frame()
        pg, x, w = fl.fr[0], fl.fr[1], fl.fr[4]
        y0 = fl.y + 4
        d.picture(pg, x, y0, w, 190)
        yy = caption_block(d, pg, x, y0 + 196, w, cap(S[2]))
        fl.y = yy + 6

    s = S[1]; head(s, True)
    f.para(text_of(s, 0), size=10, lead=13, name="2.1-1")
    f.para(text_of(s, 1).replace("Charles Sharland", "Charles Sharland†"), size=10, lead=13, indent=10, name="2.1-2", inserts={3: factbox})
    s = S[2]; head(s)
    f.para(text_of(s, 0), size=10, lead=13, name="2.2-1")
    f.para(text_of(s, 1), size=10, lead=13, indent=10, name="2.2-2", inserts={2: picture})
    s = S[3]; head(s)
    f.para(text_of(s, 0), size=10, lead=13, name="2.3-1")
    # footnote across both columns of p. 18
    d.line(0, 56, 768, 140, 768, GREY, 0.4)
    d.text(0, 56, 779, X["footnote"], "R", 7.5)
    f.para(text_of(s, 1), size=10, lead=13, indent=10, name="2.3-2")
    # pull quote in column 1 of p.19
    f.skip(10)
    pg, x = f.fr[0], f.fr[1]
    d.line(pg, x, f.y, x + 232, f.y, RED, 1.2)
    yy = ragged(d, pg, x, f.y + 6, X["pull"], "I", 15, 19, 232)
    d.line(pg, x, yy + 6, x + 232, yy + 6, RED, 1.2)
    # sidebar at the top of column 2, p.19
    sb = S[4]
    d.rect(1, 307, 70, 232, 170, fill=TINT)
    d.text(1, 317, 90, sb["title"], "SB", 11, NAVY)
    ragged(d, 1, 317, 98, text_of(sb, 0), "S", 8.5, 11.5, 212)
    d.picture(1, 307, 260, 232, 160)
    d.save(os.path.join(WORK, name))
    return name


# ======================================================================= Gotthard (A3)
def gotthard():
    name = "gotthard_tunnel_1882"
    ex = EX[name]; S = secs(name); X = ex["extra"]
    W, H = 842, 1191
    d = Doc(W, H, "Through the Mountain: The Gotthard Railway Tunnel, 1882", 1)
    d.rect(0, 0, 0, W, 190, fill=NAVY)
    d.text(0, 50, 160, X["number"], "SB", 130, YEL)
    d.text(0, 180, 70, X["kicker"], "SB", 11, YEL)
    d.text(0, 180, 118, ex["title_lines"][0], "SB", 44, WHITE)
    d.text(0, 180, 160, ex["title_lines"][1], "I", 28, WHITE)
    y = ragged(d, 0, 50, 220, text_of(S[0], 0), "R", 16, 21, 742)
    top = y + 18
    frames = [(0, 50, top, 968, 360), (0, 432, top, 968, 360)]
    f = Flow(d, frames, LOG)

    def head(sec, first=False):
        if not first:
            f.skip(14)
        f.need(70)
        pg, x = f.fr[0], f.fr[1]
        d.rect(pg, x, f.y + 2, 30, 30, fill=RED)
        d.text(pg, x + 15, f.y + 25, sec["label"], "SB", 18, WHITE, align="center")
        d.text(pg, x + 42, f.y + 25, sec["title"], "B", 19)
        f.skip(44)

    def col2_picture(doc, fr, yy):
        pass

    s = S[1]; head(s, True)
    f.para(text_of(s, 0), size=14, lead=18.5, name="A-1")
    f.para(text_of(s, 1), size=14, lead=18.5, indent=14, name="A-2")
    # pull quote in large type with its attribution on its own line
    f.skip(16)
    pg, x = f.fr[0], f.fr[1]
    d.line(pg, x, f.y, x + 360, f.y, RED, 2)
    yy = f.y + 12
    for ln in X["quote"]:
        d.text(pg, x, yy + 20, ln, "I", 20, NAVY); yy += 25
    d.text(pg, x, yy + 16, X["quote_by"], "S", 10, GREY)
    f.y = yy + 26
    s = S[2]; head(s)
    f.para(text_of(s, 0), size=14, lead=18.5, name="B-1")

    # picture heads column 2 when the flow reaches it
    def leave0(doc, fr, yy):
        x = 432
        y0 = top
        doc.picture(0, x, y0, 360, 200)
        c = cap(S[2])
        # caption printed over the picture, white; credit sideways along the right edge
        doc.rect(0, x, y0 + 150, 360, 50, fill=(0.45, 0.45, 0.45))
        ragged(doc, 0, x + 10, y0 + 158, c["text"], "I", 11, 14, 320, WHITE)
        doc.text(0, x + 354, y0 + 195, c["credit"], "C", 7, WHITE, rot=90)
        f.frames[1] = (0, 432, y0 + 214, 968, 360)
    f.on_leave[0] = leave0
    f.para(text_of(s, 1), size=14, lead=18.5, indent=14, name="B-2")
    s = S[3]; head(s)
    f.para(text_of(s, 0), size=14, lead=18.5, name="C-1")
    f.para(text_of(s, 1), size=14, lead=18.5, indent=14, name="C-2")
    LOG.append("gotthard col2 ends at %.0f (limit 930)" % f.y)
    # timeline strip under both columns
    ty = 975
    d.line(0, 50, ty + 20, 792, ty + 20, NAVY, 2)
    for i, (yr, ev) in enumerate(X["timeline"]):
        x = 50 + i * 124
        d.rect(0, x, ty + 12, 16, 16, fill=NAVY)
        d.text(0, x + 8, ty + 24, str(i + 1), "SB", 9, WHITE, align="center")
        d.text(0, x, ty + 46, yr, "SB", 12, RED)
        d.text(0, x, ty + 60, ev, "S", 8.5)
    # sidebar band
    sb = S[4]
    d.rect(0, 50, 1052, 742, 96, fill=TINT)
    d.text(0, 64, 1074, sb["title"], "SB", 14, NAVY)
    ragged(d, 0, 64, 1082, text_of(sb, 0), "S", 10.5, 14, 714)
    d.line(0, 50, 1160, 792, 1160, GREY, 0.5)
    d.text(0, 50, 1175, ex["running"][0], "S", 8, GREY)
    d.save(os.path.join(WORK, name))
    return name


# ======================================================================= Pontcysyllte (A4, 2 pp.)
def pontcysyllte():
    name = "pontcysyllte_aqueduct_1805"
    ex = EX[name]; S = secs(name); X = ex["extra"]
    d = Doc(595, 842, "A River in the Sky: Pontcysyllte Aqueduct, 1805", 2)
    for pg in (0, 1):
        d.line(pg, 70, 800, 525, 800, GREY, 0.4)
        d.text(pg, 70, 814, ex["running"][0], "I", 8, GREY)
        d.text(pg, 525, 814, ex["running"][1 + pg], "SB", 8, GREY, align="right")
    d.text(0, 70, 62, X["kicker"], "S", 9, RED)
    d.text(0, 70, 94, ex["title_lines"][0], "B", 30, NAVY)
    d.text(0, 70, 118, ex["title_lines"][1], "I", 18)
    y = ragged(d, 0, 70, 134, text_of(S[0], 0), "R", 13, 17, 455)
    frames = [(0, 90, y + 12, 772, 415), (1, 90, 60, 772, 415)]
    f = Flow(d, frames, LOG)
    subs = {"1": ("The Ellesmere Canal", "A scheme to join three rivers"),
            "2": ("Iron on Stone", "How the trough was built"),
            "3": ("After the Canal Age", "From coal boats to pleasure cruises")}

    def head(sec, first=False):
        if not first:
            f.skip(12)
        f.need(60)
        pg, x = f.fr[0], f.fr[1]
        t, sub = subs[sec["label"]]
        d.text(pg, x, f.y + 30, sec["label"], "SB", 30, RED)
        d.text(pg, x + 30, f.y + 15, t, "B", 15)
        d.text(pg, x + 30, f.y + 30, sub, "I", 11, GREY)
        f.skip(40)

    def float_(fl, c, side, h=120):
        pg = fl.fr[0]
        y0 = fl.y + 2
        fx = 90 if side == "left" else 505 - 160
        d.picture(pg, fx, y0, 160, h)
        yy = caption_block(d, pg, fx, y0 + h + 6, 160, c, size=8.5)
        tx = 90 + 174 if side == "left" else 90
        fl.cuts.append((pg, y0, yy, tx, 415 - 174))
        FLOATS.append(yy)

    FLOATS = []

    def boxquote(fl):
        pg = fl.fr[0]
        y0 = fl.y + 4
        d.rect(pg, 110, y0, 375, 58, fill=(0.98, 0.93, 0.70))
        yy = y0 + 24
        for ln in X["box"]:
            d.text(pg, 297.5, yy, ln, "I", 16, NAVY, align="center"); yy += 20
        fl.skip(70)

    s = S[1]; head(s, True)
    f.para(text_of(s, 0), size=11.5, lead=15, name="1-1")
    f.para(text_of(s, 1), size=11.5, lead=15, indent=14, name="1-2", inserts={2: boxquote})
    s = S[2]; head(s)
    f.para(text_of(s, 0).replace("ox blood.", "ox blood.*"), size=11.5, lead=15, name="2-1",
           inserts={1: lambda fl: float_(fl, cap(s), "left")})
    f.para(text_of(s, 1), size=11.5, lead=15, indent=14, name="2-2")
    s = S[3]; head(s)
    f.para(text_of(s, 0), size=11.5, lead=15, name="3-1")
    f.para(text_of(s, 1), size=11.5, lead=15, indent=14, name="3-2",
           inserts={1: lambda fl: float_(fl, cap(s), "right")})
    LOG.append("pontcysyllte flow ends at page %d y %.0f" % (f.fr[0], f.y))
    # footnote on p.1
    d.text(0, 70, 788, X["note"], "R", 7.5)
    sb = S[4]
    y0 = max(f.y + 30, 640) if f.fr[0] == 1 else 640
    y0 = max(f.y, FLOATS[-1]) + 40
    d.rect(1, 90, y0, 415, 100, stroke=NAVY, pen=1)
    d.text(1, 104, y0 + 20, sb["title"], "SB", 12, NAVY)
    ragged(d, 1, 104, y0 + 28, text_of(sb, 0), "S", 9, 12, 387)
    d.save(os.path.join(WORK, name))
    return name


# ======================================================================= Home Insurance (pp. 46-47)
def home_insurance():
    name = "home_insurance_building_1885"
    ex = EX[name]; S = secs(name); X = ex["extra"]
    d = Doc(595, 842, "The Frame Goes Up: The Home Insurance Building, Chicago, 1885", 2)
    d.text(0, 50, 38, "46", "SB", 9); d.text(0, 68, 38, "The Tall Office", "S", 8.5, GREY)
    d.text(1, 545, 38, "47", "SB", 9, align="right"); d.text(1, 527, 38, "The Tall Office", "S", 8.5, GREY, align="right")
    for pg in (0, 1):
        d.text(pg, 297.5, 822, "Lakeside Architecture Library · Catalogue of the Collection", "S", 7, GREY, align="center")
    d.text(0, 50, 70, X["kicker"], "SB", 8, RED)
    d.text(0, 50, 100, ex["title_lines"][0], "SB", 28)
    d.text(0, 50, 124, ex["title_lines"][1], "R", 16, GREY)
    y = ragged(d, 0, 50, 140, text_of(S[0], 0), "I", 12, 15.5, 495)
    top = y + 12
    frames = [(0, 50, top, 676, 200), (0, 265, top, 676, 200), (1, 50, 470, 650, 240), (1, 305, 470, 650, 240)]
    f = Flow(d, frames, LOG)
    marks = {"New York": "New York¹", "trained in Paris": "trained in Paris²"}

    def head(sec, first=False):
        if not first:
            f.skip(9)
        f.need(50)
        pg, x = f.fr[0], f.fr[1]
        d.text(pg, x, f.y + 12, sec["label"], "SB", 10, RED)
        d.text(pg, x, f.y + 28, sec["title"], "SB", 13)
        f.skip(36)

    def para(t, nm, ind=0, marks_on=()):
        f.para(t, size=11.5, lead=15, indent=ind, name=nm)

    s = S[1]; head(s, True)
    para(text_of(s, 0), "I-1")
    t = text_of(s, 1).replace("Company of New York", "Company of New York¹").replace("trained in Paris", "trained in Paris²")
    para(t, "I-2", 10)
    s = S[2]; head(s)
    para(text_of(s, 0), "II-1")
    para(text_of(s, 1), "II-2", 10)
    s = S[3]; head(s)
    para(text_of(s, 0), "III-1")
    para(text_of(s, 1), "III-2", 10)
    LOG.append("home flow ends at page %d y %.0f" % (f.fr[0], f.y))
    # caption column on p.46 keyed to the pictures on p.47
    cx = 484
    d.line(0, cx - 6, top, cx - 6, 690, GREY, 0.3)
    yy = top
    d.text(0, cx, yy + 8, "ILLUSTRATIONS", "SB", 6.5, RED); yy += 16
    for key, c in (("(a)", cap(S[3])), ("(b)", cap(S[2]))):
        d.text(0, cx, yy + 8, key, "SB", 8)
        yy = caption_block(d, 0, cx, yy + 12, 62, c, size=7.5, key="R") + 10
    # footnotes across both columns
    d.line(0, 50, 712, 160, 712, GREY, 0.4)
    ny = 724
    for n in X["notes"]:
        d.text(0, 50, ny, n, "R", 7.5); ny += 10
    # p.47 pictures
    d.picture(1, 50, 60, 300, 390); d.text(1, 56, 76, "(a)", "SB", 11, WHITE)
    d.picture(1, 365, 60, 180, 180); d.text(1, 371, 76, "(b)", "SB", 11, WHITE)
    # label-cell table
    ty = 252
    d.text(1, 365, ty, "Building facts", "SB", 9, RED); ty += 6
    for k, v in X["table"]:
        d.line(1, 365, ty, 545, ty, GREY, 0.3)
        d.text(1, 365, ty + 11, k, "SB", 7.5)
        ragged(d, 1, 420, ty + 3, v, "S", 7.5, 9, 125); ty += 24 if width(v, "S", 7.5) > 125 else 15
    d.line(1, 365, ty, 545, ty, GREY, 0.3)
    sb = S[4]
    d.rect(1, 50, 670, 495, 110, fill=TINT)
    d.text(1, 62, 690, sb["title"], "SB", 11, RED)
    ragged(d, 1, 62, 698, text_of(sb, 0), "R", 9.5, 12.5, 470)
    d.save(os.path.join(WORK, name))
    return name


def main():
    os.makedirs(WORK, exist_ok=True)
    names = [ribblehead(), gotthard(), pontcysyllte(), home_insurance()]
    for n in names:
        src = os.path.join(WORK, n + ".pdf")
        dst = os.path.join(OUT, n + ".pdf")
        os.replace(src, dst)
        subprocess.run(["pdftotext", "-raw", dst, os.path.join(OUT, n + ".txt")], check=True)
    print("\n".join(LOG))


if __name__ == "__main__":
    main()
