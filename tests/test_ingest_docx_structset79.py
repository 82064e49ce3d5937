"""DOCX reader, round 58 (structset79): a numbered caption a converter made from a picture's own title
("Figure 1 — " + the title) read without the producer's number (``_without_producer_number``); a callout's
kind printed before its title on the same line ("Note — …", ``callout_kind_leads``); a plain second title
line under the opening heading (``plain_decks``). Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005"
    "0001ff5ad3f7c90000000049454e44ae426082")
ONE = "The ferry crossed the estuary four times a day, carrying carts, cattle and the morning post."
TWO = "Its boatmen were paid by the crossing, and a stormy week could leave a family without bread."
THREE = "A bridge upstream opened in 1934, and the ferry made its last crossing that autumn."
PICTURE = "The ferry's brass bell, cast for the second boat about 1880."
BOX = "Crossings were counted in a ledger kept at the slipway, one line for every trip."


def _read(document) -> docx_reader.Document:
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "ferry.docx")
    return doc


def _captioned(title: str | None) -> docx_reader.Document:
    document = docx.Document()
    document.add_heading("The Estuary Ferry", level=1)
    document.add_paragraph(ONE)
    document.add_heading("The Boatmen", level=2)
    document.add_paragraph(TWO)
    document.add_paragraph().add_run().add_picture(io.BytesIO(PNG))
    if title is not None:
        document.paragraphs[-1]._p.xpath(".//wp:docPr")[0].set("title", title)
    document.add_paragraph(f"Figure 1 \u2014 {PICTURE}", style="Caption")
    document.add_paragraph(THREE)
    return _read(document)


def _captions(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "caption"]


def test_a_caption_made_from_the_pictures_title_drops_the_producers_number() -> None:
    assert _captions(_captioned(PICTURE)) == [PICTURE]


def test_a_numbered_caption_the_picture_does_not_title_keeps_its_number() -> None:
    assert _captions(_captioned(None)) == [f"Figure 1 \u2014 {PICTURE}"]


def test_a_title_that_differs_from_the_caption_leaves_the_number() -> None:
    assert _captions(_captioned("The bell")) == [f"Figure 1 \u2014 {PICTURE}"]


def _boxed(head: str) -> docx_reader.Document:
    document = docx.Document()
    document.add_heading("The Estuary Ferry", level=1)
    document.add_paragraph(ONE)
    document.add_heading("The Boatmen", level=2)
    document.add_paragraph(TWO)
    document.add_heading(head, level=2)
    document.add_paragraph(BOX)
    return _read(document)


@pytest.mark.parametrize("switch, expected", [(1, "Counting the Trips"), (0, "Note \u2014 Counting the Trips")])
def test_a_callout_kind_before_the_boxs_title_is_left_out(monkeypatch, switch: int, expected: str) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "callout_kind_leads", switch)
    titles = [s.title for s in _boxed("Note \u2014 Counting the Trips").sections]
    assert titles[-1] == expected


def test_a_heading_opening_on_another_word_and_a_colon_keeps_it() -> None:
    titles = [s.title for s in _boxed("Tolls: Counting the Trips").sections]
    assert titles[-1] == "Tolls: Counting the Trips"


def _decked(deck: str) -> docx_reader.Document:
    document = docx.Document()
    document.add_paragraph("RIVERSIDE MUSEUM \u00b7 ROOM 2")
    document.add_heading("The Estuary Ferry", level=1)
    document.add_paragraph(deck)
    document.add_paragraph(ONE)
    document.add_heading("The Boatmen", level=2)
    document.add_paragraph(TWO)
    document.add_heading("The Last Crossing", level=2)
    document.add_paragraph(THREE)
    return _read(document)


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("switch", [1, 0])
def test_a_plain_line_reading_as_a_title_under_the_opening_heading_is_its_second_line(
        monkeypatch, switch: int) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "plain_decks", switch)
    doc = _decked("Carts, Cattle and the Morning Post, 1880\u20131934")
    joined = "The Estuary Ferry Carts, Cattle and the Morning Post, 1880\u20131934"
    assert (doc.sections[0].title == joined) is bool(switch)


def test_a_plain_sentence_under_the_opening_heading_stays_a_paragraph() -> None:
    deck = "A crossing that lasted three centuries"
    doc = _decked(deck)
    assert doc.sections[0].title == "The Estuary Ferry"
    assert deck in _paragraphs(doc)
