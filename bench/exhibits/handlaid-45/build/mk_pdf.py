# Draws the four PDFs as SVG pages (my layout, my line breaker) and converts them with svg2pdf (vl-convert-python).
import os, subprocess, sys
import vl_convert as vlc
from content import DOCS
from svgpage import Page, Flow, wrap, width

OUT = os.path.dirname(os.path.abspath(__file__)) + "/.."
TMP = os.path.dirname(os.path.abspath(__file__)) + "/pages"
os.makedirs(TMP, exist_ok=True)
BROWN, RED, BLUE, TINT = "#7a2e1d", "#b3262c", "#1f4e79", "#efe6d4"


def write(name, pages):
    files = []
    for i, p in enumerate(pages):
        f = f"{TMP}/{name}_{i + 1}.pdf"
        open(f"{TMP}/{name}_{i + 1}.svg", "w").write(p.svg())
        open(f, "wb").write(vlc.svg_to_pdf(p.svg()))
        files.append(f)
    if len(files) == 1:
        os.replace(files[0], f"{OUT}/{name}.pdf")
    else:  # poppler's pdfunite joins the one-page svg2pdf files
        subprocess.run(["pdfunite", *files, f"{OUT}/{name}.pdf"], check=True)


def caption_block(p, x, y, w, c, size=8.5, fam="sans"):
    ls = wrap(c["position"] + ": " + c["text"], w, fam, size)
    first = True
    for ln in ls:
        if first:
            pos = c["position"] + ":"
            p.text(x, y, pos, fam, size, "bold")
            p.text(x + width(pos + " ", fam, size, "bold"), y, ln[len(pos) + 1:], fam, size)
            first = False
        else:
            p.text(x, y, ln, fam, size)
        y += size * 1.3
    for ln in wrap(c["credit"], w, fam, size - 1, style="italic"):
        p.text(x, y, ln, fam, size - 1, style="italic", fill="#444")
        y += (size - 1) * 1.3
    return y


# ------------------------------------------------------------------ 1 Cromford: A3 wall panel, 3 unequal columns
def cromford():
    d = DOCS["cromford_mill_1771"]
    p = Page(842, 1191)
    p.text(60, 80, d["kicker"].upper(), "sans", 11, "bold", fill=BROWN, spacing=2)
    p.text(60, 130, d["title_lines"][0], "sans", 40, "bold")
    p.text(60, 172, d["title_lines"][1], "serif", 28, style="italic", fill=BROWN)
    y = p.para(60, 212, 720, d["intro"], size=16, lead=21, weight="bold", hyph=False)
    p.line(60, y, 782, y, BROWN, 2)
    top = y + 20
    # unequal columns: A (wide) | caption column (narrow) | C (wide)
    cols = [(60, top, 880, 300), (550, top, 1080, 232)]
    f = Flow(p, cols, size=11, lead=14.5)
    secs = d["sections"]
    f.on_col = lambda ci: capcol(p, d, secs, top)
    for k, s in enumerate(secs):
        if k == 2:
            pass
        f.heading(s["title"], 15, label=s["label"], label_fill=BROWN)
        for j, t in enumerate(s["paras"]):
            if s["label"] == "2" and j == 1:
                t = t.replace("five-storey mill", "five-storey mill*")
            f.para(t)
        if s.get("caption") and k == 1:
            capsec = f.y
    # sidebar: tinted box at the foot of column C
    sb = d["sidebar"]
    sy = f.y + 24
    ls = [wrap(t, 212, "sans", 10) for t in sb["paras"]]
    h = 40 + sum(len(l) for l in ls) * 13 + 8 * len(ls)
    p.rect(550, sy, 232, h, fill=TINT)
    p.text(560, sy + 22, sb["title"], "sans", 12, "bold", fill=BROWN)
    yy = sy + 40
    for l in ls:
        yy = p.lines(560, yy, l, 13, fam="sans", size=10) + 8
    p.line(60, 1125, 782, 1125, "#999", 0.6)
    p.text(60, 1142, d["running"][0], "sans", 9)
    p.text(782, 1142, d["running"][1], "sans", 9, "bold", anchor="end")
    return [p]


