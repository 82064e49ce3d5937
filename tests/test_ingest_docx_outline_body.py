"""DOCX reader, a producer writing outline levels on its body text: every paragraph in one style
with direct formatting, the headings marked only by ``w:outlineLvl`` 2 and every body paragraph by
``w:outlineLvl`` 0 (as a converter from ODF does). The level the prose carries is the body's; the
headings, the deck under the title, a question heading of a side-bar and an italic credit line
under a caption are known by their type. Documents built here with python-docx and raw
``w:outlineLvl`` elements (invented content)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader

BODY = [
    "The ferry crossed the estuary four times a day, and in a hard winter the ice closed the channel for weeks.",
    "The ferrymen kept a log of every crossing, with the weather, the tide and the number of passengers carried.",
    "When the bridge opened upstream the crossings fell away, and the last boat was sold to a boatyard for scrap.",
    "The landing stage still stands, though the timber has been replaced twice since the service ended.",
]
CAPTION = "The ferry at the landing stage in a hard frost, from a glass negative."
CREDIT = "Glass negative lent by the Quay History Society, QHS 17"
SIDE = "The crossing was a little under a mile at high water, and the boat took about twelve minutes to make it."


def _para(document, text: str, size: float | None = None, bold: bool = False, italic: bool = False,
          outline: int | None = None):
    paragraph = document.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
    if outline is not None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        paragraph._p.get_or_add_pPr().append(level)
    return paragraph


def _document() -> bytes:
    document = docx.Document()
    _para(document, "The River Ferry", 28, bold=True)
    _para(document, "Crossing the Estuary, 1880–1930", 16, italic=True)
    _para(document, "For fifty years a ferry was the only way across the estuary below the town, and it carried "
                    "workers, cattle and the post.", 12)
    _para(document, "Room 1", 9, bold=True, outline=0)
    _para(document, "The Boat and Its Crew", 15, bold=True, outline=2)
    _para(document, BODY[0], outline=0)
    _para(document, BODY[1], outline=0)
    _para(document, "", 9, outline=0)  # where a picture stood: the converter dropped it
    caption = _para(document, "", 9, outline=0)
    caption.add_run("Below:").bold = True
    caption.add_run(" " + CAPTION).font.size = Pt(9)
    _para(document, CREDIT, 9, italic=True, outline=0)
    _para(document, "Room 2", 9, bold=True, outline=0)
    _para(document, "The Bridge Upstream", 15, bold=True, outline=2)
    _para(document, BODY[2], outline=0)
    _para(document, BODY[3], outline=0)
    _para(document, "How Long Did It Take?", 12, bold=True, outline=0)
    _para(document, SIDE, 10, outline=0)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _read():
    [doc] = docx_reader.read(_document(), "ferry.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_the_outline_level_the_prose_carries_is_the_body_text() -> None:
    doc = _read()
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The River Ferry Crossing the Estuary, 1880–1930"), ("1", "The Boat and Its Crew"),
        ("2", "The Bridge Upstream"), (None, "How Long Did It Take?")]
    assert all(text in _paragraphs(doc) for text in BODY)


def test_with_the_switch_off_every_body_paragraph_is_a_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "body_outline", 0)
    doc = _read()
    assert BODY[0] in [s.title for s in doc.sections]


def test_a_deck_in_display_type_under_the_title_is_its_second_part(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read().sections[0].title == "The River Ferry Crossing the Estuary, 1880–1930"
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "deck_by_type", 0)
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "italic_decks", 0)  # (an italic deck is one by its slant too)
    assert _read().sections[0].title == "The River Ferry"


def test_a_question_in_title_case_set_as_a_heading_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "How Long Did It Take?" in [s.title for s in _read().sections]
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "question_heads", 0)
    doc = _read()
    assert "How Long Did It Take?" not in [s.title for s in doc.sections]
    assert "How Long Did It Take?" in _paragraphs(doc)


def test_a_sentence_in_bold_ending_on_a_question_mark_stays_text() -> None:
    document = docx.Document()
    _para(document, "The River Ferry", 28, bold=True)
    _para(document, "The Boat", 15, bold=True, outline=1)
    _para(document, BODY[0])
    _para(document, "Would you cross in winter?", 11, bold=True)
    _para(document, BODY[1])
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "ferry.docx")
    assert "Would you cross in winter?" not in [s.title for s in doc.sections]


def test_an_italic_line_under_a_labelled_caption_is_its_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _read()
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (doc.text[caption.start : caption.end], caption.position, caption.credit) == (CAPTION, "Below", CREDIT)
    assert CREDIT not in _paragraphs(doc)
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "credits_by_type", 0)
    assert not [b for b in _read().blocks if b.kind == "caption"]
