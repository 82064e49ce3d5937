"""Round 44 datelines: a name heading a letter's dateline is a place, a name in a vessel frame is no place.
Invented texts only."""

from __future__ import annotations

import re

from vitrina.extract.cluster import _places_named_as_people, _retype
from vitrina.extract.entities import RawMention
from vitrina.extract.places import gazetteer


def _people_as_places(text: str, names: list[str]) -> set[str]:
    ms = sorted((RawMention(f.start(), f.end(), "person", "PERSON") for n in names
                 for f in re.finditer(re.escape(n), text)), key=lambda m: m.start)
    return {text[ms[k].start : ms[k].end] for k in _places_named_as_people(text, ms, set(), gazetteer())}


def test_a_town_heading_a_letters_dateline_is_a_place() -> None:
    text = "Vitebsk, 3 March 1791\n\nDear Madam,\n\nThe roads are deep in snow and the post is late.\n"
    assert _people_as_places(text, ["Vitebsk"]) == {"Vitebsk"}


def test_a_dateline_at_a_letters_foot_places_its_town_too() -> None:
    text = "Dear Sir,\n\nYour parcel came safely.\n\nTarnow, 9 May 1802\n"
    assert _people_as_places(text, ["Tarnow"]) == {"Tarnow"}


def test_a_saints_town_in_a_dateline_is_a_place_despite_the_title() -> None:
    text = "St. Gallen, 2 June 1790\n\nDear Brother,\n\nWe are well.\n"
    assert _people_as_places(text, ["Gallen"]) == {"Gallen"}


def test_a_signature_before_a_date_stays_a_person() -> None:
    text = "Dear Sir,\n\nThe seeds are sown.\n\nMarta Quellweg, 9 May 1802\n"
    assert _people_as_places(text, ["Marta Quellweg"]) == set()


def test_a_town_in_running_prose_before_a_date_is_not_a_dateline() -> None:
    text = "Dear Sir,\n\nWe met Vitebsk, 3 March 1791 being a Sunday, at the inn and he spoke of the war.\n"
    assert _people_as_places(text, ["Vitebsk"]) == set()


def _retyped(text: str, name: str, kind: str = "place") -> str | None:
    i = text.index(name)
    m = _retype(text, RawMention(i, i + len(name), kind, "GPE"), gazetteer(), set(), set())
    return None if m is None else m.type


def test_on_board_the_name_is_a_vessel_not_a_place() -> None:
    assert _retyped("At the quay we went on board the Morgenstern and sailed at dawn.", "Morgenstern") == "other"
    assert _retyped("They slept aboard the Morgenstern that night.", "Morgenstern") == "other"


def test_the_name_then_master_and_a_person_is_a_vessel() -> None:
    assert _retyped("Goods by the Morgenstern, master Jens Ohlsen, for Lubeck.", "Morgenstern") == "other"


def test_a_town_entered_or_left_keeps_its_type() -> None:
    assert _retyped("We left the Morgenstern inn and walked to the harbour.", "Morgenstern") == "place"
    assert _retyped("They went on to Morgenstern, master of all the roads.", "Morgenstern") == "place"