def capcol(p, d, secs, top):
    # caption column between the text columns: drawn when the flow leaves column A
    p.rect(380, top + 300, 150, 190)
    yc = caption_block(p, 380, top + 506, 150, secs[1]["caption"])
    p.text(380, yc + 30, "", "serif", 10)
    for ln in wrap(d["pull"], 150, "serif", 15, style="italic", hyph=False):
        yc += 20
        p.text(380, yc + 20, ln, "serif", 15, style="italic", fill=BROWN)
    p.text(380, yc + 60, d["note"], "sans", 7.5) if False else None
    ny = yc + 60
    for ln in wrap(d["note"], 150, "sans", 7.5):
        p.text(380, ny, ln, "sans", 7.5)
        ny += 10


# ------------------------------------------------------------------ 2 Bedford: Z-fold leaflet, outside then inside
def bedford():
    d = DOCS["bedford_level_1870"]
    W, H, PW = 842, 595, 842 / 3
    out, ins = Page(W, H), Page(W, H)
    # inside: panels 2,3,4 = x 0, PW, 2PW ; outside: panels 5 (flap, left), 6 (back, middle), 1 (cover, right)
    cols_in = [(PW * i + 24, 40, 545, PW - 48) for i in range(3)]
    flap = (24, 40, 560, PW - 48)
    cols_in[2] = (2 * PW + 24, 40, 120, PW - 48)  # a map fills the foot of panel 4
    ins.rect(2 * PW + 24, 150, PW - 48, 390)
    pieces = []
    f = Flow(ins, cols_in + [flap], size=10.5, lead=13.6)
    secs = d["sections"]

    def on_col(ci):
        if ci == 3:  # continue on the outside flap
            f.p = out
    f.on_col = on_col
    for k, s in enumerate(secs):
        f.heading(s["title"], 12, label=s["label"], label_fill=BLUE)
        for j, t in enumerate(s["paras"]):
            f.para(t)
            if k == 1 and j == 0:
                c = s["caption"]
                f.need(190)
                x = f.col()[0]
                f.p.rect(x, f.y + 4, f.col()[3], 150)
                f.y = caption_block(f.p, x, f.y + 168, f.col()[3], c, 8) + 4
        if k == 1:
            # pull quote across the foot of panel 3
            pass
    # back panel (outside middle): sidebar, then address
    sb = d["sidebar"]
    x = PW + 24
    out.text(x, 70, sb["title"], "sans", 12, "bold", fill=BLUE)
    y = 88
    for t in sb["paras"]:
        y = out.para(x, y, PW - 48, t, size=9.5, lead=12.2, fam="sans")
    out.text(x, y + 40, d["pull"], "serif", 11, style="italic", fill=BLUE) if False else None
    for ln in wrap(d["pull"], PW - 48, "serif", 13, style="italic", hyph=False):
        y += 18
        out.text(x, y + 20, ln, "serif", 13, style="italic", fill=BLUE)
    y += 70
    for ln in ["Welney Fen Heritage Centre", "Hundred Foot Bank, Welney", "Open daily 10 am – 4 pm",
               "Entry free · Leaflet WF/L/12"]:
        out.text(x, y, ln, "sans", 8.5)
        y += 11
    # cover (outside right)
    x = 2 * PW + 24
    out.rect(2 * PW, 0, PW, 200, fill=BLUE)
    out.text(x, 40, d["kicker"].upper(), "sans", 8.5, "bold", fill="#fff", spacing=1.5)
    out.text(x, 100, d["title_lines"][0], "sans", 22, "bold", fill="#fff")
    yy = 128
    for ln in wrap(d["title_lines"][1], PW - 48, "serif", 17, style="italic", hyph=False):
        out.text(x, yy, ln, "serif", 17, style="italic", fill="#fff")
        yy += 21
    out.para(x, 232, PW - 48, d["intro"], size=11, lead=14.5, weight="bold", hyph=False)
    out.rect(x, 330, PW - 48, 200)
    # fold marks
    for pg in (out, ins):
        for i in (1, 2):
            pg.line(PW * i, 8, PW * i, 20, "#999", 0.5)
    # drawing order already set: out holds the flap text first (flow), then back, then cover
    return [out, ins]


