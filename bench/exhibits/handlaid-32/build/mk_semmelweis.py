"""Semmelweis: A4 catalogue pages 14-15. One wide justified column with run-in section
heads, a hanging first word in red, a tinted sidebar the first paragraphs wrap around
(short lines, then long), glued note marks and footnotes, a table and a figure with the
caption beside the picture."""
import os
from layout import Doc, Flow, width, break_lines, words_of, Word
from common import gold, write_gold, BUILD, BLACK, GREY, RED, note_runs

C = __import__("content").SEMMELWEIS
W, H = 595.28, 841.89
XL, XR = 100.0, 55.0
BW = W - XL - XR
BODY, LEAD = 11.8, 16.3
TEAL = (0.05, 0.38, 0.4)
FOOT_TOP = 135.0


def build():
    name = C["name"]
    title = " ".join(C["title_lines"])
    doc = Doc(W, H, title=title)
    h1, h2 = C["header"]

    def furniture(page):
        doc.text(XL, H - 40, h1, "SI", 8, GREY, page=page)
        doc.text(W - XR - width(h2, "SI", 8), H - 40, h2, "SI", 8, GREY, page=page)
        doc.pages[page]["ops"].append(["line", XL, H - 45, W - XR, H - 45, list(GREY), 0.4, None])

    def footnote(page, text, k=0):
        ops = doc.pages[page]["ops"]
        if k == 0:
            ops.append(["line", XL, 84, XL + 90, 84, list(BLACK), 0.4, None])
        num, rest = text.split(" ", 1)
        yy = 72 - 11 * k
        ops.append(["text", XL, yy, "R", 6.5, list(BLACK), num, 0, 0])
        ops.append(["text", XL + 5, yy, "R", 8.5, list(BLACK), rest, 0, 0])

    def folio(page, s):
        doc.pages[page]["ops"].append(["text", round(W / 2 - width(s, "S", 8.5) / 2, 2), 40, "S", 8.5, list(BLACK), s, 0, 0])

    furniture(0)
    y = H - 82
    doc.spaced(XL, y, C["kicker"], "SB", 8.5, TEAL, tc=1.8)
    y -= 34
    doc.text(XL, y, C["title_lines"][0], "SB", 28, BLACK)
    y -= 26
    doc.text(XL, y, C["title_lines"][1], "S", 18, TEAL)
    y -= 12
    f = Flow(doc, [(0, XL, y, BW, 0)])
    f.para([(C["intro"], "I", 12.5, BLACK)], lead=16.5, space_after=0, justify=True)
    y = f.y - 10
    doc.line(XL, y, W - XR, y, TEAL, 1.0)
    body_top = y - 8

    def on_frame(fl, old, new):
        # page 14 ends: footnote 1 and folio, then page 15 header
        footnote(0, C["notes"][0])
        footnote(0, C["notes"][1], 1)
        folio(0, C["folios"][0])
        furniture(1)

    frames = [(0, XL, body_top, BW, FOOT_TOP), (1, XL, H - 62, BW, FOOT_TOP)]
    fl = Flow(doc, frames, on_frame=on_frame)
    # tinted sidebar on the right of page 14, text wraps around it
    sbw = 168.0
    st, sp = C["sidebar"]
    sb_x = W - XR - sbw
    sb_top = body_top - 4
    start = len(doc.ops)
    sf = Flow(doc, [(0, sb_x + 10, sb_top - 10, sbw - 20, 0)])
    sf.para([(st, "SB", 10.5, TEAL)], lead=13, space_after=3, hyphenate=False)
    for p in sp:
        sf.para([(p, "S", 8.8, BLACK)], lead=11.4, space_after=0)
    sb_h = sb_top - sf.y + 8
    sb_ops = doc.ops[start:]
    del doc.ops[start:]
    sb_ops.insert(0, ["rect", round(sb_x, 2), round(sb_top - sb_h, 2), sbw, round(sb_h, 2), [0.88, 0.95, 0.95], None, 0])
    fl.exclusions.append((0, sb_x - 12, W, sb_top + 2, sb_top - sb_h - 4))

    hangs = {(0, 1), (1, 1), (2, 1), (3, 1)}
    drawn_sidebar = [False]
    for si, (label, stitle, paras) in enumerate(C["sections"]):
        for pi, p in enumerate(paras):
            pid = (si, pi)
            runs = note_runs(p, "R", BODY, BLACK)
            ind = 0.0
            if pi == 0:
                head = [(label + " ", "SB", 11.5, RED), (stitle + " ", "SB", 11, TEAL)]
                runs = head + runs
                fl.ensure(LEAD * 3)
                fl.skip(5)
            if pid in hangs:
                first, restp = p.split(" ", 1)
                hw = width(first, "B", BODY)
                def hang(fl_, first=first, hw=hw):
                    pass
                # draw the hanging word in the margin on the first line's baseline
                if fl.y - LEAD < fl.frame[4]:
                    fl.next_frame()
                base = fl.y - LEAD * 0.8
                doc.text(XL - hw - 6, base, first, "B", BODY, RED)
                runs = note_runs(restp, "R", BODY, BLACK)
            if si == 3 and pi == 0:
                def fig(f_):
                    x = XL
                    ph, pw = 110, 150
                    if f_.y - ph - 16 < f_.frame[4]:
                        f_.next_frame()
                    top = f_.y - 6
                    doc.picture(x, top - ph, pw, ph)
                    pos, ctext, credit = C["caption"]
                    yy = top - 2
                    cwid = BW - pw - 14
                    for ln in break_lines(words_of([(pos + ":", "SB", 8.6, BLACK), (" " + ctext, "S", 8.6, BLACK)]), lambda i: cwid):
                        yy -= 11
                        doc.draw_line(x + pw + 14, yy, ln, cwid)
                    yy -= 11
                    doc.text(x + pw + 14, yy, credit, "SI", 7.8, GREY)
                    f_.y = top - ph - 10
                fl.after_line[(pid, 2)] = fig
            fl.para(runs, lead=LEAD, justify=True, space_after=3, pid=pid)
            if not drawn_sidebar[0] and si == 0 and pi == 0:
                doc.ops.extend(sb_ops)  # the sidebar is drawn after the first paragraph
                drawn_sidebar[0] = True
    if True:
            # table "Deaths in the two clinics" before section 4
            tt, rows = C["table"]
            fl.ensure(100)
            fl.skip(4)
            x = XL
            doc.text(x, fl.y - 10, tt, "SB", 9, TEAL)
            fl.skip(16)
            cw = [170, 70, 70]
            for ri, row in enumerate(rows):
                yy = fl.y
                if ri == 0:
                    doc.rect(x, yy - 15, sum(cw), 15, fill=(0.88, 0.95, 0.95))
                else:
                    doc.rect(x, yy - 15, cw[0], 15, fill=(0.94, 0.94, 0.94))
                cx = x
                for ci, cell in enumerate(row):
                    fk = "SB" if ri == 0 or ci == 0 else "S"
                    if ci == 0:
                        doc.text(cx + 4, yy - 11, cell, fk, 8.5, BLACK)
                    else:
                        doc.text(cx + cw[ci] - 6 - width(cell, fk, 8.5), yy - 11, cell, fk, 8.5, BLACK)
                    cx += cw[ci]
                doc.line(x, yy - 15, x + sum(cw), yy - 15, GREY, 0.3)
                fl.skip(15)
            fl.skip(12)
    folio(1, C["folios"][1])
    doc.save(os.path.join(BUILD, "dl_" + name + ".json"))
    sections = [(None, title, [C["intro"]], None)]
    for si, (label, stitle, paras) in enumerate(C["sections"]):
        sections.append((label, stitle, paras, C["caption"] if si == 3 else None))
    sections.append((None, st, sp, None))
    write_gold(name, gold(title, [h1, h2, C["folios"][0], C["folios"][1]], sections))


if __name__ == "__main__":
    build()
