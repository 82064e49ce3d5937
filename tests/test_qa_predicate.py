"""qa/predicate.py: questions answered by a predicate or an outcome (invented sentences)."""

from __future__ import annotations

import pytest

from vitrina.qa.parse import parse
from vitrina.qa.predicate import focus, outcome_noun, outcome_verbs, spans, with_aliases
from vitrina.qa.question import analyse
from vitrina.qa.structure import fill


def _answers(question: str, sentence: str) -> list[str]:
    found = focus(parse(question))
    assert found is not None
    return [sentence[s:e] for s, e, _credit, _head in spans(parse(sentence), found)]


def test_did_reads_the_verb_phrase_of_the_asked_subject_not_of_another_name():
    got = _answers("What did Ottoline Marsh do after Colonel Ferris closed the quarry?",
                   "After Ferris closed the quarry, Marsh sold her shares to the miners.")
    assert got == ["sold her shares to the miners"]


def test_did_drops_a_trailing_year_the_question_does_not_ask():
    got = _answers("What did the guild do after the fire?", "The guild rebuilt its hall in 1822.")
    assert got == ["rebuilt its hall"]


def test_did_keeps_the_verbs_that_share_the_subject_and_stops_at_a_clause_of_its_own():
    got = _answers("What did Halvorsen do?",
                   "Halvorsen packed the maps and left the valley, but the survey went on without him.")
    assert got == ["packed the maps and left the valley"]


def test_did_reads_a_relative_clause_on_the_asked_name():
    got = _answers("What did the Brackwater Charter do?",
                   "The mayor signed the Brackwater Charter, which opened the market to outside traders.")
    assert "opened the market to outside traders" in got


def test_did_aligns_a_head_noun_with_its_wordnet_relative():
    got = _answers("What did the delegates do?", "The delegation walked out of the hall.")
    assert got == ["walked out of the hall"]


def test_happened_to_prefers_the_passive_verb_of_the_asked_name():
    found = focus(parse("What happened to Ansel Krug after the raid?"))
    assert found is not None and found.reading == "underwent"
    sentence = "Krug fled to the coast, but was arrested and jailed."
    ranked = sorted(spans(parse(sentence), found), key=lambda s: -s[2])
    assert sentence[ranked[0][0]:ranked[0][1]] == "arrested and jailed"


def test_result_of_reads_what_the_outcome_verb_governs():
    found = focus(parse("What was the result of the drought in the valley?"))
    assert found is not None and found.reading == "outcome"
    sentence = "Rain failed for three summers, which led to the abandonment of the upper farms."
    got = [sentence[s:e] for s, e, _c, _h in spans(parse(sentence), found)]
    assert got == ["the abandonment of the upper farms"]


def test_an_outcome_is_not_read_from_a_pronoun_doing_something_else():
    found = focus(parse("What was the outcome of the strike?"))
    assert found is not None
    assert spans(parse("It lasted a week."), found) == []


@pytest.mark.parametrize("question", ["Who closed the quarry?", "What did Marsh say he would do?",
                                      "What is the capital of the province?", "When did the guild rebuild its hall?"])
def test_other_questions_have_no_predicate_focus(question):
    assert focus(parse(question)) is None


def test_outcome_nouns_and_verbs_come_from_wordnet():
    assert outcome_noun("consequence") and outcome_noun("outcome") and not outcome_noun("harvest")
    assert {"result", "lead"} <= outcome_verbs()


def test_analyse_asks_the_action_slot_with_the_focus():
    q = analyse("What happened to the lighthouse keeper?")
    assert q.slot == "action" and q.act_focus is not None and q.act_focus.reading == "underwent"


def test_happened_to_is_not_read_from_an_act_of_the_asked_name():
    found = focus(parse("What happened to the ferryman?"))
    assert found is not None
    assert spans(parse("The ferryman visited his sister in the spring."), found) == []


def test_did_is_not_read_from_a_copula():
    found = focus(parse("What did the Larkspur Accord do?"))
    assert found is not None
    assert spans(parse("The Larkspur Accord was a short treaty."), found) == []


def test_did_is_not_read_from_a_verb_of_state():
    found = focus(parse("What did the Larkspur Accord do?"))
    assert found is not None
    sentence = "The Larkspur Accord proved durable, and it opened the river to barges."
    assert [sentence[s:e] for s, e, _c, _h in spans(parse(sentence), found)] == ["opened the river to barges"]


