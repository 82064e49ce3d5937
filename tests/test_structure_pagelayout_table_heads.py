"""Round 54 (struct69): a font's abbreviated style part read written out ("-Regu", "-ReguItal"); a bold header
row in small type over a table's rows, and the small title over it, are the table's, though text goes on under
the table. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.ingest import pdf
from vitrina.structure import pagelayout
from vitrina.structure.pagelayout import Placed


def test_an_abbreviated_style_part_is_read_written_out() -> None:
    assert pdf._style_words("NimbusRomNo9L-ReguItal") == ["regular", "italic"]
    assert pdf._named_lighter("NimbusSanL-Regu") and pdf._named_lighter("NimbusRomNo9L-ReguItal")
    assert not pdf._named_lighter("NimbusSanL-Bold") and not pdf._named_lighter("NimbusRomNo9L-Medi")
    assert pdf._style_words("Foo-BoldMT") == ["bold", "mt"] and pdf._style_words("Helvetica") == []


def test_without_the_switch_the_abbreviation_is_no_word(monkeypatch) -> None:
    monkeypatch.setitem(pdf.LINE_LIMITS, "abbreviated_styles", 0)
    assert not pdf._named_lighter("NimbusSanL-Regu")


def _cells(top: float, cells: list[str], size: float, bold: bool) -> list[Placed]:
    """One row of the table as one line: a bold header read as a heading, a row as a table line."""
    return [Placed(_row_line(top, cells, size, bold), (1, 0), 40.0, 300.0, kind="heading" if bold else "table")]


def _row_line(top: float, cells: list[str], size: float, bold: bool):
    """A line whose cells start at 40, 100 and 180 points: glyph boxes laid out cell by cell."""
    from vitrina.structure.geometry import TextLine

    boxes: list[float] = []
    chars: list[str] = []
    for x, cell in zip((40.0, 100.0, 180.0), cells, strict=False):
        if chars:
            chars.append(" ")
            last = boxes[-2]
            boxes += [last, top, x, top + size]
        for k, ch in enumerate(cell):
            chars.append(ch)
            boxes += [x + k * size / 2, top, x + (k + 1) * size / 2, top + size]
    return TextLine(1, "".join(chars), boxes, size, bold, False)


def _table(title: bool = True) -> list[Placed]:
    placed = [Placed(glyph_line(1, 40, 100, "and the mill was sold to a brewer", 11), (1, 0), 40.0, 300.0)]
    if title:
        placed.append(Placed(glyph_line(1, 40, 118, "Mills on the river", 8, bold=True), (1, 0), 40.0, 300.0,
                             kind="heading"))
    placed += _cells(130, ["Year", "Owner", "Use"], 7.5, True)
    placed += _cells(141, ["1810", "Ashby", "corn"], 7.5, False)
    placed += _cells(151, ["1846", "Marr", "malt"], 7.5, False)
    placed.append(Placed(glyph_line(1, 40, 170, "who kept it until the war.", 11), (1, 0), 40.0, 300.0))
    return placed


def test_a_header_row_and_its_title_over_table_rows_are_the_tables() -> None:
    placed = _table()
    pagelayout._table_heads(placed, 11.0)
    assert [p.kind for p in placed] == ["body", "table", "table", "table", "table", "body"]


def test_a_header_in_body_type_stays_a_heading() -> None:
    placed = _table(title=False)
    placed[1] = Placed(_row_line(130, ["Year", "Owner", "Use"], 11.0, True), (1, 0), 40.0, 300.0, kind="heading")
    pagelayout._table_heads(placed, 11.0)
    assert placed[1].kind == "heading"


def test_a_one_cell_heading_over_a_wrapped_cell_is_no_header() -> None:
    """A strip's date over its note wrapped in two lines: no other header part level with it."""
    placed = [Placed(glyph_line(1, 40, 130, "c. 1810", 7.5, bold=True), (1, 3), 40.0, 90.0, kind="heading"),
              Placed(glyph_line(1, 40, 141, "Mill built", 7.5), (1, 3), 40.0, 90.0, kind="table"),
              Placed(glyph_line(1, 40, 151, "by Ashby", 7.5), (1, 3), 40.0, 90.0, kind="table")]
    pagelayout._table_heads(placed, 11.0)
    assert placed[0].kind == "heading"


def test_the_switch_off_leaves_the_header_a_heading(monkeypatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "table_heads", 0)
    placed = _table()
    pagelayout._table_heads(placed, 11.0)
    assert placed[2].kind == "heading"
