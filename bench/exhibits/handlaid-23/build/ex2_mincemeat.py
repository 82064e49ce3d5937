# Operation Mincemeat: A4 landscape three-panel folded leaflet, ragged right; painted by Text::PDF (Perl)
import os, subprocess
import content, layout
from layout import Doc, Flow, width, prep

NAME = "operation_mincemeat_1943"
EX = content.EX[NAME]
W, H = 842, 595
PW = W / 3
PM = 24
TW = PW - 2 * PM
BODY, SIZE, LEAD = "TR", 10.5, 13.6
GREY = (0.42, 0.42, 0.42)
BOX = (0.78, 0.78, 0.78)
KHAKI = (0.86, 0.79, 0.60)
DARK = (0.18, 0.22, 0.16)

doc = Doc()
s1 = doc.page(W, H)
s2 = doc.page(W, H)


def running(p):
    s = EX["running"][0]
    doc.text(p, (W - width("HR", 8, s)) / 2, 20, "HR", 8, s, GREY)


# ---------- side 1, drawn left to right as it lies flat: inner flap, back panel, cover
running(0)
x = PM
sb = EX["sidebar"]
body = prep(sb["paras"][0])
h = 30 + Flow(doc, [(0, 0, 0, 0, 0)]).height(body, "HR", 9.5, 12.5, TW - 20) + 14
doc.rect(0, x, H - 60 - h, TW, h, (0.92, 0.90, 0.82))
f = Flow(doc, [(0, x + 10, H - 70, TW - 20, 0)])
f.lines(sb["title"], "HB", 12.5, 16, "ragged")
f.space(4)
f.lines(body, "HR", 9.5, 12.5, "ragged")
y = H - 60 - h - 30
t = EX["table"]
doc.text(0, x, y, "HB", 9.5, t["title"], DARK)
y -= 8
for a, b in t["rows"]:
    doc.rect(0, x, y, TW, 0.6, GREY)
    doc.text(0, x + 3, y - 12, "HR", 9, a)
    doc.text(0, x + TW - 3 - width("HB", 9, b), y - 12, "HB", 9, b)
    y -= 17
doc.rect(0, x, y, TW, 0.6, GREY)

x = PW + PM
doc.rect(0, x + TW / 2 - 45, 300, 90, 90, BOX)  # museum emblem (uncaptioned)
y = 270
for i, ln in enumerate(EX["address"]):
    f = "HB" if i == 0 else "HR"
    doc.text(0, x + (TW - width(f, 9.5, ln)) / 2, y, f, 9.5, ln)
    y -= 14

x = 2 * PW + PM
doc.rect(0, 2 * PW, H - 44, PW, 44, DARK)
doc.text(0, x, H - 28, "HB", 8.5, EX["kicker"], (1, 1, 1))
y = H - 84
for ln in EX["title_lines"]:
    doc.text(0, x, y, "TB", 20, ln, DARK)
    y -= 28
doc.rect(0, x, y - 150, TW, 150, BOX)
f = Flow(doc, [(0, x, y - 164, TW, 0)])
f.lines(prep(EX["intro"]), "TI", 11.5, 15, "ragged", hyphenate=False)

# ---------- side 2: three ragged columns
running(1)
cols = [(1, PM, H - 36, TW, 78), (1, PW + PM, H - 36, TW, 40), (1, 2 * PW + PM, H - 36, TW, 40)]
fl = Flow(doc, cols)
note_pos = {}


def heading(sec):
    fl.ensure(70)
    if fl.y < fl.col[2] - 1:
        fl.space(12)
    p, x = fl.col[0], fl.col[1]
    lw = width("HB", 9, sec["label"]) + 14
    doc.rect(p, x, fl.y - 15, lw, 15, KHAKI)
    doc.text(p, x + 7, fl.y - 11, "HB", 9, sec["label"], DARK)
    fl.space(19)
    fl.lines(sec["title"], "TB", 13.5, 16.5, "ragged", hyphenate=False, color=DARK)
    fl.space(3)


