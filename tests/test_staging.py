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


def test_references_share_their_readers_and_hold_no_dict(tmp_path):
    """A reference per document is held until the write: its readers are the staging file's, shared."""
    with Staging(tmp_path / "x.db") as staging:
        first, second = (staging.add(d) for d in DOCS[:2])
        assert first.reader is second.reader and first.load_summary is second.load_summary
        assert not hasattr(first, "__dict__")
        assert first.document() == DOCS[0] and second.summary == summarize(DOCS[1])


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
        # the written rows' documents carry their entities without the merge evidence and the
        # titles (the entity rows, written from ``complete``, give them)
        assert [doc for _, _, doc in rows] == [_without_evidence(d) for d in linked_docs]
        assert [sha for sha, _, _ in rows] == [f"sha{i}" for i in range(len(DOCS))]
        assert rows[0][2].mentions[0].entity == rows[4][2].mentions[1].entity == "person-marta-k-ilvesson"
        assert not analyses  # let go of as they were written


def _without_evidence(doc):
    return doc.evolve(entities=tuple(replace(e, merges=(), roles=()) for e in doc.entities))


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


class _Done:
    """A finished task, as a Dask future gives it back."""

    def __init__(self, fn, args):
        self.fn, self.args = fn, args

    def result(self):
        return self.fn(*self.args)

    def release(self):
        pass


class _InProcessCluster:
    """``scaleout.Cluster`` running each task here when its result is asked for; ``lost`` names the
    shards whose task fails as a lost worker's does."""

    def __init__(self, lost=()):
        self.lost, self.submitted = set(lost), []
        self.client = self

    def window(self):
        return 2

    def submit(self, fn, *args, pure=False):
        self.submitted.append(args[0])
        if args[0] in self.lost:
            def lost(*_args):
                raise OSError("worker lost")
            return _Done(lost, args)
        return _Done(fn, args)


def _parked(staging: Staging, prefix: str) -> list[tuple[str, DocRef]]:
    """The documents parked by two Dask tasks (p1–p3 and p4–p5), the first renamed by the build."""
    from vitrina.store.staging import pack, park

    refs = []
    for part in (DOCS[:3], DOCS[3:]):
        parked = park([pack(d.evolve(sentences=((0, 5), (6, len(d.text))))) for d in part], prefix)
        assert parked is not None
        refs += [staging.add(p) for p in parked]
    refs[0] = refs[0].evolve(id="p1-2")
    return [(f"sha{i}", ref) for i, ref in enumerate(refs)]


def test_workers_make_the_same_rows_as_the_build_process(tmp_path):
    """The rows' map step (``scaleout.linked_rows``: each task relinks its shard's documents and makes
    their rows, numbered in the exhibit by the writer) gives the rows this process makes, a renamed
    document and a lost task's documents (made here instead) included."""
    from vitrina.scaleout import linked_rows
    from vitrina.store.db import rows_of

    with Staging(tmp_path / "x.db") as staging:
        expected_refs = _parked(staging, staging.shard_prefix)
        linked = link_summaries(StagedSummaries(expected_refs))
        expected = [rows_of(row, n, 1 + 3 * n) for n, row in enumerate(_linked_rows(list(expected_refs), linked))]
        for lost in ((), {expected_refs[3][1].shard}):
            cluster = _InProcessCluster(lost)

            def here(d, sha, ref, linked=linked):
                from vitrina.link import rewrite

                analysis, stored = ref.stored()
                return sha, stored, rewrite(analysis, linked.mapping(d), {e.id: e for e in linked.entities})

            made = [rows_of(row, n, 1 + 3 * n) for n, row in
                    enumerate(linked_rows(cluster, list(expected_refs), linked, here))]
            assert made == expected
            assert len(cluster.submitted) == 2  # one task per shard
        assert made[0]["documents"][0][0] == "p1-2" and '"id":"p1-2"' in made[0]["documents"][0][-1]
        assert [row[0] for row in made[1]["sentences"]] == [4, 5]  # numbered where the writer puts it
        assert made[1]["documents"][0][6] == 1  # its ordinal
        assert not list(tmp_path.glob("*.rows-*.tmp"))  # each rows file removed once written


def test_a_renamed_documents_summary_cites_its_new_id():
    """A document renamed between builds keeps its staged summary (made under the old id); linking cites the
    summary's document id in entity roles, so the reference gives its own id (red team 50 D10)."""
    from vitrina.link import LinkSummary
    from vitrina.store.staging import DocRef

    old = LinkSummary(digest="d", entities=(), forms=(), document="letters-1901")
    ref = DocRef("letters-1901", "letters_1901.txt", lambda _n: old, 0, lambda _k: "", None)
    assert ref.summary.document == "letters-1901"
    assert ref.evolve(id="letters-1901-copy").summary.document == "letters-1901-copy"
