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
rename an entity that survives (``place-x-1a2b3c`` becomes ``place-x`` when the other ``x`` goes). An entity
id of the last build that no entity has now, whose mentions that are still in the exhibit (documents renamed this
build followed to their ids now) all belong to one entity now, is recorded as a former id of that entity. The
last build's exhibit is replaced only after the derive stages, so the stage reads it then, and only what it
needs: the mentions of the entities gone, in the documents still here, and this build's mentions of those
documents (round 50: holding every mention of both builds took ~300 bytes per mention, gigabytes at millions). An id
whose mentions are all gone, or now spread over several entities (a split), is forgotten; the earlier
record is carried and its chains followed as for documents (``merged_former_ids``). ``views.entity``
answers a former entity id with a permanent redirect, and the published site has a page there leading on.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager

from vitrina.errors import VitrinaError
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


def gone_entity_spans(earlier: KnowledgeBase, now: KnowledgeBase,
                      document_renames: Iterable[tuple[str, str]] = ()) -> dict[str, set[Span]]:
    """The mentions, in documents ``now`` still has, of each entity of ``earlier`` whose id no entity of ``now``
    has: {earlier entity id: {(document as it was, start, end)}}; an entity whose mentions all left is absent."""
    moved = dict(document_renames)
    documents, current = set(now.document_ids()), set(now.entity_ids())
    gone: dict[str, set[Span]] = {}
    for entity in earlier.entity_ids():
        if entity in current:
            continue
        kept = {(m.document, m.start, m.end) for m in earlier.mentions(entity=entity)
                if moved.get(m.document, m.document) in documents}
        if kept:
            gone[entity] = kept
    return gone


class EarlierEntities:
    """The last build's exhibit as the former-entity-ids stage reads it: its record of former entity ids,
    read before this build writes, and where it is (``source``), read when the stage runs; or, for a caller
    holding them already, each entity's mentions (``spans``)."""

    def __init__(self, record: dict[str, str] | None = None, spans: dict[str, set[Span]] | None = None,
                 source: Callable[[], AbstractContextManager[KnowledgeBase]] | None = None) -> None:
        self.record = record or {}
        self.spans = spans or {}
        self.source = source

    def gone(self, now: KnowledgeBase, document_renames: Iterable[tuple[str, str]]) -> dict[str, set[Span]]:
        """``gone_entity_spans`` of the earlier exhibit against ``now``; nothing when there is none."""
        if self.source is None:
            current = set(now.entity_ids())
            return {entity: spans for entity, spans in self.spans.items() if entity not in current}
        try:
            with self.source() as earlier:
                return gone_entity_spans(earlier, now, document_renames)
        except (VitrinaError, sqlite3.DatabaseError, OSError):  # unreadable now: as if there were none
            return {}


Owners = Callable[[str], dict[tuple[int, int], set[str]]]  # a document's mentions now: {(start, end): entities}


def entity_renames(earlier: dict[str, set[Span]], now: dict[str, set[Span]],
                   document_renames: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(former id, id now) for each entity of ``earlier`` whose id no entity of ``now`` has and whose
    mentions still in the exhibit all belong to one entity now; a document renamed this build
    (``document_renames``: former document id, id now) is followed to its id now."""
    owners: dict[str, dict[tuple[int, int], set[str]]] = {}
    for entity, spans in now.items():
        for doc, start, end in spans:
            owners.setdefault(doc, {}).setdefault((start, end), set()).add(entity)
    gone = {old: spans for old, spans in earlier.items() if old not in now}
    return renames_by_owner(gone, lambda doc: owners.get(doc, {}), document_renames)


def renames_by_owner(gone: dict[str, set[Span]], owners_in: Owners,
                     document_renames: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str]]:
    """(former id, id now) for each entity of ``gone`` whose mentions all belong to one entity now, asking
    ``owners_in`` for one document at a time (a document renamed this build followed to its id now)."""
    moved = dict(document_renames)
    by_document: dict[str, list[tuple[str, int, int]]] = {}
    for old, spans in gone.items():
        for doc, start, end in spans:
            by_document.setdefault(moved.get(doc, doc), []).append((old, start, end))
    found: dict[str, set[str]] = {old: set() for old in gone}
    for doc in sorted(by_document):
        here = owners_in(doc)
        for old, start, end in by_document[doc]:
            found[old] |= here.get((start, end), set())
    return [(old, owners.pop()) for old, owners in sorted(found.items()) if len(owners) == 1]


def document_owners(kb: KnowledgeBase) -> Owners:
    """``Owners`` read from the exhibit, one document's mentions at a time."""

    def owners_in(document: str) -> dict[tuple[int, int], set[str]]:
        here: dict[tuple[int, int], set[str]] = {}
        for m in kb.mentions(document=document):
            here.setdefault((m.start, m.end), set()).add(m.entity)
        return here

    return owners_in


def former_entity_ids_stage(earlier: EarlierEntities, document_renames: list[tuple[str, str]],
                            ) -> Callable[[KnowledgeBase], dict[str, str]]:
    """The derive stage (``store.db.Derive``) that records the former entity ids in the exhibit being written."""

    def remember_former_entity_ids(kb: KnowledgeBase) -> dict[str, str]:
        renames = renames_by_owner(earlier.gone(kb, document_renames), document_owners(kb), document_renames)
        merged = merged_former_ids(earlier.record, renames, set(kb.entity_ids()))
        return {FORMER_ENTITY_IDS_META: json.dumps(merged, sort_keys=True, ensure_ascii=False)} if merged else {}

    return remember_former_entity_ids
