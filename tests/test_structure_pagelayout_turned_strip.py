"""A wall panel's picture with its caption set as a turned strip up its right edge (the
caption's lines, then its credit's, further out), a sentence running on past the picture,
and a timeline band of dates over their events across the foot (a table in note form, no
text). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure import keytables, pagelayout

BEFORE = ["The ferry crossed the estuary four times a day in summer and twice in winter,",
          "carrying carts, cattle and the post. In a hard frost the crossing took"]
AFTER = ["nearly an hour, and the ferryman broke the ice at the slipway with a pole.",
         "The service ended when the bridge opened upstream."]
CAPTION = ["Right: The ferry at the north slipway", "with a cart on board, about 1905."]
CREDIT = ["Photo: Estuary Village Society,", "EVS 1905/7"]
SIDE = ["The ferryman's bell", "hung by the inn door", "and any traveller", "could ring it to call", "the boat across.", "",
        "Fares were a penny", "for a walker and", "sixpence for a cart,", "paid at the slipway."]
BAND = [("1872", ["Ferry licence", "granted"]), ("Mar 1895", ["New slipway"]), ("4 Jun 1905", ["Cart ferry"]),
        ("1931", ["Bridge opens"])]


def _panel(band: bool = True) -> bytes:
    pytest.importorskip("reportlab")

    def draw(c, _number: int) -> None:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(50, 740, "The Estuary Ferry")
        y = draw_lines(c, 50, 700, BEFORE, font="Helvetica", size=10, leading=13)
        c.setFillGray(0.8)
        c.rect(50, y - 200, 380, 190, stroke=0, fill=1)  # the picture, as wide as the text
        c.setFillGray(0)
        x = 438
        for lines, font in ((CAPTION, "Helvetica"), (CREDIT, "Helvetica-Oblique")):
            for line in lines:
                c.saveState()
                c.translate(x, y - 200)
                c.rotate(90)  # reading up the picture's edge
                c.setFont(font, 8)
                c.drawString(0, 0, line)
                c.restoreState()
                x += 10
            x += 4  # (the credit's lines further from the picture than a turned line's reach)
        draw_lines(c, 50, y - 216, AFTER, font="Helvetica", size=10, leading=13)
        draw_lines(c, 480, 690, SIDE, font="Helvetica", size=9, leading=12)  # a narrow column beside
        if band:
            c.setFont("Helvetica", 8)
            c.drawString(50, 170, "KEY DATES")
            for k, (date, event) in enumerate(BAND):
                c.setFont("Helvetica", 11)
                c.drawString(50 + 120 * k, 155, date)
                draw_lines(c, 50 + 120 * k, 142, event, font="Helvetica", size=8, leading=10)

    return canvas_pdf(draw)


def _blocks(data: bytes) -> list[tuple[str, str, str | None]]:
    doc = pdf.read(data, "/tmp/panel.pdf")[0]
    return [(b.kind, " ".join(doc.text[b.start:b.end].split()), b.credit) for b in doc.blocks]


def test_the_turned_strip_is_the_pictures_caption_with_its_credit():
    captions = [(text, credit) for kind, text, credit in _blocks(_panel()) if kind == "caption"]
    assert captions == [("The ferry at the north slipway with a cart on board, about 1905.",
                         "Photo: Estuary Village Society, EVS 1905/7")]


def test_the_sentence_goes_on_past_the_picture():
    paragraphs = [text for kind, text, _ in _blocks(_panel()) if kind == "paragraph"]
    assert any("the crossing took nearly an hour" in text for text in paragraphs)


def test_without_the_rule_the_sentence_parts_at_the_picture(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "figure_uncaptioned", 0)
    monkeypatch.setitem(pagelayout.LIMITS, "paragraphs_over_boxes", 0)  # (round 52: that rule would mend the cut too)
    assert not any("the crossing took nearly an hour" in text for _, text, _ in _blocks(_panel()))


def test_without_the_rule_the_strip_loses_its_credit(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "upright_turned_captions", 0)
    assert "Photo: Estuary Village Society, EVS 1905/7" not in [credit for _, _, credit in _blocks(_panel())]


def test_a_band_of_dates_over_events_is_a_table_with_its_title():
    blocks = _blocks(_panel())
    assert not any("KEY DATES" in text or "Bridge opens" in text for kind, text, _ in blocks if kind != "table")


def test_without_the_rule_the_band_is_read_as_text(monkeypatch):
    monkeypatch.setitem(keytables.LIMITS, "dated_across", 0)
    blocks = _blocks(_panel())
    assert any("1931" in text for kind, text, _ in blocks if kind != "table")


def test_dates_over_sentences_are_no_table():
    """A row of dates over events written as sentences is text (the timeline convention)."""
    from vitrina.structure.geometry import TextLine

    def line(text: str, x0: float, top: float, size: float) -> TextLine:
        boxes = [v for i in range(len(text)) for v in (x0 + size / 2 * i, top, x0 + size / 2 * (i + 1), top + size)]
        return TextLine(1, text, boxes, size, False, False)

    lines = []
    for k, (date, event) in enumerate(BAND[:3]):
        lines.append(line(date, 50 + 120 * k, 100, 9))
        lines.append(line(event[0] + ".", 50 + 120 * k, 112, 7))
    assert keytables.key_table_lines(lines) == set()
