"""Exhibit 4: large object label with a sidebar glossary, a picture with its caption set vertically
beside it (and the credit vertically on the other side), and a picture with the caption above it.
Producer: CairoSVG 2.9 (SVG -> PDF through cairo 1.16), A3 landscape, 1 page. The SVG source is written
to build/lewis_chessmen.svg; the designer's layer order (= PDF content order) is: running kicker,
glossary sidebar, pictures with captions, title, intro, body columns, footer."""
import os
from xml.sax.saxutils import escape
import cairosvg
from common import OUT, HERE, P, C, S, write_gold, pdftotext_raw, body_words, wrap, text_width

NAME = "lewis_chessmen"
TITLE = "Warriors of Walrus Ivory: The Lewis Chessmen"
TITLE_LINES = ["Warriors of Walrus Ivory:", "The Lewis Chessmen"]
INTRO = ("In 1831 a hoard of small carved figures came to light on the Isle of Lewis in the Outer Hebrides. "
         "With their staring eyes and worried faces they have become the best-known chess pieces in the world.")
RUN_KICKER = "MEDIEVAL GALLERY · CASE 14"
RUN_FOOT = "Museum of the Northern Seas"

SECTIONS = [
    ("Found in the Sand", [
        "The pieces were uncovered in the spring of 1831 near Uig, on the west coast of Lewis, probably from a "
        "small stone chamber in a sand bank. The details of the find were soon wrapped in legend, and even the "
        "name of the finder is uncertain. Within a year almost all of the figures had been sold.",
        "The hoard contained 93 objects: 78 chess pieces, 14 plain discs used in a board game called tables, "
        "and a buckle. They may have belonged to a merchant who buried his stock for safekeeping.",
    ]),
    ("Made in Norway", [
        "Most of the pieces are carved from walrus ivory, and a few from the teeth of whales. Their style "
        "closely matches carvings found in Trondheim, and most scholars think they were made there between "
        "about 1150 and 1200, when the Hebrides were ruled by the kings of Norway.",
    ]),
    ("A Cast of Characters", [
        "The kings sit with swords across their knees. The queens rest a cheek on one hand, and the bishops "
        "wear mitres, among the earliest chess bishops shown in this way. The knights ride small, sturdy ponies.",
        "The rooks are not castles but standing warriors called warders. Several of them bite the tops of their "
        "shields in fury, like the berserkers of the Norse sagas (see picture). A few pieces still carry traces "
        "of red stain: the two sides were once red and white rather than black and white.",
    ]),
    ("Scattered and Found Again", [
        "Today most of the hoard is kept in London and eleven pieces are in Edinburgh. Several pieces needed to "
        "make up complete sets have never been found. In 2019 a missing warder came to light after a family "
        "had kept it in a drawer for decades. It had been bought in 1964 for five pounds; at auction it fetched "
        "more than £700,000.",
    ]),
]
GLOSSARY_TITLE = "Words to Know"
GLOSSARY = [
    ("Walrus ivory", "the tusks of the walrus, traded from the Arctic to the workshops of Scandinavia."),
    ("Warder", "a guard; on the Lewis board, the piece that takes the place of the rook."),
    ("Berserker", "a Norse warrior said to fight in a trance-like fury."),
    ("Tables", "a family of board games played with dice and round pieces, an ancestor of backgammon."),
    ("Mitre", "the tall, pointed hat worn by a bishop."),
]
DASH = " — "
FIG_DUNES = ("The dunes at Uig, close to the place where the hoard was found.",
             "Photo: Iona Morrison / Uig Historical Society")          # caption ABOVE the picture
FIG_WARDER = ("A warder biting the rim of his shield.",
              "Photo: Callum MacIver / Museum of the Northern Seas")    # caption and credit set vertically

# ---- gold ------------------------------------------------------------------------------------
sections = [S(None, TITLE, [P(INTRO)])]
for title, paras in SECTIONS:
    blocks = [P(t) for t in paras]
    if title == "Found in the Sand":
        blocks.append(C(*FIG_DUNES))
    if title == "A Cast of Characters":
        blocks.append(C(*FIG_WARDER))
    sections.append(S(None, title, blocks))
sections.append(S(None, GLOSSARY_TITLE, [P(t + DASH + d) for t, d in GLOSSARY]))
gold = write_gold(NAME, TITLE, [RUN_KICKER, RUN_FOOT], sections)

# ---- SVG (units: mm; font sizes given in pt and converted) ---------------------------------------
PT = 25.4 / 72
W, H = 420, 297
out = []


def t(x, y, s, size, font="Liberation Serif", weight="normal", style="normal", fill="#231f1a", anchor="start",
      rotate=None, spacing=None):
    tr = f' transform="translate({x:.2f},{y:.2f}) rotate({rotate})"' if rotate is not None else ""
    pos = "" if rotate is not None else f' x="{x:.2f}" y="{y:.2f}"'
    ls = f' letter-spacing="{spacing}"' if spacing else ""
    out.append(f'<text{pos}{tr} font-family="{font}" font-size="{size * PT:.3f}" font-weight="{weight}" '
               f'font-style="{style}" fill="{fill}" text-anchor="{anchor}"{ls}>{escape(s)}</text>')


