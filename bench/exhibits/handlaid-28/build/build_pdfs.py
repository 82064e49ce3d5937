# Lays out the four PDF exhibits with layout.py, paints them, writes .txt (pdftotext -raw) and gold .json.
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
import layout as L
from layout import Ops, Flow, font, wrap, FONTS
import painters as P

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
for k, p in P.MS_FONTS.items():
    font(k, p)

RED = (150, 30, 30); NAVY = (20, 45, 90); GREY = (90, 90, 90); TEAL = (0, 95, 100); WHITE = (255, 255, 255)


def gold_sections(d, title, extra_first=None, order=None):
    secs = [dict(label=None, title=title, blocks=[dict(kind="paragraph", text=C.gold_text(d["intro"]))])]
    for s in d["sections"]:
        secs.append(dict(label=s["label"], title=s["title"],
                         blocks=[dict(kind="paragraph", text=C.gold_text(p)) for p in s["paras"]]))
    return secs


def cap(c):
    return dict(kind="caption", text=c["text"], position=c["position"], credit=c["credit"])


def write_gold(name, title, running, sections):
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(dict(title=title, running=running, sections=sections), f, ensure_ascii=False, indent=2)
        f.write("\n")


def pdftotext(name):
    subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), os.path.join(OUT, name + ".txt")],
                   check=True)


def caption_lines(ops, x, y, w, c, fk="sans", fki="sans-i", size=7.8, lead=9.6, pos_own_line=False, color=GREY, fkb="sans-b"):
    """Draw a caption: optional position word, text, credit on its own line. Returns new y (baseline-based)."""
    f = FONTS[fk]
    if c["position"] and pos_own_line:
        y += lead
        ops.text(x, y, c["position"] + ":", fkb, size, (0, 0, 0))
        body = c["text"]
    elif c["position"]:
        body = c["position"] + ": " + c["text"]
    else:
        body = c["text"]
    for ln in wrap(body, f, size, w, hyph=False):
        y += lead
        ops.text(x, y, ln, fk, size, (40, 40, 40))
    for ln in wrap(c["credit"], FONTS[fki], size - 0.6, w, hyph=False):
        y += lead
        ops.text(x, y, ln, fki, size - 0.6, color)
    return y


