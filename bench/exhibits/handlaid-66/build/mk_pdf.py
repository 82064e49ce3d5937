"""Four PDFs of set 66, drawn by matplotlib's PDF backend from my own layout (lay.py)."""
import os, sys
import lay
from lay import Doc, Flow, Frame, W, block, lines_of
from texts import EX

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RED, NAVY, GOLD, GREY, TINT = "#9b1c1c", "#1d2b4f", "#c9a24a", "#555555", "#eee8da"


def cap_text(c):
    return (c["position"] + ": " if c["position"] else "") + c["text"]


def heading(fl, label, title, lab_font, lab_size, lab_color, font, size, lead, gap_before, kicker=None,
            hang=False, label_dx=None):
    fl.ensure(gap_before + lead * 4)
    if fl.y > fl.f.top + 1:
        fl.space(gap_before)
    d, p, x = fl.doc, fl.f.page, fl.f.x
    if kicker:
        fl.space(12)
        d.text(p, x, fl.y, kicker, "sans-b", 8.5, RED)
        fl.space(4)
    fl.space(lead)
    if hang:   # label hanging in the margin, right-aligned to label_dx
        d.text(p, label_dx, fl.y, label, lab_font, lab_size, lab_color, ha="right")
        d.text(p, x, fl.y, title, font, size)
    else:
        d.text(p, x, fl.y, label, lab_font, lab_size, lab_color)
        lw = W(label + "  ", lab_font, lab_size)
        for i, ln in enumerate(lines_of(title, font, size, fl.f.w - lw)):
            if i:
                fl.space(lead)
            d.text(p, x + lw, fl.y, ln, font, size)
    fl.space(lead * 0.35)


