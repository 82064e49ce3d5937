"""qa/whois.py: a person's description read off a sentence naming them (invented sentences)."""

from __future__ import annotations

from vitrina.qa import whois
from vitrina.qa.candidates import Sentence
from vitrina.qa.question import analyse


def _sentence(text: str, sid: int = 1) -> Sentence:
    return Sentence(id=sid, document="d", section=None, start=0, end=len(text), text=text, rank=-1.0)


def _found(text: str, *names: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in whois.describe([_sentence(text)], [frozenset(names)])]


def test_apposition_with_a_relation_noun_comes_first() -> None:
    found = _found("Ask at the mill for Lena Varga, my cousin, who keeps the accounts there and pays the carters.",
                   "lena", "varga")
    assert found[0] == ("apposition", "my cousin")
    assert ("relative", "who keeps the accounts there") in found


def test_role_noun_before_the_name() -> None:
    found = _found("We lodged with the gardener Tomas Ribar, a native of Brno, for a week.", "tomas", "ribar")
    assert ("role", "the gardener") in found
    assert ("role", "her nephew") in _found("She wrote to her nephew Tomas Ribar at once.", "tomas", "ribar")
    assert found[0] == ("apposition", "a native of Brno")


def test_apposition_with_a_preposition_phrase() -> None:
    found = _found("Agreed: that Mr. Oskar Lind, keeper of the seed store, report next month.", "oskar", "lind")
    assert found[0] == ("apposition", "keeper of the seed store")


def test_another_name_in_a_list_is_no_description() -> None:
    found = _found("Present: Mrs. Ida Holm, Mr. Peter Sand, and the clerk.", "ida", "holm")
    assert all(kind != "apposition" for kind, _text in found)


def test_the_name_must_be_the_asked_one() -> None:
    assert _found("Karl Eber, my uncle, arrived late.", "ida", "holm") == []


def test_asks_identity() -> None:
    assert whois.asks_identity(analyse("Who is Mara Tesch?"))
    assert whois.asks_identity(analyse("Who was Mara Tesch?"))
    assert not whois.asks_identity(analyse("Who met Mara Tesch?"))


def test_a_holder_asked_is_no_identity_question() -> None:
    assert not whois.asks_identity(analyse("Who was the first Warden of Hollin Abbey?"))
    assert not whois.asks_identity(analyse("Who was Mara Tesch in the Kell Affair?"))
    assert not whois.asks_identity(analyse("Who was Tesch's CFO?"))


def test_a_title_opening_the_name() -> None:
    assert ("title", "Colonel") in _found("Colonel Mara Tesch rode ahead.", "mara", "tesch")
    assert _found("Baker Lind rode ahead.", "baker", "lind") == []  # a name's own word is no title


def test_the_complement_of_a_copula() -> None:
    assert ("copula", "a gardener at the abbey") in _found("Anna Weber was a gardener at the abbey.", "anna", "weber")
    assert all(k != "copula" for k, _t in _found("Anna Weber was late.", "anna", "weber"))
