"""Exhibit 1: timeline panel, entries alternating left/right of a central line.
Producer: matplotlib PDF backend (fonttype 42), one tall page 297 x 594 mm."""
import os
import matplotlib
matplotlib.use("pdf")
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle, Circle, FancyBboxPatch
from common import OUT, P, C, S, write_gold, pdftotext_raw, wrap, text_width, body_words

NAME = "harrison_longitude"
TITLE_LINES = ["Lost at Sea, Found in Time:", "John Harrison and the Longitude Problem"]
TITLE = " ".join(TITLE_LINES)
INTRO = ("A ship’s navigator could find his latitude from the height of the sun at noon, but not how far east "
         "or west he had sailed. For half a century the answer was sought in the stars. A self-taught "
         "carpenter from Lincolnshire found it in a clock.")
RUN_HEAD_L = "Observatory Hill Museum of Navigation"
RUN_HEAD_R = "Gallery 2 · The Longitude Room"
RUN_FOOT = "Timeline Panel T2 of 6"

# (label, title, entries[(year, text)], figure or None, figure side, figure after entry index)
ERAS = [
    ("I", "A Deadly Problem", [
        ("1707", "On a foggy October night four warships returning from the Mediterranean struck the rocks of "
                 "the Isles of Scilly. Well over a thousand sailors drowned, among them Admiral Sir Cloudesley "
                 "Shovell. The fleet had simply not known where it was."),
        ("1714", "Parliament passed the Longitude Act, offering £20,000 to anyone who could find longitude at "
                 "sea to within half a degree. A Board of Longitude was set up to judge the claims."),
    ], None),
    ("II", "Clocks for the Sea", [
        ("1722", "In Lincolnshire, John Harrison, a carpenter’s son with no formal training, finished a tower "
                 "clock for Brocklesby Park made almost entirely of wood. It needed no oil, and it is still "
                 "running today."),
        ("1730", "Harrison travelled to London with drawings of a sea clock. The Astronomer Royal, Edmond "
                 "Halley, sent him to the clockmaker George Graham, who lent him money to build it."),
        ("1736", "His first marine timekeeper, now called H1, sailed to Lisbon on HMS Centurion (Fig. 1). On "
                 "the voyage home Harrison showed that the master’s estimate of their landfall was about "
                 "sixty miles wrong."),
        ("1759", "After nineteen years of struggle with a third large clock, Harrison changed course and "
                 "completed H4, a watch only thirteen centimetres across, with a fast-beating balance and "
                 "jewelled bearings."),
    ], ("Fig. 1 A working replica of H1, the first marine timekeeper, made for this gallery.",
        "Photo: Morwenna Tresize / Observatory Hill Museum of Navigation", "R")),
    ("III", "Trials at Sea", [
        ("1761", "Harrison’s son William carried H4 on HMS Deptford to Jamaica. When the ship arrived after "
                 "eighty-one days, the watch had lost only about five seconds."),
        ("1764", "A second voyage, to Barbados, confirmed the result. H4 gave the longitude to within ten "
                 "miles, three times better than the Act demanded."),
    ], None),
    ("IV", "A Grudging Reward", [
        ("1765", "The Board paid Harrison half of the prize, and only after he had taken H4 apart in front of a "
                 "panel of experts and explained every part of it (Fig. 2)."),
        ("1772", "Captain James Cook took a copy of H4 made by Larcum Kendall on his second voyage to the "
                 "Pacific, and praised it in his journal as a never-failing guide."),
        ("1773", "Aged eighty, Harrison appealed to King George III. Parliament granted him £8,750, although "
                 "the Board never declared him the winner. He died three years later, in 1776."),
    ], ("Fig. 2 The movement of H4 seen from the back, with its case removed.",
        "Courtesy of the Kendall Horological Trust", "R")),
]

# ---- gold -----------------------------------------------------------------------
sections = [S(None, TITLE, [P(INTRO)])]
for label, title, entries, fig in ERAS:
    blocks = [P(y + " " + t) for y, t in entries]
    if fig:
        blocks.append(C(fig[0], credit=fig[1]))
    sections.append(S(label, title, blocks))
gold = write_gold(NAME, TITLE, [RUN_HEAD_L, RUN_HEAD_R, RUN_FOOT], sections)

# ---- layout (mm, y grows downwards) -------------------------------------------------
W, H = 297.0, 640.0     # provisional; the page is cut to the content below
MM = 72 / 25.4
plt.rcParams["pdf.fonttype"] = 42
fig = plt.figure(figsize=(W / 25.4, H / 25.4))
ax = fig.add_axes([0, 0, 1, 1])
ax.set_xlim(0, W); ax.set_ylim(H, 0); ax.axis("off")
NAVY, GOLD, GREY, INK = "#1d2f4a", "#b8892b", "#c8c8c8", "#222222"
SERIF, SANS = "Liberation Serif", "Liberation Sans"
CX = W / 2
COLW = 112.0          # text width of an entry (mm)
INNER = 10.0          # gap between the line and the entry text
BODY = 11.5           # pt
LEAD = 5.3            # mm per body line


