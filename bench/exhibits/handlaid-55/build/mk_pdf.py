"""Lay out the four PDFs with gplay.py, write gnuplot scripts, run gnuplot, then pdftotext -raw."""
import os, subprocess, sys
from gplay import Doc, Flow, width, break_lines, PT
from content import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SER, SERB, SERI = "Liberation Serif", "Liberation Serif Bold", "Liberation Serif Italic"
SAN, SANB, SANI = "Liberation Sans", "Liberation Sans Bold", "Liberation Sans Italic"
GREY = "#c4c4c4"


def caption_lines(doc, p, x, y, w, c, size=9, lead=None, key=None, font=SANI):
    """'Left:' bold + text, then credit in small caps-ish sans on its own line(s)."""
    lead = lead or size * PT * 1.35
    txt = f"{c['position']}: {c['text']}"
    first = True
    for ln, _ in break_lines(txt, SAN, size, w, hyphenate=False):
        y += lead
        s = " ".join(ln)
        if first and s.startswith(c["position"] + ":"):
            lab = c["position"] + ":"
            doc.text(p, x, y, lab, SANB, size, key=key)
            rest = s[len(lab):].lstrip()
            if rest:
                doc.text(p, x + width(lab + " ", SANB, size), y, rest, SAN, size, key=key)
        else:
            doc.text(p, x, y, s, SAN, size, key=key)
        first = False
    for ln, _ in break_lines(c["credit"], font, size - 1, w, hyphenate=False):
        y += lead * 0.95
        doc.text(p, x, y, " ".join(ln), font, size - 1, color="#555555", key=key)
    return y


def table(doc, p, x, y, w, t, size=9, key=None, c1=0.48, band="#7a1f2b"):
    lead = size * PT * 1.6
    y0 = y
    doc.rect(p, x, y, w, lead + 1, band)
    doc.text(p, x + 2, y + lead - 1.2, t["title"], SANB, size, color="#ffffff", key=key)
    y += lead + 1
    for k, (a, b) in enumerate(t["rows"]):
        if k % 2 == 0:
            doc.rect(p, x, y, w, lead, "#efe9e1")
        doc.text(p, x + 2, y + lead - 1.4, a, SANB, size, key=key)
        doc.text(p, x + w * c1, y + lead - 1.4, b, SAN, size, key=key)
        y += lead
    return y


def heading(doc, fl, label, title, lsize=11, tsize=16, color="#7a1f2b", same_line=False):
    lead_l = lsize * PT * 1.4
    lead_t = tsize * PT * 1.25
    fl.ensure(lead_l + lead_t + 4 * 5)
    p, x, _, w, _, key = fl.fr
    kk = lambda: None if key is None else (key, fl.y)
    if same_line:
        fl.y += lead_t
        doc.text(p, x, fl.y - 1.2, label, SANB, tsize + 2, color=color, key=kk())
        doc.text(p, x + width(label + "   ", SANB, tsize + 2), fl.y - 1.2, title, SERB, tsize, key=kk())
    else:
        fl.y += lead_l
        doc.text(p, x, fl.y - 1, label.upper(), SANB, lsize, color=color, key=kk())
        fl.y += lead_t
        doc.text(p, x, fl.y - 1.5, title, SERB, tsize, key=kk())
    fl.y += 1.5


def run(doc, name, sort_keys=False):
    gp = os.path.join(HERE, "pdf", name + ".gp")
    pdf = os.path.join(OUT, name + ".pdf")
    with open(gp, "w", encoding="utf-8") as f:
        f.write(doc.gnuplot(pdf, sort_keys))
    subprocess.run(["gnuplot", gp], check=True)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)


