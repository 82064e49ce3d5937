"""Round 53 askctx: a question's scene-setting adjuncts (qa/question.scene_frame, scene_adjuncts, scene_names), on
invented questions: a fronted clause or phrase set off by a comma, a phrase on the asked verb naming its occasion or
cause; the slot, the verb and the answer type are read on the question proper."""

from __future__ import annotations

import pytest

from vitrina.qa.lexical import occasion_noun
from vitrina.qa.parse import parse
from vitrina.qa.question import (
    _main_wh,
    analyse,
    finite_clause,
    scene_adjuncts,
    scene_frame,
    scene_names,
)
from vitrina.qa.weights import LEXICAL


def _proper(text: str) -> str | None:
    doc = parse(text)
    cut = scene_frame(doc)
    return None if cut is None else doc[cut[0]:cut[1]].text


@pytest.mark.parametrize(("text", "proper"), [
    ("After the mayor of Tolvik was ousted, who took over the council?", "who took over the council"),
    ("Once the strike had spread to the docks, whom did the guild send to Varnby?", "whom did the guild send to Varnby"),
    ("When the talks at Kell broke down, what did the weavers decide to do?", "what did the weavers decide to do"),
    ("At the Merla fair, which cloth did the dyers show?", "which cloth did the dyers show"),
    ("Following the flood, in which town did the mill reopen?", "in which town did the mill reopen"),
])
def test_the_question_proper_follows_the_fronted_scene(text: str, proper: str) -> None:
    assert _proper(text) == proper


@pytest.mark.parametrize("text", [
    "Who took over the council after the mayor was ousted?",  # the adjunct trails: nothing fronted
    "When did the strike spread, and who led it?",  # the fronted part is itself asked
    "In which town did the mill reopen, after the flood?",
    "After the flood the mill reopened, didn't it?",  # no wh-word after the comma
])
def test_a_question_without_a_fronted_scene_is_read_whole(text: str) -> None:
    assert _proper(text) is None


def test_a_clause_is_finite_a_phrase_is_not() -> None:
    assert finite_clause(parse("After the mayor was ousted"))
    assert not finite_clause(parse("After the great flood of the valley"))


def test_the_fronted_clause_sets_the_scene_and_the_question_proper_gives_the_verb(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in (("scene_frame", 1), ("scene_background", 1), ("scene_names", 1)):
        monkeypatch.setitem(LEXICAL, key, value)
    q = analyse("After Tolvik's mayor was ousted, who took over the council?")
    assert (q.type, q.slot, q.predicate) == ("who", "subject", "take")
    assert {"ousted", "mayor", "tolvik"} <= q.background
    assert "council" not in q.background and "council" in q.content


def test_a_fronted_phrase_keeps_its_weight(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in (("scene_frame", 1), ("scene_background", 1)):
        monkeypatch.setitem(LEXICAL, key, value)
    q = analyse("Under the Merla charter, which guild did the town favour?")
    assert (q.type, q.predicate) == ("which", "favour")
    assert {"merla", "charter"} <= set(q.content) and not {"merla", "charter"} & q.background


def test_scene_names_stay_required_when_a_pronoun_may_stand_for_them() -> None:
    doc = parse("who took over his seat?")
    assert scene_names("After Ansel Varr resigned", doc, ["ansel", "varr"]) == set()
    doc = parse("who took over the seat?")
    assert scene_names("After Ansel Varr resigned", doc, ["ansel", "varr"]) == {"ansel", "varr"}


def _adjunct(text: str) -> str:
    doc = parse(text)
    return " ".join(doc[i].text for i in sorted(scene_adjuncts(doc, _main_wh(doc))))


@pytest.mark.parametrize(("text", "adjunct"), [
    ("What did the guild announce at its 1880 meeting in Kell?", "at its 1880 meeting in Kell"),
    ("What did the weavers win as a result of the long strike?", "as a result of the long strike"),
    ("Which mill did the town rebuild after the war?", "after the war"),
    ("What did the mayor promise during the election?", "during the election"),
])
def test_a_phrase_of_occasion_or_cause_on_the_asked_verb_is_scene(text: str, adjunct: str) -> None:
    assert _adjunct(text) == adjunct


@pytest.mark.parametrize("text", [
    "What did the guild unload at the port?",  # a place: where, not an occasion
    "Which mill did the town rebuild after 1890?",  # a date: a bound
    "At which meeting did the guild vote?",  # the wh-word is in the phrase
])
def test_a_phrase_of_place_date_or_the_asked_slot_is_no_scene(text: str) -> None:
    assert _adjunct(text) == ""


def test_occasion_nouns_come_from_wordnet() -> None:
    assert occasion_noun("meeting") and occasion_noun("election") and occasion_noun("war")
    assert not occasion_noun("harbor") and not occasion_noun("city")


def test_a_fronted_phrase_is_scene_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in (("scene_frame", 1), ("scene_background", 0), ("scene_evidence", 1)):
        monkeypatch.setitem(LEXICAL, key, value)
    q = analyse("Under the Merla charter, which guild did the town favour?")
    assert {"merla", "charter"} <= q.scene and not q.scene & q.background
    assert "guild" not in q.scene and q.predicate == "favour"


def test_scene_words_count_in_the_sentence_or_its_neighbours_and_cost_less_when_absent(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.ask import _cover
    from vitrina.qa.candidates import Sentence
    from vitrina.qa.weights import CONTEXT_CREDIT, SCENE

    for key, value in (("scene_frame", 1), ("scene_background", 0), ("scene_evidence", 1)):
        monkeypatch.setitem(LEXICAL, key, value)
    q = analyse("Under the Merla charter, which guild did the town favour?")
    weights = {w: 1.0 for w in q.content + q.names}
    q.optional.update({w: SCENE["absent"] for w in q.scene})  # as ask's word weights set them
    text = "The town favoured the dyers' guild above all others."
    near = Sentence(1, "d", None, 0, len(text), text, -5.0)
    _cover(near, q, weights, "", "The Merla charter of 1620 gave the town its market.")
    alone = Sentence(2, "d", None, 0, len(text), text, -5.0)
    _cover(alone, q, weights, "", "")
    assert SCENE["context_credit"] > CONTEXT_CREDIT
    assert near.coverage > alone.coverage > 0.6  # two of five words missing, at half their weight


@pytest.mark.parametrize(("text", "naming"), [
    ("What did the guild proclaim at the fair?", False),  # the wh-word is all the verb's object: a statement
    ("What did the weavers call the new loom?", True),  # an object to be named
    ("What was the new loom called?", True),  # a passive
])
def test_a_naming_verb_without_an_object_asks_what_was_stated(
        text: str, naming: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LEXICAL, "naming_needs_object", 1)
    q = analyse(text)
    assert q.naming is naming
    assert q.slot == ("complement" if naming else "object")
