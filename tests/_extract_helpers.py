"""Shared helpers for the extraction tests (invented texts only)."""

from __future__ import annotations

from collections.abc import Sequence

from vitrina.model import Document, DocumentBuilder


def make_doc(
    blocks: Sequence[str | tuple[str, str]],
    doc_id: str = "d",
    markup: dict[int, list] | None = None,
) -> Document:
    """A document from blocks; a tuple is ``(kind, text)``."""
    b = DocumentBuilder(doc_id, f"{doc_id}.txt", "text")
    for n, block in enumerate(blocks):
        kind, text = block if isinstance(block, tuple) else ("paragraph", block)
        b.block(kind, text, markup=(markup or {}).get(n, ()))
    return b.build()


def entity_of(doc: Document, surface: str) -> str | None:
    """Entity id of the first mention whose text is ``surface``."""
    return next((m.entity for m in doc.mentions if doc.text[m.start : m.end] == surface), None)


def entity(doc: Document, eid: str | None):
    return next((e for e in doc.entities if e.id == eid), None)
