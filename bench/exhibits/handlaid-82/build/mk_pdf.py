# -*- coding: utf-8 -*-
"""The four PDFs of set 82, drawn with CapyPDF through engine.py (own line breaker)."""
import os, sys
from engine import Doc, Flow, LOG, set_line, tokenize
from texts import EX

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RED, TEAL, INK, TINT = "#8a2b12", "#1f6f78", "#1a1a1a", "#efe6d6"


def out(name):
    return os.path.join(ROOT, name + ".pdf")


# ------------------------------------------------------------------ Hemony, A3 portrait wall panel
def hemony():
    E = EX["hemony_carillon_1644"]
    d = Doc(out("hemony_carillon_1644"), 842, 1191, " ".join(E["title_lines"]))
    d.new_page()
    # running footer drawn first
    d.line(50, 1135, 792, 1135, "#777777", 0.6)
    d.text(E["running"][0], 50, 1152, "sans", 10, "#555555")
    d.text_right(E["running"][1], 792, 1152, "sans-b", 10, "#555555")
    # dark band: kicker, title in white, big panel number beside it
    d.rect(0, 40, 842, 190, "#1f2d3a")
    d.text(E["kicker"].upper(), 50, 78, "sans-b", 11, "#e8c170")
    d.text(E["title_lines"][0], 50, 138, "serif-b", 40, "#ffffff")
    d.text(E["title_lines"][1], 50, 180, "serif-i", 22, "#ffffff")
    d.text_right("3.2", 792, 170, "sans-b", 84, "#e8c170")
    y = d.block(E["intro"], 50, 272, 742, "serif", 17, 23.5, INK, justify=True)
    d.line(50, y - 6, 792, y - 6, RED, 1.5)
    top = y + 18
    cols = [dict(x=50, y=top, yb=int(os.environ.get("H_YB", 920)), w=356), dict(x=436, y=top, yb=884, w=356)]

    def enter(fl, i):
        if i == 1:  # pull quote and picture with its "Above:" caption open column 2
            yy = fl.y
            d.line(fl.x, yy, fl.x + fl.w, yy, RED, 1.2)
            yy = d.block(E["pullquote"], fl.x + 8, yy + 30, fl.w - 16, "serif-i", 19, 23, RED, hyph=False)
            d.line(fl.x, yy - 10, fl.x + fl.w, yy - 10, RED, 1.2)
            yy += 10
            d.picture(fl.x, yy, fl.w, 130)
            yy += 130 + 16
            c = E["caption"]
            toks = [("Above:", "sans-b", "")] + tokenize(c["text"], "serif-i")
            yy = d.block(toks, fl.x, yy, fl.w, "serif-i", 12, 15.5, INK)
            yy = d.block(c["credit"], fl.x, yy, fl.w, "sans", 9.5, 12.5, "#555555")
            fl.y = yy + 12

    fl = Flow(d, cols, enter)
    for s in E["sections"]:
        fl.ensure(80)
        fl.space(10)
        d.rect(fl.x, fl.y, 30, 30, TEAL)
        d.text_center(s["label"], fl.x + 15, fl.y + 22, "sans-b", 18, "#ffffff")
        d.text(s["title"], fl.x + 42, fl.y + 22, "sans-b", 19, TEAL)
        fl.y += 36
        for i, p in enumerate(s["paras"]):
            fl.para(p, "serif", 12, 16, after=7, tag=f'{s["label"]}-{i+1}')
    # sidebar box under column 2
    sb = E["sidebar"]
    d.rect(436, 896, 356, 108, TINT)
    d.text(sb["title"], 450, 918, "sans-b", 14, RED)
    d.block(sb["paras"][0], 450, 936, 328, "sans", 10.5, 13.6, INK, justify=True)
    # timeline strip under both columns
    d.rect(50, 1022, 742, 92, "#f4f1ea")
    d.text("HEMONY MILESTONES", 62, 1042, "sans-b", 9, TEAL)
    xs = [62, 245, 428, 611]
    d.line(62, 1062, 780, 1062, TEAL, 2)
    for k, ((yr, what), x) in enumerate(zip(E["timeline"], xs), 1):
        d.rect(x, 1055, 14, 14, TEAL)
        d.text_center(str(k), x + 7, 1066, "sans-b", 9, "#ffffff")
        d.text(yr, x, 1088, "sans-b", 13, INK)
        d.text(what, x, 1104, "sans", 10.5, INK)
    d.close()


