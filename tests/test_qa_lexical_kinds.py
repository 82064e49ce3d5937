"""One walk up WordNet decides whether a word is a kind of another (qa.lexical.under),
for the answers of questions, event labels, places and titles alike."""

from __future__ import annotations

import pytest

from vitrina.extract.event_phrase import _kind_of
from vitrina.extract.places import _feature_noun, holds_seat
from vitrina.qa.candidates import _event_noun, _settlement
from vitrina.qa.lexical import _forms_in_order, kind_of, lineage, under, wordnet

wn = wordnet()
pytestmark = pytest.mark.skipif(wn is None, reason="WordNet data not installed")


def test_a_sense_is_under_itself_and_its_hypernyms() -> None:
    river = wn.synset("river.n.01")
    assert under([river], {river})
    assert under([river], {wn.synset("body_of_water.n.01")})
    assert not under([river], {wn.synset("person.n.01")})
    assert not under([river], set())  # no roots: nothing is under them


def test_instance_hypernyms_are_walked_only_when_asked() -> None:
    capital = wn.synsets("Berlin", "n")[0]  # an instance of a national capital
    city = {wn.synset("city.n.01")}
    assert under([capital], city)
    assert not under([capital], city, instances=False)
    assert wn.synset("city.n.01") in lineage(capital)


def test_every_kind_test_reads_the_same_walk() -> None:
    assert kind_of("river", "stream") and kind_of("treaties", "agreement")
    assert not kind_of("river", "person")
    assert _kind_of("treaty", "agreement") and not _kind_of("river", "agreement")
    assert _event_noun("conference") and not _event_noun("river")
    assert _settlement("town") and _settlement("urban_area") and not _settlement("river")
    assert _feature_noun("lake") and not _feature_noun("teacher")
    assert holds_seat("Duke") and not holds_seat("Governor")


def test_a_nouns_forms_are_read_the_word_first_then_alphabetically() -> None:
    assert _forms_in_order("corrigenda") == ["corrigenda", "corrigendum"]
    assert _forms_in_order("chattering") == ["chattering", "chatter"]
    assert _forms_in_order("Quadratics") == ["quadratics", "quadratic"]  # folded: the word as written


def test_a_kind_next_to_the_asked_one_is_near_it_a_broad_kind_is_not() -> None:
    from vitrina.qa.lexical import near_kind

    assert near_kind("treaty", "agreement")  # a kind of it
    assert near_kind("agreement", "deal")  # a deal is an agreement: one step above the asked noun
    assert near_kind("act", "law")  # both legal documents
    assert not near_kind("thing", "law")  # far above: no answer of the asked kind
    assert not near_kind("war", "confidant")
