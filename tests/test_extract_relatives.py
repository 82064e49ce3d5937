"""A relative named by a kinship phrase ("son of Mr. X") is someone else (round 44 names). Invented texts only."""

from __future__ import annotations

from tests._extract_helpers import make_doc
from vitrina.extract import extract
from vitrina.extract.cluster import relative_named
from vitrina.link import link


def _ids(doc, surface: str) -> set[str]:
    return {m.entity for m in doc.mentions if doc.text[m.start : m.end] == surface}


def test_the_father_after_son_of_a_title_is_not_the_son() -> None:
    doc = extract(make_doc([
        "Among the crew was Tobias Quennell, aged 24, a carpenter, son of Mr. T. Quennell, "
        "saddler of the same town."
    ]))
    son, father = _ids(doc, "Tobias Quennell"), _ids(doc, "T. Quennell")
    assert son and father and not son & father


def test_the_father_stays_apart_from_the_son_across_documents() -> None:
    one = extract(make_doc([
        "Among the crew was Tobias Quennell, aged 24, a carpenter, son of Mr. T. Quennell, "
        "saddler of the same town."
    ], "a"))
    two = extract(make_doc(["Tobias Quennell signed on as carpenter in the spring."], "b"))
    docs, _ = link([one, two])
    assert _ids(docs[0], "T. Quennell").isdisjoint(_ids(docs[0], "Tobias Quennell"))


def test_an_unrelated_initialled_name_still_joins_its_full_name() -> None:
    doc = extract(make_doc([
        "Tobias Quennell opened the saddlery in 1850. Two years later Mr. T. Quennell took an apprentice."
    ]))
    assert len(_ids(doc, "Tobias Quennell") | _ids(doc, "T. Quennell")) == 1


def test_relative_named_reads_the_kinship_phrase_before_a_name() -> None:
    text = "son of Mr. Quennell; the widow of the late Quennell; daughter of Quennell; a friend of Quennell"
    starts = [i for i in range(len(text)) if text.startswith("Quennell", i)]
    assert [relative_named(text, s) for s in starts] == [True, True, True, False]


def test_a_middle_name_written_and_left_out_in_one_document_still_links() -> None:
    a = extract(make_doc([
        "Franklin Delano Quillon was elected in 1932. Eleanor Quillon campaigned for him. "
        "Franklin Quillon won again in 1936."
    ], "a"))
    docs, _ = link([a])
    assert len(_ids(docs[0], "Franklin Delano Quillon") | _ids(docs[0], "Franklin Quillon")) == 1


def test_a_lone_given_name_is_the_person_named_before_not_a_later_double_given_name() -> None:
    doc = extract(make_doc([
        "Ann Quillon was born in 1821. Ann married Ezra Pell in 1843. "
        "Their children were Mary Ann (1849) and Ezra (1851)."
    ]))
    assert _ids(doc, "Ann") == _ids(doc, "Ann Quillon")
    assert _ids(doc, "Ann").isdisjoint(_ids(doc, "Mary Ann"))
