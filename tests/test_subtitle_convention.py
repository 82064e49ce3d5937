"""The subtitle convention every reader follows (round 33, ``cues.title_deck``): a deck under a
title in one part that reads as a title (title case, no sentence) is the title's second part; a
deck in sentence case, or under a title parted by a colon already, stays apart as a heading block,
never body text. DOCX (Word's Subtitle style) and HTML (a line right after the ``<h1>``, an
``<hgroup>``); the PDF reader's own tests are ``test_structure_pagelayout_title_decks.py``.
Invented texts."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import docx as docx_reader
from vitrina.ingest import html
from vitrina.structure.cues import CUE_LIMITS, title_deck

BODY = "The pier was built for the steamers that brought visitors down the coast each summer."
CASES = [
    ("Lanterns on the Pier", "Saltby, August 1902", "Lanterns on the Pier Saltby, August 1902"),
    ("Lanterns on the Pier", "The lamps of a seaside town, 1902", "Lanterns on the Pier"),
    ("Lanterns: The Pier at Saltby", "Lamps, Steamers and Sprats", "Lanterns: The Pier at Saltby"),
    ("Lanterns:", "The Pier at Saltby, 1902", "Lanterns: The Pier at Saltby, 1902"),
]


def test_title_deck() -> None:
    assert title_deck("Lanterns on the Pier", "Saltby, August 1902")
    assert not title_deck("Lanterns on the Pier", "The lamps of a seaside town")
    assert not title_deck("Lanterns: The Pier", "Saltby, August 1902")
    assert not title_deck("Lanterns on the Pier", "Saltby Remembers.")


def test_a_title_ending_on_a_colon_takes_its_deck(monkeypatch: pytest.MonkeyPatch) -> None:
    assert title_deck("Lanterns:", "The pier at Saltby, 1902")  # any case: the colon calls for it
    assert title_deck("Lanterns:", "The Pier at Saltby, 1902")
    assert not title_deck("Lanterns:", "The pier was lit in 1902.")
    monkeypatch.setitem(CUE_LIMITS, "colon_titles", 0)
    assert not title_deck("Lanterns:", "The Pier at Saltby, 1902")


def _headings_and_paragraphs(doc) -> tuple[list[str], list[str]]:
    heads = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    return heads, [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize(("title", "deck", "joined"), CASES)
def test_docx_subtitle_style(title: str, deck: str, joined: str) -> None:
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    document.add_paragraph(deck, style="Subtitle")
    document.add_paragraph(BODY)
    for head in ("The Steamers", "The Lamps"):
        document.add_paragraph(head, style="Heading 1")
        document.add_paragraph(BODY)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "pier.docx")
    heads, paragraphs = _headings_and_paragraphs(doc)
    assert doc.sections[0].title == joined
    assert deck not in paragraphs  # never body text
    assert (deck in heads) == (joined == title)


def test_docx_without_the_switch_the_subtitle_is_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "subtitle_style", 0)
    document = docx.Document()
    document.add_paragraph("Lanterns on the Pier", style="Title")
    document.add_paragraph("Saltby, August 1902", style="Subtitle")
    document.add_paragraph(BODY)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "pier.docx")
    assert "Saltby, August 1902" in _headings_and_paragraphs(doc)[1]


@pytest.mark.parametrize(("title", "deck", "joined"), CASES)
@pytest.mark.parametrize("grouped", [False, True])
def test_html_deck_after_the_h1(title: str, deck: str, joined: str, grouped: bool) -> None:
    head = f"<h1>{title}</h1><p class=\"deck\">{deck}</p>"
    head = f"<hgroup>{head}</hgroup>" if grouped else head
    page = (f"<html><body><article>{head}<p>{BODY}</p><h2>The Steamers</h2><p>{BODY}</p>"
            f"<h2>The Lamps</h2><p>{BODY}</p></article></body></html>")
    [doc] = html.read(page.encode(), "pier.html")
    heads, paragraphs = _headings_and_paragraphs(doc)
    assert doc.sections[0].title == joined
    assert deck not in paragraphs
    assert (deck in heads) == (joined == title)
    if joined != title:  # the title's two parts keep their places in the source
        where = doc.source_map.locate(doc.sections[0].start, doc.sections[0].start + len(title))
        assert where is not None and page[where.start:where.end] == title