# ====================================================================== 1 Medici, catalogue pp. 12-13
def medici():
    e = EX["medici_bank_1397"]; name = "medici_bank_1397"
    d = Doc(482, 680)
    p12, p13 = d.page(), d.page()
    L, R, CW, G = 40, 442, 191, 20
    head, foot, f12, f13 = e["running"]
    # running head p12 (folio outside left)
    d.text(p12, L, 32, f12, "sans-b", 8.5, RED); d.text(p12, L + 18, 32, head, "sans-i", 8, GREY)
    d.rect(p12, L, 37, R - L, 0.5, fill=GREY)
    d.text(p12, L, 66, e["kicker"], "sans-b", 8, RED)
    d.text(p12, L, 96, e["title_lines"][0], "serif-b", 25)
    d.text(p12, L, 121, e["title_lines"][1], "serif-i", 17.5, RED)
    y = block(d, p12, L, 130, R - L, e["intro"], "serif", 12.2, 16.2, justify=True)
    top = y + 16
    # footnote across both columns, footer
    mark, anchor, ftext = e["footnote"]

    def body_frames():
        return [Frame(p12, L, top, CW, 598, "p12 col1"), Frame(p12, L + CW + G, top, CW, 598, "p12 col2"),
                Frame(p13, L, 54, CW, 630, "p13 col1"), Frame(p13, L + CW + G, 54, CW, 630, "p13 col2")]
    fr = body_frames()
    fl = Flow(d, fr)
    FS, LD = 9.6, 12.7
    for si, s in enumerate(e["sections"]):
        heading(fl, s["label"], s["title"], "sans-b", 13, RED, "sans-b", 10.5, 14, 10)
        for pi, ptxt in enumerate(s["paras"]):
            if s["label"] == "A" and pi == 0:
                ptxt = ptxt.replace("di Bicci de’", "di Bicci^* de’")
            hooks = None
            if s.get("caption") and pi == 1:
                c = s["caption"]

                def put_pic(f, c=c):
                    pg, x, w = f.f.page, f.f.x, f.f.w
                    f.space(6)
                    d.picture(pg, x, f.y, w, 92); f.space(92 + 4)
                    f.y = block(d, pg, x, f.y, w, cap_text(c), "serif-i", 8.4, 10.6)
                    f.y = block(d, pg, x, f.y, w, c["credit"], "sans", 6.8, 9, GREY) + 6
                hooks = {4: put_pic}
            fl.para(ptxt, "serif", FS, LD, justify=True, indent=0 if pi == 0 else 10, tag=f"{s['label']}-{pi+1}",
                    hooks=hooks)
    # p12 footnote (written after the text of p12 has been flowed: stream order = after p13 col text too)
    d.rect(p12, L, 606, 60, 0.5, fill=GREY)
    block(d, p12, L, 608, R - L, ftext, "serif", 7.6, 9.6)
    d.text(p12, 241, 656, foot, "sans", 7, GREY, ha="center")
    # p13 column 2 furniture after the flow
    x2 = L + CW + G
    fl.y += 14
    y = fl.y
    d.rect(p13, x2, y, CW, 1.4, fill=RED); y += 6
    y = block(d, p13, x2, y, CW, e["pull"], "serif-i", 13.5, 17.5, RED)
    d.rect(p13, x2, y + 5, CW, 1.4, fill=RED); y += 22
    tt, rows = e["table"]
    d.text(p13, x2, y + 9, tt, "sans-b", 9); y += 14
    for k, v in rows:
        d.rect(p13, x2, y, 70, 16, fill="#dcd3c0", stroke="#9a917e", lw=0.4)
        d.rect(p13, x2 + 70, y, CW - 70, 16, fill=None, stroke="#9a917e", lw=0.4)
        d.text(p13, x2 + 4, y + 11.3, k, "sans-b", 7.8)
        d.text(p13, x2 + 74, y + 11.3, v, "sans", 7.8)
        y += 16
    y += 14
    sb = e["sidebar"]
    h = 16 + len(lines_of(sb["paras"][0], "sans", 8.4, CW - 16)) * 11 + 26
    d.rect(p13, x2, y, CW, h, fill=TINT)
    d.text(p13, x2 + 8, y + 18, sb["title"], "sans-b", 10.5, RED)
    block(d, p13, x2 + 8, y + 24, CW - 16, sb["paras"][0], "sans", 8.4, 11)
    # p13 running head LAST in the stream of p13 (folio outside right)
    d.rect(p13, L, 37, R - L, 0.5, fill=GREY)
    d.text(p13, R - 18, 32, head, "sans-i", 8, GREY, ha="right"); d.text(p13, R, 32, f13, "sans-b", 8.5, RED, ha="right")
    d.text(p13, 241, 656, foot, "sans", 7, GREY, ha="center")
    d.save(os.path.join(OUT, name + ".pdf"), " ".join(e["title_lines"]), "Harwell Museum of Money catalogue, pp. 12-13")


