"""Three exhibit PDFs drawn with ReportLab, with their gold (round 10, engineered).

    python bench/exhibits/engineered-2/build.py

timeline_centre: entries alternating left and right of a centre line, each
entry starting half-way down the one before it on the other side; a year over
each entry's title; one picture with its caption under it; footer.
trifold_leaflet: letter landscape, three panels a page, text flowing panel to
panel; captions set above their pictures with the credit on a line of its own;
a pull quote between rules repeating a body sentence (not in the gold).
odd_even_footnotes: a small book page, one column, paragraphs by indent; running
heads differing on odd and even pages (page number outside); "Room N" lines
over headings; footnotes at the foot of the page with raised calls in the body
(neither in the gold); "Below:" captions set above their pictures.

Needs reportlab and poppler-utils (pdftotext); the text is Milestones essays (CC0),
the captions, credits, names and years are invented.
"""
import json
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape as E

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import layoutgen  # noqa: E402

OUT = Path(__file__).resolve().parent


def sents(text, first=0, count=3):
    return " ".join(layoutgen.sentences(text)[first:first + count])


def write(name, gold):
    (OUT / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False))
    txt = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(OUT / f"{name}.pdf"), "-"],
                         capture_output=True, check=True).stdout.decode()
    (OUT / f"{name}.txt").write_text(txt)


class Box(Flowable):
    """A grey picture box."""

    def __init__(self, width, height):
        super().__init__()
        self.width, self.height = width, height

    def draw(self):
        self.canv.setFillColor(colors.Color(0.72, 0.72, 0.72))
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)


class Rule(Flowable):
    def __init__(self, width, color=colors.darkred):
        super().__init__()
        self.width, self.height, self.color = width, 4, color

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(1.2)
        self.canv.line(0, 2, self.width, 2)


# ------------------------------------------------------------ timeline

def timeline(essay):
    name = "timeline_centre"
    W, H = letter
    c = canvas.Canvas(str(OUT / f"{name}.pdf"), pagesize=letter)
    c.setTitle(essay.title)
    year = ParagraphStyle("y", fontName="Helvetica-Bold", fontSize=15, leading=17, textColor=colors.Color(.1, .35, .5))
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=13)
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.5, leading=11.8)
    cap = ParagraphStyle("c", fontName="Helvetica-Oblique", fontSize=7.5, leading=9)
    titles = ["A Harbour Charter", "The Customs House", "Rival Ports", "The Envoys Arrive",
              "A Treaty in Haste", "The New Quay"]
    years = ["1802", "1815", "1829", "1836", "1848", "1861"]
    caption = {"text": "The customs house seen from the water, with its flag raised.",
               "credit": "Photograph: Ilse Varga, Strand Archive"}
    centre, gap, colw = W / 2, 16, W / 2 - 16 - 48
    title = Paragraph(E(essay.title), ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20,
                                                     leading=23, alignment=1))
    _, th = title.wrap(W - 120, 200)
    title.drawOn(c, 60, H - 50 - th)
    top = H - 50 - th - 24
    c.setStrokeColor(colors.grey)
    c.setLineWidth(1.5)
    c.line(centre, top + 6, centre, 60)
    sections, tops = [], {0: top, 1: top}
    page_top = top
    for i, (yr, tt) in enumerate(zip(years, titles, strict=True)):
        side = i % 2
        text = sents(essay.paragraphs[i], 0, 3)
        flows = [Paragraph(yr, year), Spacer(0, 2), Paragraph(E(tt), head), Spacer(0, 3), Paragraph(E(text), body)]
        blocks = [{"kind": "paragraph", "text": text}]
        if i == 1:
            flows += [Spacer(0, 5), Box(colw, 70), Spacer(0, 3),
                      Paragraph(E(caption["text"]) + " " + E(caption["credit"]), cap)]
            blocks.append({"kind": "caption", "text": caption["text"], "position": None,
                           "credit": caption["credit"]})
        heights = [f.wrap(colw, 1000)[1] for f in flows]
        total = sum(heights)
        y = tops[side]
        if y - total < 70:  # next page
            footer(c, W, "Coastline Heritage Trail", 1)
            c.showPage()
            c.setStrokeColor(colors.grey)
            c.setLineWidth(1.5)
            c.line(centre, H - 50, centre, 60)
            tops = {0: H - 56, 1: H - 56 - (total / 2 if side == 1 else 0)}
            page_top = H - 56
            y = tops[side]
        x = 48 if side == 0 else centre + gap
        c.setFillColor(colors.Color(.1, .35, .5))
        c.circle(centre, y - 8, 4, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for f, h in zip(flows, heights, strict=True):
            f.drawOn(c, x, y - h)
            y -= h
        tops[side] = y - 14
        # the next entry, on the other side, starts half-way down this one
        other = 1 - side
        tops[other] = min(tops[other], tops[side] + total / 2 + 14)
        tops[other] = min(tops[other], page_top)
        sections.append({"label": yr, "title": tt, "blocks": blocks})
    footer(c, W, "Coastline Heritage Trail", c.getPageNumber())
    c.save()
    write(name, {"title": essay.title, "running": ["Coastline Heritage Trail"], "sections": sections})


def footer(c, W, text, page):
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.black)
    c.drawString(48, 36, text)
    c.drawRightString(W - 48, 36, str(page))


