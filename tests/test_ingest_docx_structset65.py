"""DOCX reader, round 51 (structset65): a bold label paragraph ("LEG 2") over a paragraph opening
with a bold run-in head labels the unit that head titles, in a document with a heading of its own
(``label_paragraph_run_ins``); a title and subtitle parted by a manual line break count their words
line by line (``broken_lines``); a set-apart quotation followed on its line by its source is a display
quote (``quote_sources``). The document is invented."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader

_PROSE = ("The keepers trimmed the wicks at dusk and wrote the weather in a book before they slept each night, "
          "and the book was sent to the harbour office at the end of every month.")


def _read() -> object:
    doc = Document()
    kicker = doc.add_paragraph().add_run("HARBOUR GALLERY \u00b7 CASE 2")
    kicker.bold, kicker.font.size = True, Pt(8)
    title = doc.add_paragraph()
    main = title.add_run("The Harbour Lamps and Their Keepers on the Coast")
    main.font.size = Pt(26)
    title.add_run().add_break(WD_BREAK.LINE)
    sub = title.add_run("Oil, Wicks and Lenses on the North Coast, 1800 to 1850")
    sub.font.size, sub.italic = Pt(15), True
    doc.add_paragraph().add_run(_PROSE).font.size = Pt(12)
    for number, head in ((1, "The First Lamp."), (2, "A New Lens.")):
        label = doc.add_paragraph().add_run(f"STAGE {number}")
        label.bold, label.font.size = True, Pt(8)
        body = doc.add_paragraph()
        lead = body.add_run(head + " ")
        lead.bold, lead.font.size = True, Pt(10.5)
        body.add_run(_PROSE).font.size = Pt(10.5)
        doc.add_paragraph().add_run(_PROSE).font.size = Pt(10.5)
    quote = doc.add_paragraph()
    quote.paragraph_format.left_indent = Pt(12)
    quote.add_run("\u2018A lamp kept is a ship saved.\u2019").font.size = Pt(10.5)
    quote.add_run("  saying of the keepers, 1820s").font.size = Pt(8)
    doc.add_paragraph().add_run(_PROSE).font.size = Pt(10.5)
    doc.add_heading("Lamps on the Wall", level=2)
    doc.add_paragraph().add_run(_PROSE).font.size = Pt(10.5)
    out = io.BytesIO()
    doc.save(out)
    [read] = docx_reader.read(out.getvalue(), "lamps.docx")
    return read


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label.lower() if s.label else None, s.title) for s in doc.sections]


def test_label_paragraphs_over_run_in_heads(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("stage 1", "The First Lamp") in _sections(_read())
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "label_paragraph_run_ins", 0)
    assert ("stage 1", "The First Lamp") not in _sections(_read())


def test_a_title_over_a_line_break(monkeypatch: pytest.MonkeyPatch) -> None:
    title = "The Harbour Lamps and Their Keepers on the Coast Oil, Wicks and Lenses on the North Coast, 1800 to 1850"
    assert _sections(_read())[0][1] == title
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "broken_lines", 0)
    assert _sections(_read())[0][1] != title


def test_a_quotation_with_its_source_on_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _read()
    assert not any("ship saved" in doc.text[b.start : b.end] for b in doc.blocks)
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "quote_sources", 0)
    doc = _read()
    assert any("ship saved" in doc.text[b.start : b.end] for b in doc.blocks)
