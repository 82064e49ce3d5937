"""Yes/no questions on invented sentences: implicatives in the question, opposites, denials in other
words, and statements about other participants."""

from __future__ import annotations

import pytest

from vitrina.qa.lexical import opposites
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import fill


def _verdicts(sentence: str, question: str) -> list[tuple[str, str]]:
    """(the sentence's word, "yes" or "no") of every truth slot the sentence gives the question."""
    q = analyse(question)
    doc = parse_many([sentence])[0]
    return [(sentence[s.start:s.end], "no" if s.negated != q.negated else "yes") for s in fill(doc, q)
            if s.kind == "truth"]


@pytest.mark.parametrize(("question", "predicate", "negated"), [
    ("Did the Velan army manage to hold the bridge?", "hold", False),
    ("Did the Orsk guild end up joining the league?", "join", False),
    ("Did the senate succeed in ratifying the charter?", "ratify", False),
    ("Did the senate fail to ratify the charter?", "ratify", True),
    ("Did the senate not refuse to ratify the charter?", "ratify", False),
    ("Did the senate want to ratify the charter?", "want", False),  # wanting is asked, not the act
])
def test_an_implicative_of_the_question_asks_the_act_it_entails(question: str, predicate: str, negated: bool) -> None:
    q = analyse(question)
    assert (q.predicate, q.negated) == (predicate, negated)


def test_a_negative_implicative_of_a_wh_question_stays_its_predicate() -> None:
    assert analyse("Which guild refused to sign the Brennor charter?").predicate == "refuse"


def test_an_implicative_keeps_the_doer_of_the_question() -> None:
    assert analyse("Did Mayor Vell manage to close the harbour?").subject == {"mayor", "vell"}


def test_opposites_reach_across_a_synset() -> None:
    assert opposites("win", "v")["lose"] > opposites("increase", "v")["fall"] > 0  # direct, then indirect
    assert "rise" in opposites("go_down", "v")
    assert opposites("ratify", "v") == {}


@pytest.mark.parametrize(("sentence", "question", "verdict"), [
    ("After the treaty, Orsk's exports fell sharply.", "Did Orsk's exports increase after the treaty?", "no"),
    ("After the treaty, Orsk's exports grew sharply.", "Did Orsk's exports increase after the treaty?", "yes"),
    ("After the fire, the price of grain rose.", "Did the price of grain go down after the fire?", "no"),
    ("The Velan army lost the battle of Ostra.", "Did the Velan army win the battle of Ostra?", "no"),
    ("The Lind council rejected the plan.", "Did the Lind council approve the plan?", "no"),
    ("The Velan army held the bridge for a week.", "Did the Velan army manage to hold the bridge?", "yes"),
    ("The senate ratified the Brennor charter.", "Did the senate fail to ratify the Brennor charter?", "no"),
])
def test_the_statement_decides_through_opposites_and_implicatives(sentence: str, question: str, verdict: str) -> None:
    assert verdict in {v for _w, v in _verdicts(sentence, question)}
    assert {v for _w, v in _verdicts(sentence, question)} == {verdict}


def test_a_negated_act_of_the_same_participants_in_other_words_denies_it() -> None:
    question = "Did the Tarn guild promise direct help for the barges?"
    assert _verdicts("The Tarn guild did not offer any pledge of direct support for the barges.", question) \
        == [("offer", "no")]
    # an affirmative verb in other words asserts nothing about the asked act
    assert _verdicts("The Tarn guild offered a pledge of direct support for the barges.", question) == []
    # nor does a denial about something else the same participant did
    assert _verdicts("The Tarn guild did not mention the river tolls.", question) == []


def test_a_passive_question_is_denied_of_its_patient_named_by_a_pronoun() -> None:
    sentence = "Though Velmark had long traded with the guild, it was not invited to the spring council."
    assert _verdicts(sentence, "Was Velmark asked to the spring council?") == [("invited", "no")]


def test_a_statement_about_another_participant_gives_no_verdict() -> None:
    # passive question: the patient of the sentence's verb is someone else
    assert _verdicts("Mayor Tarn asked Velmark for a loan.", "Was Orsk asked for a loan?") == []
    # the question's "UK" is the sentence's "United Kingdom"
    assert _verdicts("The United Kingdom never joined the Velan Union.", "Did the UK ever end up joining the Velan Union?") \
        == [("joined", "no")]


@pytest.mark.parametrize(("sentence", "question", "verdict"), [
    ("There was no agreement on the border.", "Did the guilds reach an agreement on the border?", "no"),
    ("Warden Orl denied that the Velan guild had opened the gate.", "Did the Velan guild open the gate?", "no"),
    ("Warden Orl said that the Velan guild had opened the gate.", "Did the Velan guild open the gate?", "yes"),
])
def test_a_denied_clause_or_a_negated_event_noun_answers_no(sentence: str, question: str, verdict: str) -> None:
    assert {v for _w, v in _verdicts(sentence, question)} == {verdict}
