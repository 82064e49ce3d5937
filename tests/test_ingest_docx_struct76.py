"""DOCX reader, round 57 (struct76): a shaded side-bar closing the document is judged as one inside it
(``closing_boxes_judged``); its first line heads it when set larger than the rest though a writer unset its
bold (``box_heads_by_size``); a list's last item over that heading is no label (``list_items_no_labels``).
Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

BODY = "The canal company opened its first basin in 1794 and dug three more within a decade."
ITEMS = ["Leeds, 1850", "York, 1852"]
BOX_TITLE = "A Bridge Remembered"
BOX_TEXT = ("A plaque on the towpath, unveiled in 1901, names the engineer who raised the iron bridge there and"
            " the two masons who cut its abutments from the quarry above the lock.")


def _shade(paragraph, fill: str = "E8E0C8") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    paragraph._p.get_or_add_pPr().append(shd)


def _document(title_size: float = 11, text_size: float = 9) -> docx.document.Document:
    document = docx.Document()
    document.add_heading("The Canal Basins", level=1)
    document.add_paragraph(BODY)
    for item in ITEMS:
        document.add_paragraph(item, style="List Bullet")
    head = document.add_paragraph()
    run = head.add_run(BOX_TITLE)
    run.bold = False  # a writer's explicit "not bold" over the style
    run.font.size = Pt(title_size)
    _shade(head)
    text = document.add_paragraph()
    text.add_run(BOX_TEXT).font.size = Pt(text_size)
    _shade(text)
    return document


def _read(document: docx.document.Document):
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "canal.docx")
    return doc


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(section.label, section.title) for section in doc.sections]


def test_a_closing_side_bar_is_a_section_of_its_own() -> None:
    doc = _read(_document())
    assert _sections(doc)[-1] == (None, BOX_TITLE)
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[-1] == BOX_TEXT
    assert BOX_TITLE not in paragraphs


def test_a_box_line_no_larger_than_the_rest_heads_nothing() -> None:
    doc = _read(_document(title_size=9))
    assert BOX_TITLE not in [title for _, title in _sections(doc)]


@pytest.mark.parametrize("switch", ["closing_boxes_judged", "box_heads_by_size"])
def test_box_switches(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, switch, 0)
    doc = _read(_document())
    assert BOX_TITLE not in [title for _, title in _sections(doc)]


def test_list_items_no_labels_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "list_items_no_labels", 0)
    doc = _read(_document())
    assert _sections(doc)[-1] == (ITEMS[-1], BOX_TITLE)
