"""Shared helpers for the ask tests (invented texts only)."""

from __future__ import annotations

from typing import Any

from vitrina.model import Document, DocumentBuilder, Piece, SourceRef


def one_paragraph_document(doc_id: str, paragraphs: list[str]) -> Document:
    """A document of one section and one paragraph made of ``paragraphs``, each one sentence."""
    builder = DocumentBuilder(doc_id, f"{doc_id}.txt", "text")
    builder.section("A", doc_id.title())
    builder.block("paragraph", [Piece(" ".join(paragraphs), SourceRef(0, sum(map(len, paragraphs)), 2))])
    doc = builder.build()
    spans, at = [], 0
    for sentence in paragraphs:
        start = doc.text.index(sentence, at)
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    return doc.evolve(sentences=tuple(spans))


def asked(kb: Any, text: str) -> tuple[Any, Any, Any]:
    """The question ``text`` analysed, with the weights and aliases ask gives its terms in ``kb``."""
    from vitrina.ask import _aliases, _weights
    from vitrina.qa.question import analyse

    q = analyse(text)
    aliases = _aliases(kb, q)
    weights, _missing = _weights(kb, q, kb.sentence_count(), aliases)
    return q, weights, aliases
