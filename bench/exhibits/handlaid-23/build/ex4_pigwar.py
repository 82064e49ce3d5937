# The Pig War: US Letter, two pages, one wide ragged column + a margin column; painted by my Node writer
# (paint_fontkit.js, @pdf-lib/fontkit subsets of the Liberation fonts)
import os, subprocess
import content, layout
from layout import Doc, Flow, width, prep

NAME = "pig_war_1859"
EX = content.EX[NAME]
W, H = 612, 792
MX, MW = 54, 336          # main column
SX, SW = 414, 144         # margin column
BODY, SIZE, LEAD = "TR", 10.5, 14
RUST = (0.55, 0.22, 0.10)
DARK = (0.16, 0.20, 0.28)
GREY = (0.42, 0.42, 0.42)
BOX = (0.78, 0.78, 0.78)

doc = Doc()
doc.page(W, H)
doc.page(W, H)
R1, R2 = EX["running"]


def header(p):
    doc.text(p, MX, H - 30, "HR", 8, R1, GREY)
    doc.text(p, SX + SW - width("HI", 8, R2), H - 30, "HI", 8, R2, GREY)
    doc.rect(p, MX, H - 36, SX + SW - MX, 0.5, GREY)


def folio(p):
    s = EX["folios"][p]
    doc.text(p, (W - width("HR", 8.5, s)) / 2, 28, "HR", 8.5, s)


state = {"page": 0}


def on_col(fl):
    p = fl.col[0]
    if p != state["page"]:
        folio(state["page"])
        state["page"] = p
        header(p)


header(0)
doc.text(0, MX, H - 70, "HB", 8.5, EX["kicker"], RUST)
y = H - 108
for ln in EX["title_lines"]:
    doc.text(0, MX, y, "TB", 30, ln, DARK)
    y -= 34
f = Flow(doc, [(0, MX, y - 6, MW, 0)])
f.lines(prep(EX["intro"]), "TI", 12.5, 16.5, "ragged", hyphenate=False)
doc.rect(0, SX, H - 196, SW, 120, BOX)  # uncaptioned picture in the margin beside the title
intro_bottom = f.y
cols = [(0, MX, intro_bottom - 14, MW, 56), (1, MX, H - 52, MW, 56)]
fl = Flow(doc, cols, on_col)


def heading(sec):
    fl.ensure(72)
    if fl.y < fl.col[2] - 1:
        fl.space(12)
    p, x = fl.col[0], fl.col[1]
    # a two-cell row: label in a dark cell, title in a ruled cell
    doc.rect(p, x, fl.y - 24, 50, 24, DARK)
    doc.text(p, x + 8, fl.y - 16, "HB", 10, sec["label"], (1, 1, 1))
    doc.text(p, x + 60, fl.y - 17, "TB", 15, sec["title"], DARK)
    doc.rect(p, x + 50, fl.y - 24, MW - 50, 0.8, DARK)
    fl.space(32)


def sidenote(fl_, s):
    if any(0xE000 <= ord(ch) < 0xE040 for ch in s):
        p = fl_.col[0]
        sub = Flow(doc, [(p, SX, fl_.y + LEAD - 2, SW, 0)])
        sub.lines(EX["notes"][0], "HR", 7.5, 9.5, "ragged", color=GREY, hyphenate=False)


def caption_right(c):
    capw = MW - 150
    t = c["pos"] + ": " + c["text"]
    hh = max(100, fl.height(t, "HI", 9, 11.5, capw) + 26)
    fl.ensure(hh + 8)
    fl.space(6)
    p, x = fl.col[0], fl.col[1]
    sub = Flow(doc, [(p, x, fl.y, capw, 0)])
    sub.lines(t, "HI", 9, 11.5, "ragged", hyphenate=False)
    sub.space(3)
    sub.lines(c["credit"], "HR", 8, 10, "ragged", color=GREY, hyphenate=False)
    doc.rect(p, x + capw + 12, fl.y - 100, 138, 100, BOX)
    fl.space(hh + 8)


for si, sec in enumerate(EX["sections"]):
    if si == 2:  # the pull quote stands in the margin, drawn before the heading of Act 3
        p = fl.col[0]
        doc.rect(p, SX, fl.y - 142, SW, 2, RUST)
        sub = Flow(doc, [(p, SX, fl.y - 150, SW, 0)])
        sub.lines(EX["pullquote"], "TI", 15, 18.5, "ragged", color=RUST, hyphenate=False)
        doc.rect(p, SX, sub.y - 6, SW, 2, RUST)
    heading(sec)
    for pi, ptxt in enumerate(sec["paras"]):
        parts = [prep(t) for t in ptxt.split("|")]
        for k, part in enumerate(parts):
            fl.lines(part, BODY, SIZE, LEAD, "ragged", line_cb=sidenote)
            if k < len(parts) - 1:
                caption_right(sec["caption"])
        fl.space(6)
    c = sec.get("caption")
    if c and c["pos"] == "Above":
        fl.ensure(200)
        fl.space(4)
        p, x = fl.col[0], fl.col[1]
        doc.rect(p, x, fl.y - 150, MW, 150, BOX)
        fl.space(158)
        fl.lines(c["pos"] + ": " + c["text"], "HI", 9, 11.5, "ragged", hyphenate=False)
        fl.lines(c["credit"], "HR", 8, 10, "ragged", color=GREY, hyphenate=False)
assert fl.col[0] == 1, "no page 2"
# sidebar in the margin of p. 2, drawn last
sb = EX["sidebar"]
body = prep(sb["paras"][0])
h = 26 + Flow(doc, [(1, 0, 0, 0, 0)]).height(body, "HR", 9, 12, SW - 16) + 12
doc.rect(1, SX, 60, SW, h, (0.94, 0.88, 0.80))
sub = Flow(doc, [(1, SX + 8, 60 + h - 8, SW - 16, 0)])
sub.lines(sb["title"], "HB", 10.5, 13, "ragged", color=RUST)
sub.space(3)
sub.lines(body, "HR", 9, 12, "ragged")
folio(1)
doc.save(os.path.join(content.HERE, NAME + ".ops.json"))
out = os.path.join(content.OUT, NAME + ".pdf")
subprocess.run(["node", os.path.join(content.HERE, "paint_fontkit.js"), os.path.join(content.HERE, NAME + ".ops.json"),
                out, "set-23 writer (Node) with @pdf-lib/fontkit 1.1.1"], check=True,
               env=dict(os.environ, NODE_PATH=os.path.join(content.HERE, "node", "node_modules")))
subprocess.run(["pdftotext", "-raw", out, out[:-4] + ".txt"], check=True)
content.write_gold(NAME)
print("ok", NAME)