# =====================================================================================  1 Grace Darling
def grace():
    d = C.GRACE
    ops = Ops()
    W, H = 842, 595
    pw = W / 3
    m = 24
    ops.page(W, H)
    # ---- side 1, drawn as it lies flat: flap (left) | back (middle) | cover (right)
    # flap: section 1
    s1 = d["sections"][0]
    fl = Flow(ops, [dict(x=m, top=40, w=pw - 2 * m, bottom=H - 40)])

    def heading(fl, s, color=TEAL):
        fl.need(60)
        fl.y += 14
        fl.y += 18
        ops.rect(fl.x, fl.y - 14, 18, 18, fill=color)
        ops.text(fl.x + 5, fl.y, s["label"], "sans-b", 12, WHITE)
        for i, ln in enumerate(wrap(s["title"], FONTS["serif-b"], 15, fl.w - 26, hyph=False)):
            if i:
                fl.y += 17
            ops.text(fl.x + 26, fl.y, ln, "serif-b", 15, color)
        fl.y += 4

    heading(fl, s1)
    for p in s1["paras"]:
        fl.para(p, "serif", 10.4, 13.6, before=5)
    # back panel
    x0 = pw + m
    bk = d["back"]
    ops.grey_box(x0 + 40, 60, pw - 2 * m - 80, 70)  # uncaptioned emblem
    fb = Flow(ops, [dict(x=x0, top=150, w=pw - 2 * m, bottom=H - 40)])
    fb.y += 20
    ops.text(fb.x, fb.y, bk["title"], "serif-b", 15, TEAL)
    for p in bk["paras"]:
        fb.para(p, "serif", 10.4, 13.6, before=6)
    yy = H - 90
    for a in d["address"]:
        ops.text(x0 + 30, yy, a, "sans", 8.5, GREY)
        yy += 11
    ops.line(2 * pw, 20, 2 * pw, H - 20, (170, 170, 170), 0.4)
    ops.line(pw, 20, pw, H - 20, (170, 170, 170), 0.4)
    # cover
    x0 = 2 * pw + m
    ops.rect(2 * pw, 0, pw, 40, fill=TEAL)
    ops.text(x0, 26, d["kicker"], "sans-b", 9, WHITE)
    y = 84
    for ln in d["title_lines"]:
        ops.text(x0, y, ln, "serif-b", 25, TEAL)
        y += 30
    ops.grey_box(x0, y, pw - 2 * m, 150)
    y += 150
    y = caption_lines(ops, x0, y, pw - 2 * m, d["cover_caption"])
    fc = Flow(ops, [dict(x=x0, top=y + 8, w=pw - 2 * m, bottom=H - 20)])
    fc.para(d["intro"], "serif-i", 11.2, 14.6)
    # ---- side 2: inside, panels 2-4
    ops.page(W, H)
    ops.text(W / 2 - FONTS["sans"].w(d["footer"], 8) / 2, H - 16, d["footer"], "sans", 8, GREY)
    frames = [dict(x=i * pw + m, top=34, w=pw - 2 * m, bottom=H - 36) for i in range(3)]
    f2 = Flow(ops, frames)
    for si, s in enumerate(d["sections"][1:], start=1):
        if si == 3:
            # pull quote between sections 3 and 4
            f2.need(70)
            f2.y += 14
            ops.line(f2.x, f2.y, f2.x + f2.w, f2.y, TEAL, 1)
            for ln in wrap(d["pullquote"], FONTS["serif-bi"], 13, f2.w, hyph=False):
                f2.y += 16
                ops.text(f2.x, f2.y, ln, "serif-bi", 13, TEAL)
            f2.y += 8
            ops.line(f2.x, f2.y, f2.x + f2.w, f2.y, TEAL, 1)
        heading(f2, s)
        for p in s["paras"]:
            f2.para(p, "serif", 10.4, 13.6, before=5, on_mark=lambda fl: fl.next_frame())
        if si == 2:
            # coble picture: box on the left, "Left:" caption to its right
            f2.need(80)
            f2.y += 10
            bw = 92
            ops.grey_box(f2.x, f2.y, bw, 66)
            yy = caption_lines(ops, f2.x + bw + 8, f2.y, f2.w - bw - 8, d["inside_caption"], pos_own_line=True)
            f2.y = max(f2.y + 66, yy) + 4
    ops.line(pw, 20, pw, H - 24, (170, 170, 170), 0.4)
    ops.line(2 * pw, 20, 2 * pw, H - 24, (170, 170, 170), 0.4)
    P.paint_majorsilence(ops.ops, os.path.join(OUT, d["name"] + ".pdf"), "Bamburgh Lifeboat Heritage Trust")
    title = " ".join(d["title_lines"])
    secs = gold_sections(d, title)
    secs[0]["blocks"].append(cap(d["cover_caption"]))
    secs[3]["blocks"].append(cap(d["inside_caption"]))
    bk = d["back"]
    secs.append(dict(label=None, title=bk["title"], blocks=[dict(kind="paragraph", text=C.gold_text(p)) for p in bk["paras"]]))
    write_gold(d["name"], title, [d["footer"]], secs)
    pdftotext(d["name"])


