"""Kinds of names from their head word and the document's evidence (round 52 red team D2, D5)."""

from __future__ import annotations

from vitrina.extract.entities import RawMention
from vitrina.extract.namekinds import (
    clubs_cut_short,
    division_name,
    institution_noun,
    institutions_typed_people,
    period_name,
    possessive_institutions,
    team_name,
)
from vitrina.extract.places import gazetteer


def _span(text: str, surface: str, etype: str = "person", source: str = "PERSON") -> RawMention:
    start = text.index(surface)
    return RawMention(start, start + len(surface), etype, source)  # type: ignore[arg-type]


def test_a_club_named_after_its_town_is_no_person() -> None:
    gaz = gazetteer()
    assert team_name(["Leeds", "Harbour", "Rovers"], gaz)  # a plural noun of people after a town
    assert team_name(["Bristol", "South", "End"], gaz)  # a compass word inside
    assert not team_name(["Agatha", "Rovers"], gaz)  # no town first
    assert not team_name(["Leeds", "Parsonage"], gaz)  # no plural of people or groups, no compass word


def test_a_term_of_the_calendar_is_a_period_only_with_a_year_or_a_preposition() -> None:
    text = "She came up in Trinity Term and left after Easter Term 1902. Agatha Day spoke."
    assert period_name(text, *_bounds(text, "Trinity Term"))
    assert period_name(text, *_bounds(text, "Easter Term"))
    assert not period_name(text, *_bounds(text, "Agatha Day"))  # no year after, no preposition before


def _bounds(text: str, surface: str) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def test_a_possessive_name_headed_by_a_building_is_one_institution() -> None:
    text = "Jane Oddie (St Wilfrid's Hall) and Ruth Kemp (Queen's College) sat; Newton's Law held."
    spans = [text[a:b] for a, b in possessive_institutions(text)]
    assert spans == ["St Wilfrid's Hall", "Queen's College"]
    assert institution_noun("Hall") and not institution_noun("Law")


def test_a_person_named_like_the_documents_institutions_is_one_of_them() -> None:
    text = "Ruth Kemp (Beaumont Hall) and Jane Oddie (St Wilfrid's Hall) graduated."
    mentions = [_span(text, "Ruth Kemp"), _span(text, "Beaumont Hall"),
                _span(text, "St Wilfrid's Hall", "organization", "ORG")]
    kinds = {text[m.start:m.end]: m.type for m in institutions_typed_people(text, mentions)}
    assert kinds == {"Ruth Kemp": "person", "Beaumont Hall": "organization", "St Wilfrid's Hall": "organization"}


def test_a_clubs_name_cut_after_its_town_is_the_club() -> None:
    text = "Leeds Harbour Rovers won 2-0 Leeds Harbour Rovers away."
    whole = _span(text, "Leeds Harbour Rovers", "organization", "ORG")
    tail = RawMention(text.rindex("Harbour Rovers"), text.rindex("Harbour Rovers") + len("Harbour Rovers"),
                      "person", "PERSON")
    out = clubs_cut_short(text, [whole, tail])
    assert [(text[m.start:m.end], m.type) for m in out] == [("Leeds Harbour Rovers", "organization")] * 2


def test_a_surname_in_use_keeps_its_person_beside_an_institution() -> None:
    """The corpus had "Thomas Gage" beside a body ending in the same noun: a surname alone elsewhere keeps him."""
    text = "Ruth Kemp left Beaumont Hall for Stirling Hall. Later Kemp wrote."
    mentions = [_span(text, "Ruth Kemp"), _span(text, "Beaumont Hall", "organization", "ORG"),
                _span(text, "Stirling Hall"), RawMention(text.rindex("Kemp"), text.rindex("Kemp") + 4, "person", "PERSON")]
    kinds = [m.type for m in institutions_typed_people(text, mentions)]
    assert kinds == ["person", "organization", "organization", "person"]
    text2 = "Agnes Hall met Beaumont Hall's warden. Hall smiled."
    mentions2 = [_span(text2, "Agnes Hall"), _span(text2, "Beaumont Hall", "organization", "ORG"),
                 RawMention(text2.rindex("Hall"), text2.rindex("Hall") + 4, "person", "PERSON")]
    assert [m.type for m in institutions_typed_people(text2, mentions2)][0] == "person"


def test_a_possessive_inside_a_longer_name_is_left_to_it() -> None:
    from vitrina.extract.namekinds import retype_by_heads

    text = "The Harbour Fund's Board of Trustees met."
    whole = _span(text, "Harbour Fund's Board of Trustees", "organization", "ORG")
    out = retype_by_heads(text, [whole], None)
    assert [(text[m.start:m.end], m.type) for m in out] == [("Harbour Fund's Board of Trustees", "organization")]


def test_a_body_read_apart_from_its_persons_possessive_is_left_to_them() -> None:
    from vitrina.extract.namekinds import retype_by_heads

    text = "Governor Ada Brisk's Council met."
    person, body = _span(text, "Ada Brisk"), _span(text, "Council", "organization", "ORG")
    out = retype_by_heads(text, [person, body], None)
    assert [(text[m.start:m.end], m.type) for m in out] == [("Ada Brisk", "person"), ("Council", "organization")]


def test_a_possessor_named_in_full_keeps_the_body_his() -> None:
    from vitrina.extract.namekinds import retype_by_heads

    text = "Ada Brisk spoke. Later Brisk's Council met."
    person = _span(text, "Ada Brisk")
    out = retype_by_heads(text, [person], None)
    assert [(text[m.start:m.end], m.type) for m in out] == [("Ada Brisk", "person")]


def test_a_division_of_land_before_a_place_is_no_person() -> None:
    gaz = gazetteer()
    assert division_name(["County", "Cork"], gaz)  # a place's kind, then a place the gazetteer knows
    assert division_name(["District", "of", "Leeds"], gaz)
    assert not division_name(["County", "Zqxwv"], gaz)  # the rest no place
    assert not division_name(["King", "Leeds"], gaz)  # a person's noun first
    assert not division_name(["Leeds"], gaz)