# ------------------------------------------------------------------ Tsar Bell, A4 catalogue pages 14-15
def tsar():
    E = EX["tsar_bell_1735"]
    d = Doc(out("tsar_bell_1735"), 595, 842, " ".join(E["title_lines"]))
    M, G = 56, 20
    w = (595 - 2 * M - G) / 2
    notes = E["notes"]

    def foot_note(n):
        d.line(M, 770, M + 90, 770, "#777777", 0.5)
        d.text(str(n), M, 784, "serif", 6.5)
        d.block(notes[n - 1], M + 7, 787, 595 - 2 * M - 7, "serif", 8, 10)

    d.new_page()
    # verso head: folio first
    d.text(E["running"][1], M, 36, "sans-b", 9, RED)
    d.text(E["running"][0], M + 22, 36, "sans", 8.5, "#555555")
    d.line(M, 44, 595 - M, 44, "#999999", 0.4)
    d.text(E["kicker"].upper(), M, 80, "sans-b", 8.5, RED)
    d.text(E["title_lines"][0], M, 112, "serif-b", 27, INK)
    d.text(E["title_lines"][1], M, 136, "serif-i", 17, "#444444")
    d.text(E["byline"], M, 158, "sans", 9, "#555555")
    y = d.block(E["intro"], M, 184, 595 - 2 * M, "serif-i", 12.5, 17, INK, justify=True)
    d.line(M, y - 4, 595 - M, y - 4, RED, 0.8)
    d.picture(M, y + 6, 595 - 2 * M, 150)  # opener picture, no caption
    top = y + 166
    frames = [dict(x=M, y=top, yb=748, w=w), dict(x=M + w + G, y=top, yb=748, w=w),
              dict(x=M, y=296, yb=760, w=w, new_page=True), dict(x=M + w + G, y=60, yb=760, w=w)]

    def page_end(fl):
        foot_note(1)

    def enter(fl, i):
        if i == 2:  # page 15: recto head (head then folio), figure band, credit-first caption
            d.text(E["running"][2], 595 - M - 190, 36, "sans", 8.5, "#555555")
            d.text_right(E["running"][3], 595 - M, 36, "sans-b", 9, RED)
            d.line(M, 44, 595 - M, 44, "#999999", 0.4)
            d.picture(M, 60, 595 - 2 * M, 180)
            c = E["caption"]
            d.text(c["credit"], M, 256, "sans-b", 8, "#555555")
            d.block(c["text"], M, 270, 595 - 2 * M, "serif-i", 9.5, 12, INK)
            d.line(M, 282, 595 - M, 282, "#999999", 0.4)
            fl.y = 296

    fl = Flow(d, frames, enter)
    fl.on_page_end = page_end
    first = True
    for s in E["sections"]:
        fl.ensure(50)
        if not first:
            fl.space(6)
        fl.y += 14
        d.text(s["label"], fl.x, fl.y, "serif-b", 13, RED)
        d.text(s["title"], fl.x + d.width(s["label"], "serif-b", 13) + 8, fl.y, "serif-b", 12.5, INK)
        fl.y += 4
        for i, p in enumerate(s["paras"]):
            if s["label"] == "I" and i == 0:
                p = p.replace("even heavier.", "even heavier.^1")
                fl.para(p[1:], "serif", 10, 13.5, after=0, dropcap=p[0], tag="I-1")
            else:
                p = p.replace("Montferrand lift", "Montferrand^2 lift")
                fl.para(p, "serif", 11.5, 15.4, after=0, indent=0 if i == 0 else 12, tag=f'{s["label"]}-{i+1}')
        first = False
    # sidebar box after the text
    sb = E["sidebar"]
    sx, y0 = M + w + G, 300
    d.rect(sx, y0, w, 128, TINT)
    d.text(sb["title"], sx + 8, y0 + 18, "sans-b", 9.5, RED)
    d.block(sb["paras"][0], sx + 8, y0 + 33, w - 16, "sans", 8.6, 11.2, INK)
    foot_note(2)
    d.close()


