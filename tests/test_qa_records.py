"""qa/records.py: roles and record fields read as answers (round 43; invented sentences)."""

from __future__ import annotations

import pytest

from vitrina.qa import records
from vitrina.qa.parse import parse
from vitrina.qa.question import analyse


def read(question: str, sentence: str) -> list[tuple[str, str, str]]:
    return [(sentence[r.start:r.end], r.kind, r.structure) for r in records.reads(parse(sentence), analyse(question))]


@pytest.mark.parametrize("question, sentence, expected", [
    ("Who chaired the meeting?", "Jane Roe (chair), Tom Ash (secretary) and six members attended.",
     ("Jane Roe", "person", "parenthesis")),
    ("Who was the secretary of the club?", "Jane Roe (chair), Tom Ash (secretary) and six members attended.",
     ("Tom Ash", "person", "parenthesis")),
    ("Who interviewed Mary Bell?", "Interviewer: Tom Ash (TA).", ("Tom Ash", "person", "label")),
    ("Who was the treasurer of the guild?", "Jane Roe, the guild's treasurer, paid the rent.",
     ("Jane Roe", "person", "apposition")),
    ("Who was the treasurer of the guild?", "The treasurer, Jane Roe, paid the rent.",
     ("Jane Roe", "person", "apposition")),
])
def test_a_role_in_a_parenthesis_label_or_apposition_names_its_holder(question, sentence, expected):
    assert read(question, sentence) == [expected]


def test_the_role_is_matched_through_wordnet_not_a_list():
    # "chaired" asks the person noun WordNet derives from the verb and its synonyms ("chairwoman")
    assert "chairwoman" in records.role_words(analyse("Who chaired the meeting?"))
    assert read("Who chaired the meeting?", "Ann Lee (chairwoman) opened it.") == [("Ann Lee", "person", "parenthesis")]


def test_another_role_names_nobody_for_the_asked_one():
    assert read("Who chaired the meeting?", "Tom Ash (secretary) and six members attended.") == []
    assert read("Who was the treasurer of the guild?", "Jane Roe, the guild's secretary, paid the rent.") == []


@pytest.mark.parametrize("question, sentence, expected", [
    ("How old was Mary Bell in 1881?", "Mary Bell, daughter, aged 14, scholar, born Leeds.", ("14", "quantity", "field")),
    ("Where was Mary Bell born?", "Mary Bell, daughter, aged 14, scholar, born Leeds.", ("Leeds", "place", "field")),
    ("Where was Tom Ash born?", "Tom Ash, born 1850 in Halifax, kept the mill.", ("Halifax", "place", "field")),
    ("When was Tom Ash born?", "Tom Ash, born 1850 in Halifax, kept the mill.", ("1850", "date", "field")),
    ("How old was Tom Ash when he died?", "I found the record: Tom Ash, death registered 1911, Halifax district, aged 61.",
     ("61", "quantity", "field")),
    ("How old was Tom Ash when he was buried?",
     "Tom the elder kept the forge on Mill Lane and was buried in 1880, aged 70.", ("70", "quantity", "field")),
])
def test_a_record_field_gives_the_asked_property_of_the_questions_name(question, sentence, expected):
    assert read(question, sentence) == [expected]


def test_a_field_of_another_person_is_not_read():
    assert read("How old was Tom Ash?", "Ann Lee, aged 30, married Tom Ash.") == []


def test_a_clause_is_left_to_the_clause_reader():
    assert read("Where was Tom Ash born?", "Tom Ash was born in Halifax.") == []


def test_how_old_asks_the_attribute_wordnet_gives_the_adjective():
    assert records.field_words(analyse("How old was Tom Ash?")) == (frozenset({"age"}), "quantity")
    assert records.field_words(analyse("How many mills did Tom Ash own?")) is None


def test_a_name_asked_about_is_no_role_and_a_spelled_number_is_whole():
    assert records.role_words(analyse("What was the Lady Mary Hale?")) == frozenset()
    assert read("How old was the mate Tom Ash?", "Tom Ash, mate, aged thirty-four, of Hull.") == \
        [("thirty-four", "quantity", "field")]


def test_a_qualified_role_needs_its_qualifier():
    assert read("Who was the first treasurer of the guild?", "The treasurer, Jane Roe, paid the rent.") == []
    assert read("Who was the first treasurer of the guild?", "The first treasurer, Jane Roe, paid the rent.") == \
        [("Jane Roe", "person", "apposition")]
    # a noun qualifying the role counts too: "the Soviet ambassador" is not "the U.S. ambassador"
    assert read("Who was the U.S. ambassador in 1962?", "The Soviet ambassador, Ivan Petrov, met him.") == []
    assert read("Who was the U.S. ambassador in 1962?", "The U.S. ambassador, Tom Ash, spoke.") == \
        [("Tom Ash", "person", "apposition")]


def test_a_date_after_the_participle_is_no_place():
    assert read("Where was Tom Ash killed?", "Tom Ash, killed in January 1961, was buried at Hull.") == []