# =====================================================================================  2 Difference Engine
def engine():
    d = C.ENGINE
    ops = Ops()
    W, H = 595.28, 841.89
    outer, inner = 128, 48
    notes = list(d["margin_notes"])
    last_note = [0, 0]
    page_no = [0]

    def geom(p):  # p=0 left page (88): outer margin on the left; p=1 right page (89): outer on the right
        if p == 0:
            return outer, W - inner
        return inner, W - outer

    def header(p):
        l, r = geom(p)
        if p == 0:
            ops.text(l, 40, d["header_left"], "sans-b", 8.5, NAVY)
        else:
            ops.text(r - FONTS["sans-i"].w(d["header_right"], 8.5), 40, d["header_right"], "sans-i", 8.5, NAVY)
        ops.line(l, 46, r, 46, NAVY, 0.5)

    def folio(p):
        l, r = geom(p)
        s = d["folios"][p]
        if p == 0:
            ops.text(28, 40, s, "sans-b", 11, NAVY)
        else:
            ops.text(W - 28 - FONTS["sans-b"].w(s, 11), 40, s, "sans-b", 11, NAVY)

    def note(fl):
        if not notes:
            return
        n = notes.pop(0)
        p = page_no[0]
        if p == 0:
            x, w = 26, outer - 40
        else:
            x, w = W - outer + 16, outer - 40
        y = max(fl.y + 4, last_note[0] if last_note[1] == p else 0)
        ops.line(x, y, x + 20, y, RED, 0.6)
        for ln in wrap(n, FONTS["sans-i"], 7.6, w, hyph=False):
            y += 9.4
            ops.text(x, y, ln, "sans-i", 7.6, RED)
        last_note[:] = [y + 6, p]

    ops.page(W, H)
    header(0)
    l, r = geom(0)
    tw = r - l
    ops.text(l, 74, d["kicker"], "sans-b", 8.5, RED)
    y = 104
    for ln in d["title_lines"]:
        ops.text(l, y, ln, "serif-b", 25, NAVY)
        y += 29
    fi = Flow(ops, [dict(x=l, top=y - 8, w=tw, bottom=H)])
    fi.para(d["intro"], "serif-i", 11.5, 15)
    top = fi.y + 16
    ops.line(l, top - 8, r, top - 8, GREY, 0.4)
    cw = (tw - 18) / 2
    foot_top = H - 70
    l1, r1 = geom(1)
    cw1 = (r1 - l1 - 18) / 2
    quote_top, quote_h = 196, 104
    frames = [dict(x=l, top=top, w=cw, bottom=foot_top, p=0), dict(x=l + cw + 18, top=top, w=cw, bottom=foot_top, p=0),
              dict(x=l1, top=64, w=cw1, bottom=quote_top, p=1), dict(x=l1 + cw1 + 18, top=64, w=cw1, bottom=quote_top, p=1),
              dict(x=l1, top=quote_top + quote_h, w=cw1, bottom=H - 56, p=1),
              dict(x=l1 + cw1 + 18, top=quote_top + quote_h, w=cw1, bottom=H - 56, p=1)]

    def on_frame(fl, fr):
        if fr["p"] == 1 and page_no[0] == 0:
            # leave page 1: footnote, folio; start page 2
            ops.line(l, foot_top + 14, l + 80, foot_top + 14, GREY, 0.4)
            yy = foot_top + 14
            for ln in wrap(d["footnote"], FONTS["serif"], 7.8, tw, hyph=False):
                yy += 10
                ops.text(l, yy, ln, "serif", 7.8, GREY)
            folio(0)
            ops.page(W, H)
            page_no[0] = 1
            header(1)
        if fr is frames[4]:
            # large italic quotation spanning both columns
            yq = quote_top + 14
            ops.line(l1, yq - 6, r1, yq - 6, NAVY, 0.8)
            for ln in wrap(d["quote"], FONTS["serif-i"], 19, r1 - l1 - 20, hyph=False):
                yq += 23
                ops.text(l1 + 10, yq, ln, "serif-i", 19, NAVY)
            yq += 17
            ops.text(r1 - FONTS["sans"].w(d["quote_attr"], 9) - 10, yq, d["quote_attr"], "sans", 9, GREY)
            ops.line(l1, quote_top + quote_h - 12, r1, quote_top + quote_h - 12, NAVY, 0.8)

    fl = Flow(ops, frames, on_frame)
    for si, s in enumerate(d["sections"]):
        fl.need(50)
        fl.y += 10 if si else 0
        fl.y += 12
        ops.text(fl.x, fl.y, s["label"].upper(), "sans-b", 8.5, RED)
        for ln in wrap(s["title"], FONTS["serif-b"], 14, fl.w, hyph=False):
            fl.y += 17
            ops.text(fl.x, fl.y, ln, "serif-b", 14, NAVY)
        fl.y += 2
        for pi_, p in enumerate(s["paras"]):
            if pi_ == 0 or (si == 1 and pi_ == 1):
                note(fl)
            fl.para(p, "serif", 11, 14.6, indent=0 if pi_ == 0 else 12, hyph=True)
        if si == 1:
            fl.need(120)
            fl.y += 8
            fl.y = caption_lines(ops, fl.x, fl.y, fl.w, d["caption"], pos_own_line=False)
            fl.y += 4
            ops.grey_box(fl.x, fl.y, fl.w, 90)
            fl.y += 94
    folio(1)
    P.paint_majorsilence(ops.ops, os.path.join(OUT, d["name"] + ".pdf"), "Marchmont Museum of Science")
    title = " ".join(d["title_lines"])
    secs = gold_sections(d, title)
    secs[2]["blocks"].append(cap(d["caption"]))
    write_gold(d["name"], title, [d["header_left"], d["header_right"]] + d["folios"], secs)
    pdftotext(d["name"])


# =====================================================================================  3 Skara Brae (pdf-maker)
def pm_fonts():
    for k, (name, path) in P.PM_FONTS.items():
        f = font("pm-" + k, path)
        if not getattr(f, "_scaled", False):
            f.upm = f.upm / P.PM_SCALE
            f._scaled = True


