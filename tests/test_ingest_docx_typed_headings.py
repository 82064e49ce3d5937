"""DOCX reader, a document typed without heading styles: a framed side-bar's heading does
not make the body's headings styled ones; a numbered label, a tab, then the title is the
heading's label; notes typed as small paragraphs at the end, their numbers raised as calls
in the text, are notes. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader

BODY = ("The keepers lit the lamp at dusk and trimmed its wick through the night, and in the morning"
        " they wrote the weather in the log.")
NOTE = "1 The log is kept in the harbour office."


def _para(document, text: str, size: float, bold: bool = False, italic: bool = False):
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.font.size, run.bold, run.italic = Pt(size), bold, italic
    return paragraph


def _frame(paragraph) -> None:
    frame = OxmlElement("w:framePr")
    frame.set(qn("w:w"), "3000")
    frame.set(qn("w:xAlign"), "right")
    paragraph._p.get_or_add_pPr().append(frame)


def _heading(document, label: str, title: str) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(label)
    run.font.size, run.bold = Pt(15), True
    run.add_tab()
    run = paragraph.add_run(title)
    run.font.size, run.bold = Pt(15), True


def _document() -> bytes:
    document = docx.Document()
    title = _para(document, "The Harbour Lamp:", 26, bold=True)
    title.runs[0].add_break(WD_BREAK.LINE)
    title.add_run("A Keeper's Year").font.size = Pt(26)
    title.runs[1].bold = True
    _frame(_para(document, "Who Paid for the Oil?", 12, bold=True))
    _frame(_para(document, "The harbour board paid for the oil, and the town paid the keeper's wage.", 10))
    _heading(document, "Week 1", "The Tower")
    paragraph = _para(document, BODY + " The first keeper was a fisherman", 11)
    call = paragraph.add_run("1")
    call.font.superscript = True
    paragraph.add_run(" from the village.").font.size = Pt(11)
    _heading(document, "Week 3", "The Lamp")
    _para(document, BODY, 11)
    _para(document, NOTE, 8)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_typed_headings_with_tabbed_labels_a_side_bar_and_closing_notes() -> None:
    [doc] = docx_reader.read(_document(), "lamp.docx")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Harbour Lamp: A Keeper's Year"), ("Week 1", "The Tower"), ("Week 3", "The Lamp"),
        (None, "Who Paid for the Oil?"), (None, "Notes")]
    notes = doc.sections[-1]
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.section == notes.id and b.kind == "paragraph"] == [NOTE]


def test_a_short_statement_in_large_bold_type_between_sections_is_a_pull_quote() -> None:
    document = docx.Document()
    _para(document, "The Harbour Lamp", 26, bold=True)
    _para(document, "A lamp on the pier guided the boats home for a hundred years.", 13, italic=True)
    _heading(document, "Week 1", "The Tower")
    _para(document, BODY, 11)
    _para(document, "Nobody on the pier ever saw it go out.", 17, bold=True, italic=True)
    _heading(document, "Week 3", "The Lamp")
    _para(document, BODY, 11)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "lamp.docx")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == ["A lamp on the pier guided the boats home for a hundred years.", BODY, BODY]
