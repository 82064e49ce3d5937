"""DOCX reader: section titles set as bold run-in heads opening normal paragraphs ("**The Storm.**
In 1881 ...") in a document with no headings are its sections; one bold opening, a repeated lead
or a bold caption lead is not (invented documents)."""

from __future__ import annotations

import io

from docx import Document

from vitrina.ingest import docx as docx_reader

_PROSE = "The keepers trimmed the wicks at dusk and wrote the weather in a book before they slept each night."


def _read(heads: list[str], headed: bool = False):
    doc = Document()
    doc.add_paragraph("The Harbour Lamps", style="Title")
    doc.add_paragraph(_PROSE)
    if headed:
        doc.add_heading("Keepers", level=1)
    for head in heads:
        paragraph = doc.add_paragraph()
        paragraph.add_run(head + " ").bold = True
        paragraph.add_run(_PROSE)
    out = io.BytesIO()
    doc.save(out)
    [read] = docx_reader.read(out.getvalue(), "lamps.docx")
    return read


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_bold_run_in_heads_are_the_sections() -> None:
    doc = _read(["The First Lamp.", "The Storm:", "The New Lens."])
    assert [s.title for s in doc.sections] == ["The Harbour Lamps", "The First Lamp", "The Storm", "The New Lens"]
    assert _paragraphs(doc) == [_PROSE] * 4


def test_one_bold_opening_is_emphasis() -> None:
    doc = _read(["The Storm."])
    assert [s.title for s in doc.sections] == ["The Harbour Lamps"]


def test_a_repeated_bold_lead_is_no_heading() -> None:
    doc = _read(["Note.", "Note.", "Note."])
    assert [s.title for s in doc.sections] == ["The Harbour Lamps"]


def test_bold_sentences_and_caption_leads_are_no_heads() -> None:
    doc = _read(["The keepers slept.", "Above:", "Photo:"])
    assert [s.title for s in doc.sections] == ["The Harbour Lamps"]


def test_a_document_with_headings_keeps_its_bold_openings_as_text() -> None:
    doc = _read(["The First Lamp.", "The Storm."], headed=True)
    assert [s.title for s in doc.sections] == ["The Harbour Lamps", "Keepers"]


def _read_under_labels(heads: list[str], word: str = "Walk") -> object:
    """A document with headings: each unit a Heading 3 holding only its label ("Walk 1"),
    then a paragraph opening with a bold run-in head."""
    doc = Document()
    doc.add_paragraph("The Harbour Lamps", style="Title")
    doc.add_paragraph(_PROSE)
    for n, head in enumerate(heads, start=1):
        doc.add_heading(f"{word} {n}", level=3)
        paragraph = doc.add_paragraph()
        paragraph.add_run(head + " ").bold = True
        paragraph.add_run(_PROSE)
    out = io.BytesIO()
    doc.save(out)
    [read] = docx_reader.read(out.getvalue(), "lamps.docx")
    return read


def test_run_in_heads_under_label_headings_title_the_labelled_units() -> None:
    doc = _read_under_labels(["The First Lamp.", "The Storm.", "The New Lens."])
    assert [(s.label, s.title) for s in doc.sections][1:] == [
        ("Walk 1", "The First Lamp"), ("Walk 2", "The Storm"), ("Walk 3", "The New Lens")]
    assert _paragraphs(doc) == [_PROSE] * 4


def test_one_run_in_head_under_a_label_heading_stays_text() -> None:
    doc = _read_under_labels(["The First Lamp."])
    assert [s.title for s in doc.sections][1:] == ["Walk 1"]
    assert _paragraphs(doc)[1].startswith("The First Lamp.")