# ====================================================================== 1 Rite of Spring, A3 landscape
def rite():
    e = EX["rite_of_spring_1913"]
    d = Doc(420, 297, "rite")
    p = d.new_page()
    M, CW, G = 20, 118, 13
    cx = [M, M + CW + G, M + 2 * (CW + G)]
    # running line + rule
    d.text(p, M, 13, e["running"][0], SAN, 10, color="#555555", key=(-1, 0))
    d.rect(p, M, 15.5, 380, 0.4, "#7a1f2b")
    # title block across columns 1-2, a tall picture-less band of colour at right of it
    d.text(p, M, 27, e["kicker"], SANB, 11, color="#7a1f2b", key=(-1, 1))
    d.text(p, M, 46, e["title_lines"][0], SERB, 46, key=(-1, 2))
    d.text(p, M, 60, e["title_lines"][1], SERI, 25, color="#7a1f2b", key=(-1, 3))
    y = d.block(p, M, 64, 2 * CW + G, e["intro"], SAN, 14.5, 7.0, justify=False, key=(-1, 4))
    top = y + 6
    bot = 272
    # col-1 table at foot, col-2 pull quote and note, col-3 picture + caption and sidebar
    t_top = 236
    pq_top, pq_h = 150, 30
    fig_top, fig_h = top + 21, 58
    sb_top = 214
    note_top = 262
    frames = [(p, cx[0], top, CW, t_top - 4, 0),
              (p, cx[1], top, CW, pq_top - 3, 1),
              (p, cx[1], pq_top + pq_h + 3, CW, note_top - 4, 2),
              (p, cx[2], top, CW, fig_top - 3, 3),
              (p, cx[2], fig_top + fig_h + 3, CW, sb_top - 4, 4)]
    fl = Flow(d, frames)
    for s in e["sections"]:
        heading(d, fl, s["label"], s["title"], tsize=17)
        for k, t in enumerate(s["paras"]):
            t = t.replace("seventy years.", "seventy years.*")
            fl.para(t, SER, 12.5, lead=6.1, indent=0 if k == 0 else 5)
        fl.space(3)
    # pull quote (between frames 1 and 2) -- keyed into column 2's reading position
    d.rect(p, cx[1], pq_top, CW, pq_h, "#f1e4d6", key=(1, pq_top))
    d.rect(p, cx[1], pq_top, 2, pq_h, "#7a1f2b", key=(1, pq_top))
    d.block(p, cx[1] + 7, pq_top + 2, CW - 12, e["pull_quote"], SERI, 17, 8.0, color="#7a1f2b",
            key=(1, pq_top))
    # picture + caption in column 3, caption to the right of the picture ("Left:")
    c = e["sections"][2]["caption"]
    d.rect(p, cx[2], fig_top, 66, fig_h, GREY, key=(3, fig_top))
    caption_lines(d, p, cx[2] + 70, fig_top - 1, CW - 70, c, size=10, key=(3, fig_top))
    # sidebar
    sb = e["sidebar"]
    d.rect(p, cx[2], sb_top, CW, bot - sb_top, "#e7e1f0", key=(4, sb_top))
    d.text(p, cx[2] + 5, sb_top + 10, sb["title"], SANB, 15, color="#3d2a63", key=(4, sb_top))
    d.block(p, cx[2] + 5, sb_top + 12, CW - 10, sb["paras"][0], SAN, 11.5, 5.4, justify=True,
            hyphenate=True, key=(4, sb_top + 1))
    # table in col 1, note in col 2
    table(d, p, cx[0], t_top, CW, e["table"], size=11, key=(0, t_top))
    d.block(p, cx[1], note_top - 2, CW, e["note"], SANI, 9, 4.2, key=(2, note_top))
    # foot
    d.rect(p, M, 280, 380, 0.4, "#7a1f2b", key=(9, 0))
    d.text(p, 400 - width(e["running"][1], SANB, 12), 287, e["running"][1], SANB, 12, key=(9, 1))
    run(d, "rite_of_spring_1913", sort_keys=True)
    return fl


