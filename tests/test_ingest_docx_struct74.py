"""DOCX reader, round 56 (struct74): a paragraph of one sign repeated however long ("─────…", a rule
typed across the page between panels) is no text, as a short ornament is (``DOCX_SWITCHES["typed_rules"]``).
Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

ONE = "The ferry crossed the estuary twice a day until the bridge opened in the spring of 1936."
TWO = "Its last skipper kept the bell, which now hangs in the museum beside his logbooks."


def _paragraphs(rule: str) -> list[str]:
    document = docx.Document()
    document.add_heading("The Estuary Ferry", level=1)
    document.add_paragraph(ONE)
    document.add_paragraph(rule)
    document.add_paragraph(TWO)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "ferry.docx")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("rule", ["─" * 30, "_" * 40, "* * *"])
def test_a_typed_rule_is_no_text(rule: str) -> None:
    assert _paragraphs(rule) == [ONE, TWO]


def test_typed_rules_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "typed_rules", 0)
    assert _paragraphs("─" * 30) == [ONE, "─" * 30, TWO]
