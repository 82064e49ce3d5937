"""DOCX reader, round 54 (structset72): a paragraph ending on a colon over list items that are phrases announces
a listing, rows of a table (``announced_list_items``); list items that are sentences stay text. Documents built
here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import docx as docx_reader

ONE = "The orchard was planted on the south slope in rows of twelve trees, each one grafted by hand in spring."
ITEMS = ["Hereford, 1821 (the first catalogue)", "London, 1840 (second edition, with plates)",
         "Ledbury, 1902 (a facsimile, printed by the parish)"]
SENTENCES = ["The trees were grafted in spring.", "The cider was pressed in October.", "The barn was let in 1961."]


def _document(items: list[str]) -> bytes:
    document = docx.Document()
    document.add_heading("The Hillside Orchard", 1)
    document.add_paragraph(ONE)
    document.add_paragraph("Catalogues in this case:")
    for item in items:
        document.add_paragraph(item, style="List Number")
    document.add_paragraph(ONE.replace("orchard", "second orchard"))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _paragraphs(data: bytes) -> list[str]:
    [doc] = docx_reader.read(data, "orchard.docx")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_line_ending_on_a_colon_over_phrases_is_a_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _paragraphs(_document(ITEMS))
    assert not any(item in text for item in ITEMS for text in found)
    assert "Catalogues in this case:" not in found
    monkeypatch.setitem(docx_reader.DOCX_LIMITS, "announced_list_items", 0)
    assert ITEMS[0] in _paragraphs(_document(ITEMS))


def test_list_items_that_are_sentences_stay_text() -> None:
    found = _paragraphs(_document(SENTENCES))
    assert all(any(item in text for text in found) for item in SENTENCES)


def test_items_of_a_sentence_announced_by_prose_stay_text() -> None:
    parts = ["a ladder of oak, twelve rungs long;", "a basket for the fruit;", "and a pruning hook"]
    document = docx.Document(io.BytesIO(_document(parts)))
    document.paragraphs[2].text = "The trees were tended by hand. Each picker carried:"
    buf = io.BytesIO()
    document.save(buf)
    found = _paragraphs(buf.getvalue())
    assert all(any(part in text for text in found) for part in parts)


DECK = "Notes on the orchard, kept by its gardener"


def _decked() -> bytes:
    document = docx.Document()
    document.add_heading("The Hillside Orchard", 1)
    document.add_paragraph().add_run(DECK).italic = True
    document.add_paragraph(ONE)
    for head in ("The Planting", "The Press"):
        document.add_paragraph().add_run(head).bold = True
        document.add_paragraph(ONE.replace("orchard", head.lower()))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_an_italic_deck_under_the_one_styled_heading_is_no_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    assert DECK not in _paragraphs(_decked())
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "sole_styled_top", 0)
    assert DECK in _paragraphs(_decked())
