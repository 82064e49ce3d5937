"""qa.lexical: a participle that names one sense of its verb ("born") is related through that sense only (round 38)."""

from __future__ import annotations


def test_born_is_not_related_to_holding() -> None:
    from vitrina.qa.lexical import related

    assert "hold" in related("bear", "v")  # the verb's other senses: bear a title, hold
    assert "hold" not in related("born", "v")
    assert "birth" in related("born", "v")


def test_the_question_word_is_asked_for_when_it_names_a_sense() -> None:
    from vitrina.qa.lexical import sense_form

    assert sense_form("bear", ["anna", "holm", "born"]) == "born"
    assert sense_form("bear", ["anna", "holm", "bore"]) == "bear"
    assert sense_form("hold", ["meeting", "held"]) == "hold"


def test_words_of_promising_by_their_wordnet_senses() -> None:
    from vitrina.qa.lexical import _commitment_form

    assert all(_commitment_form(w, "v") for w in ("promised", "pledged", "vowed", "guaranteed"))
    assert all(_commitment_form(w, "n") for w in ("promise", "guarantee", "vow"))
    assert not any(_commitment_form(w, "v") for w in ("said", "hoped", "built", "agreed"))
    assert not _commitment_form("bridge", "n")


def test_adjectives_of_age_by_their_wordnet_attribute() -> None:
    from vitrina.qa.lexical import age_adjective

    assert age_adjective("old") and age_adjective("young")
    assert not any(age_adjective(w) for w in ("long", "tall", "heavy", "large"))
