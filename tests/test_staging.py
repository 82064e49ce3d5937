"""Staging: analyses and link summaries parked on disk as documents arrive, read back in the exhibit's order."""

from __future__ import annotations

import random
from dataclasses import replace

from vitrina.link import link, link_summaries, summarize
from vitrina.model import DateMention, Document, Entity, Mention
from vitrina.pipeline import StagedSummaries, _linked_rows
from vitrina.store.staging import DocRef, Staging


def _doc(doc_id: str, text: str, names: list[tuple[str, str, str]], year: str = "1871",
         aliases: dict[str, tuple[str, ...]] | None = None) -> Document:
    """A dated document whose entities are (local id, type, surface), found in ``text``."""
    entities: dict[str, Entity] = {}
    mentions = []
    for local, etype, surface in names:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), etype, local))
        entities.setdefault(local, Entity(local, etype, surface, (aliases or {}).get(local, ())))
    return Document(doc_id, doc_id, f"{doc_id}.txt", "text", text, entities=tuple(entities.values()),
                    mentions=tuple(mentions), dates=(DateMention(0, 1, year),))


DOCS = [
    _doc("p1", "Marta Ilvesson sailed from Corvale. Ilvesson wrote home.", [
        ("e0", "person", "Marta Ilvesson"), ("e1", "place", "Corvale")]),
    _doc("p2", "In Corvale, Marta K. Ilvesson met Piet Oranje.", [
        ("e2", "place", "Corvale"), ("e0", "person", "Marta K. Ilvesson"), ("e1", "person", "Piet Oranje")]),
    _doc("p3", "Oranje left Corvale; the Lantern Guild of Corvale (LGC) stayed.", [
        ("e0", "person", "Oranje"), ("e1", "place", "Corvale"), ("e2", "organization", "Lantern Guild of Corvale")],
        aliases={"e2": ("LGC",)}),
    _doc("p4", "The LGC and Piet Oranje signed.", [("e0", "organization", "LGC"), ("e1", "person", "Piet Oranje")]),
    _doc("p5", "Ilvesson and the Lantern Guild of Corvale met.", [
        ("e1", "organization", "Lantern Guild of Corvale"), ("e0", "person", "Ilvesson")]),
]


def _staged_in_arrival_order(staging: Staging, arrival: list[int]) -> list[tuple[str, DocRef]]:
    """The documents staged in ``arrival`` order (as workers finish), listed in the exhibit's order."""
    refs = {i: staging.add(DOCS[i]) for i in arrival}
    return [(f"sha{i}", refs[i]) for i in range(len(DOCS))]


def test_summaries_are_parked_on_disk_and_read_back_equal(tmp_path):
    import dataclasses

    assert "summary" not in {f.name for f in dataclasses.fields(DocRef)}  # a reference holds no summary
    with Staging(tmp_path / "x.db") as staging:
        refs = [staging.add(d) for d in DOCS]
        assert [r.summary for r in refs] == [summarize(d) for d in DOCS]
        assert staging._conn.execute("SELECT COUNT(*) FROM summaries").fetchone()[0] == len(DOCS)


def test_out_of_order_arrival_links_to_the_same_entities(tmp_path):
    linked_docs, entities = link(DOCS)
    for seed in range(4):
        arrival = list(range(len(DOCS)))
        random.Random(seed).shuffle(arrival)
        with Staging(tmp_path / "x.db") as staging:
            analyses = _staged_in_arrival_order(staging, arrival)
            linked = link_summaries(StagedSummaries(analyses))
            assert list(linked.complete()) == entities
            rows = list(_linked_rows(analyses, linked))
        # the written rows' documents carry their entities without the merge evidence (the
        # entity rows, written from ``complete``, cite it)
        assert [doc for _, _, doc in rows] == [_without_evidence(d) for d in linked_docs]
        assert [sha for sha, _, _ in rows] == [f"sha{i}" for i in range(len(DOCS))]
        assert rows[0][2].mentions[0].entity == rows[4][2].mentions[1].entity == "person-marta-k-ilvesson"
        assert not analyses  # let go of as they were written


def _without_evidence(doc):
    return doc.evolve(entities=tuple(replace(e, merges=()) for e in doc.entities))


def test_the_invented_documents_merge_by_several_rules():
    _, entities = link(DOCS)
    rules = {rule for e in entities for rule, _, _ in e.merges}
    assert len(entities) == 4 and len(rules) >= 4  # the staging tests exercise real merges


def test_staged_summaries_are_read_again_on_each_pass(tmp_path):
    with Staging(tmp_path / "x.db") as staging:
        analyses = _staged_in_arrival_order(staging, [3, 1, 4, 0, 2])
        summaries = StagedSummaries(analyses)
        first, second = list(summaries), list(summaries)
        assert len(summaries) == len(DOCS) and first == second == [summarize(d) for d in DOCS]
        assert first[0] is not second[0]  # read from disk each time, not kept
