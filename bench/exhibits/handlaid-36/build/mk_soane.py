# Soane sarcophagus: catalogue pages 14-16, A4. Page 14 has two columns; a picture in column 1 has its caption
# set to its RIGHT in a narrow strip of the column. The last paragraph of page 14's right column breaks
# mid-sentence; page 15 is a full-page picture (no folio) with a caption strip; the sentence resumes at the top
# of page 16's LEFT column. Roman-numbered heads; a framed sidebar ends page 16.
from common import *
from lily import *
from content import SOANE as S

W, H = 595.0, 842.0
M, G = 46.0, 20.0
CW = (W - 2 * M - G) / 2
X = [M, M + CW + G]
INK = (0.16, 0.20, 0.32)
BODY, LEAD = 11.4, 15.4
d = Doc(S["name"], W, H)
d.new_page(); d.new_page()

# ---- page 14 opening
d.text(0, M, 50, S["kicker"].upper(), "sans-bold", 8, INK)
d.text(0, M, 90, S["title_lines"][0], "serif-bold", 30, INK)
d.text(0, M, 122, S["title_lines"][1], "serif-bold", 30, INK)
d.text(0, M, 146, S["subtitle"], "serif-italic", 15)
y = d.para(0, M, 172, S["intro"], W - 2 * M, "serif-italic", 11.5, 15.5)
d.hline(0, M, y - 4, W - 2 * M, 0.8, INK)
TOP = y + 10
BOT = 786.0
frames = [(0, X[0], TOP, CW, BOT), (0, X[1], TOP, CW, BOT), (2, X[0], 84, CW, 770), (2, X[1], 84, CW, 770)]

def full_page_picture():
    d.picture(1, 0, 0, W, H - 92)
    c = S["captions"][1]
    d.para(1, M, H - 62, c["text"], W - 2 * M, "sans", 9.4, 12.4, justify=False)
    n = len(break_lines(c["text"], "sans", 9.4, W - 2 * M))
    d.text(1, M, H - 62 + n * 12.4, c["credit"], "sans-italic", 8.6)

def on_change(old, fl):
    if old == 1:
        full_page_picture()

fl = Flow(d, frames, on_change)
PW, CAPX = 136.0, 146.0

def side_caption(c):
    h = 104.0
    def draw(pg, x, y, w):
        d.picture(pg, x, y, PW, h)
        cw = w - CAPX
        yy = y + 8
        d.text(pg, x + CAPX, yy, c["position"] + ":", "sans-bold", 7.8, INK)
        yy += 10
        for ws, last in break_lines(c["text"], "sans", 7.8, cw):
            d.text(pg, x + CAPX, yy, " ".join(ws), "sans", 7.8); yy += 10
        for ws, last in break_lines(c["credit"], "sans-italic", 7.2, cw):
            d.text(pg, x + CAPX, yy, " ".join(ws), "sans-italic", 7.2); yy += 9.4
    fl.box(h + 10, draw, key="cap")

for si, s in enumerate(S["sections"]):
    fl.ensure(50)
    if fl.y > fl.f[2] + 1:
        fl.space(6)
    fl.lines(s["label"] + "\u2002" + s["title"], "serif-bold", 12.6, 16, justify=False, rgb=INK, key=("head", si), keep=4)
    fl.space(2)
    for pi, t in enumerate(s["paras"]):
        fl.lines(t, "serif", BODY, LEAD, indent=0 if pi == 0 else 12, key=("para", si))
        if si == 1 and pi == 0:
            fl.space(4)
            side_caption(S["captions"][0])

if fl.i < 2:
    raise SystemExit("page 14 did not overflow")
# which section's paragraph was cut by the full-page picture
cut_sec = [k for fi, k in fl.trace if fi == 1 and isinstance(k, tuple)][-1][1]

# ---- sidebar, framed, at the foot of the last frame in use
sb = S["sidebar"]
def sidebar(pg, x, y, w):
    n = len(break_lines(sb["paras"][0], "sans", 9.4, w - 20))
    h = 36 + n * 12.6
    d.rect(pg, x, y, w, h, INK)
    d.rect(pg, x + 1.2, y + 1.2, w - 2.4, h - 2.4, (0.95, 0.95, 0.97))
    d.text(pg, x + 10, y + 20, sb["title"], "sans-bold", 11, INK)
    d.para(pg, x + 10, y + 36, sb["paras"][0], w - 20, "sans", 9.4, 12.6)
fl.space(14)
fl.box(36 + len(break_lines(sb["paras"][0], "sans", 9.4, CW - 20)) * 12.6, sidebar, key="sidebar")

# ---- running head and folios (page 15, the picture page, has none)
d.text(0, M, 812, "14", "sans-bold", 9, INK)
d.text(2, M, 52, S["header"], "sans", 8.6, INK)
d.text_right(2, W - M, 52, "16", "sans-bold", 9, INK)
d.hline(2, M, 60, W - 2 * M, 0.5, INK)

d.write(OUT, BUILD)
pdftotext(S["name"])

secs = [section(None, " ".join(S["title_lines"]) + " " + S["subtitle"], [para(S["intro"])])]
for si, s in enumerate(S["sections"]):
    bl = [para(t) for t in s["paras"]]
    if si == 1:
        c = S["captions"][0]; bl.append(cap(c["text"], c["position"], c["credit"]))
    if si == cut_sec:
        c = S["captions"][1]; bl.append(cap(c["text"], c["position"], c["credit"]))
    secs.append(section(s["label"], s["title"], bl))
secs.append(section(None, sb["title"], [para(t) for t in sb["paras"]]))
write_gold(S["name"], " ".join(S["title_lines"]) + " " + S["subtitle"], [S["header"], "14", "16"], secs)
print("cut section", cut_sec)