def cb(fl_, s):
    if any(0xE000 <= ord(ch) < 0xE040 for ch in s):
        note_pos["col"] = fl_.ci


def caption_right(c):
    capw = TW - 108
    t = c["pos"] + ": " + c["text"]
    hh = max(92, fl.height(t, "HI", 8.5, 10.5, capw) + 24)
    fl.ensure(hh + 8)
    fl.space(5)
    p, x = fl.col[0], fl.col[1]
    sub = Flow(doc, [(p, x, fl.y, capw, 0)])
    sub.lines(t, "HI", 8.5, 10.5, "ragged", hyphenate=False)
    sub.space(2)
    sub.lines(c["credit"], "HR", 7.5, 9.5, "ragged", color=GREY, hyphenate=False)
    doc.rect(p, x + capw + 8, fl.y - 92, 100, 92, BOX)
    fl.space(hh + 6)


for si, sec in enumerate(EX["sections"]):
    heading(sec)
    for pi, ptxt in enumerate(sec["paras"]):
        parts = [prep(t) for t in ptxt.split("|")]
        for k, part in enumerate(parts):
            fl.lines(part, BODY, SIZE, LEAD, "ragged", indent=(11 if pi and k == 0 else 0), line_cb=cb)
            if k < len(parts) - 1:
                caption_right(sec["caption"])
    c = sec.get("caption")
    if c and c["pos"] == "Above":
        fl.ensure(140)
        fl.space(8)
        p, x = fl.col[0], fl.col[1]
        doc.rect(p, x, fl.y - 96, TW, 96, BOX)
        fl.space(102)
        fl.lines(c["pos"] + ": " + c["text"], "HI", 8.5, 10.5, "ragged", hyphenate=False)
        fl.lines(c["credit"], "HR", 7.5, 9.5, "ragged", color=GREY, hyphenate=False)
    if si == 1:
        fl.ensure(70)
        fl.space(12)
        p, x = fl.col[0], fl.col[1]
        doc.rect(p, x, fl.y - 52, 4, 52, (0.55, 0.1, 0.1))
        sub = Flow(doc, [(p, x + 12, fl.y - 2, TW - 12, 0)])
        sub.lines(EX["pullquote"], "TB", 14, 17, "ragged", color=(0.55, 0.1, 0.1), hyphenate=False)
        fl.space(62)
# the note at the foot of the column that holds the mark, drawn after all columns
ci = note_pos["col"]
p, x = cols[ci][0], cols[ci][1]
doc.rect(p, x, 66, 50, 0.5, (0, 0, 0))
doc.text(p, x, 54, "TR", 8, EX["notes"][0])
assert fl.ci <= 2
doc.save(os.path.join(content.HERE, NAME + ".ops.json"))

# ops as TSV for the Perl painter (text as cp1252 hex)
with open(os.path.join(content.HERE, NAME + ".ops.tsv"), "w") as f:
    for pg in doc.pages:
        f.write("P\t%s\t%s\n" % (pg["w"], pg["h"]))
        for op in pg["ops"]:
            if op[0] == "T":
                _, fo, size, x, y, s, col, tw = op
                f.write("T\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (fo, size, x, y, " ".join("%.3f" % c for c in col), tw,
                                                          s.encode("cp1252").hex()))
            else:
                _, x, y, w, h, col = op
                f.write("R\t%s\t%s\t%s\t%s\t%s\n" % (x, y, w, h, " ".join("%.3f" % c for c in col)))
out = os.path.join(content.OUT, NAME + ".pdf")
subprocess.run(["perl", os.path.join(content.HERE, "paint_textpdf.pl"), os.path.join(content.HERE, NAME + ".ops.tsv"),
                out], check=True)
subprocess.run(["pdftotext", "-raw", out, out[:-4] + ".txt"], check=True)
content.write_gold(NAME)
print("ok", NAME)
