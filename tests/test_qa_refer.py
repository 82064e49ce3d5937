"""qa/refer.py: a sentence's pronoun subjects and definite descriptions resolved to a name before them, and ask's
use of them (REFER, off by default)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import vitrina.ask as ask_module
from tests._qa_helpers import one_paragraph_document
from vitrina.ask import _aliases, _weights, covered
from vitrina.qa import refer
from vitrina.qa.question import analyse
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

# invented texts
TALKS = [
    "In 1731 the Harnby Salt Conference gathered the coastal towns at Vell.",
    "The delegates argued for a week about tolls and weights.",
    "The conference closed on 9 May with a common tariff.",
]
LEAGUE = [
    "The Oster Trade League was founded by four river towns.",
    "The Dunmark Fair drew merchants from the whole valley.",
    "It lasted eleven days.",
]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("talks", TALKS), one_paragraph_document("league", LEAGUE)]
    path = tmp_path / "r.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def _row(kb, text: str) -> dict:
    hit = kb.ranked_sentences('"' + text.split()[1] + '"', 50)
    return next(r for r in hit if r["text"] == text)


def test_references_are_pronoun_subjects_possessors_and_definite_descriptions():
    assert [(r.word, r.pronoun) for r in refer.references("The treaty bound both crowns.")] == [("treaty", False)]
    assert [(r.word, r.pronoun) for r in refer.references("She then sailed north.")] == [("she", True)]
    assert [(r.word, r.pronoun) for r in refer.references("Its walls fell in a day.")] == [("its", True)]
    assert refer.references("The Orm Treaty bound both crowns.") == []  # a name, not a description
    assert refer.references("Two envoys signed the treaty.") == []  # an object is not what the sentence speaks of


def test_a_description_fits_a_name_whose_last_word_is_its_noun_or_a_kind_of_it():
    assert refer.may_describe("conference", "Harnby Salt Conference")
    assert refer.may_describe("agreement", "Orm Treaty")  # WordNet: a treaty is a kind of agreement
    assert not refer.may_describe("river", "Orm Treaty")


def test_a_description_resolves_to_the_name_sentences_before(kb):
    row = _row(kb, TALKS[2])
    found = refer.spoken_of(kb, row, ["Harnby Salt Conference"], 6)
    assert [(ref.word, name) for ref, name in found] == [("conference", "Harnby Salt Conference")]


def test_the_nearest_compatible_name_wins(kb):
    row = _row(kb, LEAGUE[2])  # "It" is the fair, the nearer name, not the league
    assert refer.spoken_of(kb, row, ["Oster Trade League"], 6) == []
    assert [name for _ref, name in refer.spoken_of(kb, row, ["Dunmark Fair"], 6)] == ["Dunmark Fair"]


def test_a_title_is_the_farthest_antecedent(kb):
    row = _row(kb, TALKS[1])  # "the delegates" are people: no conference is what they are
    assert refer.spoken_of(kb, row, ["Harnby Salt Conference"], 6) == []
    row = {**_row(kb, TALKS[2]), "id": -10}  # nothing before it: only the title
    assert [name for _r, name in refer.spoken_of(kb, row, ["Vell Council"], 6, ("The Vell Council",))] == []
    assert [name for _r, name in refer.spoken_of(kb, row, ["Vell Conference"], 6, ("The Vell Conference",))] \
        == ["Vell Conference"]


def test_ask_credits_the_name_to_a_sentence_speaking_of_it_only_with_refer_on(kb, monkeypatch):
    q = analyse("When did the Harnby Salt Conference close?")
    aliases = _aliases(kb, q)
    weights, _missing = _weights(kb, q, kb.sentence_count(), aliases)
    monkeypatch.setitem(ask_module.REFER, "on", 0)
    off = {s.text: s for s in covered(kb, q, weights, aliases)[0]}
    monkeypatch.setitem(ask_module.REFER, "on", 1)
    on = {s.text: s for s in covered(kb, q, weights, aliases)[0]}
    assert on[TALKS[2]].referred == [(0, 14, "Harnby Salt Conference")]
    assert TALKS[2] not in off or not off[TALKS[2]].referred and off[TALKS[2]].coverage < on[TALKS[2]].coverage
