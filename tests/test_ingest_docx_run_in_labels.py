"""DOCX reader, round 47 (structset58): bold run-in heads that open on their label and its stop
("**2. The Storm.** In 1881 ...") are sections labelled so; the label's stop ends no sentence
(invented document)."""

from __future__ import annotations

import io

from docx import Document

from vitrina.ingest import docx as docx_reader

_PROSE = "The keepers trimmed the wicks at dusk and wrote the weather in a book before they slept each night."


def _read(heads: list[str]):
    doc = Document()
    doc.add_paragraph("The Harbour Lamps", style="Title")
    doc.add_paragraph(_PROSE)
    for head in heads:
        paragraph = doc.add_paragraph()
        paragraph.add_run(head + " ").bold = True
        paragraph.add_run(_PROSE)
    out = io.BytesIO()
    doc.save(out)
    [read] = docx_reader.read(out.getvalue(), "lamps.docx")
    return read


def test_numbered_run_in_heads_are_labelled_sections() -> None:
    doc = _read(["1. The First Lamp.", "2. Harwich, 1818.", "3. The New Lens."])
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Harbour Lamps"), ("1", "The First Lamp"), ("2", "Harwich, 1818"), ("3", "The New Lens")]
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"] == [_PROSE] * 4


def test_two_sentences_in_bold_are_no_head() -> None:
    doc = _read(["1. The keepers slept. They woke.", "2. The lamp went out. Nobody saw."])
    assert [s.title for s in doc.sections] == ["The Harbour Lamps"]
