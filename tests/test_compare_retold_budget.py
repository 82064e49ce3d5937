"""compare._retold_pairs: statements of one sentence retold meet under their rarest context keys only (round 45)."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from vitrina import compare


def _statements(keys_of: list[list[str]]) -> list[SimpleNamespace]:
    """One statement per document, its context keys written in its sentence (``context_shingles`` reads them)."""
    return [SimpleNamespace(document=f"d{n}", name_spans=((0, 1, "e", "person"),), sentence_text=" ".join(keys),
                            sentence=(0, 10), start=0, end=1, n=n) for n, keys in enumerate(keys_of)]


@pytest.fixture()
def met(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(compare, "context_shingles", lambda text, *_: text.split())
    monkeypatch.setattr(compare, "_told_alike", lambda s: bytes([s.n]))  # no two told alike
    monkeypatch.setattr(compare, "_retold_participants", lambda a, b: True)  # every pair met is retold

    def pairs(keys_of: list[list[str]], budget: int) -> set[tuple[int, int]]:
        monkeypatch.setattr(compare, "WEIGHTS", replace(compare.WEIGHTS, key_partners=budget))
        return {(a.n, b.n) for a, b in compare._retold_pairs(_statements(keys_of))}

    return pairs


def test_a_budget_above_every_block_meets_every_pair_sharing_a_key_once(met):
    keys_of = [["rare", "common"], ["rare", "common"], ["common"], ["common", "other"], ["other"]]
    everything = {(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4)}
    assert met(keys_of, 100) == everything


def test_a_statement_whose_rare_keys_fill_the_budget_leaves_its_common_key(met):
    # 0 and 1 meet under "rare", 3 and 4 under "other" (one other each: the budget), so none of them is kept under
    # "common", where 2 is left alone; with a budget of two each takes "common" too
    keys_of = [["rare", "common"], ["rare", "common"], ["common"], ["common", "other"], ["other", "common"]]
    assert met(keys_of, 1) == {(0, 1), (3, 4)}
    assert len(met(keys_of, 2)) == 10


def test_a_block_above_max_block_pairs_nothing_whatever_the_budget(met, monkeypatch):
    keys_of = [["common"]] * 4
    assert len(met(keys_of, 100)) == 6
    monkeypatch.setattr(compare, "WEIGHTS", replace(compare.WEIGHTS, max_block=3))
    assert compare._retold_pairs(_statements(keys_of)) is not None
    assert not list(compare._retold_pairs(_statements(keys_of)))
