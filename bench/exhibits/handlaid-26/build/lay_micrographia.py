"""micrographia_1665: an A5 gallery guide, 3 pages, numbered stops, ragged hyphenated column."""
import json
from layout import Doc, Flow, width, measure, split_marks, break_lines
import content as C

D = C.MICROGRAPHIA
W, H = 420, 595
M = 40
TW = W - 2 * M
GREEN = (0.13, 0.38, 0.30)
GREY = (0.4, 0.4, 0.4)
BODY = ("serif", 10.5, 14)


def header(doc, p):
    doc.text(p, M, 28, D["run_left"], "sans-b", 7.5, GREY)
    doc.text_right(p, W - M, 28, D["run_right"], "sans-i", 7.5, GREY)
    doc.hline(p, M, W - M, 33, 0.4, GREY)


def build():
    doc = Doc()
    p = doc.page(W, H)
    doc.rect(p, 0, 0, W, 10, GREEN)
    doc.text(p, M, 46, D["kicker"], "sans-b", 8, GREEN)
    y = 50
    for ln in D["title_lines"]:
        y += 27
        doc.text(p, M, y, ln, "serif-b", 24)
    y += 8
    doc.rect(p, W - M - 90, 56, 90, 70, (0.78, 0.78, 0.78))  # uncaptioned picture beside the title
    y = doc.lines(p, M, y, TW, D["intro"], "serif-i", 11.5, 15)
    y += 10
    doc.hline(p, M, W - M, y, 0.8, GREEN)
    frames = [{"page": i, "x": M, "top": (y + 4 if i == 0 else 44), "bottom": H - 50, "w": TW} for i in range(3)]
    notes = {}

    def on_leave(flow, old, new):
        pg = flow.frames[old]["page"]
        if pg in notes:
            doc.hline(pg, M, M + 60, H - 44, 0.4)
            doc.text(pg, M, H - 34, notes.pop(pg), "serif", 8)
        if pg > 0:
            doc.text_center(pg, W / 2, H - 18, D["folios"][pg - 1], "sans", 8, GREY)
        np = doc.page(W, H)
        header(doc, np)

    fl = Flow(doc, frames, on_leave)
    f, s, ld = BODY

    def stop_heading(stop):
        fl.space(14)
        fl.need(ld * 5)
        fr = fl.fr
        pg, y0 = fr["page"], fl.y + 18
        # number disc, then title, then the audio code on the same baseline (drawn after the title)
        doc.pages[pg]["ops"].append({"t": "circle", "x": M + 9, "y": y0 - 4.5, "r": 9, "fill": list(GREEN)})
        doc.text_center(pg, M + 9, y0, stop["n"], "sans-b", 11, (1, 1, 1))
        doc.text(pg, M + 24, y0, stop["title"], "sans-b", 13)
        doc.text_right(pg, W - M, y0, stop["audio"], "sans", 8, GREY)
        fl.y = y0 + 6
        fl.fresh = False

    def below_caption(flow):
        cap = D["caption"]
        flow.space(8)
        flow.need(150)
        fr = flow.fr
        yy = doc.lines(fr["page"], M + 100, flow.y, TW - 100, "Below: " + cap["text"], "sans-i", 8.5, 11)
        yy = doc.lines(fr["page"], M + 100, yy, TW - 100, cap["credit"], "sans", 7, 10)
        doc.rect(fr["page"], M + 100, yy + 6, TW - 100, 100, (0.76, 0.76, 0.76))
        flow.y = yy + 6 + 100 + 6

    def pull(flow):
        flow.space(10)
        flow.need(70)
        fr = flow.fr
        doc.rect(fr["page"], M, flow.y, 3, 46, GREEN)
        yy = doc.lines(fr["page"], M + 12, flow.y - 4, TW - 12, D["pull"], "serif-bi", 12.5, 15.5, GREEN)
        flow.y = max(yy, flow.y + 46) + 8

    for stop in D["stops"]:
        stop_heading(stop)
        for pi, para in enumerate(stop["paras"]):
            inter = []
            if stop["n"] == "1" and pi == 0:
                notes[fl.fr["page"]] = D["note"]
            if stop["n"] == "2" and pi == 1:
                inter = [below_caption]
            if stop["n"] == "3" and pi == 1:
                inter = [pull]
            fl.para(para, f, s, ld, indent=0 if pi == 0 else 12, interrupts=inter)
    # sidebar box at the end of the flow
    sh = measure(D["sidebar"], "sans", 9.5, 12.5, TW - 24, True) + 36
    fl.space(16)
    fl.need(sh)
    pg = fl.fr["page"]
    doc.rect(pg, M, fl.y, TW, sh, (0.90, 0.94, 0.91))
    doc.text(pg, M + 12, fl.y + 20, D["sidebar_title"], "sans-b", 11, GREEN)
    words, _ = split_marks(D["sidebar"])
    yy = fl.y + 24
    for ln, hy in break_lines(words, "sans", 9.5, lambda i: TW - 24, True):
        yy += 12.5
        doc.text(pg, M + 12, yy, " ".join(t for t, _ in ln), "sans", 9.5)
    if pg in notes:
        doc.hline(pg, M, M + 60, H - 44, 0.4)
        doc.text(pg, M, H - 34, notes.pop(pg), "serif", 8)
    doc.text_center(pg, W / 2, H - 18, D["folios"][pg - 1], "sans", 8, GREY)
    return doc


if __name__ == "__main__":
    doc = build()
    json.dump({"producer": "peculiar", "pages": doc.pages}, open("micrographia_1665.ops.json", "w"),
              ensure_ascii=False)
