"""Named natural features by the words of the mention: an invented table, invented names."""

from __future__ import annotations

import pytest

from vitrina.extract import features
from vitrina.extract.places import PlaceMention, gazetteer, resolve_document

INVENTED = [
    {"name": "Sea of Zorvanth", "kind": "sea", "lat": "10.0", "lon": "20.0"},
    {"name": "Quellbrin Strait", "kind": "strait", "lat": "-5.5", "lon": "101.25"},
    {"name": "Mirelhaun Bay", "kind": "bay", "lat": "40.0", "lon": "-70.0"},
    {"name": "Mirelhaun Bay", "kind": "bay", "lat": "-40.0", "lon": "170.0"},
]


@pytest.fixture()
def invented_table(monkeypatch):
    monkeypatch.setattr(features, "table_rows", lambda: INVENTED)
    features.feature_table.cache_clear()
    yield
    features.feature_table.cache_clear()


def test_the_kind_is_the_feature_noun_the_name_carries():
    assert features.feature_kind("Zorvanth Sea") == "sea"
    assert features.feature_kind("the Strait of Quellbrin") == "strait"
    assert features.feature_kind("Straits of Quellbrin") == "strait"  # the plural WordNet files apart
    assert features.feature_kind("Strait of Quellbrin Isle") == "strait"  # the noun before "of" heads it
    assert features.feature_kind("Lake Ondravel") == "lake"
    assert features.feature_kind("Zorvanth") is None
    assert features.feature_kind("the Zorvanth") is None


def test_found_by_the_rest_of_the_name_and_its_kind(invented_table):
    assert [p.name for p in features.features_named("Zorvanth Sea")] == ["Sea of Zorvanth"]
    assert [p.name for p in features.features_named("the Strait of Quellbrin")] == ["Quellbrin Strait"]
    assert features.features_named("Zorvanth") == ()  # the words name no kind
    assert features.features_named("Gulf of Zorvanth") == ()  # another kind
    assert len(features.features_named("Mirelhaun Bay")) == 2


def test_the_shipped_table_reads():
    rows = features.table_rows()
    assert rows and all(r["kind"] and -90 <= float(r["lat"]) <= 90 for r in rows)


def _decision(name, **flags):
    mention = PlaceMention(name, 0, len(name), 0, **flags)
    decision = resolve_document([mention], gazetteer()).get(features.normalise(name))
    return decision.place if decision is not None else None


def test_the_geocoder_places_one_feature_of_that_name_and_kind(invented_table):
    sea = _decision("Zorvanth Sea")
    assert sea is not None and (sea.lat, sea.lon) == (10.0, 20.0) and sea.kind == "water"
    assert _decision("Zorvanth") is None  # its words do not say it is a sea
    assert _decision("Mirelhaun Bay") is None  # two bays of that name: no pin
    assert _decision("Zorvanth Sea", compound=True) is None  # "the Zorvanth Sea trade"


def test_no_pin_where_the_document_names_an_event_after_the_feature(invented_table):
    # "ships stationed in the Zorvanth Sea … the Zorvanth Sea incident": one decision for both uses
    mentions = [PlaceMention("Zorvanth Sea", 0, 12, 0, locative=True),
                PlaceMention("Zorvanth Sea", 40, 52, 1, named_event=True)]
    decision = resolve_document(mentions, gazetteer())["zorvanth sea"]
    assert decision.place is None


# ---------------------------------------------------------------- rivers (lines, not points)

