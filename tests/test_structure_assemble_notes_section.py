"""The closing notes section: opened once, joining the document's own last section when
that is an unlabelled "Notes" heading. Every text is invented."""

from __future__ import annotations

from vitrina.model import DocumentBuilder
from vitrina.structure.assemble import NOTES_TITLE, open_notes_section


def _titles(builder: DocumentBuilder) -> list[str]:
    return [s.title for s in builder.build().sections]


def test_notes_join_the_documents_own_notes_section() -> None:
    builder = DocumentBuilder("mill", "mill.txt", "text")
    builder.section(None, "The Mill")
    builder.block("paragraph", "The miller ground the grain.")
    builder.section(None, "NOTES")
    builder.block("paragraph", "1 The ledger is lost.")
    open_notes_section(builder)
    builder.block("paragraph", "The mill burned in a dry summer.")
    assert _titles(builder) == ["The Mill", "NOTES"]


def test_notes_open_their_own_section_after_any_other() -> None:
    builder = DocumentBuilder("mill", "mill.txt", "text")
    builder.section("3", "Notes")
    builder.block("paragraph", "The miller kept notes on the weather.")
    open_notes_section(builder)
    builder.block("paragraph", "The mill burned in a dry summer.")
    assert _titles(builder) == ["Notes", NOTES_TITLE]
