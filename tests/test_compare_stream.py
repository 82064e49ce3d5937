"""The comparisons stage streams: statements and pairs wait in a scratch file, results are stored in parts."""

from __future__ import annotations

import json

import pytest

from tests.test_compare import _db, _doc
from vitrina import compare as compare_module
from vitrina.compare import (
    compare,
    comparisons_json,
    document_titles,
    load_comparisons,
    stored_text,
)
from vitrina.store import read
from vitrina.store.scratch import PickledList, Scratch


def test_pickled_list_reads_back_by_number_and_in_order():
    with Scratch() as scratch:
        items: PickledList[tuple[int, str]] = scratch.pickled_list(cache=2)
        items.extend((n, f"item {n}") for n in range(1200))  # more than one write batch
        assert len(items) == 1200
        assert items[7] == (7, "item 7") and items[1199] == (1199, "item 1199") and items[7] == (7, "item 7")
        assert list(items)[::400] == [(0, "item 0"), (400, "item 400"), (800, "item 800")]
        with pytest.raises(IndexError):
            items[1200]


def _three_events(tmp_path):
    docs = []
    for n, (day, accord) in enumerate([("May 4, 1921", "1921-05-04"), ("May 1921", "1921-05"),
                                       ("May 9, 1921", "1921-05-09")]):
        docs.append(_doc(f"d{n}", [f"The Harbor Accord of {day} ended the dock strike.",
                                   f"The Harbor War ended in {1925 + n}, said Ada Lind."],
                         {day: accord, f"{1925 + n}": f"{1925 + n}"}))
    return _db(tmp_path, *docs)


@pytest.mark.parametrize("limit", ["PART_SIZE", "PART_CHARS"])
def test_stored_parts_make_the_list_compare_finds(tmp_path, monkeypatch, limit):
    monkeypatch.setattr(compare_module, limit, 1)  # one comparison per stored entry
    conn = _three_events(tmp_path)
    kb = read.as_knowledge_base(conn)
    parts = kb.meta_values("comparisons:")
    found = json.loads(stored_text(kb) or "[]")
    assert len(found) >= 2 and len(parts) == len(found)
    assert [c["id"] for c in found] == [f"cmp{n}" for n in range(1, len(found) + 1)]
    assert found == comparisons_json(compare(conn), document_titles(conn))
    assert load_comparisons(conn, verdict=found[0]["verdict"])[0] == found[0]


def test_an_exhibit_without_comparisons_stores_an_empty_list(tmp_path):
    conn = _db(tmp_path, _doc("a", ["Nothing is dated here."]), _doc("b", ["Nor here."]))
    kb = read.as_knowledge_base(conn)
    assert kb.meta_values("comparisons:") == ["[]"] and load_comparisons(conn) == []


def test_comparisons_in_their_own_process_store_the_same_entries(tmp_path, monkeypatch):
    from vitrina.store import apart

    here = read.as_knowledge_base(_three_events(tmp_path / "here")).meta_values("comparisons:")
    monkeypatch.setattr(apart, "APART_MIN_DOCUMENTS", 1)
    away = read.as_knowledge_base(_three_events(tmp_path / "away")).meta_values("comparisons:")
    assert json.loads(here[0]) and away == here


def refusing_stage(kb: read.KnowledgeBase) -> dict[str, str]:
    raise ValueError(f"no comparisons for {len(kb.documents())} documents")


def test_a_stage_failing_in_its_own_process_fails_a_strict_write(tmp_path, monkeypatch):
    from tests.test_compare import ENTITIES
    from vitrina.store import StageFailed, apart, write_exhibit

    monkeypatch.setattr(apart, "APART_MIN_DOCUMENTS", 1)
    doc = _doc("a", ["Nothing is dated here."])
    with pytest.raises(StageFailed, match="refusing_stage failed in its own process.*ValueError: no comparisons for 1"):
        write_exhibit(tmp_path / "x.db", [("sha", doc)], [doc], list(ENTITIES.values()), derive=(refusing_stage,),
                      strict=True)
    assert not (tmp_path / "x.db").exists() and not list(tmp_path.glob(".x.db*"))