def txt(x, y, s, size, family=SERIF, weight="normal", style="normal", ha="left", color=INK, rot=0, va="baseline"):
    ax.text(x, y, s, fontsize=size, family=family, weight=weight, style=style, ha=ha, va=va,
            color=color, rotation=rot, rotation_mode="anchor")


# background + title (drawn first)
ax.add_patch(Rectangle((0, 0), W, H, color="#f6f3ec", zorder=0))
y = 40
for line in TITLE_LINES:
    txt(CX, y, line, 34, weight="bold", ha="center", color=NAVY)
    y += 14
y += 3
for line in wrap(INTRO, "serif-italic", 14, 200 * MM):
    txt(CX, y, line, 14, style="italic", ha="center")
    y += 6.6
y += 8


def entry_height(text):
    return 9 + len(wrap(text, "serif", BODY, COLW * MM)) * LEAD


def draw_entry(side, y0, year, text):
    lines = wrap(text, "serif", BODY, COLW * MM)
    if side == "L":
        x, ha = CX - INNER, "right"
    else:
        x, ha = CX + INNER, "left"
    txt(x, y0 + 6, year, 19, weight="bold", ha=ha, color=GOLD)
    yy = y0 + 12
    for line in lines:
        txt(x, yy, line, BODY, ha=ha)
        yy += LEAD
    ax.add_patch(Circle((CX, y0 + 4), 2.4, color=GOLD, zorder=3))
    ax.plot([CX - INNER + 2 if side == "L" else CX + 2.4, CX - 2.4 if side == "L" else CX + INNER - 2],
            [y0 + 4, y0 + 4], color=GOLD, lw=1)


def draw_figure(side, y0, cap, credit):
    bw, bh = 92.0, 58.0
    x0 = CX - INNER - bw if side == "L" else CX + INNER
    yy = y0 + 4
    for line in wrap(cap, "sans-italic", 9.5, bw * MM):          # caption ABOVE the picture
        txt(x0, yy, line, 9.5, family=SANS, style="italic")
        yy += 4.4
    yy += 0.5
    ax.add_patch(Rectangle((x0, yy), bw, bh, color=GREY, zorder=1))
    # credit running vertically up the right edge of the picture
    txt(x0 + bw + 3.2, yy + bh, credit, 6.8, family=SANS, color="#666666", rot=90)
    return (yy + bh) - y0 + 4


line_top = y
side = "L"
for label, title, entries, figspec in ERAS:
    # era band across the line
    ax.add_patch(FancyBboxPatch((35, y), W - 70, 21, boxstyle="round,pad=0,rounding_size=3",
                                color=NAVY, zorder=2))
    ax.add_patch(Circle((CX, y + 7), 5, color=GOLD, zorder=3))
    ax.text(CX, y + 7, label, fontsize=12, family=SERIF, weight="bold", color="white", ha="center",
            va="center_baseline", zorder=4)
    ax.text(CX, y + 18, title, fontsize=15, family=SANS, weight="bold", color="white", ha="center", zorder=4)
    y += 27
    # stagger the entries, then draw LEFT items first and RIGHT items second (designer's layer order)
    cur = {"L": y, "R": y}
    last = y - 100
    items = {"L": [], "R": []}
    for year, text in entries:
        y0 = max(cur[side], last + 16)
        items[side].append(("entry", y0, year, text))
        last = y0
        cur[side] = y0 + entry_height(text) + 4
        side = "R" if side == "L" else "L"
    if figspec:
        cap, credit, fside = figspec
        y0 = max(cur[fside], last + 16)
        items[fside].append(("figure", y0, cap, credit))
        cur[fside] = y0 + 4 + len(wrap(cap, "sans-italic", 9.5, 92 * MM)) * 4.4 + 62
    for s in ("L", "R"):
        for it in items[s]:
            if it[0] == "entry":
                draw_entry(s, it[1], it[2], it[3])
            else:
                draw_figure(s, it[1], it[2], it[3])
    y = max(cur.values()) + 6

ax.plot([CX, CX], [line_top, y], color=NAVY, lw=2.2, zorder=1)
H = round(y + 26)          # final page height (mm)
fig.set_size_inches(W / 25.4, H / 25.4)
ax.set_ylim(H, 0)
# running head and foot are drawn last
ax.add_patch(Rectangle((0, 0), W, 14, color=NAVY, zorder=1))
txt(14, 9.2, RUN_HEAD_L, 10.5, family=SANS, weight="bold", color="white")
txt(W - 14, 9.2, RUN_HEAD_R, 10.5, family=SANS, color="white", ha="right")
ax.plot([14, W - 14], [H - 16, H - 16], color=NAVY, lw=0.6)
txt(CX, H - 10, RUN_FOOT, 9, family=SANS, color="#555555", ha="center")
print("page size 297 x", H, "mm")
fig.savefig(os.path.join(OUT, NAME + ".pdf"), metadata={"Title": TITLE})
pdftotext_raw(NAME)
print(NAME, "body words", body_words(gold))
