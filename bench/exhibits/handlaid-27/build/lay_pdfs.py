"""Lays out and paints the four PDF exhibits with pdfje (absolute Text/Rect/Line drawings only)."""
import subprocess
import sys
from layout import F, Doc, Flow, text, rect, grey_picture, line, break_lines
from content import PENNY, IRON, BRONTE, FROST
import gold

OUT = gold.OUT
WHITE = (1, 1, 1)


def lines_of(page, x, y, s, font, width, lead, hyphenate=False):
    """set a small ragged block; returns the y under it"""
    for ln in break_lines(s.split(), font, width, 0, hyphenate):
        text(page, x, y - font.size * 0.9, " ".join(ln), font)
        y -= lead
    return y


def finish(doc, name):
    pdf = OUT + name + ".pdf"
    doc.write(pdf)
    subprocess.run(["pdftotext", "-raw", pdf, OUT + name + ".txt"], check=True)


# ===================================================================== penny_black_1840: school worksheet
def penny():
    ex = PENNY
    W, H = 595, 842
    doc = Doc((W, H))
    sans = F("sans", 10.2)
    head = F("sans", 13.5, bold=True, color=(0.1, 0.25, 0.45))
    small = F("sans", 7.5, color=(0.35, 0.35, 0.35))
    p0 = doc.page(0)
    # running header first
    text(p0, 48, H - 30, ex["header"], small)
    line(p0, 48, H - 36, W - 48, H - 36, (0.6, 0.6, 0.6))
    # kicker band
    rect(p0, 48, H - 66, 230, 18, fill=(0.85, 0.35, 0.1))
    text(p0, 54, H - 61, ex["kicker"], F("sans", 8.5, bold=True, color=WHITE))
    y = H - 100
    for tl in ex["title_lines"]:
        text(p0, 48, y, tl, F("sans", 25, bold=True, color=(0.1, 0.25, 0.45)))
        y -= 29
    text(p0, 48, y - 4, ex["form"], F("sans", 9.5))
    y -= 26
    y = lines_of(p0, 48, y, ex["intro"], F("sans", 11, italic=True), 330, 14.5)
    # "Did you know?" box in the side column, drawn before the sections
    bx, bw = 404, 143
    sb = ex["sidebar"]
    bf = F("sans", 9.2)
    bl = break_lines(sb["paras"][0].split(), bf, bw - 16, 0, True)
    bh = 34 + len(bl) * 12
    top = H - 96
    rect(p0, bx, top - bh, bw, bh, fill=(1, 0.93, 0.7), stroke=(0.85, 0.35, 0.1))
    text(p0, bx + 8, top - 20, sb["title"], F("sans", 12, bold=True, color=(0.85, 0.35, 0.1)))
    yy = top - 30
    for ln in bl:
        text(p0, bx + 8, yy - 9, " ".join(ln), bf)
        yy -= 12

    def on_frame(flow, old, new):
        po, pn = flow.frames[old][4], flow.frames[new][4]
        if po != pn:
            pg = doc.page(po)
            text(pg, W - 48, 30, ex["folios"][po], small, align="right")
            p1 = doc.page(pn)
            text(p1, 48, H - 30, ex["header"], small)
            line(p1, 48, H - 36, W - 48, H - 36, (0.6, 0.6, 0.6))

    frames = [(48, y - 10, 340, 52, 0), (48, H - 60, 499, 60, 1)]
    fl = Flow(doc, frames, on_frame)
    for s in ex["sections"]:
        fl.space(12)
        fl.need(60)
        pg = fl.page
        # numbered circle, then heading
        from pdfje import draw
        from pdfje.common import RGB
        cy = fl.y - 9
        pg.append(draw.Circle((fl.frame[0] + 10, cy), 10, fill=RGB(0.85, 0.35, 0.1)))
        text(pg, fl.frame[0] + 10, cy - 5, s["label"], F("sans", 13, bold=True, color=WHITE), align="center")
        text(pg, fl.frame[0] + 27, cy - 5, s["title"], head)
        fl.y -= 26

        def interrupt(f, c=s.get("caption")):
            f.y -= 6
            pg2 = f.page
            x0, wd = f.frame[0], f.frame[2]
            ph = 62
            cf = F("sans", 8.6, italic=True)
            tx = f"{c['position']}: {c['text']}"
            yy2 = lines_of(pg2, x0, f.y - 2, tx, cf, wd - 140, 11)
            text(pg2, x0, yy2 - 10, c["credit"], F("sans", 7.4, color=(0.4, 0.4, 0.4)))
            grey_picture(pg2, x0 + wd - 128, f.y - ph, 128, ph)
            f.y -= ph + 10

        for i, p in enumerate(s["paras"]):
            if i:
                fl.y -= 5
            fl.para(p, sans, 13.6, hyphenate=True, interrupt=interrupt)
    # table with label cells
    fl.y -= 18
    pg = fl.page
    x0 = 48
    t = ex["table"]
    text(pg, x0, fl.y - 10, t["title"], F("sans", 9.5, bold=True, color=(0.1, 0.25, 0.45)))
    fl.y -= 18
    for a, b in t["rows"]:
        rect(pg, x0, fl.y - 18, 230, 18, fill=(0.86, 0.9, 0.95), stroke=(0.5, 0.5, 0.5))
        rect(pg, x0 + 230, fl.y - 18, 90, 18, fill=None, stroke=(0.5, 0.5, 0.5))
        text(pg, x0 + 5, fl.y - 13, a, F("sans", 9, bold=True))
        text(pg, x0 + 236, fl.y - 13, b, F("sans", 9))
        fl.y -= 18
    # questions at the foot with answer lines
    qy = 250
    line(pg, 48, qy + 14, W - 48, qy + 14, (0.85, 0.35, 0.1))
    text(pg, 48, qy, "Questions", F("sans", 12, bold=True, color=(0.85, 0.35, 0.1)))
    qy -= 20
    for q in ex["questions"]:
        text(pg, 48, qy, q, F("sans", 9.6))
        line(pg, 62, qy - 14, W - 48, qy - 14, (0.7, 0.7, 0.7))
        qy -= 34
    text(pg, W - 48, 30, ex["folios"][1], small, align="right")
    finish(doc, ex["name"])
    g = gold.build(ex, [ex["header"]] + ex["folios"])
    gold.write(ex, g)