class PMOps(Ops):
    def text(self, x, y, s, fkey, size, color=(0, 0, 0)):
        super().text(x, y, s, fkey.replace("pm-", ""), size, color)


def skara():
    pm_fonts()
    d = C.SKARA
    d["sections"][1]["paras"][1] = d["sections"][1]["paras"][1].replace("fresh for bait", "fresh for |bait")
    ops = PMOps()
    W, H = 842, 1191
    ops.page(W, H)
    BR = (120, 70, 30)
    ops.rect(0, 0, W, 54, fill=BR)
    ops.text(48, 34, d["kicker"], "pm-arial", 11, WHITE)
    y = 112
    for ln in d["title_lines"]:
        ops.text(48, y, ln, "pm-times", 42, BR)
        y += 46
    fi = Flow(ops, [dict(x=48, top=y - 14, w=W - 96, bottom=H)])
    fi.para(d["intro"], "pm-calibri", 15, 20, hyph=False)
    top = fi.y + 26
    # right column drawn first: sidebar, then table
    rx, rw = 600, W - 600 - 48
    ops.rect(rx, top, rw, 196, fill=(238, 226, 205))
    sb = d["sidebar"]
    fs = Flow(ops, [dict(x=rx + 14, top=top + 8, w=rw - 28, bottom=top + 196)])
    fs.y += 20
    ops.text(fs.x, fs.y, sb["title"], "pm-calibri", 17, BR)
    for p in sb["paras"]:
        fs.para(p, "pm-calibri", 12, 16, before=6)
    ty = top + 400
    ops.text(rx, ty, d["table_title"], "pm-arial", 10, BR)
    ty += 8
    colw = [rw * 0.44, rw * 0.3, rw * 0.26]
    for ri, row in enumerate(d["table"]):
        cx = rx
        for ci, cell in enumerate(row):
            if ri == 0 or ci == 0:
                ops.rect(cx, ty, colw[ci], 34, fill=(225, 210, 185), stroke=(180, 160, 130))
            else:
                ops.rect(cx, ty, colw[ci], 34, fill=(255, 255, 255), stroke=(180, 160, 130))
            for k, ln in enumerate(wrap(cell, FONTS["pm-arial"], 9, colw[ci] - 8, hyph=False)[:2]):
                ops.text(cx + 4, ty + 14 + 11 * k, ln, "pm-arial", 9, (0, 0, 0))
            cx += colw[ci]
        ty += 34
    # timeline
    dx, lx, lw = 48, 170, 400
    ops.line(158, top, 158, H - 80, BR, 1.2)

    def on_mark(fl):
        # caption interrupts the paragraph; its picture sits in the right-hand column beside it
        yy = fl.y + 4
        ops.line(fl.x, yy, fl.x + 60, yy, BR, 0.6)
        yy = caption_lines(ops, fl.x, yy, fl.w, d["caption"], fk="pm-arial", fki="pm-arial", size=9.4, lead=12.2)
        ops.grey_box(rx, top + 214, rw, 150)
        fl.y = yy + 8

    fl = Flow(ops, [dict(x=lx, top=top, w=lw, bottom=H - 80)])
    for s in d["sections"]:
        fl.y += 30
        ops.rect(153, fl.y - 9, 10, 10, fill=BR)
        ops.text(dx, fl.y, s["label"], "pm-calibri", 15, BR)
        ops.text(lx, fl.y, s["title"], "pm-times", 19, (0, 0, 0))
        fl.y += 2
        for p in s["paras"]:
            fl.para(p, "pm-times", 12, 16, before=5, on_mark=on_mark)
    ops.line(48, H - 48, W - 48, H - 48, BR, 0.5)
    ops.text(48, H - 30, d["footer_left"], "pm-arial", 9, GREY)
    ops.text(W - 48 - FONTS["pm-arial"].w(d["footer_right"], 9), H - 30, d["footer_right"], "pm-arial", 9, GREY)
    P.paint_pdfmaker(ops.ops, os.path.join(OUT, d["name"] + ".pdf"), "Village Under the Sand", "Stromness Museum of Orkney Life")
    title = " ".join(d["title_lines"])
    secs = gold_sections(d, title)
    secs[2]["blocks"].append(cap(d["caption"]))
    secs.append(dict(label=None, title=sb["title"], blocks=[dict(kind="paragraph", text=C.gold_text(p)) for p in sb["paras"]]))
    write_gold(d["name"], title, [d["footer_left"], d["footer_right"]], secs)
    pdftotext(d["name"])


