"""ask: round 44's red team (M4, M5; invented texts): a verb's regular form the index's stemmer does not join to it
("died"), the asked member of a listed pair ("the second payment"), "who is X" never answered by another person,
a why-question whose act is not stated abstains."""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests._qa_helpers import one_paragraph_document
from vitrina.ask import _another_person, _inflections, _reason_unstated, ask
from vitrina.qa.question import analyse
from vitrina.store import connect_readonly, write_exhibit
from vitrina.store.read import as_knowledge_base

LIFE = ["Marta Olsen was born at Bergen in 1802. She died at Tromsø on 3 March 1870."]
ACCOUNT = ["The guild's fee was paid to the mason in two payments, ten crowns on 4 May 1650 and ten crowns on "
           "9 October 1650."]
MEETING = ["Present: Mr. Anders Vik (presiding), Mrs. Ingrid Dahl, Mr. Peder Holm, and six others."]
VOYAGE = ["At Hull the family boarded the brig Swallow, master Captain Nils Berg, who promised a quick passage."]


@pytest.fixture
def kb(tmp_path: Path):
    docs = [one_paragraph_document("life", LIFE), one_paragraph_document("account", ACCOUNT),
            one_paragraph_document("meeting", MEETING), one_paragraph_document("voyage", VOYAGE)]
    path = tmp_path / "a.db"
    write_exhibit(path, [(f"sha-{d.id}", d) for d in docs], docs, [])
    with contextlib.closing(connect_readonly(path)) as conn:
        yield as_knowledge_base(conn)


def test_died_is_found_for_die(kb):
    # "died" is stemmed to "di", "die" to "die": the sentence is retrieved through the verb's regular form
    result = ask(kb, "Where did Marta Olsen die?")
    assert result["answer"] == "Tromsø"


def test_an_ordinal_selects_the_listed_member(kb):
    # the best candidate, shown or withheld (a knowledge base this small leaves the gate unsure)
    assert ask(kb, "When was the second payment of the fee paid?", explain=True)["candidate"] == "9 October 1650"
    assert ask(kb, "When was the first payment of the fee paid?", explain=True)["candidate"] == "4 May 1650"


def test_who_is_x_is_not_answered_by_another_person(kb):
    q = analyse("Who is Ingrid Dahl?")
    assert _another_person(SimpleNamespace(kind="person", text="Mr. Peder Holm"), q)
    assert not _another_person(SimpleNamespace(kind="person", text="Mrs. Ingrid Dahl"), q)
    assert not _another_person(SimpleNamespace(kind="person", text="Mr. Peder Holm"),
                               analyse("Who was the master of the Swallow?"))
    assert ask(kb, "Who was the master of the Swallow?")["answer"] in ("Captain Nils Berg", "Nils Berg")
    assert ask(kb, "Who is Ingrid Dahl?")["answer"] in (None, "Mrs. Ingrid Dahl", "Ingrid Dahl")


def test_a_reason_for_an_unstated_act_is_not_given(kb):
    assert ask(kb, "Why did Marta Olsen marry Captain Nils Berg?")["answer"] is None
    q = analyse("Why did Marta Olsen marry Captain Nils Berg?")
    unstated = SimpleNamespace(missing=[("marry", 2.0)], text="Captain Nils Berg sailed for Riga in May.")
    assert _reason_unstated(SimpleNamespace(sentence=unstated, features={}), q)
    stated = SimpleNamespace(missing=[("olsen", 2.0)], text="She married him in May.")
    assert not _reason_unstated(SimpleNamespace(sentence=stated, features={}), q)
    # the act worded otherwise, a reason given for it: kept
    reworded = SimpleNamespace(missing=[("marry", 2.0)], text="She wed him because her father wished it.")
    assert not _reason_unstated(SimpleNamespace(sentence=reworded, features={}), q)
    # every participant there, the act worded otherwise ("argued for" / "prefer"): kept
    assert not _reason_unstated(SimpleNamespace(sentence=unstated, features={"argument_match": 1.0}), q)


def test_the_regular_forms_the_stemmer_misses_are_searched():
    assert "died" in _inflections(analyse("Where did Marta Olsen die?"))
    assert "sailed" not in _inflections(analyse("When did the Swallow sail?"))  # the stemmer joins it already
