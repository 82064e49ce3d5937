"""A question that names the thing by a broader word or by its event noun (issue #12, round 38), on
invented questions and sentences."""

from __future__ import annotations

from vitrina.qa.lexical import aspectual, names_documents, wording, wordnet
from vitrina.qa.parse import parse_many
from vitrina.qa.question import analyse
from vitrina.qa.structure import anchors


def _anchored(question: str, sentence: str) -> list[str]:
    return [t.text for t, _c in anchors(parse_many([sentence])[0], analyse(question))]


def test_a_noun_whose_kinds_are_named_documents_is_no_wording() -> None:
    assert not wording("agreement")  # its first sense is a statement, but treaties are kinds of it
    assert not wording("pact") and not wording("accord")
    assert wording("slogan") and wording("reply") and wording("motto")
    wn = wordnet()
    assert names_documents(wn.synset("agreement.n.01"))
    assert not names_documents(wn.synset("motto.n.01"))


def test_which_agreement_asks_which_one_not_its_words() -> None:
    q = analyse("Which agreement ended the tariff quarrel between Osland and Vell?")
    assert not q.wording and not q.name_words
    assert q.head == "agreement"
    assert analyse("What slogan did the dockers chant?").wording


def test_the_phases_of_an_event_are_aspectual_verbs() -> None:
    assert aspectual("begin") and aspectual("start") and aspectual("end") and aspectual("finish")
    assert not aspectual("eat") and not aspectual("sign")


def test_a_phase_verb_with_an_event_subject_aligns_on_the_event() -> None:
    q = analyse("When did the dock strike begin?")
    assert q.predicate == "begin" and q.nominal == "strike"
    assert analyse("When did the Marrow invasion start?").nominal == "invade"
    assert analyse("When did Ada Lind begin the survey?").nominal is None  # a doer, not an event, begins
    assert _anchored("When did the dock strike begin?",
                     "The dockers of Port Elm went on strike on 3 May 1921.") == ["strike"]


def test_the_phase_verb_itself_still_comes_first() -> None:
    assert _anchored("When did the dock strike begin?",
                     "The dock strike began on 3 May 1921 and the harbour closed.") == ["began"]


def test_a_phase_noun_after_a_light_verb_states_the_act() -> None:
    q = analyse("Which accord brought the border war between Osland and Vell to an end?")
    assert q.nominal == "end" and "bring" in q.light
    assert analyse("Which charter put an end to the salt levy?").nominal == "end"
    assert analyse("What did the envoy bring to Tarn?").nominal is None
    assert _anchored("Which accord brought the border war between Osland and Vell to an end?",
                     "The border war between Osland and Vell was ended by the Accord of Tarn.") == ["ended"]
