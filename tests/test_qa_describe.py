"""qa/describe.py: a description of the question ("the French premier") stands for the people the exhibit calls so."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

import vitrina.qa.describe as describe_module
from tests._qa_helpers import one_paragraph_document
from vitrina.ask import _aliases, _weights, covered
from vitrina.model import Entity
from vitrina.qa.describe import described, descriptions, phrase_before
from vitrina.qa.question import analyse
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

# invented texts: the role is given once with the name, the act later under the name alone
TREATY = [
    "In 1702 French Prime Minister Odile Parmentier met the envoys of the river towns at Tollbridge.",
    "Parmentier signed the Harbour Accord there after nine days of talks.",
]
MISSION = [
    "Vellan's ambassador Piet Rovers sailed to the northern isles in 1705.",
    "Rovers bought three hundred barrels of salt for the crown.",
]
OTHER = [
    "The weavers of Dunsey sold linen at the autumn fair.",
    "A new bridge over the Dunsey was opened in 1710.",
]


def _role(doc, doc_id: str, words: str) -> tuple[str, str, int, int]:
    start = doc.text.index(words)
    return (words.lower(), doc_id, start, start + len(words))


@pytest.fixture
def kb(tmp_path: Path):
    treaty, mission, other = one_paragraph_document("treaty", TREATY), one_paragraph_document("mission", MISSION), one_paragraph_document("other", OTHER)
    people = [
        Entity("person-odile-parmentier", "person", "Odile Parmentier", ("Parmentier",),
               roles=(_role(treaty, "treaty", "Prime Minister"),)),
        Entity("person-piet-rovers", "person", "Piet Rovers", ("Rovers",),
               roles=(_role(mission, "mission", "ambassador"),)),
    ]
    path = tmp_path / "d.db"
    docs = [treaty, mission, other]
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, people)
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_a_definite_description_with_a_qualifier_is_found() -> None:
    found = descriptions("What did the French premier sign at Tollbridge?")
    assert [(d.role, d.qualifiers) for d in found] == [("premier", ("French",))]


def test_an_asked_or_unqualified_description_is_not_resolved() -> None:
    assert descriptions("Who was the French premier in 1702?") == []  # its holder is the answer
    assert descriptions("Who served as the French premier in 1702?") == []
    assert descriptions("What did the premier sign at Tollbridge?") == []  # every premier of the exhibit
    assert descriptions("What did a French premier sign?") == []  # not definite


def test_the_noun_phrase_before_a_role_stops_at_a_stop_word() -> None:
    assert phrase_before("talks with the French ") == ("the", "french")
    assert phrase_before("Vellan's ") == ("vellan", "s")
    assert phrase_before("Taft and ") == ()


def test_a_synonym_and_a_demonym_resolve_to_the_role_holder(kb) -> None:
    # "premier" is a WordNet synonym of the stored "prime minister"; "French" pertains to France
    assert described(kb, "What did the French premier sign at Tollbridge?") == [
        (("french", "premier"), [("odile", "parmentier"), ("parmentier",)])]


def test_a_possessor_and_a_hypernym_resolve_to_the_role_holder(kb) -> None:
    # an ambassador is a kind of diplomat (WordNet); the possessor names the role's noun phrase
    assert described(kb, "What did Vellan's diplomat buy in the northern isles?") == [
        (("vellan", "diplomat"), [("piet", "rovers"), ("rovers",)])]
    assert described(kb, "What did Dunsey's diplomat buy?") == []  # no role of that qualifier


def test_the_stating_sentence_covers_the_description_through_the_name(kb, monkeypatch) -> None:
    def coverage(credit: float) -> float:
        monkeypatch.setitem(describe_module.DESCRIBED, "credit", credit)
        q = analyse("What did the French premier sign at Tollbridge?")
        aliases = _aliases(kb, q)
        weights, _missing = _weights(kb, q, kb.sentence_count(), aliases)
        sentences, _titles = covered(kb, q, weights, aliases)
        return next(s.coverage for s in sentences if s.text.startswith("Parmentier signed"))

    assert coverage(0.6) > coverage(0.0)
