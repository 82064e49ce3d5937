"""Former document ids: a renamed file's document keeps answering at the id it had.

A document's id is made from its file's name (``ingest.text.document_id``), so renaming the file (same bytes,
``BuildReport.renamed``) gives the document a new id, as a fresh build of the new name would. Citations, links
and bookmarks made with the old id must still lead to it: each build records, in the exhibit's meta table
(``FORMER_IDS_META``), every earlier id of a document that still exists, pointing at its id now — the
earlier build's record carried over, the renames of this build added, chains followed to their end. An id
a document has now is never a former one, and a former id of a document no longer in the exhibit is forgotten.
The web server answers a former id with a permanent redirect (``views.document``).

Entities keep their former ids the same way (``FORMER_ENTITY_IDS_META``, red team 49 D8). An entity's id tells
apart entities of one name by a suffix that depends on which other entities exist, so removing a document can
rename an entity that survives (``place-x-1a2b3c`` becomes ``place-x`` when the other ``x`` goes). Each build
reads, before it writes, the last build's mentions (document, start, end and entity); an entity id of the last
build that no entity has now, whose mentions that are still in the exhibit (documents renamed this build
followed to their ids now) all belong to one entity now, is recorded as a former id of that entity. An id
whose mentions are all gone, or now spread over several entities (a split), is forgotten; the earlier
record is carried and its chains followed as for documents (``merged_former_ids``). ``views.entity``
answers a former entity id with a permanent redirect, and the published site has a page there leading on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from vitrina.store.read import KnowledgeBase, meta_mapping

FORMER_IDS_META = "former_document_ids"
FORMER_ENTITY_IDS_META = "former_entity_ids"

Span = tuple[str, int, int]  # a mention's document, start and end


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


def read_former_entity_ids(kb: KnowledgeBase) -> dict[str, str]:
    """The exhibit's record of former entity ids: {former id: id now}; empty when it has none."""
    return meta_mapping(kb, FORMER_ENTITY_IDS_META)


def entity_spans(kb: KnowledgeBase) -> dict[str, set[Span]]:
    """Each entity's mentions in the exhibit: {entity id: {(document, start, end)}}."""
    spans: dict[str, set[Span]] = {}
    for m in kb.mentions():
        spans.setdefault(m.entity, set()).add((m.document, m.start, m.end))
    return spans


class EarlierEntities:
    """What the last build's exhibit says about its entities, read before this build writes: its record
    of former entity ids and each entity's mentions (``entity_spans``)."""

    def __init__(self, record: dict[str, str] | None = None, spans: dict[str, set[Span]] | None = None) -> None:
        self.record = record or {}
        self.spans = spans or {}

    @classmethod
    def read(cls, kb: KnowledgeBase) -> EarlierEntities:
        return cls(read_former_entity_ids(kb), entity_spans(kb))


def entity_renames(earlier: dict[str, set[Span]], now: dict[str, set[Span]],
                   document_renames: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(former id, id now) for each entity of ``earlier`` whose id no entity of ``now`` has and whose
    mentions still in the exhibit all belong to one entity now; a document renamed this build
    (``document_renames``: former document id, id now) is followed to its id now."""
    moved = dict(document_renames)
    owners: dict[Span, set[str]] = {}
    for entity, spans in now.items():
        for span in spans:
            owners.setdefault(span, set()).add(entity)
    renames = []
    for old in sorted(earlier):
        if old in now:
            continue
        found: set[str] = set()
        for doc, start, end in earlier[old]:
            found |= owners.get((moved.get(doc, doc), start, end), set())
        if len(found) == 1:
            renames.append((old, found.pop()))
    return renames


def former_entity_ids_stage(earlier: EarlierEntities, document_renames: list[tuple[str, str]],
                            ) -> Callable[[KnowledgeBase], dict[str, str]]:
    """The derive stage (``store.db.Derive``) that records the former entity ids in the exhibit being written."""

    def remember_former_entity_ids(kb: KnowledgeBase) -> dict[str, str]:
        now = entity_spans(kb)
        current = set(kb.entity_ids())
        renames = entity_renames(earlier.spans, now, document_renames)
        merged = merged_former_ids(earlier.record, renames, current)
        return {FORMER_ENTITY_IDS_META: json.dumps(merged, sort_keys=True, ensure_ascii=False)} if merged else {}

    return remember_former_entity_ids
