# Scribus 1.5.8 script (run by ex3_frost_fairs.py as `xvfb-run scribus -g -ns -py THIS_FILE`).
# Lays out the A3 poster "Frost Fairs on the Frozen Thames" from thames_frost_fairs_content.json and exports
# the PDF. Story text comes with soft hyphens (U+00AD) put in by the driver; Scribus breaks lines at them and
# prints a U+2010 hyphen at the line end.
import json
import os
import sys

import scribus

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "thames_frost_fairs_content.json"), encoding="utf-8") as f:
    ex = json.load(f)
OUT_PDF = ex["out_pdf"]
IMG = os.path.join(HERE, "img")

W, H = 842, 1191                         # A3 portrait, points
M = 42
GAP = 20
COLW = (W - 2 * M - 2 * GAP) / 3.0

scribus.newDocument((W, H), (M, M, M, M), scribus.PORTRAIT, 1, scribus.UNIT_POINTS, scribus.NOFACINGPAGES,
                    scribus.FIRSTPAGERIGHT, 1)
scribus.defineColorRGB("Ink", 22, 36, 64)
scribus.defineColorRGB("Ice", 224, 235, 242)
scribus.defineColorRGB("Frost", 150, 28, 36)
scribus.defineColorRGB("Mid", 100, 100, 100)
scribus.defineColorRGB("PicGrey", 186, 186, 186)
scribus.defineColorRGB("PicEdge", 140, 140, 140)

SERIF, SERIF_I = "Liberation Serif Regular", "Liberation Serif Italic"
SANS, SANS_B = "Liberation Sans Regular", "Liberation Sans Bold"

scribus.createCharStyle(name="c_body", font=SERIF, fontsize=ex["body_pt"], language="en_GB")
scribus.createCharStyle(name="c_label", font=SANS_B, fontsize=11, fillcolor="Frost", tracking=80)
scribus.createCharStyle(name="c_head", font=SANS_B, fontsize=22, fillcolor="Ink")
scribus.createCharStyle(name="c_cap", font=SANS, fontsize=8.5)
scribus.createCharStyle(name="c_capbold", font=SANS_B, fontsize=8.5, fillcolor="Frost")
scribus.createCharStyle(name="c_credit", font=SANS, fontsize=7, fillcolor="Mid")
scribus.createCharStyle(name="c_sbhead", font=SANS_B, fontsize=13, fillcolor="Ink")
scribus.createCharStyle(name="c_sbbody", font=SANS, fontsize=10)
scribus.createCharStyle(name="c_pull", font=SERIF_I, fontsize=19, fillcolor="Frost")
scribus.createCharStyle(name="c_intro", font=SERIF_I, fontsize=16, fillcolor="Ink")
scribus.createCharStyle(name="c_title", font=SANS_B, fontsize=58, fillcolor="White")
scribus.createCharStyle(name="c_kicker", font=SANS_B, fontsize=11, fillcolor="Ice", tracking=300)
scribus.createCharStyle(name="c_footer", font=SANS, fontsize=8.5, fillcolor="Ink")

# alignment: 0 left, 1 centre, 2 right, 3 justified
scribus.createParagraphStyle(name="p_body", alignment=3, linespacingmode=0, linespacing=ex["body_lead"], gapafter=7,
                             charstyle="c_body")
scribus.createParagraphStyle(name="p_label", alignment=0, linespacingmode=0, linespacing=13, gapbefore=12,
                             charstyle="c_label")
scribus.createParagraphStyle(name="p_head", alignment=0, linespacingmode=0, linespacing=25, gapafter=6,
                             charstyle="c_head")
scribus.createParagraphStyle(name="p_cap", alignment=0, linespacingmode=0, linespacing=11, gapafter=3,
                             charstyle="c_cap")
scribus.createParagraphStyle(name="p_credit", alignment=0, linespacingmode=0, linespacing=9,
                             charstyle="c_credit")
scribus.createParagraphStyle(name="p_sbhead", alignment=0, linespacingmode=0, linespacing=16, gapafter=4,
                             charstyle="c_sbhead")
scribus.createParagraphStyle(name="p_sbbody", alignment=0, linespacingmode=0, linespacing=13.5,
                             charstyle="c_sbbody")
scribus.createParagraphStyle(name="p_pull", alignment=1, linespacingmode=0, linespacing=23, charstyle="c_pull")
scribus.createParagraphStyle(name="p_intro", alignment=0, linespacingmode=0, linespacing=21,
                             charstyle="c_intro")
scribus.createParagraphStyle(name="p_title", alignment=0, linespacingmode=0, linespacing=60,
                             charstyle="c_title")
scribus.createParagraphStyle(name="p_kicker", alignment=0, linespacingmode=0, linespacing=14,
                             charstyle="c_kicker")
scribus.createParagraphStyle(name="p_footer", alignment=0, linespacingmode=0, linespacing=11,
                             charstyle="c_footer")


