"""qa/labels.py: a record line's label names the property its value gives (round 50; invented sentences)."""

from __future__ import annotations

from vitrina.qa import labels
from vitrina.qa.question import analyse


def test_a_label_before_a_colon_is_a_field_with_its_head_noun():
    f = labels.field("Builder: Agnes Pirrow.")
    assert f is not None and f.head == "builder"
    text = "Title as bound: Leaves of the Orchard"
    g = labels.field(text)
    assert g is not None and g.head == "title" and text[g.start:g.end] == "Leaves of the Orchard"
    assert labels.field("When the bell rang for the third time the whole street heard it: fire.") is None


def test_a_who_question_asks_the_field_its_verb_names_and_no_other():
    q = analyse("Who built the orchard gazebo?")
    assert labels.asked(labels.field("Builder: Agnes Pirrow."), q)
    text = "Title as bound: Leaves of the Orchard"
    assert labels.another_field(text, text.index("Leaves"), len(text), q, held=False)
    assert not labels.another_field("Builder: Agnes Pirrow.", 9, 21, q, held=False)


def test_a_what_question_takes_the_whole_value_of_its_asked_field():
    q = analyse("What is the height of the Tollin tower?")
    text = "Height: ninety feet six inches (27.6 m)."
    start, end = labels.value(text, q)
    assert text[start:end] == "ninety feet six inches"
    other = "Engineer: Agnes Pirrow."
    assert labels.value(other, q) is None
    assert labels.another_field(other, 10, 22, q, held=True)
    assert not labels.another_field(other, 10, 22, q, held=False)
