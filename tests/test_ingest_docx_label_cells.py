"""DOCX reader: a two-cell table right after a picture, a position label alone in one cell and
the caption with its credit line in the other, is the picture's caption (no " | " between the
cells); a paragraph the figure parts in mid-sentence is one paragraph again. Documents built
here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_BREAK

from vitrina.ingest import docx as docx_reader

OPEN = "The mill wheel turned for ninety years, and the miller kept a ledger of every sack he ground, but"
GOES_ON = "the ledger was lost in the flood of the wet spring that followed the sale."
CAPTION = "The wheel pit after the water was turned away."
CREDIT = "Photo: Weir Valley Archive"


def _png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (30, 20), (120, 120, 120)).save(buf, format="PNG")
    return buf.getvalue()


def _read(switches: dict[str, int] | None = None, opening: str = OPEN):
    document = docx.Document()
    document.add_heading("The Old Mill", level=1)
    document.add_heading("The Wheel", level=2)
    document.add_paragraph("The mill stood on the weir for two centuries before the railway came.")
    document.add_paragraph(opening)
    document.add_picture(io.BytesIO(_png()))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("Below:").bold = True
    cell = table.cell(0, 1).paragraphs[0]
    cell.add_run(CAPTION)
    cell.add_run().add_break(WD_BREAK.LINE)
    cell.add_run(CREDIT).italic = True
    document.add_paragraph(GOES_ON)
    document.add_heading("The Sale", level=2)
    document.add_paragraph("The family sold the mill to a timber merchant in the autumn.")
    buf = io.BytesIO()
    document.save(buf)
    if switches:
        with pytest.MonkeyPatch.context() as patch:
            for key, value in switches.items():
                patch.setitem(docx_reader.DOCX_SWITCHES, key, value)
            return docx_reader.read(buf.getvalue(), "mill.docx")[0]
    return docx_reader.read(buf.getvalue(), "mill.docx")[0]


def _captions(doc) -> list[tuple[str, str | None, str | None]]:
    return [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]


def _paragraphs(doc) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_label_cell_beside_a_caption_cell_is_the_pictures_caption() -> None:
    assert _captions(_read()) == [(CAPTION, "Below", CREDIT)]


def test_without_the_switch_the_cells_stay_parted() -> None:
    captions = _captions(_read({"label_cells": 0}))
    assert not captions or captions[0][0] != CAPTION


def test_paragraph_parted_by_the_figure_is_joined() -> None:
    assert f"{OPEN} {GOES_ON}" in _paragraphs(_read())


def test_without_the_switch_the_halves_stay_apart() -> None:
    paragraphs = _paragraphs(_read({"figure_parts_paragraph": 0}))
    assert OPEN in paragraphs and GOES_ON in paragraphs


def test_a_paragraph_ending_its_sentence_is_not_joined() -> None:
    closed = OPEN.removesuffix(", but") + "."
    paragraphs = _paragraphs(_read(opening=closed))
    assert closed in paragraphs and GOES_ON in paragraphs


def _read_list(entries: list[str], switches: dict[str, int] | None = None):
    document = docx.Document()
    document.add_heading("The Old Mill", level=1)
    document.add_heading("The Wheel", level=2)
    document.add_paragraph("The mill stood on the weir for two centuries before the railway came.")
    document.add_heading("Milestones", level=3)
    for entry in entries:
        document.add_paragraph(entry, style="List Number")
    document.add_heading("The Sale", level=3)
    document.add_paragraph("The family sold the mill to a timber merchant in the autumn.")
    buf = io.BytesIO()
    document.save(buf)
    with pytest.MonkeyPatch.context() as patch:
        for key, value in (switches or {}).items():
            patch.setitem(docx_reader.DOCX_SWITCHES, key, value)
        return docx_reader.read(buf.getvalue(), "mill.docx")[0]


DATED = ["1702: wheel pit dug", "1788: second pair of stones added", "1891 mill sold to a merchant"]


def test_list_of_dated_notes_is_a_timeline_table_under_its_title() -> None:
    doc = _read_list(DATED)
    titles = [s.title for s in doc.sections]
    assert "Milestones" not in titles and "The Sale" in titles
    assert not any(entry in _paragraphs(doc) for entry in DATED)


def test_without_the_switch_the_dated_notes_stay_text() -> None:
    paragraphs = _paragraphs(_read_list(DATED, {"dated_lists": 0}))
    assert all(entry in paragraphs for entry in DATED)


def test_dated_sentences_stay_text() -> None:
    sentences = [entry + " in the spring." for entry in DATED]
    paragraphs = _paragraphs(_read_list(sentences))
    assert all(entry in paragraphs for entry in sentences)
