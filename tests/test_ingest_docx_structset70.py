"""DOCX reader, round 53 (structset70): a run-in head labelled by a unit word and a number written as a word
("**Part Two: The Press.**", ``_captions.WORDED_LEADS``); empty paragraphs between a caption set above its
picture, the picture and its credit (``blank_paragraphs_skipped``); notes as list items printing no number
under a bold "Notes", as many as the raised calls (``unnumbered_listed_notes``). Documents built here with
python-docx (invented content)."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from docx.shared import Pt

from vitrina.ingest import _captions
from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005"
    "0001ff5ad3f7c90000000049454e44ae426082")
ONE = "The orchard was planted on the south slope in rows of twelve trees, each one grafted by hand in spring."
TWO = "Its apples were pressed in the barn every October, and the cider was sold at the county fair for a penny."
THREE = "The last tenant left in 1961, and the barn became a store for the village hall and its chairs."
CAPTION = "Below: A wooden cider press with its screw and oak bed, rebuilt for the exhibition."
CREDIT = "Lent by the Hollins Rural Trust, HRT 1977.12"
NOTE = "The fair's accounts survive only from 1890 onwards."


def _document() -> bytes:
    document = docx.Document()
    title = document.add_paragraph()
    title.add_run("The Hillside Orchard").bold = True
    title.runs[0].font.size = Pt(26)
    document.add_paragraph(ONE)
    for head, text in (("Part One: Planting.", ONE.replace("orchard", "first row")),
                       ("Part Two: The Press.", TWO), ("Part Three: The Last Tenant.", THREE)):
        paragraph = document.add_paragraph()
        paragraph.add_run(head + " ").bold = True
        paragraph.add_run(text)
        if head.startswith("Part Two"):
            paragraph.add_run("1").font.superscript = True
            caption = document.add_paragraph()
            caption.add_run(CAPTION).italic = True
            document.add_paragraph()
            document.add_paragraph().add_run().add_picture(io.BytesIO(PNG))
            document.add_paragraph()
            document.add_paragraph(CREDIT)
            document.add_paragraph(TWO.replace("Its apples", "The pears"))
    document.add_paragraph().add_run("Notes").bold = True
    document.add_paragraph(NOTE, style="List Number")
    buf = io.BytesIO()
    document.save(buf)
    return _undefined_numbering(buf.getvalue())


def _undefined_numbering(data: bytes) -> bytes:
    """The package with its list paragraphs naming a numbering its numbering part does not define."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = re.sub(rb'<w:numId w:val="\d+"/>', b'<w:numId w:val="77"/>', content)
            if item.filename == "word/styles.xml":
                content = re.sub(rb'<w:numId w:val="\d+"/>', b'<w:numId w:val="77"/>', content)
            target.writestr(item, content)
    return out.getvalue()


def _read():
    [doc] = docx_reader.read(_document(), "orchard.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_worded_labels_the_caption_over_its_picture_and_the_listed_note() -> None:
    doc = _read()
    assert [(s.label, s.title) for s in doc.sections][1:4] == [
        ("One", "Planting"), ("Two", "The Press"), ("Three", "The Last Tenant")]
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.position == "Below" and caption.credit == CREDIT
    notes = doc.sections[-1]
    assert notes.title == "Notes" and NOTE not in _paragraphs(doc)[:-1]
    body = [b for b in doc.blocks if b.kind == "paragraph" and b.section != notes.id]
    assert NOTE not in [" ".join(doc.text[b.start : b.end].split()) for b in body]


def test_without_worded_leads_the_heading_keeps_its_label(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_captions, "WORDED_LEADS", 0)
    assert "Part Two: The Press" in [s.title for s in _read().sections]


def test_without_blank_paragraphs_skipped_the_caption_is_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "blank_paragraphs_skipped", 0)
    doc = _read()
    assert not [b for b in doc.blocks if b.kind == "caption"]


def test_without_unnumbered_listed_notes_the_note_is_body_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "unnumbered_listed_notes", 0)
    doc = _read()
    body = [b for b in doc.blocks if b.kind == "paragraph" and doc.sections[-1].title != "Notes"]
    assert NOTE in [" ".join(doc.text[b.start : b.end].split()) for b in body]