# ------------------------------------------------------------ trifold

def trifold(essay):
    name = "trifold_leaflet"
    pw, ph = landscape(letter)
    doc = BaseDocTemplate(str(OUT / f"{name}.pdf"), pagesize=(pw, ph), title=essay.title,
                          leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    panel = pw / 3
    frames = [Frame(k * panel + 24, 30, panel - 48, ph - 60, id=f"p{k}", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0) for k in range(3)]

    def folds(c, _doc):
        c.saveState()
        c.setStrokeColor(colors.lightgrey)
        c.setDash(2, 3)
        for k in (1, 2):
            c.line(k * panel, 12, k * panel, ph - 12)
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id="tri", frames=frames, onPage=folds)])
    width = panel - 48
    tstyle = ParagraphStyle("t", fontName="Times-Bold", fontSize=22, leading=25, spaceAfter=12,
                            textColor=colors.Color(.45, .1, .1))
    hstyle = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=8,
                            spaceAfter=4, textColor=colors.Color(.45, .1, .1))
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8.6, leading=11, spaceAfter=5)
    cap = ParagraphStyle("c", fontName="Helvetica-Oblique", fontSize=7.4, leading=9)
    cred = ParagraphStyle("cr", fontName="Helvetica", fontSize=6.5, leading=8, textColor=colors.grey,
                          spaceAfter=2)
    quote = ParagraphStyle("q", fontName="Times-BoldItalic", fontSize=13, leading=16, alignment=1,
                           textColor=colors.Color(.45, .1, .1))
    titles = ["Why a Canal Was Wanted", "Who Dug the Locks", "What the Water Carried", "Visiting Today"]
    caps = [("Navvies at the lower lock, their barrows stacked on the bank.", "Courtesy of the Brindley Society"),
            ("A toll ticket for a narrow boat carrying coal.", None),
            ("The aqueduct over the river, drawn for a guidebook.", "Image: Tamsin Orr / Vale Records")]
    story = [Paragraph(E(essay.title), tstyle)]
    sections = []
    paras = essay.paragraphs
    k = 0
    for s, tt in enumerate(titles):
        story.append(CondPageBreak(60))
        story.append(Paragraph(E(tt.upper()), hstyle))
        blocks = []
        for j in range(2):
            text = paras[k]
            k += 1
            story.append(Paragraph(E(text), body))
            blocks.append({"kind": "paragraph", "text": text})
            if s == 1 and j == 0:  # pull quote repeating a sentence of the next paragraph
                q = layoutgen.sentences(paras[k])[0]
                story.append(KeepTogether([Spacer(0, 4), Rule(width), Spacer(0, 4),
                                           Paragraph("\u201c" + E(q) + "\u201d", quote),
                                           Spacer(0, 4), Rule(width), Spacer(0, 6)]))
            if j == 0 and s < 3:
                ct, cr = caps[s]
                fig = [Spacer(0, 3), Paragraph(E(ct), cap)]
                if cr:
                    fig.append(Paragraph(E(cr), cred))
                fig += [Spacer(0, 2), Box(width, 60), Spacer(0, 8)]
                story.append(KeepTogether(fig))
                blocks.append({"kind": "caption", "text": ct, "position": None, "credit": cr})
        sections.append({"label": None, "title": tt.upper(), "blocks": blocks})
    doc.build(story)
    write(name, {"title": essay.title, "running": [], "sections": sections})


# ------------------------------------------------------------ odd/even heads and footnotes

