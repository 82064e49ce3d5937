"""Exhibit 1: label wall (ReportLab canvas + Paragraph.drawOn), A3 landscape, 1 page.
Topic: the Atlantic telegraph cable, 1858-1866."""
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.colors import HexColor, white
from reportlab.platypus import Paragraph
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *

NAME = "atlantic_cable"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in [("Sans", "LiberationSans-Regular"), ("SansB", "LiberationSans-Bold"),
             ("SansI", "LiberationSans-Italic"), ("Serif", "LiberationSerif-Regular"),
             ("SerifB", "LiberationSerif-Bold"), ("SerifI", "LiberationSerif-Italic"),
             ("Narrow", "LiberationSansNarrow-Regular"), ("NarrowB", "LiberationSansNarrow-Bold")]:
    pdfmetrics.registerFont(TTFont(n, LIB + f + ".ttf"))

TITLE1 = "Wires Under the Ocean:"
TITLE2 = "The Atlantic Telegraph Cable"
TITLE = TITLE1 + " " + TITLE2
INTRO = [
    "In the 1850s a letter from London to New York still travelled by steamship and took ten days or more. A group of "
    "British and American investors set out to lay an insulated copper wire across the floor of the Atlantic, so that "
    "messages could cross the ocean in minutes.",
    "The objects on this wall tell the story of a project that failed twice before it succeeded, and of the science that "
    "grew up around it. Read the labels in number order.",
]
CAP0 = ("The cable ship Great Eastern at anchor in Bantry Bay before the expedition of 1866.",
        "Photo: Eamon Kissane / Knightstown Telegraph Museum")

RUN_TL = "Gallery 4 · Wall C"
RUN_TR = "Knightstown Telegraph Museum"
RUN_B = "Please do not touch the objects"

LABELS = [
    ("1", "Sample of the 1858 Atlantic Cable",
     ["Glass, Elliot and Company, Greenwich", "1857–1858",
      "Copper, gutta-percha, tarred hemp and iron wire", "Gift of the Fitzgerald family, 1931 (KTM 1931.4)"],
     "At the centre of the cable are seven twisted strands of copper wire. Around them are three layers of "
     "gutta-percha, a rubbery gum from trees in Malaya that does not rot in sea water. Hemp and eighteen strands of "
     "iron wire protected the core. Two ships laid the cable in August 1858, starting in mid-ocean and steaming apart "
     "towards Valentia Island in Ireland and Trinity Bay in Newfoundland.", None),
    ("2", "Mirror Galvanometer",
     ["Designed by William Thomson, later Lord Kelvin", "About 1858",
      "Brass, glass, silk thread and magnet", "Lent by the Queen’s College Natural Philosophy Collection"],
     "The signals that reached the far end of the cable were extremely weak. Thomson fixed a tiny mirror to a "
     "magnet hanging on a silk thread. A beam of light reflected by the mirror moved along a scale when a current "
     "passed, so that operators could read even the faintest pulse.", None),
    ("3", "Souvenir Section of Cable",
     ["Tiffany and Company, New York", "1858",
      "Cable in a brass mount, with a printed certificate", "Purchased, 1987 (KTM 1987.22)"],
     "When Queen Victoria’s message of greeting reached President Buchanan, New York celebrated with fireworks. "
     "Tiffany bought the surplus cable and sold short pieces as souvenirs. The celebrations came too soon: the "
     "chief electrician had sent very high voltages down the line, and within about three weeks it fell silent.", None),
    ("4", "Telegraph Message Form",
     ["Anglo-American Telegraph Company", "27 July 1866",
      "Ink on printed paper", "Gift of Margaret Rowe, 1964 (KTM 1964.9)"],
     "After the Civil War money was found for a new, stronger cable. The Great Eastern, the largest ship in the "
     "world, could carry its whole length. A first attempt in 1865 was lost when the cable snapped, but in July 1866 "
     "the ship reached Heart’s Content in Newfoundland. Operators there wrote this form as the first messages came "
     "through.",
     ("Operators at the Heart’s Content station, about 1870.",
      "Courtesy of the Trinity Bay Historical Society")),
]


def para(c, text, style, x, ytop, w):
    p = Paragraph(text, style)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, ytop - h)
    return ytop - h


def grey(c, x, y, w, h):
    c.setFillColor(HexColor("#b9b9b9")); c.setStrokeColor(HexColor("#b9b9b9"))
    c.rect(x, y, w, h, fill=1, stroke=0)


