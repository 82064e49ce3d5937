# Priestley newsletter: A4, 2 pages, three columns; a sidebar box spanning columns 2-3 at the foot of page 1,
# drawn when the flow leaves column 2 (so in the content stream it sits between column 2 and column 3).
# Numbered "Fig." captions referred to from the text; page 2 running head repeats the section in progress.
from common import *
from lily import *
from content import PRIESTLEY as P

W, H = 595.0, 842.0
M, G = 40.0, 16.0
CW = (W - 2 * M - 2 * G) / 3
RED = (0.62, 0.12, 0.10)
BODY, LEAD = 10.8, 14.4
d = Doc(P["name"], W, H)
d.new_page()
X = [M + k * (CW + G) for k in range(3)]

# ---- page 1 masthead
d.text(0, M, 44, P["kicker"].upper(), "sans-bold", 7.8, RED)
d.hline(0, M, 52, W - 2 * M, 1.6, RED)
d.text(0, M, 92, P["title_lines"][0], "serif-bold", 34)
d.text(0, M, 116, P["title_lines"][1], "serif-italic", 16)
y = d.para(0, M, 142, P["intro"], W - 2 * M, "sans", 11, 15, justify=True)
d.hline(0, M, y - 4, W - 2 * M, 0.6)
TOP1 = y + 8
SIDE_TOP = 512.0
frames = [(0, X[0], TOP1, CW, 790), (0, X[1], TOP1, CW, SIDE_TOP - 14), (0, X[2], TOP1, CW, SIDE_TOP - 14),
          (1, X[0], 78, CW, 790), (1, X[1], 78, CW, 790), (1, X[2], 78, CW, 790)]

def draw_sidebar():
    x0, w0 = X[1], 2 * CW + G
    s = P["sidebar"]
    lines = break_lines(s["paras"][0], "sans", 9.6, w0 - 24)
    h = 44 + len(lines) * 13
    d.rect(0, x0, SIDE_TOP, w0, h, (0.93, 0.88, 0.80))
    d.hline(0, x0, SIDE_TOP, w0, 2.0, RED)
    d.text(0, x0 + 12, SIDE_TOP + 24, s["title"], "sans-bold", 12.5, RED)
    d.para(0, x0 + 12, SIDE_TOP + 42, s["paras"][0], w0 - 24, "sans", 9.6, 13)

def on_change(old, fl):
    if old == 1:
        draw_sidebar()

fl = Flow(d, frames, on_change)
figs = {}

def figure(c):
    def draw(pg, x, y, w):
        d.picture(pg, x, y, w, 92)
    nl = len(break_lines(c["num"] + " " + c["text"], "sans", 8.4, CW)) + len(break_lines(c["credit"], "sans-italic", 8.0, CW))
    fl.ensure(98 + nl * 10.6)
    fl.box(98, draw, key="fig")
    # caption: bold number, text, italic credit on its own line
    fl.lines(c["num"] + " " + c["text"], "sans", 8.4, 10.6, justify=False, key="cap")
    fl.lines(c["credit"], "sans-italic", 8.0, 10.4, justify=False, key="cap")
    fl.space(8)

for si, s in enumerate(P["sections"]):
    fl.ensure(60)
    fl.space(4 if fl.y > fl.f[2] + 1 else 0)
    fl.lines(s["label"] + "  " + s["title"], "serif-bold", 12.5, 15.5, justify=False, key=("head", si), keep=4)
    fl.space(3)
    for pi, ptxt in enumerate(s["paras"]):
        fl.lines(ptxt, "serif", BODY, LEAD, indent=0 if pi == 0 else 11, key=("para", si))
        if "caption" in s and "(Fig." in ptxt:
            fl.space(4)
            figure(s["caption"])
    fl.space(6)

if fl.i <= 1:
    raise SystemExit("flow did not reach column 3")

# ---- table of opening hours (label cells shaded), not part of the gold
fl.space(10)
def table(pg, x, y, w):
    d.rect(pg, x, y, w, 18, RED)
    d.text(pg, x + 6, y + 12.5, P["table_label"], "sans-bold", 9, (1, 1, 1))
    yy = y + 18
    for a, b in P["table_rows"]:
        d.rect(pg, x, yy, w * 0.55, 17, (0.90, 0.90, 0.90))
        d.text(pg, x + 5, yy + 12, a, "sans-bold", 8.4)
        d.text(pg, x + w * 0.55 + 6, yy + 12, b, "sans", 8.4)
        yy += 17
        d.hline(pg, x, yy, w, 0.4, (0.6, 0.6, 0.6))
fl.box(18 + 17 * len(P["table_rows"]), table, key="table")

# ---- page 2, columns 2-3: a pull quote (the real words Priestley printed in 1775) and a diary notice; neither is gold
qx, qw = X[1], 2 * CW + G
d.hline(1, qx, 84, qw, 2.0, RED)
yq = d.para(1, qx + 10, 118, P["quote"], qw - 20, "serif-italic", 19, 25, justify=False, rgb=RED)
d.text_right(1, qx + qw - 10, yq + 2, "\u2014 Joseph Priestley, Experiments and Observations on Different Kinds of Air", "sans", 8.4)
d.hline(1, qx, yq + 14, qw, 0.6, RED)
DIARY = [("Thursday 14 May, 7.30 pm", "Talk: the Bowood laboratory rediscovered"),
         ("Saturday 6 June, 11.00\u201315.00", "Family day: make your own sparkling water"),
         ("Tuesday 21 July", "Members\u2019 coach trip to the Lunar Society rooms, Birmingham")]
by = yq + 44
d.rect(1, qx, by, qw, 26 + 30 * len(DIARY) + 26, (0.93, 0.88, 0.80))
d.text(1, qx + 12, by + 18, "Diary Dates", "sans-bold", 12, RED)
yy = by + 40
for a, b in DIARY:
    d.text(1, qx + 12, yy, a, "sans-bold", 9.4)
    d.text(1, qx + 12, yy + 12, b, "sans", 9.4)
    yy += 30
d.text(1, qx + 12, yy + 6, "Members\u2019 tickets from the Library Room desk. Non-members welcome.", "sans-italic", 8.6)

# ---- running head on page 2: the section in progress at the top of the page
sec_at_top = None
for fi, key in fl.trace:
    if fi == 3:
        break
    if isinstance(key, tuple):
        sec_at_top = key[1]
run_title = P["sections"][sec_at_top]["title"]
d.text(1, M, 40, P["header_left"], "sans", 8.5)
d.text_right(1, W - M, 40, run_title, "sans-italic", 8.5)
d.hline(1, M, 48, W - 2 * M, 0.5)
# ---- footers (drawn last on each page)
for pg in (0, 1):
    d.hline(pg, M, 806, W - 2 * M, 0.5)
    d.text(pg, M, 820, P["footer"], "sans", 8.5)
    d.text_right(pg, W - M, 820, str(pg + 1), "sans-bold", 9)

d.write(OUT, BUILD)
pdftotext(P["name"])

secs = [section(None, " ".join(P["title_lines"]), [para(P["intro"])])]
for s in P["sections"]:
    bl = [para(t) for t in s["paras"]]
    if "caption" in s:
        c = s["caption"]
        bl.append(cap(c["num"] + " " + c["text"], None, c["credit"]))
    secs.append(section(s["label"], s["title"], bl))
secs.append(section(None, P["sidebar"]["title"], [para(t) for t in P["sidebar"]["paras"]]))
write_gold(P["name"], " ".join(P["title_lines"]), [P["footer"], P["header_left"], run_title, "1", "2"], secs)
print("page-2 running title:", run_title)