# ===================================================================== iron_bridge_1779: landscape wall panel
def iron():
    ex = IRON
    W, H = 1191, 842
    doc = Doc((W, H))
    pg = doc.page(0)
    red = (0.55, 0.18, 0.1)
    text(pg, 50, H - 52, ex["kicker"], F("sans", 10, bold=True, color=red))
    y = H - 92
    for tl in ex["title_lines"]:
        text(pg, 50, y, tl, F("serif", 36, bold=True))
        y -= 40
    lines_of(pg, 520, H - 62, ex["intro"], F("serif", 15, italic=True), 600, 19)
    # the wide picture band across the top, caption under it
    band_top = H - 160
    grey_picture(pg, 50, band_top - 200, W - 100, 200)
    c = ex["band_caption"]
    cy = band_top - 200 - 16
    text(pg, 50, cy, f"{c['position']}: {c['text']}", F("sans", 9, italic=True))
    text(pg, W - 50, cy, c["credit"], F("sans", 8, color=(0.4, 0.4, 0.4)), align="right")
    colw, gut = 345, 28
    top = cy - 22
    frames = [(50 + i * (colw + gut), top, colw, 62 if i < 2 else 110, 0) for i in range(3)]
    for i in (1, 2):
        x = 50 + i * (colw + gut) - gut / 2
        line(pg, x, top, x, 66, (0.7, 0.7, 0.7))
    fl = Flow(doc, frames)
    body = F("serif", 11.8)
    for si, s in enumerate(ex["sections"]):
        fl.space(14)
        fl.need(70)
        x0 = fl.frame[0]
        rect(pg, x0, fl.y - 24, 24, 24, fill=red)
        text(pg, x0 + 12, fl.y - 19, s["label"], F("sans", 17, bold=True, color=WHITE), align="center")
        text(pg, x0 + 32, fl.y - 18, s["title"], F("sans", 15, bold=True, color=red))
        fl.y -= 34

        def interrupt(f, c=s.get("caption")):
            f.y -= 6
            x0_, wd = f.frame[0], f.frame[2]
            ph = 96
            grey_picture(pg, x0_, f.y - ph, 130, ph)
            cf = F("sans", 8.8, italic=True)
            yy = f.y
            text(pg, x0_ + 140, yy - 10, f"{c['position']}:", F("sans", 8.8, bold=True))
            yy = lines_of(pg, x0_ + 140, yy - 13, c["text"], cf, wd - 140, 11)
            lines_of(pg, x0_ + 140, yy - 3, c["credit"], F("sans", 7.6, color=(0.4, 0.4, 0.4)), wd - 140, 9.5)
            f.y -= ph + 10

        for i, p in enumerate(s["paras"]):
            fl.para(p, body, 15.4, indent=0 if i == 0 else 12, justify=True, interrupt=interrupt)
        if si == 2:  # pull quote between C and D
            fl.space(10)
            fl.need(70)
            x0 = fl.frame[0]
            line(pg, x0, fl.y, x0 + colw, fl.y, red)
            fl.y = lines_of(pg, x0 + 10, fl.y - 8, ex["pullquote"], F("serif", 19, italic=True, color=red),
                            colw - 20, 23)
            line(pg, x0, fl.y - 4, x0 + colw, fl.y - 4, red)
            fl.y -= 12
    # note at the foot of the last column
    x0 = fl.frame[0]
    line(pg, x0, 92, x0 + 80, 92)
    lines_of(pg, x0, 88, ex["note"], F("serif", 8.4), colw, 10.5)
    # running footer drawn last
    text(pg, 50, 34, ex["footer_left"], F("sans", 9))
    text(pg, W - 50, 34, ex["footer_right"], F("sans", 9, bold=True), align="right")
    finish(doc, ex["name"])
    gold.write(ex, gold.build(ex, [ex["footer_left"], ex["footer_right"]]))


