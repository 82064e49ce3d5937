"""A sense WordNet knows and the gazetteer lacks, where the document's places lie (round 56, D-GEO)."""

from __future__ import annotations

from vitrina.extract.places import PlaceMention, gazetteer, resolve_document


def _mentions(*spans: tuple[str, int]) -> list[PlaceMention]:
    out, at = [], 0
    for name, paragraph in spans:
        out.append(PlaceMention(name, at, at + len(name), paragraph, locative=True))
        at += len(name) + 40
    return out


def test_a_region_the_gazetteer_lacks_is_not_the_town_on_another_continent():
    # "The farm lay on a stream in Natal; the wool went by wagon to Durban."
    decisions = resolve_document(_mentions(("Natal", 0), ("Durban", 0)), gazetteer())
    assert decisions["durban"].place is not None and decisions["durban"].place.country == "ZA"
    natal = decisions["natal"]
    assert natal.place is None
    assert "WordNet" in natal.reason and "ZA" in natal.reason


def test_the_gazetteer_sense_stands_where_the_document_reaches_its_country():
    # "The ship left Natal for Recife." — both towns of one country: the gazetteer's sense stands.
    decisions = resolve_document(_mentions(("Natal", 0), ("Recife", 0)), gazetteer())
    assert decisions["natal"].place is not None and decisions["natal"].place.country == "BR"


def test_a_lone_name_keeps_its_sense():
    # "We sailed to Natal." — no other place: nothing contradicts the gazetteer.
    decisions = resolve_document(_mentions(("Natal", 0)), gazetteer())
    assert decisions["natal"].place is not None


def test_a_sense_near_the_documents_places_stands():
    # "The convoy reached Gaza from Israel." — WordNet's Gaza lies in Israel, the gazetteer's beside it: kept.
    decisions = resolve_document(_mentions(("Gaza", 0), ("Israel", 0)), gazetteer())
    assert decisions["gaza"].place is not None