# ------------------------------------------------------------------ Stedman, A4 landscape tri-fold
def stedman():
    E = EX["stedman_tintinnalogia_1668"]
    d = Doc(out("stedman_tintinnalogia_1668"), 842, 595, " ".join(E["title_lines"]))
    P = 842 / 3
    m = 24
    tw = P - 2 * m
    d.new_page()  # outside: flap | back | cover
    # flap (left): sidebar and the plain-hunt grid
    sb = E["sidebar"]
    d.rect(m - 8, 40, tw + 16, 510, TINT)
    d.text(sb["title"], m, 70, "sans-b", 15, TEAL)
    y = d.block(sb["paras"][0], m, 92, tw, "serif", 10.5, 14, INK, justify=True)
    y += 14
    cw, rh = 30, 19
    gx = m + (tw - 4 * cw) / 2
    d.text("Plain hunt on four", gx, y, "sans-b", 8.5, TEAL)
    y += 10
    for r, row in enumerate(E["hunt"]):
        for k, ch in enumerate(row):
            if ch == "2":
                d.rect(gx + k * cw, y + r * rh, cw, rh, "#f2c14e")
            d.frame(gx + k * cw, y + r * rh, cw, rh, "#8c8c8c", 0.4)
            d.text_center(ch, gx + k * cw + cw / 2, y + r * rh + 13.5, "sans-b", 10, INK)
    # back panel (middle): museum, hours, colophon
    bx = P + m
    d.text(E["colophon"][0], bx, 420, "sans-b", 10, INK)
    d.text(E["colophon"][1], bx, 436, "sans", 9.5, INK)
    d.line(bx, 520, bx + tw, 520, "#999999", 0.4)
    d.text(E["colophon"][2], bx, 536, "sans", 7.5, "#666666")
    # cover (right): kicker, title on two lines of very different sizes, picture, intro, index box
    cx = 2 * P + m
    d.text(E["kicker"].upper(), cx, 54, "sans-b", 8, RED)
    yy = d.block(E["title_lines"][0], cx, 98, tw, "serif-b", 40, 42, INK, hyph=False)
    d.text(E["title_lines"][1], cx, yy - 14, "sans", 9.5, "#444444")
    d.picture(cx, yy + 2, tw, 120)
    yy = d.block(E["intro"], cx, yy + 142, tw, "serif", 10.5, 14, INK, justify=True)
    yy += 8
    d.frame(cx, yy, tw, 14 * len(E["index_box"]) + 10, TEAL, 0.8)
    for k, t in enumerate(E["index_box"]):
        d.text(t, cx + 8, yy + 17 + 14 * k, "sans-b" if k == 0 else "sans", 9, TEAL if k == 0 else INK)
    # fold marks
    for fx in (P, 2 * P):
        d.line(fx, 0, fx, 12, "#aaaaaa", 0.3)
    # inside: panels 1-3
    frames = [dict(x=k * P + m, y=40, yb=560, w=tw, new_page=(k == 0)) for k in range(3)]
    frames[1]["yb"] = 440

    def enter(fl, i):
        if i == 1:  # caption + picture reserved at the foot of panel 2, written before its text
            c = E["caption"]
            y0 = 452
            d.picture(fl.x + tw - 92, y0, 92, 112)
            toks = [("Right:", "sans-b", "")] + tokenize(c["text"], "serif-i")
            yy = d.block(toks, fl.x, y0 + 10, tw - 102, "serif-i", 9.5, 12, INK)
            d.block(c["credit"], fl.x, yy + 2, tw - 102, "sans", 7.5, 9.5, "#555555")

    fl = Flow(d, frames, enter)
    for s in E["sections"]:
        fl.ensure(60)
        fl.space(8)
        d.rect(fl.x, fl.y, 34, 34, RED)
        d.text_center(s["label"], fl.x + 17, fl.y + 27, "serif-b", 26, "#ffffff")
        d.block(s["title"], fl.x + 44, fl.y + 15, tw - 44, "sans-b", 13, 15, RED, hyph=False)
        fl.y += 44
        for i, p in enumerate(s["paras"]):
            fl.para(p, "serif", 11, 14.6, after=5, tag=f'{s["label"]}-{i+1}')
    d.close()