# ====================================================================== 2 Stockholm, A3 wall panel
def stockholm():
    e = EX["stockholms_banco_1661"]; name = "stockholms_banco_1661"
    d = Doc(842, 1191); p = d.page()
    d.rect(p, 0, 0, 842, 232, fill=NAVY)
    d.text(p, 48, 196, e["panel_no"], "serif-b", 170, GOLD)
    d.text(p, 170, 70, e["kicker"], "sans-b", 13, GOLD)
    d.text(p, 170, 128, e["title_lines"][0], "serif-b", 46, "white")
    d.text(p, 170, 170, e["title_lines"][1], "serif-i", 23, "white")
    y = block(d, p, 50, 258, 742, e["intro"], "serif", 18.5, 25)
    top = y + 26
    C1, CC, C2 = (50, 318), (386, 112), (516, 276)
    sec = e["sections"]
    c = sec[1]["caption"]

    def enter_col2(f):
        # the picture heads column 2; its caption sits in the caption column to its left (credit first)
        d.picture(p, C2[0], top, C2[1], 150)
        yy = top + 4
        yy = block(d, p, CC[0], yy + 9, CC[1], c["credit"], "sans-b", 9.2, 12, GREY)
        block(d, p, CC[0], yy + 6, CC[1], cap_text(c), "serif-i", 11, 14)
        f.y = top + 150 + 10
    fr = [Frame(p, C1[0], top, C1[1], 1108, "col1"), Frame(p, C2[0], top, C2[1], 1108, "col2", on_enter=enter_col2)]
    fl = Flow(d, fr)
    FS, LD = 12.8, 17.4
    tt, rows = e["table"]

    def put_table(f):
        x, w = f.f.x, f.f.w
        f.space(12)
        d.rect(p, x, f.y, w, 1.2, fill=RED); f.space(17)
        d.text(p, x, f.y, tt, "sans-b", 11.5, RED); f.space(8)
        for k, v in rows:
            d.rect(p, x, f.y, 62, 21, fill="#e3dccb")
            d.text(p, x + 5, f.y + 14.5, k, "sans-b", 10.2)
            d.text(p, x + 68, f.y + 14.5, v, "sans", 10.2)
            d.rect(p, x, f.y + 21, w, 0.5, fill="#9a917e")
            f.space(21.5)
        f.space(10)
    for si, s in enumerate(sec):
        if si == 2:   # block quotation before 5.3, wherever the flow is
            fl.ensure(150)
            fl.space(16)
            q, who = e["quote"]
            fl.y = block(d, p, fl.f.x, fl.y, fl.f.w, q, "serif-i", 20, 25, NAVY)
            fl.space(20); d.text(p, fl.f.x + 40, fl.y, who, "sans", 11, GREY); fl.space(8)
        heading(fl, s["label"], s["title"], "sans-b", 19, RED, "serif-b", 19, 24, 14, kicker=s["kicker"])
        for pi, t in enumerate(s["paras"]):
            hooks = {3: put_table} if (si == 0 and pi == 1) else None
            fl.para(t, "serif", FS, LD, justify=False, indent=0, tag=f"{s['label']}-{pi+1}", hooks=hooks, after=7)
    # "Did you know?" box at the foot of column 2
    sb = e["sidebar"]; x, w = C2
    n = len(lines_of(sb["paras"][0], "sans", 10.8, w - 24))
    h = 40 + n * 14.4 + 8
    by = max(fl.y + 16, 1108 - h)
    d.rect(p, x, by, w, h, fill=TINT, stroke=GOLD, lw=1.2)
    d.text(p, x + 12, by + 26, sb["title"], "sans-b", 14, NAVY)
    block(d, p, x + 12, by + 32, w - 24, sb["paras"][0], "sans", 10.8, 14.4)
    d.rect(p, 50, 1152, 742, 0.8, fill=GREY)
    d.text(p, 50, 1170, e["running"][0], "sans", 10, GREY)
    lay.LOG.append(f"stockholm: box at y={by:.0f}, text ends {fl.y:.0f} in {fl.f.name}")
    d.save(os.path.join(OUT, name + ".pdf"), " ".join(e["title_lines"]), "Halvorsen Museum wall panel 5")


