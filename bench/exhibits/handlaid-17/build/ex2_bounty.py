"""Exhibit 2: bounty_mutiny_1789 - two-column handout made with borb 3 (PyPI), run in build/venv.

borb lays out and paints every paragraph (line breaking, fonts, colours, boxes). borb's own
MultiColumnLayout cannot split a paragraph between columns, so this script keeps its own column cursor
and, when a paragraph does not fit, asks borb for the longest run of words that does (binary search on
Paragraph.get_size) and continues the rest in the next column. Text is ragged right, as borb does not
hyphenate; DejaVu fonts are embedded (borb's standard-14 fonts only take Latin-1).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PY = os.path.join(HERE, "venv", "bin", "python")
if os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(HERE, "venv")):
    os.execv(VENV_PY, [VENV_PY] + sys.argv)

sys.path.insert(0, HERE)
import common  # noqa: E402
import content  # noqa: E402
from borb.pdf import (Document, Page, Paragraph, Shape, HexColor, LayoutElement, TrueTypeFont,  # noqa: E402
                      PDF, UsageStatistics)

UsageStatistics.opt_out()

ex = content.BOUNTY
NAME = ex["name"]
DV = "/usr/share/fonts/truetype/dejavu/"
F_SERIF = TrueTypeFont.from_file(DV + "DejaVuSerif.ttf")
F_SERIF_I = TrueTypeFont.from_file(DV + "DejaVuSerif-Italic.ttf")
F_SANS = TrueTypeFont.from_file(DV + "DejaVuSansCondensed.ttf")
F_SANS_B = TrueTypeFont.from_file(DV + "DejaVuSansCondensed-Bold.ttf")
F_SERIF_B = TrueTypeFont.from_file(DV + "DejaVuSerif-Bold.ttf")

NAVY = HexColor("#1d3557")
RED = HexColor("#a4161a")
GREY = HexColor("#5c5c5c")
LEFT = LayoutElement.TextAlignment.LEFT
RIGHT = LayoutElement.TextAlignment.RIGHT

W, H = 595, 842
ML, MR = 48, 48
GAP = 22
COLW = (W - ML - MR - GAP) // 2          # 238
BODY = dict(font=F_SERIF, font_size=11, fixed_leading=None, multiplied_leading=1.45, text_alignment=LEFT)

doc = Document()
pages = []


def new_page():
    p = Page(width_in_points=W, height_in_points=H)
    doc.append_page(p)
    pages.append(p)
    return p


def paint(el, page, x, top, w, bottom=40):
    """Paint a borb element with its top at `top`; return the y of its bottom edge."""
    el.paint(available_space=(x, bottom, w, top - bottom), page=page)
    return el.get_previous_paint_box()[1]


def height(el, w):
    return el.get_size(available_space=(w, 2000))[1]


# ------------------------------------------------------------------ page furniture
def header(page):
    paint(Paragraph(ex["header"], font=F_SANS, font_size=7, font_color=GREY), page, ML, H - 26, 400)
    Shape([(0, 0), (W - ML - MR, 0)], stroke_color=GREY, line_width=0.5).paint(
        available_space=(ML, H - 42, W - ML - MR, 2), page=page)


def footer(page, n):
    paint(Paragraph(ex["footer"], font=F_SANS, font_size=7, font_color=GREY), page, ML, 34, 300, bottom=10)
    paint(Paragraph(str(n), font=F_SANS_B, font_size=8, font_color=GREY, text_alignment=RIGHT,
                    horizontal_alignment=LayoutElement.HorizontalAlignment.RIGHT),
          page, W - MR - 40, 35, 40, bottom=10)


# ------------------------------------------------------------------ column flow
class Flow:
    def __init__(self, columns):
        self.columns = columns          # list of (page, x, top, bottom)
        self.i = 0
        self.y = columns[0][2]

    @property
    def col(self):
        return self.columns[self.i]

    def next_col(self):
        self.i += 1
        self.y = self.col[2]

    def room(self):
        return self.y - self.col[3]

    def gap(self, g):
        if self.y != self.col[2]:
            self.y -= g

    def block(self, make, keep=0):
        """Place an unbreakable element (make(w) -> borb element); keep: room wanted below it."""
        page, x, top, bottom = self.col
        el = make(COLW)
        h = height(el, COLW)
        if h + keep > self.room():
            self.next_col()
            page, x, top, bottom = self.col
        self.y = paint(el, page, x, self.y, COLW)

    def para(self, text, style=BODY, after=2):
        """Place a paragraph, splitting it at a word boundary between columns when needed."""
        words = text.split()
        while words:
            page, x, top, bottom = self.col
            full = " ".join(words)
            if height(Paragraph(full, **style), COLW) <= self.room():
                self.y = paint(Paragraph(full, **style), page, x, self.y, COLW) - after
                return
            lo, hi = 0, len(words)          # longest prefix that fits
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if height(Paragraph(" ".join(words[:mid]), **style), COLW) <= self.room():
                    lo = mid
                else:
                    hi = mid - 1
            one_line = height(Paragraph(words[0], **style), COLW)
            if lo == 0 or height(Paragraph(" ".join(words[:lo]), **style), COLW) < 2 * one_line:
                self.next_col()            # fewer than two lines would fit: move on
                continue
            while lo > 1 and height(Paragraph(" ".join(words[lo:]), **style), COLW) < 2 * one_line:
                lo -= 1                    # keep at least two lines for the next column
            self.y = paint(Paragraph(" ".join(words[:lo]), **style), page, x, self.y, COLW)
            words = words[lo:]
            self.next_col()

    def para_lines(self, text, n_lines, style=BODY):
        """Place the first n_lines lines of a paragraph; return the words left over."""
        words = text.split()
        one = height(Paragraph(words[0], **style), COLW)
        k = max(k for k in range(1, len(words) + 1)
                if height(Paragraph(" ".join(words[:k]), **style), COLW) <= n_lines * one)
        page, x, top, bottom = self.col
        self.y = paint(Paragraph(" ".join(words[:k]), **style), page, x, self.y, COLW) - 3
        return " ".join(words[k:])


def label_and_heading(flow, sec):
    flow.gap(6)
    flow.block(lambda w: Paragraph(sec["label"], font=F_SANS_B, font_size=8, font_color=RED), keep=60)
    flow.y -= 1
    flow.block(lambda w: Paragraph(sec["title"], font=F_SANS_B, font_size=13, font_color=NAVY,
                                   multiplied_leading=1.1))
    flow.y -= 4


# ------------------------------------------------------------------ page 1
p1 = new_page()
header(p1)
y = H - 70
y = paint(Paragraph(ex["kicker"], font=F_SANS_B, font_size=8, font_color=RED, character_spacing=1.2),
          p1, ML, y, 400) - 8
y = paint(Paragraph(ex["title_lines"][0], font=F_SERIF_B, font_size=28, font_color=NAVY), p1, ML, y, 500) - 8
y = paint(Paragraph(ex["intro"][0], font=F_SERIF_I, font_size=11.5, multiplied_leading=1.3, text_alignment=LEFT),
          p1, ML, y, W - ML - MR) - 10
Shape([(0, 0), (W - ML - MR, 0)], stroke_color=NAVY, line_width=1.5).paint(
    available_space=(ML, y - 2, W - ML - MR, 2), page=p1)
col_top_1 = y - 16

FOOT_TOP = 92          # the footnote sits below the columns of page 1
p2 = new_page()
header(p2)

# page 2 opens with a full-width picture of the wreck finds (section 4) with its caption under it
fig_top = H - 60
fig_h = 150
Shape([(0, 0), (W - ML - MR, 0), (W - ML - MR, fig_h), (0, fig_h)], fill_color=HexColor("#c3c3c3"),
      stroke_color=HexColor("#8a8a8a"), line_width=1).paint(
    available_space=(ML, fig_top - fig_h, W - ML - MR, fig_h), page=p2)
cap4 = ex["sections"][3]["caption"]
cy = fig_top - fig_h - 5
cy = paint(Paragraph(cap4["pos"] + ": " + cap4["text"], font=F_SANS, font_size=8), p2, ML, cy, W - ML - MR)
cy = paint(Paragraph(cap4["credit"], font=F_SANS, font_size=6.5, font_color=GREY), p2, ML, cy - 1, W - ML - MR)
col_top_2 = cy - 16

# The second column of page 2 holds the sidebar and a key-dates list. They are painted now, before the
# text that flows on from page 1, so they come first in the page's content stream.
sb = ex["sidebar"]
x2 = ML + COLW + GAP
sy = paint(Paragraph(sb["title"], font=F_SANS_B, font_size=11, font_color=NAVY,
                     background_color=HexColor("#e6ecf2"), padding_top=8, padding_left=9, padding_right=9,
                     padding_bottom=4), p2, x2, col_top_2, COLW)
sy = paint(Paragraph(sb["paras"][0], font=F_SANS, font_size=9, multiplied_leading=1.35,
                     background_color=HexColor("#e6ecf2"), padding_left=9, padding_right=9, padding_bottom=9,
                     text_alignment=LEFT), p2, x2, sy, COLW)
sy = paint(Paragraph("Key dates", font=F_SANS_B, font_size=9.5, font_color=RED), p2, x2, sy - 18, COLW) - 4
for year, what in ex["key_dates"]:
    paint(Paragraph(year, font=F_SANS_B, font_size=8.5, font_color=NAVY), p2, x2, sy, 50)
    sy = paint(Paragraph(what, font=F_SANS, font_size=8.5, multiplied_leading=1.25), p2, x2 + 54, sy,
               COLW - 54) - 4

flow = Flow([
    (p1, ML, col_top_1, FOOT_TOP), (p1, ML + COLW + GAP, col_top_1, FOOT_TOP),
    (p2, ML, col_top_2, 56),
])

s1, s2, s3, s4 = ex["sections"]
FOOTMARK = "*"

label_and_heading(flow, s1)
for p in s1["paras"]:
    flow.para(p)

label_and_heading(flow, s2)
flow.para(s2["paras"][0].replace("ship’s launch,", "ship’s launch" + FOOTMARK + ","))
flow.para(s2["paras"][1])

label_and_heading(flow, s3)
# paragraph 3-1 is interrupted after three lines by the quadrant picture with its caption beside it
rest = flow.para_lines(s3["paras"][0], 3)
cap3 = s3["caption"]
pic_w, pic_h = 100, 78
page, x, top, bottom = flow.col
Shape([(0, 0), (pic_w, 0), (pic_w, pic_h), (0, pic_h)], fill_color=HexColor("#c3c3c3"),
      stroke_color=HexColor("#8a8a8a"), line_width=1).paint(
    available_space=(x, flow.y - pic_h, pic_w, pic_h), page=page)
cx, cw = x + pic_w + 8, COLW - pic_w - 8
cyy = paint(Paragraph(cap3["pos"] + ": " + cap3["text"], font=F_SANS, font_size=7.5, multiplied_leading=1.2),
            page, cx, flow.y - 6, cw)
paint(Paragraph(cap3["credit"], font=F_SANS, font_size=6.5, font_color=GREY), page, cx, cyy - 2, cw)
flow.y -= pic_h + 6
flow.para(rest)
flow.para(s3["paras"][1])

label_and_heading(flow, s4)
for p in s4["paras"]:
    flow.para(p)

# footnote at the foot of page 1, then the footers
Shape([(0, 0), (90, 0)], stroke_color=GREY, line_width=0.5).paint(available_space=(ML, FOOT_TOP - 8, 90, 2),
                                                                  page=p1)
paint(Paragraph(FOOTMARK + " " + ex["footnote"], font=F_SERIF, font_size=7, text_alignment=LEFT),
      p1, ML, FOOT_TOP - 12, W - ML - MR)
footer(p1, 1)
footer(p2, 2)

pdf = os.path.join(common.OUT, NAME + ".pdf")
txt = os.path.join(common.OUT, NAME + ".txt")
PDF.write(what=doc, where_to=pdf)
common.pdftotext_raw(pdf, txt)
content.write_gold(ex, [ex["header"], ex["footer"], "1", "2"], os.path.join(common.OUT, NAME + ".json"))
print("wrote", pdf)
