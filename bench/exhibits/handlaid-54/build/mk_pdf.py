"""Builds the four PDFs with Qt 6 (PySide6) through qtlay.py, then writes NAME.txt with pdftotext -raw."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qtlay import Doc, Flow, St, rot180, mm
from content import EX, OUT

SERIF, SANS = "Liberation Serif", "Liberation Sans"
GREY = "#bdbdbd"


def pic(doc, page, group, x, y, w, h, rot=None):
    doc.rect(page, group, x, y, w, h, fill=GREY, rot=rot)


def caption_lines(doc, page, group, x, y, w, cap, st_pos, st_txt, st_cred, rot=None, key=None):
    """Caption: position word in bold, then text; credit on its own line."""
    txt = (key + " " if key else "") + ((cap["position"] + ": ") if cap["position"] else "") + cap["text"]
    y = doc.text_at(page, group, x, y, w, txt, st_txt, rot)
    y = doc.text_at(page, group, x, y, w, cap["credit"], st_cred, rot)
    return y


# ===================================================================== Goddard: A3 wall panel
def goddard():
    e = EX["goddard_rocket_1926"]
    W, H = 297, 420
    d = Doc(os.path.join(OUT, "goddard_rocket_1926.pdf"), W, H, "Two and a Half Seconds", "Westbrook Hall of Flight exhibition studio")
    L, R = 20, 20
    # header line above the band
    hdr = St(SANS, 11, color="#333333", align="left", hyph=False)
    d.text_at(0, 1, L, 9, 200, e["running"][0], hdr)
    d.hline(0, 1, L, 16, W - R, "#1d3557", 0.5)
    # title band, white type
    d.rect(0, 2, 0, 22, W, 70, fill="#1d3557")
    y = d.text_at(0, 2, L, 28, 250, e["kicker"].upper(), St(SANS, 13, color="#f1c453", align="left", hyph=False, spacing=2.5))
    y = d.text_at(0, 2, L, y + 2, 257, e["title_lines"][0], St(SANS, 48, bold=True, color="#ffffff", align="left", hyph=False, lead=1.05))
    y = d.text_at(0, 2, L, y + 1, 257, e["title_lines"][1], St(SERIF, 28, italic=True, color="#cfe0f5", align="left", hyph=False, lead=1.1))
    # intro
    intro = St(SANS, 15, bold=True, align="left", hyph=False, lead=1.3, color="#1d3557")
    y = d.text_at(0, 3, L, 98, W - L - R, e["intro"], intro)
    top = y + 4
    gap = 12
    cw = (W - L - R - gap) / 2
    x2 = L + cw + gap
    body = St(SERIF, 11.5, lead=1.25, after=1.6)
    head = St(SANS, 20, bold=True, align="left", hyph=False, color="#1d3557", before=4, after=1.5, lead=1.15)
    # column 2: text, then (mid-paragraph) picture + caption, then text, sidebar at the foot
    pic_y, pic_h = 218, 44
    side_y = 302
    frames = [dict(page=0, x=L, y=top, w=cw, h=324 - top, group=5),
              dict(page=0, x=x2, y=top, w=cw, h=0, group=5),   # adjusted below
              dict(page=0, x=x2, y=0, w=cw, h=0, group=7)]
    frames[1]["h"] = pic_y - 3 - top
    frames[2]["y"] = pic_y + pic_h + 4
    frames[2]["h"] = side_y - 4 - frames[2]["y"]
    print("goddard frames", [(round(f["y"]), round(f["h"])) for f in frames])
    fl = Flow(d, frames)
    lab = St(SANS, 20, bold=True, color="#ffffff", align="center", hyph=False, lead=1.0)

    def heading(s):
        def draw(page, group, x, yy, w, rot):
            d.rect(page, group, x, yy + 1, 11, 11, fill="#c8553d")
            d.text_at(page, group, x, yy + 1.6, 11, s["label"], lab)
            d.text_at(page, group, x + 15, yy + 0.8, w - 15, s["title"], head.with_(before=0))
        fl.box(14, draw, gap_before=5, gap_after=1)

    for si, s in enumerate(e["sections"]):
        heading(s)
        for pi, ptxt in enumerate(s["paras"]):
            fl.para(ptxt, body, tag=(s["label"], pi))
        if si == 0:
            # pull quote between panels A and B
            pq = St(SERIF, 19, italic=True, color="#c8553d", align="left", hyph=False, lead=1.2)
            def drawpq(page, group, x, yy, w, rot):
                d.hline(page, group, x, yy, x + w, "#c8553d", 0.8)
                y2 = d.text_at(page, group, x + 4, yy + 3, w - 8, e["pull"], pq)
                d.text_at(page, group, x + 4, y2 + 1, w - 8, "— " + e["pull_attr"], St(SANS, 11, color="#c8553d", align="left", hyph=False))
                d.hline(page, group, x, yy + 41, x + w, "#c8553d", 0.8)
            fl.box(43, drawpq, gap_before=3, gap_after=2)
    print("goddard flow", fl.log, "end frame", fl.fi, "y", round(fl.y, 1))
    # the picture and its caption, drawn between the two parts of column 2
    cap = e["sections"][2]["caption"]
    capw = cw - 62
    pic(d, 0, 6, x2 + capw + 4, pic_y, cw - capw - 4, pic_h)
    cst = St(SANS, 11, align="left", hyph=False, lead=1.3)
    yy = d.text_at(0, 6, x2, pic_y + 2, capw - 2, "Right: " + cap["text"], cst)
    d.text_at(0, 6, x2, yy + 1, capw - 2, cap["credit"], St(SANS, 9.5, italic=True, align="left", hyph=False, color="#555555"))
    # sidebar box at the foot of column 2
    sb = e["sidebar"]
    d.rect(0, 8, x2, side_y, cw, 352 - side_y, fill="#f3e9d2")
    yy = d.text_at(0, 8, x2 + 5, side_y + 4, cw - 10, sb["title"], St(SANS, 15, bold=True, align="left", hyph=False, color="#1d3557"))
    for ptxt in sb["paras"]:
        yy = d.text_at(0, 8, x2 + 5, yy + 1, cw - 10, ptxt, St(SANS, 10.5, lead=1.28))
    print('goddard sidebar ends', round(yy,1))
    # small access note at the foot of column 1
    d.hline(0, 9, L, 339, L + cw, "#999999", 0.3)
    d.text_at(0, 9, L, 341, cw, "Large-print and audio versions of this panel are available at the gallery desk. Audio stop 34.", St(SANS, 9.5, italic=True, align="left", hyph=False, color="#555555"))
    # timeline strip under both columns
    ty = 360
    d.hline(0, 9, L, ty, W - R, "#1d3557", 0.8)
    n = len(e["timeline"])
    tw = (W - L - R) / n
    for i, (yr, what) in enumerate(e["timeline"]):
        x = L + i * tw
        d.rect(0, 9, x + 1, ty + 3, 8, 8, fill="#1d3557")
        d.text_at(0, 9, x + 1, ty + 3.6, 8, str(i + 1), St(SANS, 12, bold=True, color="#ffffff", align="center", hyph=False, lead=1.0))
        d.text_at(0, 9, x + 11, ty + 3.5, tw - 12, yr, St(SANS, 13, bold=True, align="left", hyph=False, color="#c8553d"))
        d.text_at(0, 9, x + 1, ty + 13, tw - 4, what, St(SANS, 10.5, align="left", hyph=False, lead=1.2))
    d.hline(0, 9, L, ty + 32, W - R, "#1d3557", 0.8)
    # footer
    d.text_at(0, 10, W - R - 60, 405, 60, e["running"][1], St(SANS, 11, bold=True, align="right", hyph=False, color="#1d3557"))
    d.render()


# ===================================================================== Laennec: catalogue pages 112-113
def laennec(fn_frame=None):
    e = EX["laennec_stethoscope_1816"]
    W, H = 210, 297
    d = Doc(os.path.join(OUT, "laennec_stethoscope_1816.pdf"), W, H, "The Doctor’s Ear", "Carrow Museum of Medicine publications")
    L = 20
    cw, gap = 81, 8
    x2 = L + cw + gap
    run = St(SERIF, 8.5, italic=True, align="left", hyph=False)
    for pg, folio in ((0, "112"), (1, "113")):
        if pg == 0:
            d.text_at(pg, 1, L, 11, 120, folio + "   " + e["running"][0], run)
        else:
            d.text_at(pg, 1, W - L - 120, 11, 120, e["running"][0] + "   " + folio, run.with_(align="right"))
        d.hline(pg, 1, L, 16, W - L, "#000000", 0.2)
        d.hline(pg, 9, L, 283, W - L, "#000000", 0.2)
        d.text_at(pg, 9, L, 285, W - 2 * L, e["running"][1], St(SANS, 7.5, align="center", hyph=False, color="#444444"))
    y = d.text_at(0, 2, L, 40, 170, e["kicker"].upper(), St(SANS, 8.5, bold=True, color="#7a1f1f", align="left", hyph=False, spacing=1.5))
    y = d.text_at(0, 2, L, y + 2, 170, e["title_lines"][0], St(SERIF, 36, align="left", hyph=False, lead=1.1))
    y = d.text_at(0, 2, L, y, 170, e["title_lines"][1], St(SERIF, 22, italic=True, align="left", hyph=False, lead=1.15, color="#7a1f1f"))
    d.hline(0, 2, L, y + 3, L + 40, "#7a1f1f", 0.8)
    y += 4
    y = d.text_at(0, 3, L, y + 3, 170, e["intro"], St(SANS, 10.5, align="left", hyph=False, lead=1.35))
    # keyed captions sit at the foot of column 1 on page 112; the pictures are on page 113
    top = y + 8
    body = St(SERIF, 11.5, lead=1.36, indent=4)
    first = body.with_(indent=0)
    head = St(SERIF, 11.5, bold=True, align="left", hyph=False, before=3.5, after=1.2)
    cap_h = 40
    pic(d, 1, 2, L, 22, 80, 92)
    pic(d, 1, 2, L + 90, 22, 80, 92)
    keyst = St(SANS, 9, bold=True, align="left", hyph=False)
    d.text_at(1, 2, L, 115, 20, "(a)", keyst)
    d.text_at(1, 2, L + 90, 115, 20, "(b)", keyst)
    t2 = 124
    frames = [dict(page=0, x=L, y=top, w=cw, h=280 - top - cap_h), dict(page=0, x=x2, y=top, w=cw, h=280 - top),
              dict(page=1, x=L, y=t2, w=cw, h=278 - t2), dict(page=1, x=x2, y=t2, w=cw, h=218 - t2)]
    FN_H = 14
    if fn_frame is not None:
        frames[fn_frame]["h"] -= FN_H
    fl = Flow(d, frames)
    fl_mark = None
    for s in e["sections"]:
        def draw(page, group, x, yy, w, rot, s=s):
            d.text_at(page, group, x, yy, 14, s["label"], head.with_(before=0, color="#7a1f1f"))
            d.text_at(page, group, x + 10, yy, w - 10, s["title"], head.with_(before=0))
        fl.box(6.5, draw, gap_before=3, gap_after=0.5)
        for pi, ptxt in enumerate(s["paras"]):
            if "râles," in ptxt:
                ptxt = ptxt.replace("râles,", "râles,¹")
                fl.para(ptxt, first if pi == 0 else body, tag=(s["label"], pi), sup="¹")
                fl_mark = (fl.fr["page"], fl.fi)
            else:
                fl.para(ptxt, first if pi == 0 else body, tag=(s["label"], pi))
    print("laennec flow", fl.log, "end frame", fl.fi, "y", round(fl.y, 1), "mark", fl_mark)
    # footnote at the foot of the page where its mark falls
    fpg, ffi = fl_mark
    # keyed captions at the foot of column 1, page 112
    cy = 280 - cap_h + 5
    d.hline(0, 6, L, cy - 2, L + 30, "#7a1f1f", 0.4)
    ctx = St(SANS, 8.3, align="left", hyph=False, lead=1.3)
    ccr = St(SANS, 7.5, italic=True, align="left", hyph=False, color="#444444", after=1.8)
    keys = ["(a)", "(b)"]
    caps = [s["caption"] for s in e["sections"] if s["caption"]]
    for k, c in zip(keys, caps):
        cy = caption_lines(d, 0, 6, L, cy, cw, c, None, ctx, ccr, key=k)
    print("laennec captions end", round(cy, 1))
    # sidebar box at the foot of column 2, page 113
    sb = e["sidebar"]
    d.rect(1, 7, x2, 124, cw, 56, fill="#efe6e6")
    yy = d.text_at(1, 7, x2 + 4, 127, cw - 8, sb["title"], St(SANS, 10, bold=True, align="left", hyph=False, color="#7a1f1f"))
    for ptxt in sb["paras"]:
        yy = d.text_at(1, 7, x2 + 4, yy + 1, cw - 8, ptxt, St(SANS, 8.8, lead=1.3))
    # footnote
    fst = St(SERIF, 7.5, align="left", hyph=False, lead=1.25)
    if fn_frame is not None:
        f = frames[fn_frame]
        fy = f["y"] + f["h"] + 2
        d.hline(f["page"], 8, f["x"], fy, f["x"] + 25, "#000000", 0.2)
        d.text_at(f["page"], 8, f["x"], fy + 1, f["w"], "¹ " + e["footnote"], fst)
    return d, frames, ffi


def laennec_build():
    d, frames, ffi = laennec()
    d, frames, ffi2 = laennec(ffi)
    if ffi2 != ffi:
        d, frames, ffi3 = laennec(ffi2)
        assert ffi3 == ffi2
    d.render()


# ===================================================================== Mohenjo-daro: quarter-fold card
def mohenjo():
    e = EX["mohenjo_daro_1924"]
    W, H = 297, 420
    PW, PH = W / 2, H / 2
    d = Doc(os.path.join(OUT, "mohenjo_daro_1924.pdf"), W, H, "City of Brick", "Calder Institute of Asian Archaeology")
    M = 13
    tw = PW - 2 * M
    TL, TR, BL, BR = (0, 0), (PW, 0), (0, PH), (PW, PH)
    rTL, rTR = rot180(0, 0, PW, PH), rot180(PW, 0, PW, PH)
    # groups fix content order: TL (inside right) 1, TR (inside left) 2, BL (back) 3, BR (cover) 4
    body = St(SERIF, 12.5, lead=1.36, after=1.8)
    lab = St(SANS, 8.5, bold=True, color="#9c4a1a", align="left", hyph=False)
    head = St(SANS, 14, bold=True, align="left", hyph=False, color="#3b2a1a", lead=1.15)
    # cover (bottom right, upright)
    cx, cy = BR
    d.rect(0, 4, cx, cy, PW, PH, fill="#f6efe4")
    y = d.text_at(0, 4, cx + M, cy + 12, tw, e["kicker"].upper(), St(SANS, 8.5, bold=True, color="#9c4a1a", align="left", hyph=False, spacing=1.8))
    y = d.text_at(0, 4, cx + M, y + 2, tw, e["title_lines"][0], St(SERIF, 34, bold=True, align="left", hyph=False, lead=1.05, color="#3b2a1a"))
    y = d.text_at(0, 4, cx + M, y, tw, e["title_lines"][1], St(SERIF, 17, italic=True, align="left", hyph=False, lead=1.2, color="#9c4a1a"))
    y = d.text_at(0, 4, cx + M, y + 3, tw, e["intro"], St(SANS, 10.5, bold=True, align="left", hyph=False, lead=1.35))
    pic(d, 0, 4, cx + M, y + 3, tw, 52)
    top = y + 3 + 52 + 2
    frames = [dict(page=0, x=cx + M, y=top, w=tw, h=cy + PH - 10 - top, group=4),
              dict(page=0, x=M, y=14, w=tw, h=PH - 24, group=2, rot=rTR),
              dict(page=0, x=M, y=14, w=tw, h=PH - 24 - 82, group=1, rot=rTL)]
    fl = Flow(d, frames)
    for s in e["sections"]:
        def draw(page, group, x, yy, w, rot, s=s):
            d.text_at(page, group, x, yy, w, s["label"].upper(), lab, rot)
            d.text_at(page, group, x, yy + 4.5, w, s["title"], head, rot)
        fl.box(12, draw, gap_before=3, gap_after=0.5)
        for pi, ptxt in enumerate(s["paras"]):
            fl.para(ptxt, body, tag=(s["label"], pi))
    print("mohenjo flow", fl.log, "end frame", fl.fi, "y", round(fl.y, 1))
    # inside right (top left, upside down): picture, then caption under it ("Above:")
    cap = e["sections"][2]["caption"]
    py = PH - 10 - 80
    pic(d, 0, 1, M, py, 60, 44, rot=rTL)
    yy = d.text_at(0, 1, M, py + 47, tw, "Above: " + cap["text"], St(SANS, 9, align="left", hyph=False, lead=1.3), rTL)
    d.text_at(0, 1, M, yy + 0.5, tw, cap["credit"], St(SANS, 8, italic=True, align="left", hyph=False, color="#555555"), rTL)
    # back panel (bottom left, upright): sidebar, table, address
    bx, by = BL
    sb = e["sidebar"]
    d.rect(0, 3, bx + M, by + 14, tw, 70, fill="#eadfcc")
    yy = d.text_at(0, 3, bx + M + 5, by + 18, tw - 10, sb["title"], St(SANS, 13, bold=True, align="left", hyph=False, color="#3b2a1a"))
    for ptxt in sb["paras"]:
        yy = d.text_at(0, 3, bx + M + 5, yy + 1.5, tw - 10, ptxt, St(SERIF, 10, lead=1.3))
    ty = by + 94
    d.text_at(0, 3, bx + M, ty, tw, "Indus cities at a glance", St(SANS, 10, bold=True, align="left", hyph=False))
    ty += 6
    colw = [45, 30, tw - 75]
    for ri, row in enumerate(e["table"]):
        x = bx + M
        for ci, cell in enumerate(row):
            if ci == 0 or ri == 0:
                d.rect(0, 3, x, ty, colw[ci], 6.5, fill="#9c4a1a" if ri == 0 else "#d9c3a5")
            d.rect(0, 3, x, ty, colw[ci], 6.5, fill=None, stroke="#9c4a1a", width=0.2)
            d.text_at(0, 3, x + 1.5, ty + 0.9, colw[ci] - 3, cell,
                      St(SANS, 9, bold=(ri == 0 or ci == 0), color="#ffffff" if ri == 0 else "#000000", align="left", hyph=False))
            x += colw[ci]
        ty += 6.5
    ay = by + PH - 40
    for i, ln in enumerate(e["address"]):
        ay = d.text_at(0, 3, bx + M, ay, tw, ln, St(SANS, 9, bold=(i == 0), align="left", hyph=False, lead=1.35))
    # fold lines and marks
    d.vline(0, 0, PW, 0, H, "#999999", 0.25, dash=True)
    d.hline(0, 0, 0, PH, W, "#999999", 0.25, dash=True)
    d.render()


# ===================================================================== Bathysphere: magazine pages 14-15
def bathysphere():
    e = EX["bathysphere_1934"]
    W, H = 210, 297
    d = Doc(os.path.join(OUT, "bathysphere_1934.pdf"), W, H, "Half a Mile Down", "Soundings magazine")
    L, gap = 16, 6
    cw = (W - 2 * L - 2 * gap) / 3
    xs = [L + i * (cw + gap) for i in range(3)]
    for pg, folio in ((0, "14"), (1, "15")):
        d.text_at(pg, 1, L, 9, 100, e["running"][0], St(SANS, 8, bold=True, color="#0b4f6c", align="left", hyph=False))
        d.hline(pg, 1, L, 14, W - L, "#0b4f6c", 0.6)
        d.hline(pg, 9, L, 284, W - L, "#0b4f6c", 0.3)
        d.text_at(pg, 9, L, 286, 120, e["running"][1], St(SANS, 7.5, align="left", hyph=False))
        d.text_at(pg, 9, W - L - 20, 286, 20, folio, St(SANS, 9, bold=True, align="right", hyph=False))
    y = d.text_at(0, 2, L, 19, 170, e["kicker"], St(SANS, 9, italic=True, color="#0b4f6c", align="left", hyph=False))
    y = d.text_at(0, 2, L, y + 1, 178, e["title_lines"][0], St(SERIF, 36, bold=True, align="left", hyph=False, lead=1.05))
    y = d.text_at(0, 2, L, y, 178, e["title_lines"][1], St(SERIF, 17, italic=True, align="left", hyph=False, lead=1.2, color="#0b4f6c"))
    y = d.text_at(0, 3, L, y + 2.5, 178, e["intro"], St(SANS, 11, align="left", hyph=False, lead=1.35))
    pic(d, 0, 3, L, y + 3, W - 2 * L, 84)
    top = y + 3 + 84 + 5
    # box quote in column 2 of page 14: the column is split into two frames around it
    bq_y, bq_h = top + 30, 46
    bot0 = 280
    pic_h = 70
    frames = [dict(page=0, x=xs[0], y=top, w=cw, h=bot0 - top),
              dict(page=0, x=xs[1], y=top, w=cw, h=bq_y - 3 - top),
              dict(page=0, x=xs[1], y=bq_y + bq_h + 3, w=cw, h=bot0 - (bq_y + bq_h + 3)),
              dict(page=0, x=xs[2], y=top, w=cw, h=bot0 - top),
              dict(page=1, x=xs[0], y=20, w=cw, h=bot0 - 20),
              ]
    fl = Flow(d, frames)
    body = St(SERIF, 10.2, lead=1.3, indent=3.5)
    lab = St(SANS, 7.8, bold=True, caps=True, color="#0b4f6c", align="left", hyph=False)
    head = St(SANS, 11.5, bold=True, align="left", hyph=False, lead=1.1)
    for s in e["sections"]:
        def draw(page, group, x, yy, w, rot, s=s):
            d.text_at(page, group, x, yy, w, s["label"], lab)
            d.text_at(page, group, x, yy + 3.8, w, s["title"], head)
        fl.box(9.5, draw, gap_before=3, gap_after=0.6)
        for pi, ptxt in enumerate(s["paras"]):
            fl.para(ptxt, body.with_(indent=0) if pi == 0 else body, tag=(s["label"], pi))
    print("bathysphere flow", fl.log, "end frame", fl.fi, "y", round(fl.y, 1))
    # the box quote (drawn after the body of page 14)
    d.rect(0, 6, xs[1], bq_y, cw, bq_h, fill="#dff0f7", stroke="#0b4f6c", width=0.5)
    yy = d.text_at(0, 6, xs[1] + 3.5, bq_y + 3, cw - 7, e["boxquote"], St(SERIF, 12, italic=True, align="left", hyph=False, lead=1.2, color="#0b4f6c"))
    d.text_at(0, 6, xs[1] + 3.5, yy + 1, cw - 7, "— " + e["boxquote_attr"], St(SANS, 7.5, align="left", hyph=False))
    # page 15: picture across columns 2-3, caption under it
    cap = e["sections"][2]["caption"]
    pic(d, 1, 4, xs[1], 20, 2 * cw + gap, pic_h)
    yy = d.text_at(1, 4, xs[1], 20 + pic_h + 2, 2 * cw + gap, "Above: " + cap["text"], St(SANS, 8.5, align="left", hyph=False, lead=1.3))
    d.text_at(1, 4, xs[1], yy, 2 * cw + gap, cap["credit"], St(SANS, 7.5, italic=True, align="left", hyph=False, color="#555555"))
    # page 15, column 3 under the caption: sidebar (dark box), then the table of dives
    sb = e["sidebar"]
    sy = 20 + pic_h + 16
    d.rect(1, 7, xs[2], sy, cw, 66, fill="#0b4f6c")
    yy = d.text_at(1, 7, xs[2] + 3, sy + 3, cw - 6, sb["title"], St(SANS, 9.5, bold=True, align="left", hyph=False, color="#ffffff", lead=1.15))
    for ptxt in sb["paras"]:
        yy = d.text_at(1, 7, xs[2] + 3, yy + 1, cw - 6, ptxt, St(SANS, 7.8, lead=1.28, color="#ffffff"))
    print("bathysphere sidebar ends", round(yy, 1), "box ends", sy + 66)
    ty = sy + 72
    d.text_at(1, 8, xs[2], ty, cw, "The record dives", St(SANS, 8.5, bold=True, align="left", hyph=False))
    ty += 5
    colw = [19, 12, cw - 31]
    for ri, row in enumerate(e["table"]):
        x = xs[2]
        for ci, cell in enumerate(row):
            if ri == 0 or ci == 0:
                d.rect(1, 8, x, ty, colw[ci], 5.2, fill="#0b4f6c" if ri == 0 else "#cfe6ef")
            d.text_at(1, 8, x + 0.8, ty + 0.8, colw[ci] - 1.6, cell,
                      St(SANS, 6.8, bold=(ri == 0), color="#ffffff" if ri == 0 else "#000000", align="left", hyph=False))
            x += colw[ci]
        ty += 5.2
    # society notice in column 2 under the caption
    ny = 20 + pic_h + 16
    d.rect(1, 8, xs[1], ny, cw, 60, fill=None, stroke="#0b4f6c", width=0.4)
    yy = d.text_at(1, 8, xs[1] + 3, ny + 3, cw - 6, "Society notices", St(SANS, 9, bold=True, align="left", hyph=False, color="#0b4f6c"))
    yy = d.text_at(1, 8, xs[1] + 3, yy + 1, cw - 6, "Winter lectures resume on the first Thursday of the month in the Chart Room. Members may bring one guest. The library will be closed for stocktaking during the second week of March.", St(SANS, 7.8, align="left", hyph=False, lead=1.3))
    d.render()


def pdftotext(name):
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)


if __name__ == "__main__":
    which = sys.argv[1:] or ["goddard", "laennec", "mohenjo", "bathysphere"]
    names = {"goddard": "goddard_rocket_1926", "laennec": "laennec_stethoscope_1816", "mohenjo": "mohenjo_daro_1924",
             "bathysphere": "bathysphere_1934"}
    for w in which:
        {"goddard": goddard, "laennec": laennec_build, "mohenjo": mohenjo, "bathysphere": bathysphere}[w]()
        pdftotext(names[w])
    # PySide6 can abort while garbage-collecting the kept text layouts at interpreter exit; leave directly.
    sys.stdout.flush()
    os._exit(0)
