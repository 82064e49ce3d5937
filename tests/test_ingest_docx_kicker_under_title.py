"""DOCX reader, round 48 (structset60): a plain paragraph right under the Title reading as an
imprint ("River Rooms · Case 4 · Ferries") is the title's kicker set under it, no paragraph of
text; a sentence there stays text. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

BODY = "The ferry crossed the river twice an hour, and the tolls paid for a new landing stage in stone."
MORE = "When the bridge opened the ferrymen sold their boats and the landing stage became a garden."


def _paragraphs(under: str) -> list[str]:
    document = docx.Document()
    document.add_paragraph("River Crossings", style="Title")
    document.add_paragraph(under)
    document.add_paragraph(BODY)
    document.add_heading("The Bridge", level=1)
    document.add_paragraph(MORE)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "crossings.docx")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_an_imprint_under_the_title_is_its_kicker() -> None:
    assert _paragraphs("River Rooms · Case 4 · Ferries") == [BODY, MORE]


def test_a_sentence_under_the_title_stays_text() -> None:
    lede = "The river was crossed by boat for six hundred years."
    assert _paragraphs(lede)[0] == lede


def test_without_the_switch_the_kicker_is_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "kickers_under_title", 0)
    assert _paragraphs("River Rooms · Case 4 · Ferries")[0] == "River Rooms · Case 4 · Ferries"