def rect(x, y, w, h, fill):
    out.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}"/>')


rect(0, 0, W, H, "#fbf8f2")
# 1 running kicker
t(18, 16, RUN_KICKER, 9, font="Liberation Sans", weight="bold", fill="#8c2f1b", spacing=0.8)

# 2 glossary sidebar (right)
SX, SW = 318, 84
box_at = len(out)
y = 40
t(SX, y, GLOSSARY_TITLE, 15, font="Liberation Sans", weight="bold", fill="#8c2f1b")
y += 10
GS = 12
for term, d in GLOSSARY:
    # first line: bold term + dash + start of the definition; the definition wraps in regular type
    words = d.split(" ")
    head = term + DASH
    lines, cur = [], ""
    first_w = SW / PT - text_width(head, "serif-bold", GS)
    for w in words:
        trial = w if not cur else cur + " " + w
        limit = first_w if not lines else SW / PT
        if text_width(trial, "serif", GS) <= limit or not cur:
            cur = trial
        else:
            lines.append(cur); cur = w
    lines.append(cur)
    out.append(f'<text x="{SX}" y="{y:.2f}" font-family="Liberation Serif" font-size="{GS * PT:.3f}" fill="#231f1a">'
               f'<tspan font-weight="bold">{escape(term)}</tspan>{escape(DASH + lines[0])}</text>')
    for ln in lines[1:]:
        y += GS * 1.4 * PT
        t(SX, y, ln, GS)
    y += GS * 1.4 * PT + 5
out.insert(box_at, f'<rect x="{SX - 7}" y="26" width="{SW + 14}" height="{y - 26 + 2:.1f}" fill="#ece3d3"/>')

# 3 pictures (third column, x 226..302)
FX = 230
# dunes: caption ABOVE the picture, credit under it (right-aligned)
y = 98
for ln in wrap(FIG_DUNES[0], "sans-italic", 9.5, 72 / PT):
    t(FX, y, ln, 9.5, font="Liberation Sans", style="italic")
    y += 9.5 * 1.3 * PT
rect(FX, y - 1.5, 72, 48, "#c6c6c6")
t(FX + 72, y + 50, FIG_DUNES[1], 7, font="Liberation Sans", style="italic", fill="#6b6b6b", anchor="end")
# warder: picture 40 x 70 mm, caption set vertically to its LEFT (reads bottom to top),
# credit set vertically along its RIGHT edge
bx, by, bw, bh = FX + 14, 168, 44, 80
rect(bx, by, bw, bh, "#c6c6c6")
cx = bx - 4.5
for i, ln in enumerate(wrap(FIG_WARDER[0], "sans", 10, bh / PT)):
    t(cx - 0 + i * 4.6 - 4.6 * (len(wrap(FIG_WARDER[0], "sans", 10, bh / PT)) - 1), by + bh, ln, 10,
      font="Liberation Sans", rotate=-90)
t(bx + bw + 3.2, by + bh, FIG_WARDER[1], 6.8, font="Liberation Sans", style="italic", fill="#6b6b6b", rotate=-90)

# 4 title + intro (top left, across the two text columns)
y = 38
for ln in TITLE_LINES:
    t(18, y, ln, 38, weight="bold", fill="#3b2a1a")
    y += 15
y += 2
for ln in wrap(INTRO, "serif-italic", 14, 200 / PT):
    t(18, y, ln, 14, style="italic")
    y += 14 * 1.35 * PT

# 5 body: two columns, text flows from column 1 into column 2
COLS = [(18, 100), (126, 100)]
TOP, BOTTOM = 98, 272
BS, LEAD = 12.5, 12.5 * 1.4 * PT
col, y = 0, TOP
for title, paras in SECTIONS:
    if y + 16 > BOTTOM:
        col, y = col + 1, TOP
    if y > TOP:
        y += 3.5
    t(COLS[col][0], y + 4, title, 14, font="Liberation Sans", weight="bold", fill="#8c2f1b")
    y += 4 + 7
    for p in paras:
        lines = wrap(p, "serif", BS, COLS[0][1] / PT)
        for ln in lines:
            if y > BOTTOM:
                col, y = col + 1, TOP + 4
            t(COLS[col][0], y, ln, BS)
            y += LEAD
        y += 1.8
# 6 footer
out.append(f'<line x1="18" y1="281" x2="{W - 18}" y2="281" stroke="#8c2f1b" stroke-width="0.3"/>')
t(18, 288, RUN_FOOT, 9, font="Liberation Sans", fill="#8c2f1b")

svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}mm" height="{H}mm" viewBox="0 0 {W} {H}">\n'
       + "\n".join(out) + "\n</svg>\n")
with open(os.path.join(HERE, NAME + ".svg"), "w", encoding="utf-8") as f:
    f.write(svg)
cairosvg.svg2pdf(bytestring=svg.encode("utf-8"), write_to=os.path.join(OUT, NAME + ".pdf"))
pdftotext_raw(NAME)
print(NAME, "body words", body_words(gold), "last column", col, "y", round(y, 1))