# ------------------------------------------------------------------ Liberty Bell, A3 landscape panel
def liberty():
    E = EX["liberty_bell_1752"]
    d = Doc(out("liberty_bell_1752"), 1191, 842, " ".join(E["title_lines"]))
    d.new_page()
    d.text(E["kicker"].upper(), 50, 58, "sans-b", 11, RED)
    d.text(E["title_lines"][0], 50, 104, "serif-b", 40, INK)
    d.text(E["title_lines"][1], 50, 136, "serif-i", 24, "#444444")
    y = d.block(E["intro"], 50, 176, 1091, "serif", 15.5, 21, INK, justify=True)
    d.line(50, y - 4, 1141, y - 4, INK, 1)
    top = y + 14
    frames = [dict(x=88, y=top, yb=780, w=290), dict(x=600, y=top, yb=780, w=250),
              dict(x=888, y=top, yb=640, w=253)]
    state = {"inset": False}

    def enter(fl, i):
        if i == 1:  # caption column between text columns, written after column 1
            cx, cw = 404, 168
            d.picture(cx, top + 4, cw, 210)
            c = E["caption"]
            yy = d.block(c["text"], cx, top + 232, cw, "serif-i", 11, 14, INK)
            d.block(c["credit"], cx, yy + 2, cw, "sans", 8.5, 11, "#555555")
        if i == 2:  # block quotation opens column 3
            q, by = E["blockquote"]
            yy = d.block(q, fl.x + 10, fl.y + 22, fl.w - 20, "serif-i", 17, 22, RED, hyph=False)
            d.text_right(by, fl.x + fl.w, yy + 2, "sans", 9, "#555555")
            d.line(fl.x, yy + 14, fl.x + fl.w, yy + 14, RED, 0.8)
            fl.y = yy + 20

    def after_line(fl, tag, n):
        if fl.fi == 2 and not state["inset"] and fl.y > fl.frames[2]["y"] + 110 and tag.startswith("3") and n >= 2:
            state["inset"] = True
            LOG.append(f"inset table after line {n} of {tag}")
            t = E["table"]
            yy = fl.y + 10
            d.rect(fl.x, yy, fl.w, 18 + 17 * len(t["rows"]), "#f1ece2")
            d.text(t["head"], fl.x + 6, yy + 13, "sans-b", 9.5, RED)
            for k, (a, b) in enumerate(t["rows"]):
                ry = yy + 18 + 17 * k
                d.line(fl.x, ry, fl.x + fl.w, ry, "#bbbbbb", 0.4)
                d.text(a, fl.x + 6, ry + 12.5, "sans-b", 9, INK)
                d.text(b, fl.x + 112, ry + 12.5, "sans", 9, INK)
            fl.y = yy + 18 + 17 * len(t["rows"]) + 8

    fl = Flow(d, frames, enter)
    for s in E["sections"]:
        fl.ensure(70)
        fl.space(10)
        fl.y += 20
        d.text_right(s["label"], fl.x - 10, fl.y + 4, "sans-b", 28, RED)
        d.text(s["title"], fl.x, fl.y, "sans-b", 16, INK)
        fl.y += 4
        for i, p in enumerate(s["paras"]):
            fl.para(p, "serif", 13.5, 18, after=7, tag=f'{s["label"]}-{i+1}', after_line=after_line)
    # sidebar box at the foot of column 3
    sb = E["sidebar"]
    d.rect(888, 652, 253, 128, TINT)
    d.text(sb["title"], 898, 674, "sans-b", 13, RED)
    d.block(sb["paras"][0], 898, 692, 233, "sans", 9.8, 12.8, INK, justify=True)
    d.line(50, 800, 1141, 800, "#777777", 0.6)
    d.text(E["running"][0], 50, 818, "sans", 10, "#555555")
    d.text_right(E["running"][1], 1141, 818, "sans-b", 10, "#555555")
    d.close()


if __name__ == "__main__":
    which = sys.argv[1:] or ["hemony", "tsar", "stedman", "liberty"]
    for w in which:
        LOG.append(f"=== {w}")
        globals()[w]()
    with open(os.path.join(HERE, "layout_log.txt"), "w") as f:
        f.write("\n".join(LOG) + "\n")
    print("\n".join(l for l in LOG if not l.startswith("hyphen")))
