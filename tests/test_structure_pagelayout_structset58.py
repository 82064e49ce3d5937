"""Page layout, round 47 (structset58): a key of captions gathered on the facing page, each entry
a hanging key "(a)" set apart from its italic text and closed by a credit in smaller upright type
with no credit word, the entries spaced apart (``key_credit_type``, ``key_entry_gap``); the keys
set alone on their pictures are no text (``keys_on_pictures``); a kicker in small capitals over a
heading that opens on its own label is no label (``kicker_over_own_label``). Every text is
invented; each test fails with its switch off."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure.pagelayout import LIMITS, _flush_edges

reportlab = pytest.importorskip("reportlab")

WALL = [
    "The harbour wall was built of granite blocks brought by sea from",
    "a quarry on the far side of the bay, each one dressed by hand",
    "before it was lowered into place by a crane on a wooden stage.",
]
LAMP = [
    "The great lamp burned colza oil in six wicks and was turned by a",
    "clockwork train that the keeper wound every four hours through",
    "the night, whatever the weather outside the lantern glass.",
]
KEY = [
    ("a", "The harbour wall from the north pier, drawn for the engineers in 1841.", "Westgate Papers, Folio 9.3"),
    ("b", "A wick trimmer of brass and steel from the lamp room, about 1850.", "Tollbridge Hall, Case 4.11"),
]


def _draw(c, page: int) -> None:
    if page == 1:
        c.setFont("Helvetica-Bold", 22)
        c.drawString(60, 730, "The Harbour Light")
        c.setFillGray(0.8)
        c.rect(60, 560, 200, 120, fill=1, stroke=0)
        c.rect(320, 560, 200, 120, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(66, 666, "(a)")
        c.drawString(326, 666, "(b)")
        y = 520.0
        for kicker, head, lines in (("THE STONE", "3.1 The Harbour Wall", WALL), ("THE LIGHT", "3.2 The Great Lamp", LAMP)):
            c.setFont("Helvetica-Bold", 7)
            c.drawString(60, y, kicker)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y - 18, head)
            y = draw_lines(c, 60, y - 38, lines, size=11, leading=14) - 20
    else:
        draw_lines(c, 60, 700, ["The harbour board still owns the wall and the light, and the lamp room",
                                "is opened to visitors on the first Sunday of every summer month."],
                   size=11, leading=14)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, 216, "Pictures on the facing page")  # the key's heading (``key_heading_words``)
        y = 200.0
        for key, text, credit in KEY:
            c.setFont("Helvetica", 9)
            c.drawString(60, y, f"({key})")
            c.setFont("Helvetica-Oblique", 9)
            c.drawString(82, y, text)
            c.setFont("Helvetica", 7.5)
            c.drawString(82, y - 11, credit)
            y -= 34


def _doc():
    return pdf.read(canvas_pdf(_draw, pages=2), "harbour.pdf")[0]


def test_hanging_keys_with_credits_in_their_own_type_are_captions() -> None:
    doc = _doc()
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [(text, credit) for _, text, credit in KEY]
    assert "(a)" not in doc.text and "(b)" not in doc.text and "facing page" not in doc.text


def test_without_the_type_rule_the_credit_is_no_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "key_credit_type", 0)
    doc = _doc()
    assert [b.credit for b in doc.blocks if b.kind == "caption"] != [credit for _, _, credit in KEY]


def test_a_kicker_over_a_labelled_heading_is_no_label() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections][1:3] == [("3.1", "The Harbour Wall"), ("3.2", "The Great Lamp")]
    assert "THE STONE" not in doc.text


def test_without_the_rule_the_kicker_is_the_label(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "kicker_over_own_label", 0)
    assert [s.label for s in _doc().sections][1:3] != ["3.1", "3.2"]


def test_a_column_of_two_lines_one_indented_keeps_the_left_edge() -> None:
    def line(x: float) -> SimpleNamespace:
        return SimpleNamespace(kind="body", column=(1, 2), line=SimpleNamespace(x0=x))
    assert _flush_edges([line(318.0), line(307.0)]) == {(1, 2): 306.5}  # type: ignore[list-item]



def _cell_lines() -> tuple[list, list[int]]:
    from tests._pdf_helpers import glyph_line
    body = [glyph_line(1, 60, 100 + 14 * k, text, size=10.4) for k, text in enumerate(WALL + LAMP)]
    head = glyph_line(1, 60, 200, "Tide Clerks", size=11.0, bold=True)
    piece = glyph_line(1, 150, 201, "In the harbour office two clerks copied every", size=9.5)
    under = glyph_line(1, 150, 214, "tide reading into a ledger by hand.", size=9.5)
    return [*body, head, piece, under], [len(body) + 1]


def test_a_box_heading_in_its_own_cell_is_cut_from_the_text_beside_it() -> None:
    from vitrina.ingest.pdf import _margin_pieces_kept
    lines, cuts = _cell_lines()
    assert [line.text for line in _margin_pieces_kept(lines, cuts)][-3:] == [
        "Tide Clerks", "In the harbour office two clerks copied every", "tide reading into a ledger by hand."]


def test_without_the_rule_the_heading_runs_into_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.ingest.pdf import LINE_LIMITS, _margin_pieces_kept
    monkeypatch.setitem(LINE_LIMITS, "cell_text_cut", 0)
    lines, cuts = _cell_lines()
    assert _margin_pieces_kept(lines, cuts)[-2].text.startswith("Tide Clerks In the harbour")



def _columns_and_strip() -> tuple[list, list]:
    from tests._pdf_helpers import glyph_line
    above = [glyph_line(1, x, 100 + 14 * k, "the ferry crossed the estuary", size=11.0)
             for x in (60, 240, 420) for k in range(8)]
    under = [glyph_line(1, 60, 260, "THE STOPS, SPRING 1880", size=10.0, bold=True)]
    under += [glyph_line(1, x, 290, str(n), size=28.0, bold=True) for n, x in enumerate((70, 190, 300, 440, 540), 1)]
    return above, under


def test_a_numbered_row_under_the_columns_is_a_strip_across_them() -> None:
    from vitrina.structure.pagelayout import _strip_under
    above, under = _columns_and_strip()
    assert _strip_under(above, under, 11.0)
    assert not _strip_under(above, under[:3], 11.0)  # (two numbers level: no row across the columns)
    from tests._pdf_helpers import glyph_line
    heads = [glyph_line(1, x, 290, f"{n} The Pier and the Crossing", size=16.0, bold=True)
             for n, x in enumerate((60, 240, 420), 1)]
    assert not _strip_under(above, heads, 11.0)  # (a row of section headings over the columns' next part)


def test_without_the_rule_no_strip(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.pagelayout import _strip_under
    monkeypatch.setitem(LIMITS, "strip_row", 0)
    assert not _strip_under(*_columns_and_strip(), 11.0)
