"""DOCX reader, round 43: panels whose converter dropped the heading's style inside a table
cell (a label line, then a heading in the body's own type, then prose) and a paragraph parted by a
nested picture table closed with an empty paragraph. Documents built here with python-docx
(invented content)."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import docx as docx_reader

ONE = "The ropewalk ran for a quarter of a mile along the shore behind the sea wall."
TWO = "Hemp came in by barge from the river and was spun by hand in the long shed."
THREE = "Apprentices walked backwards for hours, feeding the fibre out as the wheel turned."
CUT = "In the wettest winters the whole shed flooded and the spinners worked,"
GOES_ON = "up to their ankles in cold water, until the tide went out again."
CAPTION = "Below: A spinner's wheel from the old shed, about 1880."


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (30, 20), (90, 120, 60)).save(buf, format="PNG")
    return buf.getvalue()


def _panel(document, label: str | None, title: str, texts: list[str], figure: bool = False) -> None:
    """A one-cell table: a label line, a title line set as the text is, its paragraphs; with
    ``figure``, the first paragraph is parted by a nested table of a picture over its caption,
    an empty paragraph after it."""
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    first = cell.paragraphs[0]
    if label is not None:
        first.add_run(label).italic = True
        cell.add_paragraph(title)
    else:
        first.add_run(title)
    for n, text in enumerate(texts):
        cell.add_paragraph(text)
        if figure and n == 0:
            inner = cell.add_table(rows=2, cols=1)
            inner.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(_png()))
            inner.cell(1, 0).paragraphs[0].add_run(CAPTION)
            cell.add_paragraph()
    document.add_paragraph()


def _read(panels: list[tuple[str | None, str, list[str], bool]]):
    document = docx.Document()
    document.add_heading("The Ropewalk by the Sea Wall", level=1)
    document.add_paragraph("How a town spun rope for the navy for two hundred years.")
    for label, title, texts, figure in panels:
        _panel(document, label, title, texts, figure)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "ropewalk.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]


PANELS = [("Stage 1", "The Long Shed", [ONE, TWO], False), ("Stage 2", "Spinning by Hand", [CUT, GOES_ON], True),
          ("Stage 3", "The Last Rope", [THREE, ONE], False)]


def test_plain_lines_under_a_series_of_label_lines_are_the_panels_headings() -> None:
    doc = _read(PANELS)
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("Stage 1", "The Long Shed"), ("Stage 2", "Spinning by Hand"), ("Stage 3", "The Last Rope")]
    assert "The Long Shed" not in _paragraphs(doc)


def test_without_the_switch_the_lines_stay_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "label_line_heads", 0)
    assert "Spinning by Hand" in _paragraphs(_read(PANELS))


def test_one_label_line_alone_makes_no_heading() -> None:
    doc = _read([("Stage 1", "The Long Shed", [ONE, TWO], False), (None, "Spinning by Hand", [THREE], False)])
    assert "The Long Shed" in _paragraphs(doc)


def test_a_paragraph_parted_by_a_nested_picture_table_and_an_empty_line_is_one() -> None:
    doc = _read(PANELS)
    assert f"{CUT} {GOES_ON}" in _paragraphs(doc)
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (doc.text[caption.start:caption.end], caption.position) == (
        "A spinner's wheel from the old shed, about 1880.", "Below")