def test_an_act_only_resolved_or_supposed_is_no_answer():
    found = focus(parse("What became of the brass lantern?"))
    assert found is not None
    assert spans(parse("The board resolved that the brass lantern be given to the museum."), found) == []
    found = focus(parse("What did Ilse Varn do?"))
    assert found is not None
    assert spans(parse("If Varn had sold the farm, the village would have starved."), found) == []
    assert spans(parse("Varn would sell the farm."), found) == []


def test_do_read_as_an_auxiliary_by_the_parser_is_still_the_asked_verb():
    found = focus(parse("What did the crew do once the storm broke?"))
    assert found is not None and found.reading == "did"


def test_a_pronoun_doer_is_no_focus():
    assert focus(parse("What did the envoy say he would do?")) is None


def test_the_stores_other_names_of_x_align_with_the_subject():
    found = focus(parse("What did the UK do after the vote?"))
    assert found is not None
    sentence = "After the vote, the United Kingdom recalled its envoy."
    assert _spans_of(found, sentence) == []
    named = with_aliases(found, [(("uk",), [("united", "kingdom")])])
    assert _spans_of(named, sentence) == ["recalled its envoy"]


def test_fill_reads_the_action_slot_through_the_focus():
    q = analyse("What did Marsh do after Ferris closed the quarry?")
    sentence = "After Ferris closed the quarry, Marsh sold her shares."
    assert [sentence[s.start:s.end] for s in fill(parse(sentence), q)] == ["sold her shares"]


def _spans_of(found, sentence: str) -> list[str]:
    return [sentence[s:e] for s, e, _c, _h in spans(parse(sentence), found)]


@pytest.fixture()
def undergone_active():
    from vitrina.qa.weights import LEXICAL
    before = LEXICAL["undergone_active"]
    LEXICAL["undergone_active"] = 1
    yield
    LEXICAL["undergone_active"] = before


def test_happened_to_reads_the_active_verbs_whose_object_is_the_asked_name(undergone_active):
    got = _answers("What happened to Mayor Tobin Ashgrove in 1911?",
                   "In 1911 a committee of angry ratepayers censured and removed Ashgrove from office.")
    assert got == ["censured and removed"]


def test_happened_to_reads_a_verb_without_object_whose_subject_is_the_asked_name(undergone_active):
    got = _answers("What happened to the Quillan Rowing Club in 1950?",
                   "The Quillan Rowing Club quietly dissolved in the spring of 1950 after its boathouse flooded.")
    assert got == ["dissolved"]


def test_happened_to_ignores_an_act_of_the_asked_name_on_something_else(undergone_active):
    got = _answers("What happened to the Larkmoor choir?", "The Larkmoor choir visited Ghent and sang there twice.")
    assert got == []


def test_happened_to_reads_only_passives_with_the_switch_off():
    from vitrina.qa.weights import LEXICAL
    before = LEXICAL["undergone_active"]
    LEXICAL["undergone_active"] = 0
    try:
        got = _answers("What happened to the Quillan Rowing Club?", "The Quillan Rowing Club quietly dissolved.")
    finally:
        LEXICAL["undergone_active"] = before
    assert got == []


def test_happened_to_is_not_answered_by_the_act_the_question_states(undergone_active):
    got = _answers("What happened to Corin Vale after the rebels captured him?",
                   "In May the rebels captured Corin Vale near the ford.")
    assert got == []


def test_happened_to_skips_a_verb_that_makes_the_asked_name_do_or_be_something(undergone_active):
    got = _answers("What happened to the ferryman Olaf Brink?",
                   "The storm caused Olaf Brink to abandon his boat, and the parish named Brink its sexton.")
    assert got == []


def test_happened_to_skips_an_act_of_saying_or_making_by_the_asked_name(undergone_active):
    got = _answers("What happened to Warden Eliza Pound?", "Pound wrote to the governor twice that winter.")
    assert got == []


def test_happened_to_reads_the_object_by_its_noun_phrase_not_its_clause(undergone_active):
    got = _answers("What happened to the Marrowby lease?",
                   "The mayor signed a charter stating that the Marrowby lease was void.")
    assert got == []


def test_happened_to_skips_an_act_only_named_after_a_preposition(undergone_active):
    got = _answers("What happened to the Moravian weavers?",
                   "The decree kept even skilled workers from hiring the Moravian weavers.")
    assert got == []
