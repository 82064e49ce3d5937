"""herschel_uranus_1781: A4 catalogue pages 13-14, two justified columns and a narrow outer margin for captions."""
import os
from content import HERSCHEL as C
from paint import Page, Flow, render
from lib import width, break_lines, gold, write_gold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
W, H = 595, 842
NAVY, GREY, LIGHT, TINT = "#1f2f55", "#666666", "#b9c2d6", "#e9edf5"
CW, GUT = 196, 15
p13, p14 = Page(W, H), Page(W, H)
# page 13 (recto): text block at the left, margin column at the right
X13 = 50; M13 = X13 + 2 * CW + GUT + 14; MW = 92
# page 14 (verso): margin column at the left, text block at the right
M14 = 36; X14 = M14 + MW + 14
BOT = H - 62

# opening of the essay on page 13
y = 52
p13.text(X13, y, C["kicker"].upper(), "sans-b", 8.5, NAVY); y += 20
p13.text(X13, y, C["title_lines"][0], "serif-b", 30, NAVY); y += 34
p13.text(X13, y, C["title_lines"][1], "serif-i", 19, NAVY); y += 30
y, _ = p13.para(X13, y, 2 * CW + GUT, C["intro"], "serif-i", 11.5, 15, color="#333333")
y += 6
p13.line(X13, y, X13 + 2 * CW + GUT, y, NAVY, 0.8); y += 12
TOP13 = y

sec = {s[1]: s for s in C["sections"]}
side = C["sections"][-1]
SIDE_TXT = side[2][0][1]
cut = SIDE_TXT.index("and then an astronomer") + len("and then an")
SIDE_A, SIDE_B = SIDE_TXT[:cut], SIDE_TXT[cut + 1:]

def side_box(page, x, ybot, head, text, tail):
    lines = break_lines(text, "sans", 8.8, CW - 18)
    h = 14 + 16 + len(lines) * 11.4 + (14 if tail else 0) + 8
    top = ybot - h
    page.rect(x, top, CW, h, fill=TINT)
    page.text(x + 9, top + 10, head, "sans-b", 10.5, NAVY)
    yy, _ = page.para(x + 9, top + 28, CW - 18, text, "sans", 8.8, 11.4)
    if tail:
        page.text(x + 9, yy + 2, tail, "sans-i", 8, GREY)
    return top

def enter13c2(fl, f):
    # figure of section 02 at the top of the right column, caption beside it in the margin
    page, x, top, bot, w = f
    ph = 150
    page.picture(x, top, w, ph)
    cap = [b for b in sec["The Night of 13 March"][2] if b[0] == "cap"][0]
    cy = top
    page.text(M13, cy, cap[1] + ":", "sans-b", 7.6, NAVY); cy += 10
    cy, _ = page.para(M13, cy, MW, cap[2], "sans", 7.6, 9.6)
    cy += 3
    page.para(M13, cy, MW, cap[3], "sans-i", 7, 8.8, color=GREY)
    return top + ph + 14

side_top13 = side_box(Page(W, H), 0, BOT, side[1], SIDE_A, "Continued overleaf")  # measure only
side_top14 = side_box(Page(W, H), 0, BOT, side[1] + " (continued)", SIDE_B, None)

frames = [(p13, X13, TOP13, BOT, CW), (p13, X13 + CW + GUT, TOP13, side_top13 - 100, CW),
          (p14, X14, 70, BOT, CW), (p14, X14 + CW + GUT, 70, side_top14 - 12, CW)]

def enter14(fl, f):
    # close page 13: sidebar box, then its folio; page 14 gets its running head first
    side_box(p13, X13 + CW + GUT, BOT, side[1], SIDE_A, "Continued overleaf")
    note_foot(p13)
    p13.text(X13 + 2 * CW + GUT - width("13", "sans-b", 9), H - 40, "13", "sans-b", 9, NAVY)
    p14.text(M14, 40, "14", "sans-b", 9, NAVY)
    p14.text(X14, 40, C["running"], "sans-i", 9, GREY)
    p14.line(X14, 54, X14 + 2 * CW + GUT, 54, LIGHT, 0.6)
    return None

def note_foot(page):
    for n, pg in fl.marks.items() if 'fl' in globals() else []:
        if pg is page and n not in done_notes:
            done_notes.add(n)
            page.line(page_x(page), H - 56, page_x(page) + 60, H - 56, GREY, 0.4)
            page.text(page_x(page), H - 52, f"{n}", "serif", 6, GREY)
            page.text(page_x(page) + 5, H - 50, C["notes"][n], "serif", 7.5, GREY)

def page_x(page):
    return X13 if page is p13 else X14

done_notes = set()
fl = None
fl = Flow(frames, on_enter={1: enter13c2, 2: enter14})

for label, title, blocks in C["sections"][:-1]:
    fl.room(84)
    page, x, top, bot, w = fl.f
    page.text(x, fl.y, label, "sans-b", 20, LIGHT); fl.y += 24
    page.text(x, fl.y, title, "serif-b", 12.5, NAVY); fl.y += 18
    for b in blocks:
        if b[0] == "p":
            fl.para(b[1], "serif", 10.5, 13.6, justify=True, indent=0 if b is blocks[0] else 10, after=0)
    for b in blocks:
        if b[0] == "cap" and label == "04":
            fl.room(130)
            page, x, top, bot, w = fl.f
            fl.y += 8
            page.picture(x, fl.y, w, 92); fl.y += 97
            lines = break_lines(b[1] + ": " + b[2], "sans", 7.8, w)
            page.text(x, fl.y, b[1] + ":", "sans-b", 7.8, NAVY)
            first = lines[0][0][len(b[1]) + 2:]
            page.text(x + width(b[1] + ": ", "sans-b", 7.8), fl.y, first, "sans", 7.8)
            fl.y += 9.8
            for ln in lines[1:]:
                page.text(x, fl.y, ln[0], "sans", 7.8); fl.y += 9.8
            page.text(x, fl.y, b[3], "sans-i", 7.2, GREY); fl.y += 12
    fl.y += 8

# close page 14: sidebar continuation at the foot of the right column, notes
side_box(p14, X14 + CW + GUT, BOT, side[1] + " (continued)", SIDE_B, None)
note_foot(p14)
print("herschel: frame", fl.k, "y", fl.y, "notes on", [1 if pg is p13 else 2 for pg in fl.marks.values()])

render([p13, p14], os.path.join(OUT, C["name"] + ".pdf"), " ".join(C["title_lines"]))
write_gold(os.path.join(OUT, C["name"] + ".json"),
           gold(C["title_lines"], C["intro"], C["sections"], ["Made with Lpdf", C["running"], "13", "14"]))
