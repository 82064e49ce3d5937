"""DOCX reader, round 52 (structset67): a unit's word and a dotted number alone over a heading ("CASE 2.1")
labels it (``_captions.DOTTED_UNIT_LABELS``); an italic deck under the one Heading 1 is the title's second part
(``sole_top_decks``); a quotation-style sentence with its source on a dash line under it is set apart, no
text (``sourced_style_quotes``); a paragraph naming a style the document does not define keeps that style's
id (a quotation style so named counts). Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io
import re

import docx
import pytest

from vitrina.ingest import _captions
from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

ONE = "The mill turned for two hundred years, grinding oats for the farms along the valley floor."
TWO = "Its wheel was rebuilt in iron after a flood, and the miller kept a ledger of every sack."
THREE = "The last miller retired in 1952 and the building became a store for the village hall."
QUOTE = "A wheel that never stopped for anything but ice."


def _document(undefined_quote_style: bool = False) -> bytes:
    document = docx.Document()
    document.add_heading("The Valley Mill", level=1)
    deck = document.add_paragraph()
    deck.add_run("Grinding Oats, 1750–1952").italic = True
    document.add_paragraph(ONE)
    for label, title, text in (("CASE 2.1", "The Wheel", TWO), ("CASE 2.2", "The Ledger", THREE)):
        mark = document.add_paragraph()
        mark.add_run(label).bold = True
        document.add_heading(title, level=2)
        document.add_paragraph(text)
        if label == "CASE 2.1":
            document.add_paragraph(QUOTE, style="Intense Quote")
            document.add_paragraph("— from the miller’s ledger")
            document.add_paragraph(TWO.replace("Its wheel", "The race"))
    buf = io.BytesIO()
    document.save(buf)
    data = buf.getvalue()
    return _without_quote_style(data) if undefined_quote_style else data


def _without_quote_style(data: bytes) -> bytes:
    """The package with the Intense Quote style's definition taken out of its styles part (the paragraph
    still names it)."""
    source, out = __import__("zipfile").ZipFile(io.BytesIO(data)), io.BytesIO()
    with __import__("zipfile").ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/styles.xml":
                content = re.sub(rb'<w:style [^>]*w:styleId="IntenseQuote".*?</w:style>', b"", content, flags=re.S)
            target.writestr(item, content)
    return out.getvalue()


def _read(**kwargs):
    [doc] = docx_reader.read(_document(**kwargs), "mill.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("undefined", [False, True])
def test_dotted_case_labels_the_deck_and_the_sourced_quote(undefined: bool) -> None:
    doc = _read(undefined_quote_style=undefined)
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Valley Mill Grinding Oats, 1750–1952"), ("CASE 2.1", "The Wheel"), ("CASE 2.2", "The Ledger")]
    paragraphs = _paragraphs(doc)
    assert QUOTE not in paragraphs and not any("ledger" in text and "—" in text for text in paragraphs)
    assert ONE in paragraphs and THREE in paragraphs


def test_without_dotted_unit_labels_the_label_is_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_captions, "DOTTED_UNIT_LABELS", 0)
    assert "CASE 2.1" in _paragraphs(_read())


@pytest.mark.parametrize("switch", ["sole_top_decks", "sourced_style_quotes"])
def test_each_switch_off(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, switch, 0)
    doc = _read(undefined_quote_style=True)  # (the quote with no look of its own: only its style's name tells)
    if switch == "sole_top_decks":
        assert doc.sections[0].title == "The Valley Mill"
    else:
        assert QUOTE in _paragraphs(doc)