# ------------------------------------------------------------------ 3 Mendeleev: newsletter p.1 and p.4 with a jump
def mendeleev():
    d = DOCS["mendeleev_table_1869"]
    p1, p4 = Page(595, 842), Page(595, 842)
    p1.text(50, 70, "The Retort", "serif", 44, "bold", fill=BLUE)
    p1.text(545, 56, "Newsletter of the Halbrook Museum of Chemistry", "sans", 8.5, anchor="end")
    p1.text(545, 70, "Spring issue · No. 58", "sans", 8.5, "bold", anchor="end")
    p1.line(50, 82, 545, 82, BLUE, 2)
    p1.text(50, 104, d["kicker"].upper(), "sans", 9, "bold", fill=RED)
    p1.text(50, 136, d["title_lines"][0], "serif", 28, "bold")
    p1.text(50, 164, d["title_lines"][1], "serif", 20, style="italic")
    y = p1.para(50, 190, 495, d["intro"], size=12, lead=15.5, style="italic", hyph=False)
    top = y + 8
    cols1 = [(50, top, 590, 238), (307, top, 590, 238)]
    cols4 = [(50, 110, 560, 238), (307, 110, 560, 238)]
    secs = d["sections"]
    f = Flow(p1, cols1 + cols4, size=10, lead=12.8)

    def on_col(ci):
        if ci == 2:
            p1.text(545, 762, "Continued on page 4 ▸", "sans", 8.5, "bold", fill=RED, anchor="end")
            f.p = p4
            p4.text(50, 100, "◂ Continued from page 1", "sans", 8.5, "bold", fill=RED)
    f.on_col = on_col
    # page 4 head first
    p4.text(50, 50, "The Retort · Spring issue", "sans", 8.5)
    p4.text(545, 50, "4", "sans", 10, "bold", anchor="end")
    p4.line(50, 58, 545, 58, BLUE, 1)
    p4.text(50, 84, "A Table with Gaps", "serif", 16, "bold", style="normal")
    for k, s in enumerate(secs):
        f.heading(s["title"], 13, fam="serif")
        for j, t in enumerate(s["paras"]):
            if k == 0 and j == 1:
                # picture across column foot + caption before the paragraph continues
                f.need(150)
                x = f.col()[0]
                f.p.rect(x, f.y + 6, 238, 90)
                f.y = caption_block(f.p, x, f.y + 110, 238, s["caption"], 8) + 4
            f.para(t)
    # page 1 foot
    p1.line(50, 790, 545, 790, BLUE, 1)
    p1.text(50, 805, "The Retort · Spring issue", "sans", 8.5)
    p1.text(545, 805, "1", "sans", 10, "bold", anchor="end")
    # page 4: pull quote, sidebar box, diary
    y = max(f.y, 560) + 30
    for ln in wrap(d["pull"], 495, "serif", 18, style="italic", hyph=False):
        p4.text(297, y, ln, "serif", 18, style="italic", fill=RED, anchor="middle")
        y += 22
    y += 10
    sb = d["sidebar"]
    ls = [wrap(t, 230, "sans", 9) for t in sb["paras"]]
    h = 34 + sum(len(l) for l in ls) * 11.5 + 6 * len(ls)
    p4.rect(50, y, 250, h, fill=TINT)
    p4.text(60, y + 20, sb["title"], "sans", 11, "bold", fill=RED)
    yy = y + 36
    for l in ls:
        yy = p4.lines(60, yy, l, 11.5, fam="sans", size=9) + 6
    p4.text(320, y + 20, "Diary dates", "sans", 11, "bold")
    dy = y + 38
    for ln in ["12 April · Members’ evening: the element cards", "3 May · Family day: make a periodic table quilt",
               "21 June · Talk: glassware of the 1860s"]:
        p4.text(320, dy, ln, "sans", 9)
        dy += 14
    return [p1, p4]