def text_frame(name, x, y, w, h, paras, pad=0, fill=None, flow=0):
    """paras: list of (style, text); text frames get their paragraphs styled one by one."""
    scribus.createText(x, y, w, h, name)
    s = "\n".join(t for _, t in paras)
    scribus.setText(s, name)
    pos = 0
    for style, t in paras:
        scribus.selectText(pos, len(t), name)
        scribus.setParagraphStyle(style, name)
        pos += len(t) + 1
    if pad:
        scribus.setTextDistances(pad, pad, pad, pad, name)
    if fill:
        scribus.setFillColor(fill, name)
    scribus.setTextFlowMode(name, flow)
    return name


def picture(name, x, y, w, h, png):
    scribus.createImage(x, y, w, h, name)
    scribus.loadImage(png, name)
    scribus.setScaleImageToFrame(True, False, name)
    scribus.setLineColor("PicEdge", name)
    scribus.setLineWidth(1, name)
    scribus.setTextFlowMode(name, 2)     # body text runs round the picture's bounding box


# 1. the footer strip is drawn first, so it leads the page's content stream
scribus.createRect(0, H - 44, W, 44, "footer_band")
scribus.setFillColor("Ice", "footer_band")
scribus.setLineColor("None", "footer_band")
text_frame("footer", M, H - 30, W - 2 * M, 16, [("p_footer", ex["footer"])])

# 2. title band
scribus.createRect(0, 0, W, 250, "band")
scribus.setFillColor("Ink", "band")
scribus.setLineColor("None", "band")
text_frame("kicker", M, 40, W - 2 * M, 20, [("p_kicker", ex["kicker"])])
text_frame("title", M, 72, W - 2 * M, 150, [("p_title", ex["title_lines"][0]), ("p_title", ex["title_lines"][1])])
text_frame("intro", M, 268, W - 2 * M, 70, [("p_intro", ex["intro"][0])])

# 3. the story: three linked columns (the third is shorter; the sidebar sits under it)
top = 360
story = []
for sec in ex["sections_shy"]:
    story.append(("p_label", sec["label"]))
    story.append(("p_head", sec["title"]))
    for p in sec["paras"]:
        story.append(("p_body", p))
col_h = H - 70 - top
text_frame("col1", M, top, COLW, col_h, story)
scribus.createText(M + COLW + GAP, top, COLW, ex["col2_h"], "col2")
scribus.createText(M + 2 * (COLW + GAP), top, COLW, ex["col3_h"], "col3")
scribus.linkTextFrames("col1", "col2")
scribus.linkTextFrames("col2", "col3")

# 4. pictures and captions (frames above the story, text runs round them)
L = ex["layout"]
x2 = M + COLW + GAP
x3 = M + 2 * (COLW + GAP)
s2, s3 = ex["sections"][1], ex["sections"][2]

# section 2: the printed card, caption beside it on the right (so "Left:")
picture("card_pic", L["card_x"], L["card_y"], 118, 150, os.path.join(IMG, "frost_card.png"))
text_frame("card_cap", L["card_x"] + 118, L["card_y"], COLW - 118, 150, [
    ("p_cap", s2["caption"]["pos"] + ": " + s2["caption"]["text"]),
    ("p_credit", s2["caption"]["credit"])], flow=2)
scribus.selectText(0, len(s2["caption"]["pos"]) + 1, "card_cap")
scribus.setCharacterStyle("c_capbold", "card_cap")
scribus.setTextVerticalAlignment(2, "card_cap")      # caption sits at the foot of the picture
scribus.setTextDistances(8, 0, 0, 0, "card_cap")

# section 3: a wide picture across columns 2 and 3 with its caption under it ("Above:")
picture("booths_pic", x2, L["booths_y"], 2 * COLW + GAP, L["booths_h"], os.path.join(IMG, "frost_booths.png"))
text_frame("booths_cap", x2, L["booths_y"] + L["booths_h"] + 6, 2 * COLW + GAP, 34, [
    ("p_cap", s3["caption"]["pos"] + ": " + s3["caption"]["text"]),
    ("p_credit", s3["caption"]["credit"])], flow=2)
scribus.selectText(0, len(s3["caption"]["pos"]) + 1, "booths_cap")
scribus.setCharacterStyle("c_capbold", "booths_cap")

# pull quote across column 1
text_frame("pull", L["pull_x"], L["pull_y"], COLW, 80, [("p_pull", ex["pullquote"])], flow=2)
scribus.setTextVerticalAlignment(1, "pull")

# 5. sidebar in a tinted box under column 3
sb = ex["sidebar"]
text_frame("sidebar", x3, top + ex["col3_h"] + 14, COLW, ex["sidebar_h"],
           [("p_sbhead", sb["title"])] + [("p_sbbody", p) for p in sb["paras"]], pad=12, fill="Ice")

scribus.layoutTextChain("col1")
if scribus.textOverflows("col3"):
    print("WARNING: story overflows column 3", file=sys.stderr)

pdf = scribus.PDFfile()
pdf.file = OUT_PDF
pdf.info = "Frost Fairs on the Frozen Thames"
pdf.save()
print("wrote", OUT_PDF, file=sys.stderr)
