"""A note set in small type right under the passage that calls it with a superscript digit
(not at the page's foot), and a paragraph cut by a caption set out in the margin, whose
second half starts at the column's own edge. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf


def _doc(lines):
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 595, 842, lines)]), "weir", "/tmp/weir.pdf")
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    return doc, paragraphs


def test_a_small_note_under_its_calling_passage_leaves_the_body_and_its_call() -> None:
    lines = [glyph_line(1, 50, 40, "The Weir Mill", 18, bold=True)]
    body = ["The miller ground oats for the whole parish and paid his rent in",
            "flour to the manor, which kept a tally¹ of every sack he sent up",
            "the hill in the long dry summers."]
    top = 70.0
    for text in body:
        lines.append(glyph_line(1, 50, top, text, 10.0))
        top += 13.0
    lines.append(glyph_line(1, 50, top + 2, "1 A notched stick split in two, one half for each side.", 7.0))
    lines.append(glyph_line(1, 50, top + 30, "After the Flood", 14, bold=True))
    top += 50
    for text in ["The wheel was lost in the flood of the next spring, and the mill",
                 "stood idle for a generation until a turbine was fitted."]:
        lines.append(glyph_line(1, 50, top, text, 10.0))
        top += 13.0
    doc, paragraphs = _doc(lines)
    assert paragraphs[0] == " ".join(body).replace("tally¹", "tally")
    assert "A notched stick" not in " ".join(paragraphs[:2])
    assert doc.sections[-1].title == "Notes"


def test_a_paragraph_cut_by_a_margin_caption_goes_on_at_the_column_edge() -> None:
    lines = [glyph_line(1, 100, 40, "The Weir Mill", 18, bold=True)]  # set out in the margin
    first = ["The miller ground oats for the whole parish and paid his rent in",
             "flour to the manor, which kept a tally of every sack,"]
    rest = ["and the tally was read out at the court every Michaelmas before",
            "the steward and the tenants of the manor."]
    more = [["The wheel was lost in the flood of the next spring, and the mill",
             "stood idle for a generation."],
            ["A turbine was fitted in the year the railway came, and the mill",
             "ground feed for the farms until the war."],
            ["The building is now a house, and the race is dry."]]
    top = 70.0
    for k, text in enumerate(first):  # paragraphs open with a first-line indent
        lines.append(glyph_line(1, 162 if k == 0 else 150, top, text, 10.0))
        top += 13.0
    lines.append(glyph_line(1, 40, top + 6, "Right: The mill race in winter, from the lower bank.", 7.0))
    top += 40
    for text in rest:  # the paragraph goes on at the column's edge
        lines.append(glyph_line(1, 150, top, text, 10.0))
        top += 13.0
    for paragraph in more:
        for k, text in enumerate(paragraph):
            lines.append(glyph_line(1, 162 if k == 0 else 150, top, text, 10.0))
            top += 13.0
    _doc_, paragraphs = _doc(lines)
    assert paragraphs == [" ".join(first + rest), *(" ".join(p) for p in more)]


def test_a_small_block_far_from_the_text_is_a_panel_of_its_own_not_its_margin() -> None:
    lines = [glyph_line(1, 450, 40, "The Weir Mill", 18, bold=True)]
    body = ["The miller ground oats for the whole parish and paid his rent",
            "in flour to the manor, which kept a tally of every sack he sent",
            "up the hill in the long dry summers, and the tally was read out",
            "at the court every Michaelmas before the steward and tenants."]
    for k, text in enumerate(body):
        lines.append(glyph_line(1, 450, 70 + 13 * k, text, 10.0))
    # a visitor panel centred in the page's other third, level with the paragraph, set far off
    for k, text in enumerate(["Weir Mill Trust", "Mill Lane, Upper Ford", "Open Sundays"]):
        lines.append(glyph_line(1, 150, 76 + 13 * k, text, 9.0))
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 842, 595, lines)]), "weir", "/tmp/weir.pdf")
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert " ".join(body) in paragraphs
