"""Text flowing round a round picture (vitrina.structure.zones.picture_boxes,
pagelayout._inset_captions): a disc set across the gutter of two columns, each column's
lines stopping short of it or starting past it, its caption and credit under it between
the columns. Every text is invented."""

from __future__ import annotations

import math

import pytest

from tests._pdf_helpers import canvas_pdf, glyph_line
from vitrina.ingest import pdf
from vitrina.structure import zones
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import LIMITS, Placed, _Flow

reportlab = pytest.importorskip("reportlab")

LEFT = (
    "The windmill on the common was built of timber on a brick base and turned to face the wind by a long tail "
    "pole that the miller pushed round by hand whenever the weather changed. "
    "Its four sails carried canvas that the miller spread or furled according to the strength of the wind, and "
    "on a stormy night he might climb out along the stocks to take in the cloth before the mill ran away with "
    "itself and set the stones alight. "
    "In a good summer the mill ground barley for the farms around it and wheat for the baker in the village, "
    "and the miller took a share of every sack as his toll. "
    "Farmers brought their grain up the lane in carts and waited in the yard while it was ground, talking over "
    "the prices at the market and the state of the roads, and the children were sent to the top of the bank "
    "to watch for rain coming in from the west over the marsh and the low hills beyond the river. "
    "On feast days the sails were set in the shape of a cross, and when the miller died they stood at rest "
    "with one sail just past the top, so that the whole parish knew the news before the bell was rung."
)
RIGHT = (
    "When steam mills opened in the market town the trade went to them, because they could grind in any weather "
    "and at any hour, and the windmill stood idle for most of the year. "
    "The last miller kept it working for the sake of his father and his grandfather, who had both ground corn in "
    "it, and he opened the doors to visitors on the first Sunday of every month until his sight failed him in "
    "the end. The parish bought the mill for a shilling when he died and the volunteers have kept its sails "
    "turning ever since that winter. "
    "They replaced the worn cogs with new ones cut from apple wood, as the old millwrights did, and once a year "
    "they hoist a sack of wheat to the stone floor and grind it for the harvest supper in the church hall, where "
    "the flour is baked into loaves that are shared out among everyone who helped. "
    "Schools visit in the spring, and the children are shown how the sails are set, how the brake is worked "
    "and how the grain runs down from the hopper to the eye of the stone, before they are given a bag of flour "
    "each to carry home to their kitchens."
)
CAPTION = ["Above: The brake wheel of the common", "mill, cut from one oak in the year the", "mill was raised."]
CREDIT = "Lent by the Common Mill Trust, CMT 12"

CENTRE, RADIUS, TOP = (306.0, 330.0), 80.0, 150.0  # the disc, top-down coordinates
COLUMNS = ((50.0, 294.0), (318.0, 562.0))
LEADING, SIZE = 14.0, 10.5
CAPTION_X = 250.0


def _span(top: float, side: int) -> tuple[float, float]:
    """The measure of a line of the column ``side`` with its top at ``top``, kept clear of
    the disc and of the caption under it."""
    x0, x1 = COLUMNS[side]
    cx, cy = CENTRE
    low, high = top - 1, top + SIZE + 1  # the line's glyph boxes
    if low < cy + RADIUS + 60 and high > cy + RADIUS:  # level with the caption
        return (x0, min(x1, CAPTION_X - 12)) if side == 0 else (max(x0, CAPTION_X + 150), x1)
    dy = min(abs(low - cy), abs(high - cy)) if not low < cy < high else 0.0
    if dy >= RADIUS + 4:
        return x0, x1
    half = math.sqrt((RADIUS + 4) ** 2 - dy**2)
    return (x0, min(x1, cx - half)) if side == 0 else (max(x0, cx + half), x1)


def _set(c, text: str, side: int) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words, top = text.split(), TOP
    while words:
        x0, x1 = _span(top, side)
        line: list[str] = []
        while words and stringWidth(" ".join([*line, words[0]]), "Times-Roman", SIZE) <= x1 - x0:
            line.append(words.pop(0))
        c.setFont("Times-Roman", SIZE)
        c.drawString(x0, 792 - top - SIZE * 0.8, " ".join(line))
        top += LEADING