# ===================================================================== bronte_sisters_1847: family-history panel
def bronte():
    ex = BRONTE
    W, H = 595, 842
    doc = Doc((W, H))
    plum = (0.4, 0.12, 0.3)
    small = F("serif", 8, italic=True, color=(0.35, 0.35, 0.35))

    def furniture(i):
        p = doc.page(i)
        text(p, 46, H - 30, ex["header_left"], F("sans", 7.8, bold=True, color=plum))
        text(p, W - 46, H - 30, ex["header_right"], small, align="right")
        line(p, 46, H - 35, W - 46, H - 35, plum)

    def folio(i):
        p = doc.page(i)
        text(p, W - 46 if i == 0 else 46, 28, ex["folios"][i], F("serif", 9), align="right" if i == 0 else "left")

    furniture(0)
    pg = doc.page(0)
    text(pg, 46, H - 58, ex["kicker"], F("sans", 8.5, bold=True, color=plum))
    rect(pg, 46, H - 146, 70, 70, fill=plum)
    text(pg, 81, H - 128, ex["number"], F("serif", 46, bold=True, color=WHITE), align="center")
    y = H - 92
    for tl in ex["title_lines"]:
        text(pg, 130, y, tl, F("serif", 23, bold=True, color=plum))
        y -= 26
    y = lines_of(pg, 46, H - 176, ex["intro"], F("serif", 11.5, italic=True), W - 92, 15)
    # family tree as text boxes
    y -= 8
    text(pg, 46, y - 9, ex["tree_title"], F("sans", 7.5, bold=True, color=(0.4, 0.4, 0.4)))
    y -= 16
    tf, tfd = F("sans", 8.2, bold=True), F("sans", 7.4, color=(0.3, 0.3, 0.3))
    par = ex["tree"][:2]
    kids = ex["tree"][2:]
    bw, bh = 96, 28
    cx = W / 2
    px = [cx - bw - 30, cx + 30]
    for (nm, dt), x in zip(par, px):
        rect(pg, x, y - bh, bw, bh, fill=(0.95, 0.9, 0.94), stroke=plum)
        text(pg, x + bw / 2, y - 12, nm, tf, align="center")
        text(pg, x + bw / 2, y - 23, dt, tfd, align="center")
    line(pg, px[0] + bw, y - bh / 2, px[1], y - bh / 2, plum)
    line(pg, cx, y - bh / 2, cx, y - bh - 12, plum)
    ky = y - bh - 24
    kw, kg = 72, 10
    x0 = cx - (6 * kw + 5 * kg) / 2
    line(pg, x0 + kw / 2, ky + 12, x0 + 5 * (kw + kg) + kw / 2, ky + 12, plum)
    for i, (nm, dt) in enumerate(kids):
        x = x0 + i * (kw + kg)
        line(pg, x + kw / 2, ky + 12, x + kw / 2, ky, plum)
        rect(pg, x, ky - bh, kw, bh, fill=(1, 1, 1), stroke=plum)
        text(pg, x + kw / 2, ky - 12, nm, tf, align="center")
        text(pg, x + kw / 2, ky - 23, dt, tfd, align="center")
    top = ky - bh - 22
    colw = (W - 92 - 20) / 2
    frames = [(46, top, colw, 92, 0), (46 + colw + 20, top, colw, 92, 0),
              (46, H - 52, colw, 56, 1), (46 + colw + 20, H - 52, colw, 56, 1)]

    def on_frame(flow, old, new):
        if flow.frames[old][4] != flow.frames[new][4]:
            folio(flow.frames[old][4])
            furniture(flow.frames[new][4])

    fl = Flow(doc, frames, on_frame)
    body = F("serif", 10.9)
    for s in ex["sections"]:
        fl.space(12)
        fl.need(60)
        p = fl.page
        text(p, fl.frame[0], fl.y - 9, s["label"], F("sans", 9.5, bold=True, color=(0.55, 0.55, 0.55)))
        fl.y -= 13
        for ln in break_lines(s["title"].split(), F("serif", 14, bold=True), fl.frame[2], 0, False):
            text(p, fl.frame[0], fl.y - 13, " ".join(ln), F("serif", 14, bold=True, color=plum))
            fl.y -= 17
        fl.y -= 4
        for i, pa in enumerate(s["paras"]):
            fl.para(pa, body, 14.1, indent=0 if i == 0 else 11, hyphenate=True)
        if s.get("caption"):
            c = s["caption"]
            fl.y -= 8
            fl.need(150)
            p = fl.page
            grey_picture(p, fl.frame[0], fl.y - 110, fl.frame[2], 110)
            fl.y -= 116
            cf = F("sans", 8.4, italic=True)
            fl.y = lines_of(p, fl.frame[0], fl.y, f"{c['position']}: {c['text']}", cf, fl.frame[2], 10.6)
            fl.y = lines_of(p, fl.frame[0], fl.y - 1, c["credit"], F("sans", 7.4, color=(0.4, 0.4, 0.4)),
                            fl.frame[2], 9.4)
    # sidebar box
    sb = ex["sidebar"]
    fl.y -= 14
    p = fl.page
    sf = F("sans", 9.3)
    bl = break_lines(sb["paras"][0].split(), sf, fl.frame[2] - 16, 0, True)
    bh2 = 30 + len(bl) * 12.2
    fl.need(bh2)
    rect(p, fl.frame[0], fl.y - bh2, fl.frame[2], bh2, fill=(0.95, 0.9, 0.94))
    text(p, fl.frame[0] + 8, fl.y - 17, sb["title"], F("sans", 11, bold=True, color=plum))
    yy = fl.y - 26
    for ln in bl:
        text(p, fl.frame[0] + 8, yy - 9, " ".join(ln), sf)
        yy -= 12.2
    folio(fl.frame[4])
    finish(doc, ex["name"])
    g = gold.build(ex, [ex["header_left"], ex["header_right"]] + ex["folios"])
    g["sections"][0]["label"] = ex["number"]  # the printed exhibit number (as erie_canal in set 1)
    gold.write(ex, g)


