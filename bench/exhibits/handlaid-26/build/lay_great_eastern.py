"""great_eastern_1858: a heritage newspaper, 2 pages, three justified columns, jump line."""
import json
from layout import Doc, Flow, width, print_text, measure
import content as C

D = C.GREAT_EASTERN
W, H = 612, 900
M, G = 36, 14
CW = (W - 2 * M - 2 * G) / 3
CX = [M + i * (CW + G) for i in range(3)]
RED = (0.62, 0.08, 0.08)
GREY = (0.35, 0.35, 0.35)
BODY = ("serif", 10, 12.4)


def furniture_top(doc, p):
    doc.text(p, M, 26, D["run_left"], "sans-b", 7.5, GREY)
    doc.text_right(p, W - M, 26, D["run_right"], "sans", 7.5, GREY)
    doc.hline(p, M, W - M, 31, 0.5, GREY)


def folio(doc, p, s):
    doc.hline(p, M, W - M, H - 34, 0.5, GREY)
    doc.text_center(p, W / 2, H - 22, s, "sans", 7.5, GREY)


def build():
    doc = Doc()
    p1 = doc.page(W, H)
    furniture_top(doc, p1)
    # nameplate (not running: printed once)
    doc.text_center(p1, W / 2, 78, D["masthead"], "serif-b", 38)
    doc.hline(p1, M, W - M, 88, 1.6)
    doc.text_center(p1, W / 2, 100, D["masthead_sub"], "sans-i", 8.5, GREY)
    doc.hline(p1, M, W - M, 106, 0.5)
    doc.text(p1, M, 126, "LAUNCH ANNIVERSARY SPECIAL", "sans-b", 8, RED)
    y = 126
    for ln in D["title_lines"]:
        y += 36
        doc.text(p1, M, y, ln, "serif-b", 34)
    y += 6
    y = doc.lines(p1, M, y, W - 2 * M - 120, D["deck"], "serif-i", 13.5, 17)
    doc.text(p1, M, y + 16, D["byline"], "sans-b", 7.5, GREY)
    top = y + 26
    doc.hline(p1, M, W - M, top, 0.6)
    top += 4
    photo_h, cap_top = 175, top + 175 + 4
    box_top = 600  # "What's on" box at the foot of columns 2-3 on page 1
    frames = [
        {"page": 0, "x": CX[0], "top": top, "bottom": H - 100, "w": CW},
        {"page": 0, "x": CX[1], "top": None, "bottom": box_top - 10, "w": CW},
        {"page": 0, "x": CX[2], "top": None, "bottom": box_top - 14, "w": CW},
        {"page": 1, "x": CX[0], "top": 64, "bottom": H - 60, "w": CW},
        {"page": 1, "x": CX[1], "top": 64, "bottom": H - 60, "w": CW},
    ]
    state = {}

    def draw_photo_and_caption():
        # picture across columns 2-3 at the top, drawn when the text enters column 2
        x, w = CX[1], CX[2] + CW - CX[1]
        doc.rect(0, x, top + 4, w, photo_h, (0.75, 0.75, 0.75))
        cap = D["caption"]
        yy = top + 4 + photo_h
        s = cap["position"] + ": " + cap["text"]
        yy = doc.lines(0, x, yy, w, s, "sans-i", 8, 10)
        yy += 10
        doc.text_right(0, x + w, yy, cap["credit"], "sans", 6.8, GREY)
        return yy + 10

    def on_leave(flow, old, new):
        if old == 0:
            t = draw_photo_and_caption()
            frames[1]["top"] = t
            frames[2]["top"] = t
            flow.y = t
        if old == 2:
            # jump line at the foot of column 3, then the notice box, the folio, page 2
            doc.text_right(0, CX[2] + CW, frames[2]["bottom"] + 10, D["jump_out"], "sans-bi", 8, RED)
            bx, bw = CX[1], CX[2] + CW - CX[1]
            doc.rect(0, bx, box_top + 4, bw, 170, (0.93, 0.90, 0.84))
            doc.text(0, bx + 10, box_top + 20, "WHAT’S ON AT THE SLIPWAY", "sans-b", 9, RED)
            doc.lines(0, bx + 10, box_top + 26, bw - 20, D["notice"], "serif", 10, 13)
            folio(doc, 0, D["folios"][0])
            p2 = doc.page(W, H)
            furniture_top(doc, p2)
            doc.text(p2, CX[0], 54, D["jump_in"], "sans-bi", 8, RED)
            flow.y = 60

    fl = Flow(doc, frames, on_leave, justify=True, word_ops=True)
    f, s, ld = BODY
    for si, sec in enumerate(D["sections"]):
        fl.heading(sec["title"], "sans-b", 10.5, 13, (0, 0, 0), before=8, after=2)
        for pi, para in enumerate(sec["paras"]):
            fl.para(para, f, s, ld, indent=0 if pi == 0 else 10)
        if si == 1:
            fl.space(8)
            fl.need(60)
            fl.rule(1.2, RED)
            fl.y += 4
            fl.heading(C.GREAT_EASTERN["pull"], "serif-bi", 14, 17, RED, before=0, after=4, keep=0)
            fl.rule(1.2, RED)
            fl.y += 4
    # page 2, column 3: sidebar, table (not gold), notice
    p2 = 1
    x, w = CX[1], CW
    y = 64
    sh = measure(D["sidebar"], "serif", 9.6, 12, w - 16, True) + 40
    doc.rect(p2, x, y, w, sh, (0.90, 0.92, 0.95))
    doc.text(p2, x + 8, y + 18, D["sidebar_title"], "sans-b", 11)
    doc.lines(p2, x + 8, y + 22, w - 16, D["sidebar"], "serif", 9.6, 12, hyphenate=True)
    x, y = CX[2], 74
    doc.text(p2, x, y, D["table_title"].upper(), "sans-b", 8.5, RED)
    y += 6
    for lab, val in D["table"]:
        doc.rect(p2, x, y, 62, 18, (0.82, 0.82, 0.82))
        doc.text(p2, x + 4, y + 12.5, lab, "sans-b", 8)
        doc.text(p2, x + 68, y + 12.5, val, "sans", 8)
        doc.hline(p2, x, x + w, y + 18, 0.4, GREY)
        y += 19
    folio(doc, p2, D["folios"][1])
    return doc


if __name__ == "__main__":
    doc = build()
    json.dump({"producer": "docugenr8", "pages": doc.pages}, open("great_eastern_1858.ops.json", "w"),
              ensure_ascii=False)
