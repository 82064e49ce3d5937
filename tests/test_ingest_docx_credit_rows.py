"""DOCX reader, round 49 (structset59): a picture, its caption and its credit set as three rows of
one table: the credit row (a one-line row in a credit style, or reading as a credit line) under
the caption row is the caption's credit, not a paragraph. Documents built here with python-docx
(invented content)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from vitrina.ingest import docx as docx_reader
from vitrina.ingest.docx import DOCX_SWITCHES

BODY = "The lock keeper kept a ledger of every boat that passed, with its cargo and the toll it paid."
CAPTION = "Above: A toll ledger bound in green cloth, open at the week of the great frost."
CREDIT = "Lent by the Canal Society, CS 1840/7"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005"
    "0001ff5ad3f7c90000000049454e44ae426082")


def _read(credit: str, style: str | None) -> tuple[list[tuple[str, str]], list[str]]:
    document = docx.Document()
    if style is not None:
        document.styles.add_style(style, WD_STYLE_TYPE.PARAGRAPH)
    document.add_heading("The Toll House", level=1)
    document.add_paragraph(BODY)
    table = document.add_table(rows=3, cols=1)
    table.rows[0].cells[0].paragraphs[0].add_run().add_picture(io.BytesIO(PNG))
    table.rows[1].cells[0].paragraphs[0].text = CAPTION
    cell = table.rows[2].cells[0].paragraphs[0]
    cell.text = credit
    if style is not None:
        cell.style = document.styles[style]
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "toll.docx")
    blocks = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    return blocks, [text for kind, text in blocks if kind == "paragraph"]


def test_a_credit_styled_row_under_the_caption_row_is_its_credit() -> None:
    blocks, paragraphs = _read(CREDIT, "Credit Row")
    assert ("credit", CREDIT) in blocks
    assert paragraphs == [BODY]


def test_a_credit_line_row_in_no_credit_style_is_the_credit_too() -> None:
    blocks, paragraphs = _read(CREDIT, None)
    assert ("credit", CREDIT) in blocks
    assert paragraphs == [BODY]


def test_a_sentence_row_stays_text() -> None:
    line = "The ledger was found under the floor when the house was mended in 1962."
    blocks, paragraphs = _read(line, None)
    assert ("credit", line) not in blocks


def test_without_the_switch_the_credit_row_is_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "credit_rows", 0)
    blocks, paragraphs = _read(CREDIT, "Credit Row")
    assert ("credit", CREDIT) not in blocks