# ===================================================================== great_frost_1709: tri-fold, two voices
def frost():
    ex = FROST
    W, H = 842, 595
    PW = W / 3
    doc = Doc((W, H))
    ice = (0.12, 0.3, 0.5)
    foot = F("sans", 7.6, color=(0.4, 0.4, 0.4))
    cur = F("sans", 10.4)
    dia = F("serif", 11.4, italic=True, color=(0.25, 0.2, 0.15))
    # ---- side 1, as it lies flat: inner flap | back panel | cover
    p = doc.page(0)
    text(p, W / 2, 22, ex["footer"], foot, align="center")
    x0 = 26
    sb = ex["sidebar"]
    rect(p, 18, 40, PW - 36, H - 70, fill=(0.9, 0.94, 0.98))
    text(p, x0, H - 58, sb["title"], F("sans", 15, bold=True, color=ice))
    y = H - 70
    y = lines_of(p, x0, y, sb["paras"][0], cur, PW - 52, 12.6, hyphenate=True)
    # back panel
    bx = PW + 26
    from pdfje import draw
    from pdfje.common import RGB
    p.append(draw.Circle((PW + PW / 2, H - 150), 46, fill=RGB(*ice)))
    yy = H - 240
    for i, a in enumerate(ex["address"]):
        text(p, PW + PW / 2, yy, a, F("sans", 9, bold=(i == 0)), align="center")
        yy -= 13
    # cover
    cx = 2 * PW + 24
    rect(p, 2 * PW, H - 64, PW, 26, fill=ice)
    text(p, cx, H - 56, ex["kicker"], F("sans", 9, bold=True, color=WHITE))
    y = H - 104
    for tl in ex["title_lines"]:
        text(p, cx, y, tl, F("serif", 27, bold=True, color=ice))
        y -= 31
    grey_picture(p, cx, y - 120, PW - 48, 120)
    y -= 136
    lines_of(p, cx, y, ex["intro"], F("sans", 10, italic=True), PW - 48, 13)
    # ---- side 2: panels 2, 3, 4 in one flow
    p2 = doc.page(1)
    text(p2, W / 2, 22, ex["footer"], foot, align="center")
    frames = [(i * PW + 24, H - 34, PW - 48, 42, 1) for i in range(3)]
    fl = Flow(doc, frames)
    grey_picture(p2, 24, H - 34 - 84, PW - 48, 84)  # uncaptioned map at the head of panel 2
    fl.y -= 96
    for si, s in enumerate(ex["sections"]):
        fl.space(14)
        fl.need(70)
        text(p2, fl.frame[0], fl.y - 9, s["label"].upper(), F("sans", 8.4, bold=True, color=(0.5, 0.6, 0.7)))
        fl.y -= 14
        for ln in break_lines(s["title"].split(), F("serif", 15.5, bold=True), fl.frame[2], 0, False):
            text(p2, fl.frame[0], fl.y - 14, " ".join(ln), F("serif", 15.5, bold=True, color=ice))
            fl.y -= 18
        fl.y -= 4
        for voice, pa in s["paras"]:
            fl.y -= 5
            if voice == "c":
                fl.para(pa, cur, 13.8, hyphenate=True)
            else:
                ytop = fl.y
                fi = fl.fi
                # the diarist: indented, italic serif, with a rule on the left
                fl.frames = [(a + 12, b, c - 12, d, e) for a, b, c, d, e in fl.frames]
                fl.para(pa, dia, 14.4, hyphenate=True)
                fl.frames = [(a - 12, b, c + 12, d, e) for a, b, c, d, e in fl.frames]
                fr = fl.frames[fi]
                if fl.fi == fi:
                    line(p2, fr[0] + 3, ytop - 2, fr[0] + 3, fl.y + 2, (0.6, 0.5, 0.35))
        if si == 1:
            fl.space(12)
            fl.need(60)
            fl.y = lines_of(p2, fl.frame[0], fl.y, ex["pullquote"], F("serif", 17, bold=True, italic=True,
                                                                         color=(0.45, 0.6, 0.75)),
                            fl.frame[2], 20)
        if s.get("caption"):
            c = s["caption"]
            fl.y -= 8
            fl.need(120)
            cf = F("sans", 8.2, italic=True)
            fl.y = lines_of(p2, fl.frame[0], fl.y, f"{c['position']}: {c['text']}", cf, fl.frame[2], 10.2)
            text(p2, fl.frame[0] + fl.frame[2], fl.y - 8, c["credit"], F("sans", 7.2, color=(0.4, 0.4, 0.4)),
                 align="right")
            fl.y -= 12
            grey_picture(p2, fl.frame[0], fl.y - 80, fl.frame[2], 80)
            fl.y -= 86
    y = fl.y - 20
    x0 = fl.frame[0]
    p = p2
    t = ex["table"]
    text(p, x0, y - 9, t["title"], F("sans", 8.6, bold=True, color=ice))
    y -= 16
    for a, b in t["rows"]:
        rect(p, x0, y - 18, 90, 18, fill=(0.75, 0.84, 0.93), stroke=(0.5, 0.5, 0.5))
        rect(p, x0 + 90, y - 18, fl.frame[2] - 90, 18, fill=(1, 1, 1), stroke=(0.5, 0.5, 0.5))
        text(p, x0 + 4, y - 13, a, F("sans", 8.4, bold=True))
        text(p, x0 + 94, y - 13, b, F("sans", 8.4))
        y -= 18
    finish(doc, ex["name"])
    g = gold.build(ex, [ex["footer"]], para_text=lambda vp: vp[1])
    gold.write(ex, g)


if __name__ == "__main__":
    which = sys.argv[1:] or ["penny", "iron", "bronte", "frost"]
    for w in which:
        globals()[w]()
        print("built", w)