# =====================================================================================  4 Mildenhall (pdf-maker)
def milden():
    pm_fonts()
    d = C.MILDEN
    ops = PMOps()
    W, H = 842, 595
    m = 40
    SIL = (70, 80, 95)
    n_pages = [0]

    def start_page():
        ops.page(W, H)
        n_pages[0] += 1
        ops.text(m, 26, d["header_left"], "pm-arial", 8.5, SIL)
        ops.text(W - m - FONTS["pm-arial"].w(d["header_right"], 8.5), 26, d["header_right"], "pm-arial", 8.5, SIL)
        ops.line(m, 32, W - m, 32, SIL, 0.5)

    def end_page():
        s = d["footer"].format(n=n_pages[0])
        ops.text(W / 2 - FONTS["pm-arial"].w(s, 8.5) / 2, H - 18, s, "pm-arial", 8.5, GREY)

    start_page()
    ops.text(m, 56, d["kicker"], "pm-arial", 9, SIL)
    y = 92
    for ln in d["title_lines"]:
        ops.text(m, y, ln, "pm-times", 30, SIL)
        y += 32
    ops.grey_box(W - m - 250, 44, 250, 120)  # uncaptioned banner picture
    fi = Flow(ops, [dict(x=m, top=y - 12, w=W - 2 * m - 270, bottom=H)])
    fi.para(d["intro"], "pm-calibri", 12.5, 16.5, hyph=False)
    top1 = max(fi.y, 170) + 14
    cw = (W - 2 * m - 2 * 20) / 3
    frames = [dict(x=m + i * (cw + 20), top=top1, w=cw, bottom=H - 40, p=1) for i in range(3)]
    frames += [dict(x=m + i * (cw + 20), top=48, w=cw, bottom=H - 40, p=2) for i in range(3)]

    def on_frame(fl, fr):
        if fr["p"] == 2 and n_pages[0] == 1:
            end_page()
            start_page()

    tomb = list(d["tombstones"])

    def tombstone(fl):
        t = tomb.pop(0)
        fl.need(80)
        fl.y += 10
        ops.line(fl.x, fl.y, fl.x + fl.w, fl.y, SIL, 0.5)
        for i, ln in enumerate(t):
            fl.y += 12
            ops.text(fl.x + 8, fl.y, ln, "pm-calibri" if i else "pm-arial", 9.5 if i else 10, SIL if i else (0, 0, 0))
        fl.y += 6
        ops.line(fl.x, fl.y, fl.x + fl.w, fl.y, SIL, 0.5)

    def on_mark(fl):
        fl.need(90)
        fl.y += 6
        bw = 100
        ops.grey_box(fl.x, fl.y, bw, 72)
        yy = caption_lines(ops, fl.x + bw + 8, fl.y - 4, fl.w - bw - 8, d["caption"], fk="pm-arial", fki="pm-arial",
                           size=8.5, lead=10.6, pos_own_line=True, fkb="pm-calibri")
        fl.y = max(fl.y + 72, yy) + 4

    fl = Flow(ops, frames, on_frame)
    after = {(1, 0): 0, (1, 1): 1, (2, 0): 2}
    for si, s in enumerate(d["sections"]):
        fl.need(60)
        fl.y += 12 if si else 0
        fl.y += 20
        ops.rect(fl.x, fl.y - 15, 20, 20, fill=SIL)
        ops.text(fl.x + 5, fl.y, s["label"], "pm-arial", 14, WHITE)
        ops.text(fl.x + 28, fl.y, s["title"], "pm-times", 16, SIL)
        fl.y += 2
        for pi_, p in enumerate(s["paras"]):
            fl.para(p, "pm-times", 10.8, 14, before=4, on_mark=on_mark)
            if (si, pi_) in after:
                tombstone(fl)
    end_page()
    P.paint_pdfmaker(ops.ops, os.path.join(OUT, d["name"] + ".pdf"), "Silver from the Fen", "Wickham Roman Museum")
    title = " ".join(d["title_lines"])
    secs = gold_sections(d, title)
    secs[1]["blocks"].append(cap(d["caption"]))
    write_gold(d["name"], title, [d["header_left"], d["header_right"], "Page 1 of 2", "Page 2 of 2"], secs)
    pdftotext(d["name"])


if __name__ == "__main__":
    which = sys.argv[1:] or ["grace", "engine", "skara", "milden"]
    for w in which:
        globals()[w]()
        print("built", w)
