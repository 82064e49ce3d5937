"""Former document ids: a renamed file's document keeps answering at the id it had.

A document's id is made from its file's name (``ingest.text.document_id``), so renaming the file (same bytes,
``BuildReport.renamed``) gives the document a new id, as a fresh build of the new name would. Citations, links
and bookmarks made with the old id must still lead to it: each build records, in the exhibit's meta table
(``FORMER_IDS_META``), every earlier id of a document that still exists, pointing at its id now — the
earlier build's record carried over, the renames of this build added, chains followed to their end. An id
a document has now is never a former one, and a former id of a document no longer in the exhibit is forgotten.
The web server answers a former id with a permanent redirect (``views.document``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from vitrina.store.read import KnowledgeBase, meta_mapping

FORMER_IDS_META = "former_document_ids"


def read_former_ids(kb: KnowledgeBase) -> dict[str, str]:
    """The exhibit's record of former document ids: {former id: id now}; empty when it has none."""
    return meta_mapping(kb, FORMER_IDS_META)


def merged_former_ids(earlier: dict[str, str], renames: Iterable[tuple[str, str]], current: set[str]) -> dict[str, str]:
    """Every former id that leads to a document of ``current`` (its ids now): ``earlier`` (the last build's
    record) and this build's ``renames`` (former id, id now), each followed to the end of its chain."""
    step = dict(earlier)
    step.update((old, new) for old, new in renames if old != new)
    merged: dict[str, str] = {}
    for old in step:
        if old in current:
            continue  # the id is a document's own again
        seen, target = {old}, step[old]
        while target in step and target not in current and target not in seen:
            seen.add(target)
            target = step[target]
        if target in current:
            merged[old] = target
    return merged


def former_ids_stage(earlier: dict[str, str], renames: list[tuple[str, str]]) -> Callable[[KnowledgeBase], dict[str, str]]:
    """The derive stage (``store.db.Derive``) that records the former ids in the exhibit being written."""

    def remember_former_ids(kb: KnowledgeBase) -> dict[str, str]:
        merged = merged_former_ids(earlier, renames, set(kb.document_ids()))
        return {FORMER_IDS_META: json.dumps(merged, sort_keys=True, ensure_ascii=False)} if merged else {}

    return remember_former_ids
