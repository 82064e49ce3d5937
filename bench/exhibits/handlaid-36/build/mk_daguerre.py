# Daguerreotype wall panel: A3 portrait, one page. Title on an angled baseline; each section's label letter
# and title sit in a coloured band at the left of its text, the title rotated 90 degrees (reading upwards).
# Two columns; section B runs from column 1 into column 2 (band drawn again beside the continuation); a pull
# quote opens column 2; section B's picture has its caption set to the right of it ("Left:").
from common import *
from lily import *
from content import DAGUERRE as D

W, H = 842.0, 1191.0
M, G, BW, BG = 50.0, 34.0, 40.0, 12.0
CW = (W - 2 * M - G) / 2
TW = CW - BW - BG
X = [M, M + CW + G]
BAND = (0.42, 0.27, 0.14)
BODY, LEAD = 12.6, 17.2
QUOTE_H = 118.0

def layout(d, draw_bands):
    d.text(0, M, 64, D["kicker"].upper(), "sans-bold", 10.5, BAND)
    d.rotated(0, M + 200, 122, D["title_lines"][0], 4, "serif-bold", 50)
    d.rotated(0, M + 262, 176, D["title_lines"][1], 4, "serif-bold", 50)
    d.text(0, M, 238, D["subtitle"], "serif-italic", 22)
    y = d.para(0, M, 272, D["intro"], W - 2 * M, "sans", 14, 19)
    d.hline(0, M, y - 6, W - 2 * M, 1.2, BAND)
    top = y + 12
    bot = H - 124
    frames = [(0, X[0] + BW + BG, top, TW, bot), (0, X[1] + BW + BG, top + QUOTE_H, TW, bot)]
    pieces = []  # (section, frame, y0, y1)
    state = {"sec": None, "y0": None}

    def close_piece(fl, y1):
        if state["sec"] is not None:
            pieces.append((state["sec"], fl.i, state["y0"], y1))

    def on_change(old, fl):
        pieces.append((state["sec"], old, state["y0"], frames[old][4]))
        state["y0"] = fl.f[2]
        # pull quote at the head of column 2
        qx = X[1]
        d.hline(0, qx, top + 4, CW, 2.4, BAND)
        d.para(0, qx, top + 34, D["quote"], CW, "serif-italic", 17, 23, justify=False, rgb=BAND)
        d.hline(0, qx, top + QUOTE_H - 16, CW, 0.8, BAND)
        if draw_bands:
            draw_bands("cont", state["sec"], fl.i, fl.f[2])

    fl = Flow(d, frames, on_change)
    for si, s in enumerate(D["sections"]):
        if state["sec"] is not None:
            pieces.append((state["sec"], fl.i, state["y0"], fl.y - 6))
            fl.space(14)
        state["sec"], state["y0"] = si, fl.y
        if draw_bands:
            draw_bands("start", si, fl.i, fl.y)
        for pi, t in enumerate(s["paras"]):
            fl.lines(t, "serif", BODY, LEAD, indent=0 if pi == 0 else 16, key=("para", si))
        if "caption" in s:
            c = s["caption"]
            fl.space(8)
            PW = 150.0
            def draw(pg, x, y, w, c=c):
                d.picture(pg, x, y, PW, 190)
                yy = y + 12
                cw = w - PW - 12
                first = True
                for ws, last in break_lines(c["position"] + ": " + c["text"], "sans", 10.5, cw):
                    if first:
                        d.text(pg, x + PW + 12, yy, ws[0], "sans-bold", 10.5)
                        d.text(pg, x + PW + 12 + width(ws[0] + " ", "sans-bold", 10.5), yy, " ".join(ws[1:]), "sans", 10.5)
                        first = False
                    else:
                        d.text(pg, x + PW + 12, yy, " ".join(ws), "sans", 10.5)
                    yy += 14
                for ws, last in break_lines(c["credit"], "sans-italic", 9.5, cw):
                    d.text(pg, x + PW + 12, yy, " ".join(ws), "sans-italic", 9.5); yy += 12.5
            fl.box(198, draw, key="cap")
    pieces.append((state["sec"], fl.i, state["y0"], fl.y - 6))
    d.hline(0, M, H - 62, W - 2 * M, 0.6)
    d.text(0, M, H - 44, D["footer_left"], "sans", 10.5)
    d.text_right(0, W - M, H - 44, D["footer_right"], "sans-bold", 11, BAND)
    return pieces, fl

# dry run for band heights
dry = Doc(D["name"], W, H)
pieces, _ = layout(dry, None)
ext = {}
for si, fi, y0, y1 in pieces:
    ext[(si, fi)] = (y0, y1)

d = Doc(D["name"], W, H)
def draw_bands(kind, si, fi, y):
    y0, y1 = ext[(si, fi)]
    x = X[fi]
    d.rect(0, x, y0 - 2, BW, y1 - y0 + 4, BAND)
    s = D["sections"][si]
    if kind == "start":
        d.text(0, x + BW / 2 - width(s["label"], "sans-bold", 22) / 2, y0 + 24, s["label"], "sans-bold", 22, (1, 1, 1))
        t = s["title"]
        room = (y1 - y0) - 44
        fs = min(12.5, 12.5 * room / width(t, "sans-bold", 12.5))
        d.rotated(0, x + BW / 2, y0 + 38 + width(t, "sans-bold", fs) / 2 + 2, t, 90, "sans-bold", fs, (1, 1, 1))
pieces2, fl = layout(d, draw_bands)
assert pieces2 == pieces, (pieces, pieces2)
split = [si for si, fi, a, b in pieces if fi == 1][0]
d.write(OUT, BUILD)
pdftotext(D["name"])

title = " ".join(D["title_lines"]) + " " + D["subtitle"]
secs = [section(None, title, [para(D["intro"])])]
for s in D["sections"]:
    bl = [para(t) for t in s["paras"]]
    if "caption" in s:
        c = s["caption"]; bl.append(cap(c["text"], c["position"], c["credit"]))
    secs.append(section(s["label"], s["title"], bl))
write_gold(D["name"], title, [D["footer_left"], D["footer_right"]], secs)
print("pieces", pieces)