def build():
    W, H = landscape(A3)
    c = canvas.Canvas(f"{OUT}/{NAME}.pdf", pagesize=(W, H))
    c.setTitle(TITLE)
    c.setFillColor(HexColor("#f4f1ea")); c.rect(0, 0, W, H, fill=1, stroke=0)
    # running strings (drawn first: they come first in -raw)
    c.setFillColor(HexColor("#1d3a4a")); c.rect(0, H - 14 * mm, W, 14 * mm, fill=1, stroke=0)
    c.setFillColor(white); c.setFont("NarrowB", 12)
    c.drawString(14 * mm, H - 9 * mm, RUN_TL)
    c.drawRightString(W - 14 * mm, H - 9 * mm, RUN_TR)
    c.setFillColor(HexColor("#555555")); c.setFont("SansI", 8.5)
    c.drawCentredString(W / 2, 8 * mm, RUN_B)

    # --- intro panel (left, 120 mm) ---
    x0, top = 16 * mm, H - 26 * mm
    c.setFillColor(HexColor("#1d3a4a")); c.setFont("SerifB", 25)
    c.drawString(x0, top - 10 * mm, TITLE1)
    c.drawString(x0, top - 22 * mm, TITLE2)
    st_intro = ParagraphStyle("intro", fontName="Serif", fontSize=13.5, leading=18.5, textColor=HexColor("#222222"),
                              spaceAfter=0)
    y = top - 32 * mm
    for t in INTRO:
        y = para(c, t, st_intro, x0, y, 118 * mm) - 4 * mm
    gh = 62 * mm
    grey(c, x0, y - gh - 2 * mm, 118 * mm, gh)
    y = y - gh - 4 * mm
    st_cap = ParagraphStyle("cap", fontName="Sans", fontSize=9.5, leading=12, textColor=HexColor("#222222"))
    st_cred = ParagraphStyle("cred", fontName="SansI", fontSize=8, leading=10, textColor=HexColor("#666666"))
    y = para(c, CAP0[0], st_cap, x0, y, 118 * mm) - 1 * mm
    para(c, CAP0[1], st_cred, x0, y, 118 * mm)

    # vertical rule
    c.setStrokeColor(HexColor("#1d3a4a")); c.setLineWidth(1.2)
    c.line(144 * mm, 20 * mm, 144 * mm, H - 24 * mm)

    # --- labels: 2x2 grid, numbered column-first (1 above 2, 3 above 4) but DRAWN row by row ---
    colx = [152 * mm, 288 * mm]
    rowtop = [H - 26 * mm, H - 148 * mm]
    pos = {"1": (0, 0), "2": (0, 1), "3": (1, 0), "4": (1, 1)}
    st_title = ParagraphStyle("lt", fontName="SansB", fontSize=14, leading=17, textColor=HexColor("#1d3a4a"))
    st_tomb = ParagraphStyle("tomb", fontName="Narrow", fontSize=11.5, leading=14, textColor=HexColor("#333333"))
    st_body = ParagraphStyle("lb", fontName="Serif", fontSize=13.4, leading=17.6, alignment=4)
    lw = 124 * mm
    for key in ["1", "3", "2", "4"]:
        lab = next(l for l in LABELS if l[0] == key)
        ci, ri = pos[key]
        x, y = colx[ci], rowtop[ri]
        # label card
        c.setFillColor(white); c.setStrokeColor(HexColor("#cccccc"))
        c.rect(x - 4 * mm, y - 116 * mm, lw + 8 * mm, 118 * mm, fill=1, stroke=1)
        c.setFillColor(HexColor("#b5552b")); c.circle(x + 5 * mm, y - 6 * mm, 5 * mm, fill=1, stroke=0)
        c.setFillColor(white); c.setFont("SansB", 15); c.drawCentredString(x + 5 * mm, y - 8.3 * mm, lab[0])
        yy = para(c, lab[1], st_title, x + 14 * mm, y - 2.5 * mm, lw - 14 * mm) - 3 * mm
        for t in lab[2]:
            yy = para(c, t, st_tomb, x + 14 * mm, yy, lw - 14 * mm)
        c.setStrokeColor(HexColor("#b5552b")); c.setLineWidth(0.6)
        c.line(x, yy - 2.5 * mm, x + 40 * mm, yy - 2.5 * mm)
        if lab[4]:
            # object photo on the left, label text on the right
            grey(c, x, yy - 5 * mm - 44 * mm, 40 * mm, 44 * mm)
            cy = yy - 5 * mm - 46 * mm
            cy = para(c, lab[4][0], ParagraphStyle("c4", parent=st_cap, fontSize=8.6, leading=10.4), x, cy, 40 * mm)
            para(c, lab[4][1], ParagraphStyle("d4", parent=st_cred, fontSize=7.4, leading=9), x, cy - 0.8 * mm, 40 * mm)
            para(c, lab[3], st_body, x + 44 * mm, yy - 5 * mm, lw - 44 * mm)
        else:
            para(c, lab[3], st_body, x, yy - 5 * mm, lw)
    c.showPage(); c.save()


build()
pdftotext(NAME)
sections = [S(None, TITLE, [P(t) for t in INTRO] + [C(*CAP0)])]
for lab in LABELS:
    blocks = [P(t) for t in lab[2]] + [P(lab[3])]
    if lab[4]:
        blocks.append(C(lab[4][0], lab[4][1]))
    sections.append(S(lab[0], lab[1], blocks))
write_gold(NAME, TITLE, [RUN_TL, RUN_TR, RUN_B], sections)