# ====================================================================== 2 Lewis and Clark, A4 catalogue pages 58-59
def lewis():
    e = EX["lewis_clark_expedition_1804"]
    d = Doc(210, 297, "lewis")
    p1, p2 = d.new_page(), d.new_page()
    hdr, foot = e["running"][0], e["running"][1]
    # verso 58: folio left; recto 59: folio right; main column on the inside, margin outside
    MX = {p1: (78, 22), p2: (24, 140)}  # main x, margin x
    MW, SW = 106, 48
    for p, fol in ((p1, "58"), (p2, "59")):
        if p == p1:
            d.text(p, 22, 14, fol, SANB, 9)
            d.text(p, 22 + 9, 14, hdr, SANI, 9, color="#444444")
        else:
            d.text(p, 188 - width(hdr, SANI, 9) - 9, 14, hdr, SANI, 9, color="#444444")
            d.text(p, 188 - width(fol, SANB, 9), 14, fol, SANB, 9)
        d.rect(p, 22, 16, 166, 0.3, "#333333")
    mx, sx = MX[p1]
    d.text(p1, mx, 32, e["kicker"], SANB, 9, color="#2e5e7e")
    d.text(p1, mx, 43, e["title_lines"][0], SERB, 22)
    d.text(p1, mx, 52, e["title_lines"][1], SERB, 22)
    d.text(p1, mx, 61, e["title_lines"][2], SERI, 15, color="#2e5e7e")
    y = d.block(p1, mx, 64, MW, e["intro"], SAN, 10.5, 5.2)
    frames = [(p1, MX[p1][0], y + 5, MW, 272, None), (p2, MX[p2][0], 24, MW, 272, None)]
    fl = Flow(d, frames)
    for s in e["sections"]:
        heading(d, fl, s["label"], s["title"], tsize=13, same_line=True, color="#2e5e7e")
        for k, t in enumerate(s["paras"]):
            fl.para(t, SER, 10, lead=4.75, indent=0 if k == 0 else 4)
        fl.space(2)
    # sidebar after the body, tinted, in the main column
    sb = e["sidebar"]
    p, x, _, w, _, _ = fl.fr
    ytop = fl.y + 3
    lines = break_lines(sb["paras"][0], SAN, 9, w - 8)
    h = 12 + len(lines) * 4.3 + 3
    d.rect(p, x, ytop, w, h, "#e3edf3")
    d.text(p, x + 4, ytop + 8, sb["title"], SANB, 11, color="#2e5e7e")
    d.block(p, x + 4, ytop + 10, w - 8, sb["paras"][0], SAN, 9, 4.3, justify=True, hyphenate=True)
    # margin: sidenotes next to the lines that carry their marks
    for mark, note in e["sidenotes"]:
        for (pp, lx, ly, s) in fl.lines:
            if mark in s:
                d.text(pp, MX[pp][1], ly - 1.2, mark, SANB, 7.5, color="#2e5e7e")
                d.block(pp, MX[pp][1] + 3, ly - 4.3, SW - 3, note, SAN, 7.5, 3.4)
                break
    # margin of p2: pull quote and the picture with its caption above ... "Above:" = picture above caption
    sx = MX[p2][1]
    d.text(p2, sx, 120, "", SAN, 8)
    yq = d.block(p2, sx, 150, SW, e["pull_quote"], SERI, 14, 6.2, color="#2e5e7e")
    d.text(p2, sx, yq + 4, "— " + e["pull_source"], SAN, 7.5, color="#555555")
    c = e["sections"][2]["caption"]
    d.rect(p2, sx, 190, SW, 40, GREY)
    caption_lines(d, p2, sx, 230, SW, c, size=8)
    for p, x in ((p1, 22), (p2, 188)):
        d.rect(p, 22, 279, 166, 0.3, "#333333")
        if p == p1:
            d.text(p, 22, 285, foot, SAN, 8, color="#444444")
        else:
            d.text(p, 188 - width(foot, SAN, 8), 285, foot, SAN, 8, color="#444444")
    run(d, "lewis_clark_expedition_1804")
    return fl


