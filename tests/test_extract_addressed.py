"""A name spoken to (a vocative) names a person, not a place."""

import pytest

from vitrina.extract.entities import addressed


@pytest.mark.parametrize("text", [
    "Marta, where did your family live?",
    "TB: Marta, were you at the gate that morning?",
    "[00:01:02] HO: Marta, did you know the foreman?",
])
def test_a_name_opening_a_question_to_you_is_addressed(text):
    start = text.index("Marta")
    assert addressed(text, start, start + 5)


@pytest.mark.parametrize("text", [
    "Marta, you will recall, fell in 1940.",  # no question
    "In Marta, did you see the tower?",  # a place in a frame, not at the head
    "Marta, Ohio, is where the mill stood?",  # no one spoken to
    "Marta was where you lived?",  # no comma after it
])
def test_other_names_are_not(text):
    start = text.index("Marta")
    assert not addressed(text, start, start + 5)


def test_a_town_name_spoken_to_is_a_person_and_the_town_stays_a_place():
    from vitrina.extract import extract
    from vitrina.ingest.text import read

    text = "TB: Lincoln, your father was the foreman?\nLH: He was. My mother came from Lincoln in 1930.\n"
    doc = extract(read(text.encode(), "t.txt")[0])
    kinds = [(doc.text[m.start : m.end], m.type) for m in doc.mentions if doc.text[m.start : m.end] == "Lincoln"]
    assert kinds == [("Lincoln", "person"), ("Lincoln", "place")]


def test_a_city_name_only_the_gazetteer_finds_stays_the_person_spoken_to():
    from vitrina.extract import extract
    from vitrina.ingest.text import read

    text = ("Interviewer: Verona, when did you start at the mill?\n"
            "VA: In 1950. My uncle was in Verona after the war.\n")
    doc = extract(read(text.encode(), "t.txt")[0])
    kinds = [(doc.text[m.start : m.end], m.type) for m in doc.mentions if doc.text[m.start : m.end] == "Verona"]
    assert kinds == [("Verona", "person"), ("Verona", "place")]
