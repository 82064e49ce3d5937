"""Types told by the words around a name and by WordNet (round 57 red team D3), on invented sentences."""

from __future__ import annotations

from tests._extract_helpers import entity, entity_of, make_doc
from vitrina.extract import extract
from vitrina.extract.entities import RawMention
from vitrina.extract.typecues import (
    CUE_SOURCE,
    facility_heads,
    offices_typed_organizations,
    organization_heads,
    person_describing,
    titled_surnames_typed_places,
)


def _span(text: str, surface: str, etype: str, source: str = "X") -> RawMention:
    start = text.index(surface)
    return RawMention(start, start + len(surface), etype, source)  # type: ignore[arg-type]


def _typed(text: str, raw: list[RawMention]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in raw]


def test_a_word_of_a_persons_views_describes_and_a_title_does_not() -> None:
    assert person_describing("Socialist") and person_describing("Conservative")
    assert not person_describing("Pastor")  # a title: "Pastor Ames" is the name
    assert not person_describing("socialist")  # not written as a name
    assert not person_describing("Harbour")  # no kind of person


def test_a_party_word_before_a_personal_name_is_no_part_of_it() -> None:
    doc = extract(make_doc(["In 1931 the seat went to the Socialist Agnes Threlfall by a narrow margin."]))
    her = entity(doc, entity_of(doc, "Agnes Threlfall"))
    assert her is not None and her.type == "person"
    assert not any(e.name.startswith("Socialist ") for e in doc.entities)


def test_a_name_before_an_organization_noun_names_the_organization() -> None:
    text = "Orbell joined the Socialist club in 1899."
    raw = [_span(text, "Socialist", "place")]
    assert _typed(text, organization_heads(text, raw)) == [("Socialist", "organization")]
    text = "Quarles left the Brimley committee in 1902."  # no word of a person's views: left alone
    raw = [_span(text, "Brimley", "place")]
    assert _typed(text, organization_heads(text, raw)) == [("Brimley", "place")]


def test_a_party_word_never_after_a_preposition_of_place_is_no_town() -> None:
    text = "Tregarthen sat as a Republican until 1912 (Republican)."
    raw = [_span(text, "Republican", "place"), RawMention(text.rindex("Republican"), text.rindex("Republican") + 10,
                                                          "place", "X")]
    assert {t for _, t in _typed(text, organization_heads(text, raw))} == {"organization"}
    text = "He moved to Republican in 1912 and sat as a Republican."
    raw = [_span(text, "Republican", "place")]
    assert _typed(text, organization_heads(text, raw)) == [("Republican", "place")]


def test_a_name_before_a_noun_of_a_facility_is_that_place_at_each_mention() -> None:
    text = "The school moved to Kelvane in 1890. Kelvane station burned down a year later."
    raw = [_span(text, "Kelvane", "person")]
    out = organization_heads(text, raw)
    out = facility_heads(text, out)
    assert _typed(text, out) == [("Kelvane", "place")] and out[0].source == CUE_SOURCE


def test_a_surname_before_a_building_noun_stays_the_persons() -> None:
    text = "Edwin Pardew built it. Pardew house stood empty after the war; Pardew sold it."
    raw = [_span(text, "Edwin Pardew", "person"), RawMention(text.rindex("Pardew"), text.rindex("Pardew") + 6,
                                                             "person", "X")]
    assert [t for _, t in _typed(text, facility_heads(text, raw))] == ["person", "person"]


def test_an_office_typed_an_organization_is_dropped_and_its_apposed_holder_kept() -> None:
    text = "The Archdeacon wrote. The Prioress, Mother Ursula Feld, replied."
    raw = [_span(text, "Archdeacon", "organization"), _span(text, "Prioress, Mother Ursula Feld", "organization")]
    assert _typed(text, offices_typed_organizations(text, raw)) == [("Mother Ursula Feld", "person")]
    text = "The Liberal won."  # a party's word is no office
    raw = [_span(text, "Liberal", "organization")]
    assert _typed(text, offices_typed_organizations(text, raw)) == [("Liberal", "organization")]


def test_a_title_and_a_surname_of_the_document_typed_a_place_is_the_person() -> None:
    text = "The chapel was built by Anton Reimers. It bears the name of the hill, not of Pastor Reimers."
    raw = [_span(text, "Anton Reimers", "person"), _span(text, "Pastor Reimers", "place")]
    assert _typed(text, titled_surnames_typed_places(text, raw))[1] == ("Pastor Reimers", "person")
    text = "Anton Reimers wrote from Port Reimers."  # no title: the place stays
    raw = [_span(text, "Anton Reimers", "person"), _span(text, "Port Reimers", "place")]
    assert _typed(text, titled_surnames_typed_places(text, raw))[1] == ("Port Reimers", "place")


def test_a_party_word_typed_a_group_stays_a_group() -> None:
    text = "The Socialist party met; one Socialist left."
    at = text.rindex("Socialist")
    raw = [RawMention(at, at + 9, "group", "NORP")]
    assert _typed(text, organization_heads(text, raw)) == [("Socialist", "group")]