# ====================================================================== 3 Sistine ceiling, roll-fold leaflet, A4 landscape x2
def sistine():
    e = EX["sistine_ceiling_1512"]
    d = Doc(297, 210, "sistine")
    out, ins = d.new_page(), d.new_page()  # outside sheet first, as printed
    PW = 99
    px = [0, 99, 198]
    m = 9
    # ---- outside: flap (sidebar, table) | back (pull quote, address) | cover (vertical title, intro, Stop 1)
    x = px[0] + m
    w = PW - 2 * m
    sb = e["sidebar"]
    d.rect(out, px[0], 0, PW, 210, "#f4efe4")
    d.text(out, x, 22, sb["title"], SERB, 15, color="#5b3a1a")
    y = d.block(out, x, 26, w, sb["paras"][0], SER, 10, 4.9, justify=True, hyphenate=True)
    x = px[1] + m
    yq = d.block(out, x, 30, w, e["pull_quote"], SERI, 17, 7.6, color="#5b3a1a", align="center")
    d.line(out, x, yq + 5, "— " + e["pull_source"], SAN, 8, w, align="center", color="#555555")
    yy = 150
    for k, a in enumerate(e["address"]):
        yy += 5
        d.line(out, x, yy, a, SANB if k == 0 else SAN, 9, w, align="center")
    # cover: vertical band with the title reading bottom to top
    cx0 = px[2]
    d.rect(out, cx0, 0, 24, 210, "#5b3a1a")
    d.text(out, cx0 + 12.5, 200, e["title_lines"][0], SERB, 26, color="#ffffff", rot=90)
    d.text(out, cx0 + 20, 200, e["title_lines"][1], SERI, 12, color="#f3d9a4", rot=90)
    x = cx0 + 30
    w = PW - 30 - m
    d.text(out, x, 18, e["kicker"].upper(), SANB, 8, color="#5b3a1a")
    y = d.block(out, x, 22, w, e["intro"], SAN, 10.5, 5.1)
    d.rect(out, x, y + 4, w, 50, GREY)  # cover picture, no caption
    frames = [(out, x, y + 58, w, 200, None)]
    for k in range(2):
        frames.append((ins, px[k] + m, 12, PW - 2 * m, 198, None))
    frames.append((ins, px[2] + m, 150, PW - 2 * m, 198, None))
    fl = Flow(d, frames)
    for i, s in enumerate(e["sections"]):
        if i == 2:
            pass
        heading(d, fl, s["label"], s["title"], lsize=8.5, tsize=13, color="#5b3a1a")
        for k, t in enumerate(s["paras"]):
            fl.para(t, SER, 10.6, lead=5.0, indent=0 if k == 0 else 3.5)
        fl.space(2.5)
    # picture with caption above it at the foot of the inside right panel ("Below:")
    c = e["sections"][2]["caption"]
    x, w = px[2] + m, PW - 2 * m
    yc = caption_lines(d, ins, x, 10, w, c, size=8.5)
    d.rect(ins, x, yc + 3, w, 80, GREY)
    table(d, ins, x, yc + 92, w, e["table"], size=8.5, c1=0.5, band="#5b3a1a")
    # fold marks
    for p in (out, ins):
        for fx in (99, 198):
            d.rect(p, fx - 0.1, 0, 0.2, 4, "#999999")
            d.rect(p, fx - 0.1, 206, 0.2, 4, "#999999")
    run(d, "sistine_ceiling_1512")
    return fl