def book(essay):
    name = "odd_even_footnotes"
    pw, ph = A5
    notes_text = ["The figures come from the port's own ledgers, kept in the town hall.",
                  "A later survey gives a slightly lower number.",
                  "The name was changed twice before the charter was signed.",
                  "Letters of the period spell the name in three ways."]
    titles = ["The Pilots' Guild", "Lanterns on the Mole", "A Winter Without Trade"]
    exhibit = "Salt and Signal"
    calls = {}  # note number -> page

    class Call(Flowable):
        """Zero-size marker recording the page a note call lands on."""

        def __init__(self, n):
            super().__init__()
            self.n, self.width, self.height = n, 0, 0

        def draw(self):
            calls[self.n] = self.canv.getPageNumber()

    def page_deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFont("Times-Italic", 8)
        if n % 2 == 0:
            c.drawString(40, ph - 30, f"{n}")
            c.drawString(64, ph - 30, exhibit)
        else:
            c.drawRightString(pw - 40, ph - 30, f"{n}")
            c.drawRightString(pw - 64, ph - 30, titles[min(len(titles) - 1, (n - 1) // 2)])
        mine = [m for m, p in sorted(prev_calls.items()) if p == n]
        if mine:
            y = 40 + 10 * len(mine)
            c.setLineWidth(.5)
            c.line(40, y + 8, 100, y + 8)
            for m in mine:
                c.setFont("Times-Roman", 7)
                c.drawString(40, y - 2, f"{m}")
                c.drawString(48, y - 2, notes_text[m - 1])
                y -= 10
        c.restoreState()

    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.5, leading=12.2, firstLineIndent=14,
                          alignment=4)
    first = ParagraphStyle("b0", parent=body, firstLineIndent=0)
    room = ParagraphStyle("r", fontName="Helvetica", fontSize=7.5, leading=9, spaceBefore=10,
                          textColor=colors.Color(.2, .4, .3))
    head = ParagraphStyle("h", fontName="Times-Bold", fontSize=13, leading=15, spaceAfter=5)
    cap = ParagraphStyle("c", fontName="Times-Italic", fontSize=8, leading=10, spaceAfter=3)
    tstyle = ParagraphStyle("t", fontName="Times-Bold", fontSize=19, leading=22, spaceAfter=8)
    caps = [("Below", "A pilot's brass lantern with its glass cracked.", "Photo: Oren Falk"),
            ("Below", "The mole at dusk, lamps lit along its length.", "Photo: Oren Falk")]

    def story_and_gold():
        story = [Paragraph(E(essay.title), tstyle)]
        sections, k, note = [], 0, 0
        for s, tt in enumerate(titles):
            story += [Paragraph(f"ROOM {s + 1}", room), Paragraph(E(tt), head)]
            blocks = []
            for j in range(3):
                text = essay.paragraphs[k]
                k += 1
                shown = E(text)
                if j in (0, 2) and note < len(notes_text):
                    note += 1
                    words = text.split(" ")
                    cut = len(words) // 2
                    # a raised call after a word in the middle of the paragraph
                    shown = (E(" ".join(words[:cut])) + f"<super>{note}</super> " + E(" ".join(words[cut:])))
                    story.append(Call(note))
                story.append(Paragraph(shown, first if j == 0 else body))
                blocks.append({"kind": "paragraph", "text": text})
                if j == 1 and s < 2:
                    pos, ct, cr = caps[s]
                    story.append(KeepTogether([Spacer(0, 6), Paragraph(f"<b>{pos}:</b> {E(ct)} {E(cr)}", cap),
                                               Box(pw - 80, 80), Spacer(0, 8)]))
                    blocks.append({"kind": "caption", "text": ct, "position": pos, "credit": cr})
            sections.append({"label": str(s + 1), "title": tt, "blocks": blocks})
        return story, sections

    prev_calls = {}
    for _ in range(2):  # first pass finds the pages the calls land on
        doc = BaseDocTemplate(str(OUT / f"{name}.pdf"), pagesize=A5, title=essay.title)
        doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(40, 90, pw - 80, ph - 140, id="f",
                                                                 leftPadding=0, rightPadding=0)],
                                           onPage=page_deco)])
        story, sections = story_and_gold()
        calls.clear()
        doc.build(story)
        prev_calls = dict(calls)
    write(name, {"title": essay.title, "running": [exhibit, *titles], "sections": sections})


def main():
    essays = [e for e in layoutgen.load_essays() if len(e.paragraphs) >= 10]
    timeline(essays[20])
    trifold(essays[17])
    book(essays[22])


if __name__ == "__main__":
    main()
