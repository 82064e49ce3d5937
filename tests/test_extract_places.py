from __future__ import annotations

import pytest

from tests._extract_helpers import entity, entity_of, make_doc
from vitrina.extract.places import gazetteer, normalise


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def test_cities_countries_and_historical_names(gaz):
    lisbon = gaz.resolve("Lisbon")
    assert lisbon is not None and lisbon.country == "PT"
    assert abs(lisbon.lat - 38.7) < 0.5 and abs(lisbon.lon + 9.1) < 0.5
    assert gaz.resolve("Portugal").kind == "country"
    istanbul = gaz.resolve("Constantinople")
    assert istanbul is not None and istanbul.country == "TR"
    assert gaz.resolve("Ceylon").country == "LK"
    assert gaz.resolve("the Balkans").kind == "region"


def test_context_and_population_disambiguate(gaz):
    # several cities are called Alexandria; the largest wins without context
    assert gaz.resolve("Alexandria").country == "EG"
    assert gaz.resolve("Alexandria", frozenset({"US"})).country == "US"


def test_unknown_place_has_no_point(gaz):
    assert gaz.resolve("Qwertzhaven Minor") is None
    assert normalise("the  U.S.") == "us"


def test_facility_names_do_not_use_alternate_city_names(gaz):
    assert gaz.resolve("Lisbon", alternates=False) is not None


def test_places_in_a_document_get_coordinates():
    pytest.importorskip("vitrina.extract.dates")
    from vitrina.extract import extract

    doc = extract(make_doc([
        "The envoys sailed from Lisbon to Constantinople, then crossed Persia to reach Kabul."
    ]))
    for name, country in (("Lisbon", "PT"), ("Constantinople", "TR")):
        e = entity(doc, entity_of(doc, name))
        assert e is not None and e.type == "place" and e.lat is not None, name
        assert gazetteer().resolve(name).country == country
    persia = entity(doc, entity_of(doc, "Persia"))
    assert persia is not None and persia.lat is not None


def test_month_after_locative_is_not_a_place():
    from tests._extract_helpers import make_doc
    from vitrina.extract import extract

    doc = extract(make_doc(["The regiment marched in March and reached Lyon in May 1813."]))
    surfaces = {doc.text[m.start : m.end] for m in doc.mentions}
    assert "March" not in surfaces and "May" not in surfaces
