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
