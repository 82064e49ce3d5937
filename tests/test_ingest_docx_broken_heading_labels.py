"""DOCX reader, round 46: a heading paragraph whose first line, ended by a line break, is its
unit's label ("Bay 2" + break + title) is labelled by it; a labelled caption's closing italic
run is its credit; an imprint closing the body in its own type is no text (invented content,
python-docx)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_BREAK

from vitrina.ingest import docx as docx_reader

BODY = "The ferry crossed the estuary four times a day until the new bridge opened in the spring."
HEADS = [("Bay 1", "The Crossing"), ("Bay 2", "Tolls and Tickets"), ("Bay 3", "The Last Sailing")]


def _read(document) -> object:
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "ferry.docx")
    return doc


def _document(caption: bool = False, imprint: bool = False):
    document = docx.Document()
    document.add_heading("The Estuary Ferry", level=0)
    document.add_paragraph(BODY)
    for label, title in HEADS:
        heading = document.add_heading(level=1)
        heading.add_run(label).add_break(WD_BREAK.LINE)
        heading.add_run(title)
        document.add_paragraph(BODY)
    if caption:
        paragraph = document.add_paragraph()
        paragraph.add_run("Above:").bold = True
        paragraph.add_run(" The ferry at the town slip, loaded with carts. ")
        paragraph.add_run("Glass negative: Quay Trust, QT 12.4").italic = True
        document.add_paragraph(BODY)
    if imprint:
        document.add_paragraph().add_run("Quay Museum · Panel texts · Draft 2").italic = True
    return document


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections]


def test_a_label_line_broken_off_in_the_heading_labels_it() -> None:
    doc = _read(_document())  # (the label as the shared label reader gives it: "Bay 2" or its number)
    labelled = [(label.split()[-1], title) for label, title in _sections(doc) if label]
    assert labelled == [(label.split()[-1], title) for label, title in HEADS]


def test_without_the_switch_the_label_stays_in_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "broken_heading_labels", 0)
    doc = _read(_document())
    assert not any(label for label, _title in _sections(doc))
    assert "Bay 2 Tolls and Tickets" in [title for _label, title in _sections(doc)]


def test_a_labelled_captions_closing_italic_run_is_its_credit() -> None:
    doc = _read(_document(caption=True))
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert " ".join(doc.text[caption.start : caption.end].split()) == "The ferry at the town slip, loaded with carts."
    assert caption.position == "Above"
    assert caption.credit == "Glass negative: Quay Trust, QT 12.4"


def test_an_italic_run_that_ends_a_sentence_is_no_credit() -> None:
    document = docx.Document()
    document.add_paragraph(BODY)
    paragraph = document.add_paragraph()
    paragraph.add_run("Above:").bold = True
    paragraph.add_run(" The ferry at the town slip. ")
    paragraph.add_run("Carts wait for the tide.").italic = True
    doc = _read(document)
    assert not any(b.credit for b in doc.blocks if b.kind == "caption")


def test_an_imprint_closing_the_body_in_italics_is_no_text() -> None:
    doc = _read(_document(imprint=True))
    assert "Draft 2" not in doc.text
    assert BODY in " ".join(doc.text.split())


def test_a_closing_sentence_in_italics_stays() -> None:
    document = _document()
    document.add_paragraph().add_run("The ferry still runs in summer · on Sundays only.").italic = True
    doc = _read(document)
    assert "on Sundays only." in doc.text