RIVERS = [  # invented rivers: (name, kind, river, country, lat, lon) one row a point
    *({"name": "Vorlenna", "kind": "river", "river": "1", "country": "XA", "lat": str(10.0 + i), "lon": "30.0"}
      for i in range(5)),
    *({"name": "Vorlenna", "kind": "river", "river": "1", "country": "XB", "lat": str(15.0 + i), "lon": "30.0"}
      for i in range(2)),
    {"name": "Tessaquin", "kind": "river", "river": "1", "country": "XC", "lat": "-20.0", "lon": "140.0"},
    {"name": "Tessaquin", "kind": "river", "river": "2", "country": "XD", "lat": "45.0", "lon": "-100.0"},
    {"name": "Brunnholt Canal", "kind": "canal", "river": "1", "country": "XA", "lat": "5.0", "lon": "5.0"},
    {"name": "Lyon", "kind": "river", "river": "1", "country": "XE", "lat": "-30.0", "lon": "-60.0"},
]


@pytest.fixture()
def invented_rivers(monkeypatch):
    monkeypatch.setattr(features, "river_rows", lambda: RIVERS)
    features.river_table.cache_clear()
    yield
    features.river_table.cache_clear()


def test_a_river_is_found_by_its_noun_and_a_bare_name_only_by_wordnet(invented_rivers, monkeypatch):
    assert [r.name for r in features.rivers_named("Vorlenna River")] == ["Vorlenna"]
    assert [r.name for r in features.rivers_named("River Vorlenna")] == ["Vorlenna"]
    assert [r.kind for r in features.rivers_named("Brunnholt Canal")] == ["canal"]
    assert features.rivers_named("Vorlenna Sea") == ()  # another kind
    assert features.rivers_named("Vorlenna") == ()  # WordNet does not know it as a river
    monkeypatch.setattr(features, "wordnet_river", lambda name: name == "Vorlenna")
    assert [r.name for r in features.rivers_named("Vorlenna")] == ["Vorlenna"]
    assert len(features.rivers_named("Tessaquin River")) == 2  # two rivers of one name


def test_wordnet_knows_a_river_by_its_first_proper_sense():
    assert features.wordnet_river("Danube")
    assert not features.wordnet_river("Paris")  # a city
    assert not features.wordnet_river("danube")  # not written as a name


def test_the_point_is_where_the_text_places_the_river(invented_rivers):
    (river,) = features.rivers_named("Vorlenna River")
    # a town of the paragraph beside the river: the river's point nearest it
    assert features.river_point(river, ((16.1, 30.2),), frozenset(), 50.0)[:2] == (16.0, 30.0)
    # a town far from it is no evidence: the middle of its stretch in the document's country
    assert features.river_point(river, ((40.0, 0.0),), frozenset({"XA"}), 50.0)[:2] == (12.0, 30.0)
    assert features.river_point(river, (), frozenset(), 50.0)[:2] == (13.0, 30.0)  # all of it


def _in_context(name, other, **flags):
    """The decision for ``name`` in a document whose other paragraph names ``other``."""
    mentions = [PlaceMention(name, 0, len(name), 0, **flags), PlaceMention(other, 100, 100 + len(other), 1)]
    decision = resolve_document(mentions, gazetteer()).get(features.normalise(name))
    return decision.place if decision is not None else None


def test_the_geocoder_pins_a_river_only_with_evidence(invented_rivers, monkeypatch):
    river = _decision("Vorlenna River")
    assert river is not None and river.kind == "water" and (river.lat, river.lon) == (13.0, 30.0)
    assert _decision("Vorlenna") is None  # a bare name WordNet does not know as a river
    assert _decision("Vorlenna River", compound=True) is None  # "the Vorlenna River trade"
    assert _decision("Vorlenna River", vessel=True) is None  # a ship of that name
    assert _decision("Tessaquin River") is None  # two of that name, the text names no country
    monkeypatch.setattr(features, "wordnet_river", lambda name: True)
    bare = _decision("Vorlenna", article=True, bare=True)
    assert bare is not None and bare.kind == "water"
    city = _decision("Lyon")  # a river named like a town does not move the town
    assert city is not None and city.kind != "water" and city.country == "FR"


def test_a_river_through_none_of_the_documents_countries_is_not_pinned(invented_rivers):
    assert _in_context("Vorlenna River", "Norway") is None  # it flows through XA and XB only
