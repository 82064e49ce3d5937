"""laki_eruption_1783: A4 landscape Z-fold leaflet, 2 sides of 3 panels, drawn as each side lies flat.
Side 1 (outside): panel 5 (section D) | panel 6 (back: visiting note, address) | panel 1 (cover).
Side 2 (inside): panels 2-3 (sections A-C, one flow) | panel 4 (sidebar, table)."""
import json
from layout import Doc, Flow, measure, split_marks, break_lines, width
import content as C

D = C.LAKI
W, H = 842, 595
PW = W / 3
PAD = 26
TW = PW - 2 * PAD
OCHRE = (0.70, 0.33, 0.07)
DARK = (0.15, 0.15, 0.18)
GREY = (0.4, 0.4, 0.4)
BODY = ("serif", 11, 15.2)


def footer(doc, p):
    doc.text_center(p, W / 2, H - 16, D["footer"], "sans", 7.5, GREY)


def section_heading(doc, fl, sec):
    fl.space(12)
    fl.need(60)
    fr = fl.fr
    y0 = fl.y + 20
    doc.text(fr["page"], fr["x"], y0, sec["title"], "sans-b", 14, DARK)
    # the panel letter sits at the right end of the heading line, drawn after the title
    doc.rect(fr["page"], fr["x"] + fr["w"] - 20, y0 - 15, 20, 20, OCHRE)
    doc.text_center(fr["page"], fr["x"] + fr["w"] - 10, y0, sec["label"], "sans-b", 13, (1, 1, 1))
    fl.y = y0 + 4
    fl.fresh = False


def build():
    doc = Doc()
    # ---------------- side 1 -----------------
    s1 = doc.page(W, H)
    footer(doc, s1)
    # panel 5: section D
    x5 = PAD
    fl = Flow(doc, [{"page": s1, "x": x5, "top": 30, "bottom": H - 40, "w": TW}])
    sec = D["panels"][3]
    section_heading(doc, fl, sec)
    for pi, para in enumerate(sec["paras"]):
        fl.para(para, *BODY, indent=0 if pi == 0 else 12)
    fl.space(10)
    fl.box(120, (0.74, 0.74, 0.74))
    cap = D["caption"]
    y = doc.lines(s1, x5, fl.y, TW, cap["position"] + ": " + cap["text"], "sans-i", 8.5, 11)
    doc.text(s1, x5, y + 11, cap["credit"], "sans", 7, GREY)
    # panel 6: back panel: visiting note, address
    x6 = PW + PAD
    y = 60
    doc.text(s1, x6, y, "GETTING HERE", "sans-b", 8.5, OCHRE)
    y = doc.lines(s1, x6, y + 2, TW, "Route 1 to Kirkjubæjarklaustur, then the signed track north. The craters are reached by mountain road in summer only; ask at the desk about guided trips.", "sans", 9, 12)
    y += 30
    doc.rect(s1, x6, y, 40, 40, (0.3, 0.3, 0.3))  # emblem
    yy = y + 2
    for ln in D["address"]:
        yy += 11
        doc.text(s1, x6 + 50, yy, ln, "sans", 8)
    # panel 1: cover
    x1 = 2 * PW + PAD
    doc.rect(s1, 2 * PW, 0, PW, 34, OCHRE)
    doc.text(s1, x1, 22, D["kicker"], "sans-b", 9, (1, 1, 1))
    y = 50
    for ln in D["title_lines"]:
        y += 34
        doc.text(s1, x1, y, ln, "serif-b", 31, DARK)
    doc.rect(s1, x1, y + 16, TW, 170, (0.72, 0.72, 0.72))
    doc.lines(s1, x1, y + 196, TW, D["intro"], "serif-i", 11.5, 15)
    # ---------------- side 2 -----------------
    s2 = doc.page(W, H)
    footer(doc, s2)
    frames = [{"page": s2, "x": i * PW + PAD, "top": 30, "bottom": H - 40, "w": TW} for i in range(2)]
    frames[0]["top"] = 30
    fl = Flow(doc, frames)
    fl.box(210, (0.76, 0.76, 0.76))  # uncaptioned map at the head of panel 2

    def pull(flow):
        flow.space(10)
        flow.need(60)
        fr = flow.fr
        flow.rule(1.4, OCHRE)
        yy = doc.lines(fr["page"], fr["x"], flow.y + 2, fr["w"], D["pull"], "serif-bi", 15, 18, OCHRE)
        flow.y = yy + 8
        flow.rule(1.4, OCHRE)
        flow.y += 4

    for sec in D["panels"][:3]:
        section_heading(doc, fl, sec)
        for pi, para in enumerate(sec["paras"]):
            inter = [pull] if sec["label"] == "B" and pi == 0 else []
            fl.para(para, *BODY, indent=0 if pi == 0 else 12, interrupts=inter)
    # panel 4: sidebar and table
    x4 = 2 * PW + PAD
    sh = measure(D["sidebar"], "sans", 10, 13.2, TW - 20, True) + 36
    doc.rect(s2, x4, 36, TW, sh, (0.97, 0.91, 0.84))
    doc.text(s2, x4 + 10, 56, D["sidebar_title"], "sans-b", 12, OCHRE)
    doc.lines(s2, x4 + 10, 60, TW - 20, D["sidebar"], "sans", 10, 13.2, hyphenate=True)
    y = 36 + sh + 28
    doc.text(s2, x4, y, D["table_title"].upper(), "sans-b", 8.5, OCHRE)
    y += 6
    for lab, val in D["table"]:
        doc.rect(s2, x4, y, 70, 18, (0.86, 0.86, 0.86))
        doc.text(s2, x4 + 5, y + 12.5, lab, "sans-b", 8.5)
        doc.text(s2, x4 + 78, y + 12.5, val, "sans", 8.5)
        y += 19
    return doc


if __name__ == "__main__":
    doc = build()
    json.dump({"producer": "peculiar", "pages": doc.pages}, open("laki_eruption_1783.ops.json", "w"),
              ensure_ascii=False)
