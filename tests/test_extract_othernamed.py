"""A namesake the document introduces as someone else stays apart; aliases a record states are one person;
a thing named after a person is that thing (round 54 redents54). Invented texts only."""

from __future__ import annotations

from tests._extract_helpers import entity, make_doc
from vitrina.extract import extract
from vitrina.extract.cluster import stated_alias_mark
from vitrina.extract.othernamed import introduced_as_another
from vitrina.link import link


def _ids(doc, surface: str) -> set[str]:
    return {m.entity for m in doc.mentions if doc.text[m.start : m.end] == surface}


def test_words_that_introduce_another_person() -> None:
    text = "Not to be confused with Hal Brennock, and a second Hal Brennock, another Hal Brennock."
    starts = [k for k in range(len(text)) if text.startswith("Hal", k)]
    assert all(introduced_as_another(text, s) for s in starts)
    assert not introduced_as_another("Later Hal Brennock left.", 6)
    assert not introduced_as_another("the second Hal Brennock", 11)  # a generation, read elsewhere


def test_a_namesake_after_a_distinction_phrase_is_another_person() -> None:
    doc = extract(make_doc([
        "Edwin Carrow, a weaver, was born at Dunmere about 1840.",
        "He is not to be confused with Edwin Carrow, the carter, born at Penlow in 1851.",
    ]))
    assert len(_ids(doc, "Edwin Carrow")) == 2


def test_a_second_namesake_is_another_person_across_documents_too() -> None:
    one = extract(make_doc(["Thomas Walker kept the inn at Marl Cross in 1880."], "a"))
    two = extract(make_doc([
        "Thomas Walker sold the inn at Marl Cross in 1884.",
        "A second Thomas Walker, a joiner from the coast, lodged there; he was a different man.",
    ], "b"))
    mapping, entities = link([one, two])
    people = [e for e in entities if e.type == "person" and e.name == "Thomas Walker"]
    assert len(people) == 2


def test_alias_marks_between_two_names() -> None:
    assert stated_alias_mark(" alias ") == "alias"
    assert stated_alias_mark(" (alias ") == "alias"
    assert stated_alias_mark(" alias Brant alias ") == "alias"
    assert stated_alias_mark(", formerly ") == "formerly"
    assert stated_alias_mark(" and ") is None
    assert stated_alias_mark(" alias Brant and ") is None


def test_a_stated_alias_is_the_same_person() -> None:
    doc = extract(make_doc(["The prisoner Walter Brant alias Brant alias McBrant was committed in 1881."]))
    eid = next(iter(_ids(doc, "Walter Brant")))
    assert "McBrant" in entity(doc, eid).aliases


def test_a_former_full_name_is_the_same_person() -> None:
    doc = extract(make_doc(["Peter Lang, formerly Pieter Langeveld, was admitted a citizen in 1890."]))
    assert _ids(doc, "Peter Lang") == _ids(doc, "Pieter Langeveld")


def test_a_ship_named_after_a_person_is_no_person() -> None:
    doc = extract(make_doc(["The ship Wellesley carried emigrants from Leith; it is not the statesman Richard Wellesley."]))
    ship = entity(doc, next(iter(_ids(doc, "Wellesley"))))
    assert ship.type == "vessel"
    assert _ids(doc, "Wellesley") != _ids(doc, "Richard Wellesley")


def test_a_division_or_station_named_after_a_person_is_that_thing() -> None:
    doc = extract(make_doc([
        "Sergeant Alfred Marlow of the Marlow division reported. He went to the Hensby station at noon.",
    ]))
    kinds = {doc.text[m.start : m.end]: m.type for m in doc.mentions}
    assert kinds.get("Marlow division") == "organization"
    assert kinds.get("Hensby station") == "organization"
    assert kinds.get("Alfred Marlow") == "person"


def test_a_family_after_a_name_is_still_people() -> None:
    doc = extract(make_doc(["The Hensby family farmed the valley until 1901."]))
    assert all(m.type != "organization" for m in doc.mentions)


def test_a_label_before_a_numbering_word_and_a_collar_number() -> None:
    doc = extract(make_doc([
        "Cert. No. 2210. The lodger was taken by P.C. 45 Harker at the corner of the square in 1879.",
    ]))
    kinds = {doc.text[m.start : m.end]: m.type for m in doc.mentions}
    assert "Cert" not in kinds
    assert kinds.get("P.C. 45 Harker") == "person"
    assert "P.C." not in kinds


def test_a_cell_or_label_opening_word_is_no_name() -> None:
    doc = extract(make_doc([
        "Entry | Name | Charge",
        "12 | Alfred Marlow | Burglary of a shop",
        "Witness: Alfred Marlow gave evidence in 1880.",
    ]))
    kinds = {doc.text[m.start : m.end] for m in doc.mentions}
    assert "Burglary" not in kinds and "Witness" not in kinds
    assert "Alfred Marlow" in kinds


def test_an_adjective_before_a_thing_noun_names_no_thing() -> None:
    doc = extract(make_doc(["Along the Danish border and in the Swedish navy the winter of 1902 was hard."]))
    assert not any(doc.text[m.start : m.end].endswith(("border", "navy")) for m in doc.mentions)


def test_a_common_surname_opening_a_sentence_is_still_a_name() -> None:
    from vitrina.extract.entities import RawMention
    from vitrina.extract.logwords import cell_opening_word

    text = "The vote was close. Baker said the bill would pass. | Burglary of a shop |"
    assert not cell_opening_word(text, RawMention(20, 25, "person", "PERSON"))
    at = text.index("Burglary")
    assert cell_opening_word(text, RawMention(at, at + 8, "person", "PERSON"))