# ====================================================================== 3 Lloyd's, tri-fold leaflet
def lloyds():
    e = EX["lloyds_coffee_house_1688"]; name = "lloyds_coffee_house_1688"
    d = Doc(842, 595)
    out, ins = d.page(), d.page()          # printed outside sheet first, as the printer's file has it
    PW = 842 / 3; M_ = 26; TW = PW - 2 * M_
    X = [i * PW + M_ for i in range(3)]
    foot = e["running"][0]
    FS, LD = 13.4, 18.4
    # inside sheet: panels 2, 3, 4 (Room 1..3); Room 3's last paragraph runs on to the outside flap panel
    frames = [Frame(ins, X[0], 40, TW, 540, "inside panel 2"), Frame(ins, X[1], 40, TW, 540, "inside panel 3"),
              Frame(ins, X[2], 40, TW, 432, "inside panel 4"), Frame(out, X[0], 58, TW, 548, "outside flap")]
    fl = Flow(d, frames)
    c = e["sections"][1]["caption"]
    for si, s in enumerate(e["sections"]):
        if si == 2:   # pull quote between rooms 2 and 3
            fl.ensure(80); fl.space(10)
            d.rect(ins, fl.f.x, fl.y, 3, 50, fill=GOLD)
            fl.y = block(d, ins, fl.f.x + 12, fl.y, fl.f.w - 12, e["pull"], "serif-i", 13, 16.5, NAVY) + 8
        fl.ensure(70)
        if fl.y > fl.f.top + 1:
            fl.space(14)
        fl.space(10); d.text(fl.f.page, fl.f.x, fl.y, s["label"].upper(), "sans-b", 8, RED)
        fl.space(16); d.text(fl.f.page, fl.f.x, fl.y, s["title"], "serif-b", 13.5, NAVY); fl.space(4)
        for pi, t in enumerate(s["paras"]):
            hooks = None
            if si == 1 and pi == 0:
                def put_pic(f):
                    f.space(7)
                    d.picture(f.f.page, f.f.x, f.y, 110, 160)
                    yy = block(d, f.f.page, f.f.x + 118, f.y + 2, f.f.w - 118, cap_text(c), "serif-i", 8.4, 10.4)
                    block(d, f.f.page, f.f.x + 118, yy + 2, f.f.w - 118, c["credit"], "sans", 7, 8.8, GREY)
                    f.space(160 + 4)
                hooks = {6: put_pic}
            fl.para(t, "serif", FS, LD, justify=True, indent=0 if pi == 0 else 9, tag=f"{s['label']}-{pi+1}",
                    hooks=hooks)
    lay.LOG.append(f"lloyds: text ends in {fl.f.name} at {fl.y:.0f}")
    # continuation lines
    d.text(ins, X[2] + TW, 448, "continued overleaf ›", "sans-i", 8.5, RED, ha="right")
    d.picture(ins, X[2], 462, TW, 92)   # captionless: the Lutine bell
    d.text(out, X[0], 44, "‹ continued from inside", "sans-i", 8, RED)
    for i in range(3):
        d.text(ins, X[i] + TW / 2, 578, foot, "sans", 6.8, GREY, ha="center")
    # outside flap: sidebar box under the run-on text
    sb = e["sidebar"]
    y = fl.y + 18
    n = len(lines_of(sb["paras"][0], "sans", 8.8, TW - 18))
    h = 30 + n * 11.6 + 8
    d.rect(out, X[0], y, TW, h, fill=TINT)
    d.text(out, X[0] + 9, y + 19, sb["title"], "sans-b", 11, NAVY)
    block(d, out, X[0] + 9, y + 25, TW - 18, sb["paras"][0], "sans", 8.8, 11.6)
    # back panel: address block (not gold)
    bx = X[1]
    d.text(out, bx, 380, "Pemberton Maritime Trade Museum", "sans-b", 10, NAVY)
    for i, ln in enumerate(["7 Ropewalk Quay, Portmarsh", "Open Tuesday to Sunday, 10–5", "Admission free",
                            "Galleries 2 and 3, first floor"]):
        d.text(out, bx, 398 + i * 13, ln, "sans", 8.6, GREY)
    d.text(out, bx + TW / 2, 578, foot, "sans", 6.8, GREY, ha="center")
    # cover
    cx = X[2]
    d.rect(out, 2 * PW, 0, PW, 8, fill=NAVY)
    d.text(out, cx, 52, e["kicker"], "sans-b", 8.5, RED)
    d.text(out, cx, 126, e["title_lines"][0], "serif-b", 76, NAVY)
    yy = 150
    for ln in lines_of(e["title_lines"][1], "serif-i", 15, TW):
        d.text(out, cx, yy, ln, "serif-i", 15, NAVY); yy += 19
    d.picture(out, cx, yy + 6, TW, 190)
    block(d, out, cx, yy + 206, TW, e["intro"], "serif", 11, 14.6)
    d.save(os.path.join(OUT, name + ".pdf"), " ".join(e["title_lines"]), "Pemberton Maritime Trade Museum leaflet 3")


