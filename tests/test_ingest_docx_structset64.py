"""DOCX reader, round 50 (structset64): an ornament paragraph ("✻ ✻ ✻") is no text; a unit's label in
capitals alone over a heading ("DRAWER II") labels it; a short italic line under the Title paragraph is
the title's deck; a bulleted facts list of "Label: value" items is a table; a dash line under a
displayed quotation goes with it. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

ONE = "The mill turned for two hundred years, grinding oats for the farms along the valley floor."
TWO = "Its wheel was rebuilt in iron after a flood, and the miller kept a ledger of every sack."
THREE = "The last miller retired in 1952 and the building became a store for the village hall."
QUOTE = "“A wheel that never stopped for anything but ice.”"


def _document(*, deck_italic: bool = True) -> bytes:
    document = docx.Document()
    document.add_paragraph("The Valley Mill", style="Title")
    deck = document.add_paragraph()
    deck.add_run("Grinding Oats, 1750–1952").italic = deck_italic
    document.add_paragraph(ONE)
    for fact in ("Built: 1750", "Wheel: iron, rebuilt 1861", "Closed: 1952"):
        document.add_paragraph(fact, style="List Bullet")
    for label, title, text in (("DRAWER I", "The Wheel", TWO), ("DRAWER II", "The Ledger", THREE)):
        ornament = document.add_paragraph("✻ ✻ ✻")
        ornament.alignment = WD_ALIGN_PARAGRAPH.CENTER
        mark = document.add_paragraph()
        mark.add_run(label).bold = True
        mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
        document.add_heading(title, level=1)
        document.add_paragraph(text)
        if label == "DRAWER I":
            quote = document.add_paragraph()
            quote.add_run(QUOTE).italic = True
            quote.paragraph_format.left_indent = docx.shared.Inches(0.5)
            source = document.add_paragraph("— Ada Reeve, miller’s daughter")
            source.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            document.add_paragraph(TWO.replace("Its wheel", "The race"))
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _read(**kwargs):
    [doc] = docx_reader.read(_document(**kwargs), "mill.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_labels_in_capitals_ornaments_and_the_deck() -> None:
    doc = _read()
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Valley Mill Grinding Oats, 1750–1952"), ("Drawer I", "The Wheel"), ("Drawer II", "The Ledger")]
    paragraphs = _paragraphs(doc)
    assert not any("✻" in text for text in paragraphs)
    assert not any(text.startswith(("Built:", "Closed:")) for text in paragraphs)  # the facts list is a table
    assert not any("Ada Reeve" in text for text in paragraphs)  # the quote's source goes with it
    assert ONE in paragraphs and THREE in paragraphs


def test_a_plain_line_under_the_title_is_no_deck() -> None:
    assert _read(deck_italic=False).sections[0].title == "The Valley Mill"


@pytest.mark.parametrize("switch", ["ornaments", "capitals_labels", "quote_attributions"])
def test_each_switch_off(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, switch, 0)
    doc = _read()
    paragraphs = _paragraphs(doc)
    if switch == "ornaments":
        assert any("✻" in text for text in paragraphs)
    elif switch == "capitals_labels":
        assert [s.label for s in doc.sections][1:] == [None, None]
    else:
        assert any("Ada Reeve" in text for text in paragraphs)


def test_facts_list_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_LIMITS, "field_list_items", 0)
    assert "Built: 1750" in _paragraphs(_read())
