"""The place of one act as a value (``vitrina.venues``), on sentences of our own."""

from __future__ import annotations

import pytest

from vitrina.venues import Sense, place_relation, venues

CITY_A = Sense("geonames:1", "city", "PT")
CITY_B = Sense("geonames:2", "city", "PT")
CITY_ABROAD = Sense("geonames:3", "city", "ES")
COUNTRY = Sense("geonames:10", "country", "PT")
OTHER_COUNTRY = Sense("geonames:11", "country", "ES")
STATE = Sense("geonames:20", "admin-region", "PT")


def test_one_sense_agrees():
    assert place_relation(CITY_A, CITY_A) == "agree"


def test_a_city_in_the_named_country_is_more_precise():
    assert place_relation(CITY_A, COUNTRY) == "consistent"
    assert place_relation(COUNTRY, CITY_A) == "consistent"


def test_two_cities_or_two_countries_or_a_city_abroad_differ():
    assert place_relation(CITY_A, CITY_B) == "differ"
    assert place_relation(COUNTRY, OTHER_COUNTRY) == "differ"
    assert place_relation(CITY_ABROAD, COUNTRY) == "differ"


def test_a_city_and_a_division_of_one_country_are_not_compared():
    assert place_relation(CITY_A, STATE) is None


def test_a_region_is_never_compared():
    assert place_relation(Sense("region:x", "region", ""), COUNTRY) is None


def _venues(sentence: str, names: list[str]):
    from vitrina.qa.parse import parse_many

    doc = parse_many([sentence])[0]
    return [(v.entity, v.slot, v.act[0]) for v in
            venues(doc, 0, [(sentence.index(n), sentence.index(n) + len(n), n) for n in names])]


@pytest.fixture(autouse=True)
def _parser():
    pytest.importorskip("spacy")
    from vitrina.qa.parse import parser

    try:
        parser()
    except OSError:
        pytest.skip("no spaCy model")


def test_where_an_act_took_place_went_to_or_came_from():
    assert _venues("The envoys signed the accord at Lisbon in May.", ["Lisbon"]) == [("Lisbon", "location", "signed")]
    assert _venues("The royal household fled to Portugal last winter.", ["Portugal"]) == [("Portugal", "goal", "fled")]


def test_a_name_inside_a_noun_phrase_stands_for_it():
    assert _venues("The steamer sank off the coast of Norway.", ["Norway"]) == [("Norway", "location", "sank")]


def test_a_list_of_places_gives_no_venue():
    assert _venues("Talks were held in Lisbon and Madrid.", ["Lisbon", "Madrid"]) == []


def test_two_acts_keep_their_own_places():
    found = _venues("She was born in Lisbon and died in Madrid.", ["Lisbon", "Madrid"])
    assert [(e, act) for e, _slot, act in found] == [("Lisbon", "born"), ("Madrid", "died")]


def test_a_former_name_or_state_only_agrees_with_itself():
    former = Sense("alias:old-kingdom", "country", "PT")
    assert place_relation(former, OTHER_COUNTRY) is None
    assert place_relation(former, former) == "agree"


def test_two_names_of_one_country_s_land_are_not_compared():
    assert place_relation(COUNTRY, Sense("geonames:12", "country", "PT")) is None
