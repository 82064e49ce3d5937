"""qa/select.py: the learned sentence-selection stage and the sentences it adds to ask's pool (invented texts)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import vitrina.ask as ask_module
from tests._qa_helpers import one_paragraph_document
from vitrina.ask import _aliases, _weights, covered, examined, selected
from vitrina.qa import select
from vitrina.qa.candidates import Sentence
from vitrina.qa.question import analyse
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

HARBOR = [
    "The fishing town of Orvik was loud with trade every summer.",
    "In 1688 the old harbour master of Orvik died of a fever.",
    "His deputy, Karla Vint, took over the quay the next spring.",
]
OTHER = [
    "The weavers of Dunsey sold linen at the autumn fair.",
    "Their cloth was known for its blue thread.",
    "A new bridge over the Dunsey was opened in 1710.",
]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("harbor", HARBOR), one_paragraph_document("other", OTHER)]
    path = tmp_path / "s.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def _look(kb, text: str):
    q = analyse(text)
    aliases = _aliases(kb, q)
    weights, _missing = _weights(kb, q, kb.sentence_count(), aliases)
    sentences, _titles = covered(kb, q, weights, aliases)
    return q, weights, aliases, sentences


def test_the_asked_kind() -> None:
    when = analyse("When did the harbour master die?")
    assert select.asked_type(when, "He died in 1688.") == 1.0
    assert select.asked_type(when, "He died of a fever.") == 0.0
    assert select.asked_type(when, "He died in March.") == 1.0
    many = analyse("How many ships sailed?")
    assert select.asked_type(many, "Twelve ships sailed.") == 1.0
    assert select.asked_type(many, "The ships sailed.") == 0.0


def test_the_best_outside_the_pool_are_chosen() -> None:
    a, b, c = (Sentence(i, "d", None, 0, 1, "x", 0.0) for i in (1, 2, 3))
    assert select.choose([(a, 0.9), (b, 0.2), (c, 0.5)], {1}, 1) == [c]
    assert select.choose([(a, 0.9), (b, 0.5), (c, 0.5)], {1}, 5) == [b, c]  # ties: the earlier sentence


def test_the_score_reads_the_table() -> None:
    assert select.score({"coverage": 1.0}, {"intercept": 0.0, "coverage": 0.0}) == 0.5
    assert select.score({"coverage": 1.0}, {"intercept": -1.0, "coverage": 3.0}) > 0.8


def test_off_without_a_budget(monkeypatch) -> None:
    monkeypatch.setitem(select.SELECTION, "add", 0)
    assert not select.on()


def test_every_candidate_is_described_and_the_stage_adds_outside_the_pool(kb) -> None:
    q, weights, aliases, sentences = _look(kb, "When did the harbour master of Orvik die?")
    pool = examined(kb, sentences)[:1]
    model = {"intercept": 0.0, **{f: 0.0 for f in select.FEATURES}, "asked_type": 2.0}
    monkeypatch = pytest.MonkeyPatch()
    with monkeypatch.context() as m:
        m.setattr(select, "SELECTION_MODEL", model)
        chosen = selected(kb, q, weights, aliases, sentences, pool, add=2)
    assert chosen and not {s.id for s in chosen} & {s.id for s in pool}
    assert all(s.selected and s.selection > 0 for s in chosen)
    assert pool[0].selection > 0 and not pool[0].selected  # the examined ones are scored too


def test_ask_examines_the_chosen_sentences(kb, monkeypatch) -> None:
    seen: list[list[int]] = []
    original = ask_module.selected

    def spy(*args, **kwargs):
        chosen = original(*args, **kwargs)
        seen.append([s.id for s in chosen])
        return chosen

    monkeypatch.setattr(ask_module, "selected", spy)
    monkeypatch.setitem(select.SELECTION, "add", 0)
    ask_module.ask(kb, "When did the harbour master of Orvik die?")
    assert seen == []  # off: never called
    monkeypatch.setitem(select.SELECTION, "add", 1)
    monkeypatch.setattr(select, "SELECTION_MODEL", {"intercept": 0.0, "cosine": 1.0})
    ask_module.ask(kb, "When did the harbour master of Orvik die?")
    assert seen and len(seen[0]) <= 1
