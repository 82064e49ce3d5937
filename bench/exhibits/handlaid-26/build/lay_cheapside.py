"""cheapside_hoard_1912: an A3 landscape label sheet: intro panel + four object labels + sidebar."""
import json
from layout import Doc, Flow, measure, split_marks, break_lines
import content as C

D = C.CHEAPSIDE
W, H = 1191, 842
GOLD = (0.55, 0.40, 0.10)
GREY = (0.4, 0.4, 0.4)


def build():
    doc = Doc()
    p = doc.page(W, H)
    # running footer drawn first
    doc.text(p, 40, H - 20, D["run_left"], "sans", 8, GREY)
    doc.text_right(p, W - 40, H - 20, D["run_right"], "sans-i", 8, GREY)
    doc.hline(p, 40, W - 40, H - 32, 0.4, GREY)
    LX, LW = 40, 380
    doc.text(p, LX, 60, D["kicker"], "sans-b", 9, GOLD)
    y = 62
    for ln in D["title_lines"]:
        y += 40
        doc.text(p, LX, y, ln, "serif-b", 38)
    y = doc.lines(p, LX, y + 8, LW, D["intro"], "serif-i", 13, 17)
    fl = Flow(doc, [{"page": 0, "x": LX, "top": y + 6, "bottom": H - 50, "w": LW}])

    def left_caption(flow):
        cap = D["caption"]
        flow.space(8)
        y0 = flow.y
        doc.rect(0, LX, y0, 190, 120, (0.77, 0.77, 0.77))
        yy = doc.lines(0, LX + 202, y0 - 2, LW - 202, "Left: " + cap["text"], "sans-i", 9, 11.5)
        yy = doc.lines(0, LX + 202, yy + 2, LW - 202, cap["credit"], "sans", 7.5, 10)
        flow.y = y0 + 120 + 6

    for si, sec in enumerate(D["sections"]):
        fl.heading(sec["title"], "sans-b", 13, 16, GOLD, before=10, after=2)
        for pi, para in enumerate(sec["paras"]):
            inter = [left_caption] if (si == 0 and pi == 1) else []
            fl.para(para, "serif", 10.5, 13.5, indent=0 if pi == 0 else 12, interrupts=inter)
    # object labels, a row of four cards
    RX = 460
    CW, G = 160, 17
    top = 70
    for i, ob in enumerate(D["objects"]):
        x = RX + i * (CW + G)
        doc.rect(p, x, top, CW, 110, (0.80, 0.80, 0.80))  # picture of the object
        y = top + 124
        doc.rect(p, x, y, 24, 18, (0.1, 0.1, 0.1))
        doc.text_center(p, x + 12, y + 13, ob["n"], "sans-b", 10, (1, 1, 1))
        y += 18
        words, _ = split_marks(ob["title"])
        for ln, _ in break_lines(words, "serif-b", 15, lambda k: CW, False):
            y += 18
            doc.text(p, x, y, " ".join(t for t, _ in ln), "serif-b", 15)
        y = doc.lines(p, x, y + 1, CW, ob["date"], "sans-i", 8, 10.5, GREY)
        y += 4
        for pi, para in enumerate(ob["paras"]):
            y = doc.lines(p, x, y, CW, para, "serif", 10, 13, hyphenate=True) + 4
        doc.hline(p, x, x + CW, y + 4, 0.4, GREY)
        doc.lines(p, x, y + 4, CW, ob["credit"], "sans", 7, 9, GREY)
    # sidebar under the labels
    sx, sw = RX, 4 * CW + 3 * G
    sy = 560
    sh = measure(D["sidebar"], "serif", 11, 14.5, sw - 30, True) + 44
    doc.rect(p, sx, sy, sw, sh, (0.95, 0.92, 0.84))
    doc.text(p, sx + 15, sy + 24, D["sidebar_title"], "sans-b", 14, GOLD)
    doc.lines(p, sx + 15, sy + 28, sw - 30, D["sidebar"], "serif", 11, 14.5, hyphenate=True)
    return doc


if __name__ == "__main__":
    doc = build()
    json.dump({"producer": "docugenr8", "pages": doc.pages}, open("cheapside_hoard_1912.ops.json", "w"),
              ensure_ascii=False)
