"""Copies: a file with the bytes of another kept document is recorded in the exhibit, not only said.

A build keeps a file whose bytes another named file already has once, as a source (``BuildReport.copies``):
the build says so on the terminal, and each build records it in the exhibit's meta table (``COPIES_META``,
{copy's file: the kept document's file}), so the document's page, its JSON twin and the JSON export name the
other files that hold it. An earlier build's record is carried over while the kept document is still in the
exhibit, the copy is not named again (then this build decides) and its file is still there.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable

from vitrina.ingest.member import split_source
from vitrina.store.read import KnowledgeBase, meta_mapping

COPIES_META = "document_copies"


def read_copies(kb: KnowledgeBase) -> dict[str, str]:
    """The exhibit's record of copies: {copy's file: kept document's file}; empty when it has none."""
    return meta_mapping(kb, COPIES_META)


def copies_of(kb: KnowledgeBase, source: str) -> list[str]:
    """The files recorded as copies of the document read from ``source``, sorted."""
    return sorted(copy for copy, kept in read_copies(kb).items() if kept == source)


def merged_copies(earlier: dict[str, str], copies: Iterable[tuple[str, str]], named: set[str],
                  sources: set[str]) -> dict[str, str]:
    """This build's ``copies`` (copy, kept) with ``earlier``'s still true: its kept document is one of the
    exhibit's ``sources``, the copy is not a file this build ``named`` (nor a document's own source) and its
    file still exists."""
    merged = {copy: kept for copy, kept in earlier.items()
              if kept in sources and copy not in named and copy not in sources and _exists(copy)}
    merged.update((copy, kept) for copy, kept in copies if kept in sources)
    return merged


def copies_stage(earlier: dict[str, str], copies: list[tuple[str, str]],
                 named: set[str]) -> Callable[[KnowledgeBase], dict[str, str]]:
    """The derive stage (``store.db.Derive``) that records the copies in the exhibit being written."""

    def remember_copies(kb: KnowledgeBase) -> dict[str, str]:
        sources = {row["source"] for row in kb.document_titles()}
        merged = merged_copies(earlier, copies, named, sources)
        return {COPIES_META: json.dumps(merged, sort_keys=True, ensure_ascii=False)} if merged else {}

    return remember_copies


def _exists(source: str) -> bool:
    """Whether the file (or the archive holding it) is still there, seen from the working folder."""
    split = split_source(source)
    return os.path.lexists(source if split is None else split[0])