# ====================================================================== 4 Ritty, A4 two pages, margin column
def ritty():
    e = EX["ritty_cash_register_1879"]; name = "ritty_cash_register_1879"
    d = Doc(595, 842)
    p1, p2 = d.page(), d.page()
    ML, MW, TX, TW = 48, 124, 196, 350
    head, foot, n1, n2 = e["running"]
    notes = {m: t for m, _, t in e["sidenotes"]}
    for pg, num in ((p1, n1), (p2, n2)):
        d.text(pg, ML, 34, head.upper(), "sans-b", 7.5, GREY)
        d.rect(pg, ML, 40, 546 - ML, 0.5, fill=GREY)
        d.rect(pg, ML, 800, 546 - ML, 0.5, fill=GREY)
        d.text(pg, ML, 814, foot, "sans", 7.5, GREY)
        d.text(pg, 546, 814, num, "sans-b", 8, "black", ha="right")
    d.text(p1, ML, 74, e["kicker"], "sans-b", 8.5, RED)
    d.text(p1, ML, 108, e["title_lines"][0], "serif-b", 29)
    d.text(p1, ML, 134, e["title_lines"][1], "serif-i", 18, GREY)
    y = block(d, p1, TX, 152, TW, e["intro"], "serif-i", 12.6, 17)
    fr = [Frame(p1, TX, y + 8, TW, 786, "p1"), Frame(p2, TX, 56, TW, 786, "p2")]
    fl = Flow(d, fr)
    FS, LD = 10.6, 14.6

    def mark_cb(f, m, yb):
        block(d, f.f.page, ML, yb - 9, MW, notes[m], "sans", 7.6, 9.6, GREY)
    c = e["sections"][0]["caption"]
    for si, s in enumerate(e["sections"]):
        heading(fl, s["label"], s["title"], "serif-b", 30, "#9a9a9a", "serif-b", 15, 19, 14, hang=True,
                label_dx=TX - 14)
        for pi, t in enumerate(s["paras"]):
            if si == 0 and pi == 0:
                t = t.replace("propeller.", "propeller.^1")
            if si == 1 and pi == 0:
                t = t.replace("Register Company.", "Register Company.^2")
            hooks = None
            if si == 0 and pi == 2:
                def put_pic(f):
                    pg, x, w = f.f.page, f.f.x, f.f.w
                    f.space(8); h = 170
                    d.picture(pg, x, f.y, w, h)
                    # caption printed over the picture in white; credit sideways up the outer edge
                    d.rect(pg, x + 6, f.y + h - 44, w - 12, 38, fill="#7d7d7d")
                    block(d, pg, x + 14, f.y + h - 42, w - 28, cap_text(c), "sans-b", 9.6, 12.4, "white")
                    d.text(pg, x + w + 12, f.y + h, c["credit"], "sans", 6.6, GREY, rot=90)
                    f.space(h + 6)
                hooks = {2: put_pic}
            fl.para(t, "serif", FS, LD, justify=True, indent=0 if pi == 0 else 12, tag=f"{s['label']}-{pi+1}",
                    hooks=hooks, mark_cb=mark_cb)
    sb = e["sidebar"]
    y = fl.y + 22
    n = len(lines_of(sb["paras"][0], "sans", 9.6, TW - 128))
    h = max(90, 20 + n * 12.8 + 12)
    d.rect(p2, TX, y, TW, h, fill=TINT)
    d.rect(p2, TX, y, 4, h, fill=RED)
    d.text(p2, TX + 16, y + 24, sb["title"], "serif-b", 13, RED)
    block(d, p2, TX + 118, y + 6, TW - 128, sb["paras"][0], "sans", 9.6, 12.8)
    lay.LOG.append(f"ritty: text ends {fl.f.name} y={fl.y:.0f}, box to {y+h:.0f}")
    d.save(os.path.join(OUT, name + ".pdf"), " ".join(e["title_lines"]), "Quarrington Museum gallery notes")


if __name__ == "__main__":
    which = sys.argv[1:] or ["medici", "stockholm", "lloyds", "ritty"]
    for w in which:
        globals()[w]()
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "layout_log.txt"), "w").write("\n".join(lay.LOG) + "\n")
    print("\n".join(lay.LOG))
