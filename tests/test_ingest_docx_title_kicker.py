"""DOCX reader: a title in the author's own style under a small kicker line. Built here
with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
from docx.shared import Pt

from vitrina.ingest import docx as docx_reader


def test_the_larger_line_under_a_small_kicker_is_the_title() -> None:
    document = docx.Document()
    kicker = document.add_paragraph()
    run = kicker.add_run("Hall 2 · Tides")
    run.bold, run.font.size = True, Pt(9)
    title = document.add_paragraph()
    big = title.add_run("The Tide Mill: Stones and Sluices")
    big.bold, big.font.size = True, Pt(24)
    document.add_paragraph("The mill ground grain with the ebb of every tide for a century.")
    document.add_paragraph("The Pond", style="Heading 2")
    document.add_paragraph("The pond behind the gate filled as the tide rose and held the water.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "mill.docx")
    assert doc.title == "The Tide Mill: Stones and Sluices"
    assert [s.title for s in doc.sections] == ["The Tide Mill: Stones and Sluices", "The Pond"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "Hall 2 · Tides" not in paragraphs
