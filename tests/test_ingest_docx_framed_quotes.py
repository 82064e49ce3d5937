"""DOCX reader: a frame holding a quotation alone, with its attribution on the line under
it, is a pull quote shown beside the text -- no side-bar heading, no text -- while a framed
side-bar opening with a short bold line over its text keeps that heading. Documents built
here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK

from vitrina.ingest import docx as docx_reader

from ._docx_helpers import frame

BODY = "The ferry crossed the river twice an hour, and the tolls paid for a new landing stage in stone."
MORE = "When the bridge opened the ferrymen sold their boats and the landing stage became a garden."



def _read(first: str, second: str | None, *, heading_box: bool = False):
    document = docx.Document()
    document.add_paragraph("River Crossings", style="Title")
    document.add_heading("The Ferry", level=1)
    document.add_paragraph(BODY)
    framed = document.add_paragraph()
    run = framed.add_run(first)
    run.bold = run.italic = True
    if second is not None and not heading_box:
        framed.add_run().add_break(WD_BREAK.LINE)
        tail = framed.add_run(second)
        tail.bold = tail.italic = True
    frame(framed, 3000)
    if heading_box and second is not None:
        frame(document.add_paragraph(second), 3000)
    document.add_paragraph(MORE)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "crossings.docx")
    return doc


def _headings(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]


def _shown(doc) -> str:
    return " | ".join(doc.text[b.start : b.end] for b in doc.blocks)


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_framed_quotation_with_its_attribution_is_no_heading_nor_text() -> None:
    doc = _read("\u201cThe river was our road.\u201d", "A ferryman, speaking in old age")
    assert not any("river was our road" in heading for heading in _headings(doc))
    assert _paragraphs(doc) == [BODY, MORE]


def test_switch_off_reads_the_quotation_as_before(monkeypatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "framed_pull_quotes", 0)
    doc = _read("\u201cThe river was our road.\u201d", "A ferryman, speaking in old age")
    assert any("river was our road" in heading for heading in _headings(doc))


def test_framed_side_bar_with_a_heading_keeps_it() -> None:
    doc = _read("Tolls at the Ferry", "A cart paid twopence and a man on foot a halfpenny each way.",
                heading_box=True)
    assert "Tolls at the Ferry" in _headings(doc)


def test_a_quotation_closing_no_sentence_is_not_taken_for_a_pull_quote() -> None:
    doc = _read("\u201cThe river road\u201d", "A ferryman, speaking in old age")
    assert "river road" in _shown(doc)