# ------------------------------------------------------------------ 4 Shinkansen: A4 panel, colour band, box quote, rotated sidebar
def shinkansen():
    d = DOCS["shinkansen_1964"]
    p = Page(595, 842)
    sb = d["sidebar"]
    # rotated sidebar box along the right edge, drawn first
    p.group("translate(572 760) rotate(-90)")
    ls = [wrap(t, 600, "sans", 8.5) for t in sb["paras"]]
    p.rect(0, -50, 640, 66, fill=TINT)
    p.text(8, -36, sb["title"], "sans", 10, "bold", fill=RED)
    yy = -24
    for l in ls:
        yy = p.lines(8, yy, l, 10, fam="sans", size=8.5) + 1
    p.end()
    p.text(40, 28, d["running"][0], "sans", 8)
    p.rect(0, 40, 595, 120, fill=RED)
    p.text(40, 66, d["kicker"].upper(), "sans", 9, "bold", fill="#fff", spacing=1.5)
    p.text(40, 106, d["title_lines"][0], "sans", 32, "bold", fill="#fff")
    p.text(40, 140, d["title_lines"][1], "sans", 20, fill="#fff")
    y = p.para(40, 184, 470, d["intro"], size=11.5, lead=15, weight="bold", hyph=False)
    top = y + 4
    cols = [(40, top, 770, 228), (282, top, 770, 228)]
    f = Flow(p, cols, size=9.5, lead=12)
    secs = d["sections"]
    for k, s in enumerate(secs):
        f.heading(s["title"], 12, label=s["label"], label_fill=RED)
        for j, t in enumerate(s["paras"]):
            if k == 1 and j == 0:
                t = t.replace("1 October 1964.", "1 October 1964.¹")
            if k == 0 and j == 0:
                # highlighted box quote breaking the paragraph mid-sentence
                cut = t.index(" and could take no more.")
                a, b = t[:cut], t[cut + 1:]
                f.para(a, after=0)
                f.y += 8
                x = f.col()[0]
                p.rect(x, f.y, 228, 44, fill="#f6d54a")
                qy = f.y + 18
                for ln in wrap(d["pull"], 212, "serif", 12, style="italic", weight="bold", hyph=False):
                    p.text(x + 8, qy, ln, "serif", 12, "bold", "italic")
                    qy += 15
                f.y += 50
                f.para(b)
                continue
            f.para(t)
        if s.get("caption"):
            c = s["caption"]
            f.need(130)
            x = f.col()[0]
            f.y = caption_block(p, x, f.y + 10, 228, c, 8)
            p.rect(x, f.y, 228, 84)
            f.y += 92
    # footnote across both columns
    p.line(40, 782, 160, 782, "#000", 0.5)
    for ln in wrap(d["note"], 470, "sans", 7.5):
        p.text(40, 794, ln, "sans", 7.5)
    p.text(40, 822, d["running"][1], "sans", 8, style="italic")
    p.text(510, 822, d["running"][2], "sans", 9, "bold", anchor="end")
    return [p]


if __name__ == "__main__":
    for name, fn in [("cromford_mill_1771", cromford), ("bedford_level_1870", bedford),
                     ("mendeleev_table_1869", mendeleev), ("shinkansen_1964", shinkansen)]:
        write(name, fn())
        subprocess.run(["pdftotext", "-raw", f"{OUT}/{name}.pdf", f"{OUT}/{name}.txt"], check=True)
        print("made", name)