# ====================================================================== 4 Livingstone, A4 two-page handout
def livingstone():
    e = EX["livingstone_victoria_falls_1855"]
    d = Doc(210, 297, "liv")
    p1, p2 = d.new_page(), d.new_page()
    M, CW, G = 16, 72, 7
    cx = [M, M + CW + G]
    strip = M + 2 * CW + G + 6  # 173
    for p, n in ((p1, 1), (p2, 2)):
        d.text(p, M, 12, e["running"][0], SAN, 8.5, color="#2f5d3a")
        d.rect(p, M, 14, 178, 0.35, "#2f5d3a")
        d.rect(p, M, 283, 178, 0.35, "#2f5d3a")
        s = e["running"][n]
        d.text(p, 194 - width(s, SAN, 8.5), 288, s, SAN, 8.5, color="#2f5d3a")
    # page 1 strip: the kicker set vertically (not gold)
    d.rect(p1, strip, 20, 21, 258, "#2f5d3a")
    d.text(p1, strip + 12, 270, e["kicker"], SANB, 12, color="#ffffff", rot=90)
    d.text(p1, M, 30, e["title_lines"][0], SERB, 26, color="#2f5d3a")
    d.text(p1, M, 40, e["title_lines"][1], SERI, 15)
    y = d.block(p1, M, 43, 2 * CW + G, e["intro"], SERB, 11, 5.3)
    d.rect(p1, M, y + 4, 2 * CW + G, 70, GREY)  # map of the route, uncaptioned
    top = y + 78
    fig_top, fig_h = top + 50, 40
    frames = [(p1, cx[0], top, CW, 276, None),
              (p1, cx[1], top, CW, fig_top - 3, None),
              (p1, cx[1], fig_top + fig_h + 3, CW, 276, None),
              (p2, cx[0], 52, CW, 150, None),
              (p2, cx[1], 20, CW, 150, None),
              (p2, M, 154, 2 * CW + G, 210, None)]
    fl = Flow(d, frames)
    secs = e["sections"]
    for i, s in enumerate(secs):
        heading(d, fl, s["label"], s["title"], lsize=8.5, tsize=13.5, color="#2f5d3a")
        for k, t in enumerate(s["paras"]):
            if i == 2 and k == len(s["paras"]) - 1:
                while fl.i < len(frames) - 1:
                    fl.next_frame()
            fl.para(t, SER, 11.2, lead=5.25, indent=0 if k == 0 else 3.5)
        fl.space(2)
    # picture + caption inside column 2 of page 1 ("Right:" = caption left, picture right)
    c = secs[1]["caption"]
    caption_lines(d, p1, cx[1], fig_top - 2, 30, c, size=8)
    d.rect(p1, cx[1] + 33, fig_top, CW - 33, fig_h, GREY)
    # pull quote at the head of page 2 column 1
    d.rect(p2, cx[0], 20, CW, 28, "#e6efe3")
    d.block(p2, cx[0] + 4, 20, CW - 8, e["pull_quote"], SERI, 13, 6.0, color="#2f5d3a")
    d.text(p2, cx[0] + 4, 45, "— " + e["pull_source"], SAN, 7.5, color="#444444")
    # table under the spanning paragraph, an uncaptioned map box beside it
    table(d, p2, cx[0], fl.y + 8, CW, e["table"], size=8.5, c1=0.52, band="#2f5d3a")
    d.rect(p2, cx[1], fl.y + 8, CW, 50, GREY)
    # footnote on the page whose text carries the dagger
    for (pp, lx, ly, s) in fl.lines:
        if "†" in s:
            d.rect(pp, M, 277.5, 40, 0.25, "#444444")
            d.text(pp, M, 281, e["note"], SANI, 7.5)
            break
    # page 2 strip: the sidebar, a box turned 90 degrees, reading bottom to top
    sb = e["sidebar"]
    d.rect(p2, strip - 2, 20, 25, 258, "#dcead6")
    L = 248
    xx = strip + 4
    d.text(p2, xx, 273, sb["title"], SANB, 11, color="#2f5d3a", rot=90)
    for ln, j in break_lines(sb["paras"][0], SAN, 8.6, L):
        xx += 4.3
        d.text(p2, xx, 273, " ".join(ln), SAN, 8.6, rot=90)
    run(d, "livingstone_victoria_falls_1855")
    return fl


if __name__ == "__main__":
    which = sys.argv[1:] or ["rite", "lewis", "sistine", "livingstone"]
    for w in which:
        fl = globals()[w]()
        print(w, "frames used:", fl.i + 1, "of", len(fl.frames), "last y", round(fl.y, 1))
