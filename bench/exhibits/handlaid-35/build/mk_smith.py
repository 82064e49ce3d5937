# William Smith's map: A4 catalogue pages 32-33, wide body column + narrow note column.
import json, sys
from layout import Page, Flow, width, paint, NOTE
from content import SMITH as EX, gold_for

W, H = 595, 842
p1, p2 = Page(W, H), Page(W, H)
BX, BW = 56, 318          # body column
NX, NW = 394, 145         # narrow note column
RED = (0.62, 0.16, 0.12); GREY = (0.35, 0.35, 0.35)

# --- opening page: kicker, title, intro across both columns
p1.text(BX, 70, EX["kicker"], "sans-b", 8.5, RED)
p1.text(BX, 104, EX["title_lines"][0], "serif-b", 27)
p1.text(BX, 130, EX["title_lines"][1], "serif-i", 17, GREY)
fl0 = Flow([(p1, BX, 142, 230, NX + NW - BX)])
fl0.para(EX["intro"], "serif-i", 11.5, 15, justify=False, after=4)
p1.line(BX, fl0.y + 4, NX + NW, fl0.y + 4, 1.2, RED)

BOTTOM = int(sys.argv[2]) if len(sys.argv) > 2 else 792
p1.picture(BX, fl0.y + 16, NX + NW - BX, 150)   # uncaptioned lead picture (a strip of the map)
flow = Flow([(p1, BX, fl0.y + 180, BOTTOM, BW), (p2, BX, 62, 792, BW)])
marks = {}          # note number -> (page, y)
top_section = {}    # page -> title of the section in progress at the top
current = [None]

def watch(fl):
    pg = fl.frame[0]
    if pg not in top_section:
        top_section[pg] = current[0]

for s in EX["sections"]:
    current[0] = s["title"]
    flow.need(40)
    flow.space(6)
    pg, x = flow.frame[0], flow.frame[1]
    flow.y += 14
    pg.text(x, flow.y, s["label"], "sans-b", 12, RED)
    pg.text(x + 16, flow.y, s["title"], "sans-b", 12)
    flow.y += 4
    for i, para in enumerate(s["paras"]):
        hooks = {}
        lines_probe = None
        def mk(fl, para=para):
            pass
        before_pg = flow.frame[0]
        lines = flow.para(para, "serif", 10.5, 14.2, justify=True, indent=(0 if i == 0 else 12), after=3)
    # record pages touched
# second pass to find where note marks landed: scan ops
for pg in (p1, p2):
    for op in pg.ops:
        if op[0] == "text" and op[5] < 7 and op[3].isdigit():
            marks[op[3]] = (pg, op[2])

# running head on p2: section in progress at top of p2 = section of the first body line drawn on p2
def first_body_section(pg):
    # the heading drawn before the first text on this page tells us; else continue previous
    return None
titles = [s["title"] for s in EX["sections"]]
p2_first_head = None
for op in p2.ops:
    if op[0] == "text" and op[4] == "sans-b" and op[3] in titles:
        p2_first_head = op[3]; break
# the section continuing at the top of p2 is the last heading drawn on p1
last_p1 = [op[3] for op in p1.ops if op[0] == "text" and op[4] == "sans-b" and op[3] in titles][-1]
first_text_p2 = next(op for op in p2.ops if op[0] == "text")
running_right = last_p1 if first_text_p2[4] != "sans-b" else p2_first_head

# --- narrow column: notes keyed by superscript numbers, set beside their reference line
def note_block(pg, y, n, text, floor):
    y = max(y, floor)
    pg.text(NX, y, n, "sans-b", 7.5, RED)
    f = Flow([(pg, NX + 10, y - 10, 900, NW - 10)])
    f.para(text, "sans", 7.5, 9.6, justify=False, after=0)
    return f.y + 8

floor = {p1: 240, p2: 62}
# page 2 narrow column opens with the figure of section 3
fy = 66
p2.picture(NX, fy, NW, 104)
fy += 104 + 12
p2.text(NX, fy, EX["sections"][2]["fig"]["num"], "sans-b", 8, RED)
f = Flow([(p2, NX, fy - 10, 900, NW)])
f.para(EX["sections"][2]["fig"]["text"], "sans", 8, 10, justify=False, indent=30, after=1)
f.para(EX["sections"][2]["fig"]["credit"], "sans-i", 7, 9, justify=False, after=0, color=GREY)
floor[p2] = f.y + 16

for n, text in enumerate(EX["notes"], 1):
    pg, y = marks[str(n)]
    floor[pg] = note_block(pg, y + 3, str(n), text, floor[pg])

# table in the narrow column at the foot of page 2 (label cells shaded)
ty = 640
p2.text(NX, ty, EX["table_title"], "sans-b", 8.5)
ty += 6
for lab, val in EX["table"]:
    p2.rect(NX, ty, 62, 16, (0.90, 0.86, 0.80))
    p2.text(NX + 4, ty + 11, lab, "sans-b", 7.5)
    p2.text(NX + 68, ty + 11, val, "sans", 7.5)
    p2.line(NX, ty + 16, NX + NW, ty + 16, 0.4, GREY)
    ty += 16

# header (p2 only) and folios, drawn last on each page
p2.text(BX, 40, EX["header_left"], "sans", 8, GREY)
p2.text(NX + NW - width(running_right, "sans-i", 8), 40, running_right, "sans-i", 8, GREY)
p2.line(BX, 45, NX + NW, 45, 0.5, GREY)
p1.text(BX, 818, EX["folios"][0], "sans-b", 9)
p2.text(NX + NW - width(EX["folios"][1], "sans-b", 9), 818, EX["folios"][1], "sans-b", 9)

out = sys.argv[1]
paint([p1, p2], out + ".pdf", " ".join(EX["title_lines"]), "Hand-laid set r32 (pdf_oxide painter)")
g = gold_for(EX)
g["running"] = [EX["header_left"], running_right] + EX["folios"]
json.dump(g, open(out + ".json", "w"), ensure_ascii=False, indent=2)
last = [op[3] for op in p1.ops if op[0] == "text" and op[4] == "serif" and op[5] > 9][-1]
print("running head:", running_right, "| last p1 word:", last)
