"""DOCX reader, round 56 (structset75): a converter that maps "#" to the Title style and "##" to Heading 1
sets the title's second part as the document's one Heading 1 over panels in Heading 2 (``heading_decks``);
a one-sentence paragraph wholly in quotation marks with its source on a dash line, closing its section, is a
pull quote in any style (``closing_sourced_quotes``). Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

LEDE = "The canal carried coal to the mills for a century before the railway took its trade."
BODY = "Horses towed the boats from a path along the bank, and a lock keeper lived at every flight."
MORE = "The last cargo passed in 1952, and volunteers reopened the locks for pleasure boats."
QUOTE = "\u201cWe never saw a boat go by without a child running along the towpath after it.\u201d"
SOURCE = "\u2014 a lock keeper\u2019s daughter, 1960"


def _read(deck: str, second: str = "Heading 2", quote: bool = False) -> docx_reader.Document:
    document = docx.Document()
    document.add_paragraph("Water Roads", style="Title")
    document.add_paragraph(deck, style="Heading 1")
    document.add_paragraph(LEDE)
    document.add_paragraph("Part 1: The Towpath", style=second)
    document.add_paragraph(BODY)
    if quote:
        document.add_paragraph(QUOTE)
        document.add_paragraph(SOURCE)
    document.add_paragraph("Part 2: The Locks Reopened", style=second)
    document.add_paragraph(MORE)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "canal.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_the_one_higher_heading_under_the_title_is_its_second_part() -> None:
    doc = _read("The Grand Union Canal and Its Boats, 1800")
    assert doc.sections[0].title == "Water Roads The Grand Union Canal and Its Boats, 1800"
    assert [(s.label, s.title) for s in doc.sections[1:]] == [("1", "The Towpath"), ("2", "The Locks Reopened")]


def test_a_heading_in_sentence_case_stays_a_heading() -> None:
    doc = _read("How the boats were towed")
    assert "How the boats were towed" in [s.title for s in doc.sections]


def test_a_heading_of_the_sections_own_level_is_no_deck() -> None:
    doc = _read("The Grand Union Canal", second="Heading 1")
    assert "The Grand Union Canal" in [s.title for s in doc.sections]


def test_without_the_switch_the_deck_is_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "heading_decks", 0)
    doc = _read("The Grand Union Canal and Its Boats, 1800")
    assert "The Grand Union Canal and Its Boats, 1800" in [s.title for s in doc.sections]


def test_a_sourced_quotation_closing_a_section_is_a_pull_quote() -> None:
    assert _paragraphs(_read("The Grand Union Canal", quote=True)) == [LEDE, BODY, MORE]


def test_without_the_switch_the_quotation_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "closing_sourced_quotes", 0)
    assert QUOTE in _paragraphs(_read("The Grand Union Canal", quote=True))
