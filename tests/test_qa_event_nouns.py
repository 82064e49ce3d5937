"""ask: a sentence's event noun aligned with a relative of the question's verb (round 43 askalign; invented sentences)."""

from __future__ import annotations

import pytest

from vitrina.qa.lexical import entails, event_verbs, related, wordnet
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors
from vitrina.qa.weights import LEXICAL

pytestmark = pytest.mark.skipif(wordnet() is None, reason="WordNet data not installed")


def test_event_nouns_give_their_verbs_and_things_none() -> None:
    assert "die" in event_verbs("deaths")
    assert "invade" in event_verbs("invasion")
    assert "defeat" in event_verbs("defeat")
    assert not event_verbs("shell")  # an artifact: no act named
    assert not event_verbs("lantern")


def test_the_defeat_of_a_rival_aligns_with_beat() -> None:
    q = analyse("Whom did the guild of Varn beat at the fair?")
    doc = parse_many(["After the defeat of the Orlen weavers at the fair, the guild of Varn grew rich."])[0]
    found = {t.text: credit for t, credit in anchors(doc, q)}
    assert found.get("defeat") == pytest.approx(related("beat", "v")["defeat"] * LEXICAL["event_noun"])


def test_the_deaths_of_align_with_killed() -> None:
    q = analyse("How many sailors did the storm kill in the harbour?")
    doc = parse_many(["The storm caused the deaths of forty sailors in the harbour."])[0]
    assert "deaths" in {t.text for t, _credit in anchors(doc, q)}



def test_a_sentence_verb_entailing_the_asked_one() -> None:
    assert entails("purchased", "pay") and entails("snored", "sleep")
    assert not entails("pay", "purchase")  # paying does not entail buying
    q = analyse("How much did the abbey of Orlen pay for the mill?")
    doc = parse_many(["The abbey of Orlen purchased the mill for forty crowns."])[0]
    assert {t.text: c for t, c in anchors(doc, q)}.get("purchased") == LEXICAL["entailing"]


def test_an_event_noun_is_read_only_when_no_verb_aligns() -> None:
    q = analyse("Whom did the guild of Varn beat at the fair?")
    doc = parse_many(["The guild of Varn beat the weavers at the fair after the defeat of the spinners."])[0]
    assert [t.text for t, _credit in anchors(doc, q)] == ["beat"]