def _poster(c, _number: int) -> None:
    c.setFont("Helvetica-Bold", 26)
    c.drawString(50, 792 - 90, "Sails on the Common")
    c.setFillGray(0.7)
    c.circle(CENTRE[0], 792 - CENTRE[1], RADIUS, stroke=0, fill=1)
    c.setFillGray(0)
    _set(c, LEFT, 0)
    _set(c, RIGHT, 1)
    y = 792 - (CENTRE[1] + RADIUS + 12) - 7
    c.setFont("Helvetica", 7.5)
    for text in CAPTION:
        c.drawString(CAPTION_X, y, text)
        y -= 9.5
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(CAPTION_X, y, CREDIT)


def _doc():
    return pdf.read(canvas_pdf(_poster), "/tmp/mill.pdf")[0]


def _paragraphs(doc) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_the_caption_under_a_disc_between_the_columns_is_one_caption_with_its_credit() -> None:
    doc = _doc()
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert len(captions) == 1
    assert " ".join(doc.text[captions[0].start : captions[0].end].split()) == " ".join(CAPTION)[len("Above: "):]
    assert captions[0].position == "Above" and captions[0].credit == CREDIT


def test_each_column_reads_on_past_the_caption() -> None:
    assert _paragraphs(_doc()) == [LEFT, RIGHT]


def test_with_the_passes_off_the_caption_cuts_the_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(zones.ZONE_LIMITS, "round_pictures", 0)
    monkeypatch.setitem(LIMITS, "inset_captions", 0)
    assert _paragraphs(_doc()) != [LEFT, RIGHT]  # the right column cut level with the caption


def _line(x: float, top: float, text: str):
    return glyph_line(1, x, top, text, 10.0)


def test_lines_nicking_the_corners_of_a_drawn_box_make_it_a_round_picture() -> None:
    disc = (200.0, 100.0, 400.0, 300.0)
    corners = [_line(40, 105, "x" * 40), _line(380, 290, "y" * 30)]  # ending at 240, starting at 380
    page = PageGeometry(1, 612, 792, corners, regions=[disc])
    assert zones.picture_boxes(page) == [disc]


def test_a_line_through_the_middle_of_the_box_keeps_it_a_frame() -> None:
    box = (200.0, 100.0, 400.0, 300.0)
    lines = [_line(40, 195, "z" * 70)]  # across the box's middle
    assert zones.picture_boxes(PageGeometry(1, 612, 792, lines, regions=[box])) == []
    inside = [_line(40, 105, "x" * 40), _line(210, 200, "w" * 20)]  # a line set inside the box
    assert zones.picture_boxes(PageGeometry(1, 612, 792, inside, regions=[box])) == []


def test_without_wrap_starts_the_first_line_pushed_in_by_the_disc_opens_a_paragraph(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "wrap_starts", 0)
    monkeypatch.setitem(LIMITS, "paragraphs_over_boxes", 0)  # (round 52: that rule would mend the cut too)
    assert len(_paragraphs(_doc())) > 2


def _indented_flow(picture: tuple[float, float, float, float]) -> tuple[_Flow, list[Placed]]:
    texts = ["The sails were furled at dusk and the brake set hard.", "  Next morning the miller found the cap turned."]
    lines = [_line(40, 100, texts[0]), _line(52, 114, texts[1].strip())]  # the second set in by 12 points
    placed = [Placed(line, (1, 0), 40.0, 320.0) for line in lines]
    page = PageGeometry(1, 612, 792, lines, images=[ImageBox(1, picture, (10, 10))])
    return _Flow(placed, split_lines("\n".join(texts)).lines, PdfContent([page])), placed


def test_a_line_set_in_beside_a_picture_is_pushed_in_not_indented() -> None:
    flow, placed = _indented_flow((0.0, 110.0, 48.0, 200.0))  # a picture in the column's edge, level with it
    assert flow._pushed_in(placed[1])


def test_a_scanned_page_behind_the_text_pushes_nothing_in() -> None:
    flow, placed = _indented_flow((0.0, 0.0, 612.0, 792.0))  # the page's picture under its OCR text
    assert not flow._pushed_in(placed[1])