def test_a_stage_failing_in_its_own_process_degrades_the_write(tmp_path, monkeypatch):
    """Run apart, a failing stage leaves the exhibit written whole but for it, and says why."""
    from tests.test_compare import ENTITIES
    from vitrina.compare import store_comparisons
    from vitrina.store import apart, failed_stages, reading, write_exhibit

    monkeypatch.setattr(apart, "APART_MIN_DOCUMENTS", 1)
    doc = _doc("a", ["Nothing is dated here."])
    failures = write_exhibit(tmp_path / "x.db", [("sha", doc)], [doc], list(ENTITIES.values()),
                             derive=(refusing_stage, store_comparisons))
    assert [f.stage for f in failures] == ["refusing_stage"]
    assert "in its own process (exit 1): ValueError: no comparisons for 1" in failures[0].reason
    with reading(tmp_path / "x.db") as kb:
        assert [d.id for d in kb.documents()] == ["a"] and kb.meta_values("comparisons:") == ["[]"]
        assert failed_stages(kb) == {"refusing_stage": failures[0].reason}
    assert not list(tmp_path.glob(".x.db*"))


def killed_stage(kb: read.KnowledgeBase) -> dict[str, str]:
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    return {}


def test_a_stage_whose_process_is_killed_degrades_the_write_and_says_so(tmp_path, monkeypatch):
    from tests.test_compare import ENTITIES
    from vitrina.store import apart, write_exhibit

    monkeypatch.setattr(apart, "APART_MIN_DOCUMENTS", 1)
    doc = _doc("a", ["Nothing is dated here."])
    failures = write_exhibit(tmp_path / "x.db", [("sha", doc)], [doc], list(ENTITIES.values()),
                             derive=(killed_stage,))
    assert [f.stage for f in failures] == ["killed_stage"] and "killed by SIGKILL" in failures[0].reason
    assert (tmp_path / "x.db").exists()


def test_first_pairs_keep_the_first_pair_of_each_kind_in_the_order_keys_were_first_noted():
    with Scratch() as scratch:
        firsts = scratch.first_pairs()
        firsts.note_all([("k2", "date", 1, 2), ("k1", "date", 3, 4), ("k2", "date", 5, 6)])
        firsts.note_all([("k1", "amount", 7, 8), ("k2", "amount", 9, 10), ("k3", "date", 11, 12)])
        assert list(firsts.by_key(2)) == [("k2", {"date": (1, 2), "amount": (9, 10)}),
                                          ("k1", {"date": (3, 4), "amount": (7, 8)})]
        assert [key for key, _ in firsts.by_key()] == ["k2", "k1", "k3"]


def test_a_small_parse_cache_finds_the_same_comparisons(tmp_path, monkeypatch):
    conn = _three_events(tmp_path)
    found = comparisons_json(compare(conn), document_titles(conn))
    monkeypatch.setattr(compare_module, "PARSE_CACHE", 1)
    assert comparisons_json(compare(conn), document_titles(conn)) == found


def test_the_scratch_tables_of_the_clause_stream() -> None:
    from vitrina.store.scratch import KeyedNumbers, NotedPairs, NumberedBlobs, RankedBlobs, Scratch

    with Scratch() as scratch:
        noted = NotedPairs(scratch, "met")
        assert [noted.first(1, 2), noted.first(1, 2), noted.first(2, 1)] == [True, False, True]
        blobs = NumberedBlobs(scratch, "blobs")
        blobs.put_many([(3, b"c"), (1, b"a")])
        assert (blobs.get(1), blobs.get(3), blobs.get(2)) == (b"a", b"c", None)
        keys = KeyedNumbers(scratch, "keys")
        keys.add_many(iter([("b", "x", 2), ("a", "y", 5), ("a", "x", 9), ("a", "x", 1)]))
        assert list(keys.in_order()) == [("a", "x", 1), ("a", "x", 9), ("a", "y", 5), ("b", "x", 2)]
        ranked = RankedBlobs(scratch, "ranked")
        ranked.add_many([(0.5, 2, 3, b"late"), (0.9, 4, 5, b"best"), (0.5, 1, 7, b"early")])
        assert list(ranked.best_first()) == [b"best", b"early", b"late"]


