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