def test_the_pairs_met_are_noted_and_the_blobs_read_a_batch_at_a_time(monkeypatch) -> None:
    from vitrina.store import scratch as scratch_module
    from vitrina.store.scratch import NotedPairs, NumberedBlobs, Scratch

    monkeypatch.setattr(scratch_module, "WRITE_BATCH", 2)
    with Scratch() as scratch:
        noted = NotedPairs(scratch, "met")
        assert noted.fresh([(1, 2), (3, 4)]) == [(1, 2), (3, 4)]
        assert noted.fresh([(0, 9), (1, 2), (2, 1), (3, 4)]) == [(0, 9), (2, 1)]
        assert not noted.first(2, 1)
        blobs = NumberedBlobs(scratch, "blobs")
        blobs.put_many([(n, bytes([n])) for n in range(1, 6)])
        assert blobs.get_many([5, 1, 8, 3, 2]) == {5: b"\x05", 1: b"\x01", 3: b"\x03", 2: b"\x02"}
        assert blobs.get_many([]) == {}


def test_each_member_is_kept_under_its_rarest_keys_within_the_budget() -> None:
    from array import array

    from vitrina.compare import _rarest_keys

    # member 0 is under a key of two, one of three and one of five members; the budget of two others keeps the
    # two rarest (one other, then two: the second starts below the budget), the common key pairs only 1 and 2
    by_key = {"common": array("i", [0, 1, 2, 3, 4]), "rare": array("i", [0, 1]), "mid": array("i", [0, 2, 3])}
    size = {key: len(members) for key, members in by_key.items()}
    kept = _rarest_keys(by_key, size, None, 2)
    assert list(kept) == ["common", "rare", "mid"]  # by_key's order
    assert list(kept["rare"]) == [0, 1] and list(kept["mid"]) == [0, 2, 3]
    assert list(kept["common"]) == [1, 4]  # 1 met one other under "rare"; 4 has no other key; 2, 3 met two
    # a budget above every member's others keeps every block whole; a key "always" kept counts nothing
    assert {k: list(v) for k, v in _rarest_keys(by_key, size, None, 100).items()} == \
        {k: list(v) for k, v in by_key.items()}
    kept = _rarest_keys(by_key, size, None, 1, always=lambda m, key: key == "common")
    assert list(kept["common"]) == [0, 1, 2, 3, 4] and list(kept["mid"]) == [2, 3]  # 0 stops after "rare"
    # a class of two statements told alike, alone under a key, is a block (its copies pair); one statement is not
    assert list(_rarest_keys({"k": array("i", [0])}, {"k": 2}, [2], 1)["k"]) == [0]
    assert _rarest_keys({"k": array("i", [0])}, {"k": 1}, [1], 1) == {}


def test_the_scratch_keeps_each_number_under_its_rarest_keys_as_the_blocks_do() -> None:
    import random
    from array import array
    from collections import Counter

    from vitrina.compare import _rarest_keys
    from vitrina.store.scratch import KeyedNumbers, Scratch

    rng = random.Random(43)
    rows = sorted({(rng.choice("abcd"), rng.choice("xyzw"), rng.randrange(40)) for _ in range(300)})
    with Scratch() as scratch:
        keys = KeyedNumbers(scratch, "keys")
        keys.add_many(iter(rows))
        keys.keep_rarest(25, 30)
        kept_sql = list(keys.in_order())
    by_key: dict[tuple[str, str], array] = {}
    for a, b, n in rows:  # in the order of the keys: ties of size go to the first key, as in the scratch
        by_key.setdefault((a, b), array("i")).append(n)
    size = {key: len(members) for key, members in by_key.items()}
    kept = _rarest_keys({k: m for k, m in by_key.items() if 1 < size[k] <= 25}, size, None, 30)
    shared = Counter((a, b) for a, b, _n in kept_sql)  # a key left to one number pairs nothing: not a block
    assert [row for row in kept_sql if shared[row[:2]] > 1] == \
        sorted((a, b, n) for (a, b), members in kept.items() for n in members)
    assert len(kept_sql) < len(rows)  # the budget binds
