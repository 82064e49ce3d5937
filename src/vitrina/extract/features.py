"""Named natural features with a point: the table ``data/natural_features.csv``.

The table ships with the package (nothing is read from another package or downloaded at
run time). ``scripts/natural_features.py`` derives it from a registry package and records
which one: each row a feature's name, its kind (the feature noun its own name carries:
"sea", "gulf", "strait", …; :func:`feature_kind`) and the point where a map labels it.

A feature is found by the words of a mention, never by its name alone: the mention must
name the kind itself ("the X Sea", "the Strait of X") and the table must hold one feature of
that kind by the rest of the name ("X Strait" and "Strait of X" are one key).

Rivers and canals are lines: ``data/river_features.csv`` (``scripts/river_features.py``)
holds each one's points with the country of each stretch. A mention is a river of it when
its own words name the kind ("X River", "River X", "X Canal") or, for a bare name, when
WordNet's first proper-noun sense of the name is an instance of a river ("Danube"); the
point given is on the river where the text places it (:func:`river_point`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from vitrina.extract.places import Place, haversine_km, land_or_feature_noun, normalise
from vitrina.lexicon import words as lexicon_words

TABLE = "natural_features.csv"
RIVER_TABLE = "river_features.csv"
RIVER_KINDS = ("river", "canal")  # the kinds of the river table's rows (scripts/river_features.py)
STREAM_ROOT = "stream.n.01"  # WordNet's flowing water: a river is an instance of a kind of it
KIND = "water"  # the kind among places of every row of the present table (seas, gulfs, straits …)


def feature_kind(name: str) -> str | None:
    """The feature noun a name carries as its head, in its singular form: its first word
    before "of" ("Straits of X" → "strait"), else its last ("X Sea" → "sea"), else its first
    before proper words ("Lake X"); the nouns of :func:`places.land_or_feature_noun`. None
    when its words name no kind."""
    words = name.replace(",", " ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    led = _kind_noun(words[0])
    if led and words[1].lower() == "of":  # "Strait of Belle Isle": the noun before "of" heads it
        return _singular(words[0])
    if _kind_noun(words[-1]):
        return _singular(words[-1])
    if led and words[1][:1].isupper():  # "Lake X"
        return _singular(words[0])
    return None


def _kind_noun(word: str) -> bool:
    """A feature or land noun, in the plural too ("Straits", which WordNet files apart)."""
    return land_or_feature_noun(word) or (word.endswith("s") and land_or_feature_noun(word[:-1]))


def _singular(word: str) -> str:
    """The singular of a feature noun ("straits" → "strait"); other words as WordNet's base form."""
    from vitrina.qa.lexical import wordnet

    low = word.lower()
    if low.endswith("s") and not land_or_feature_noun(word) and land_or_feature_noun(word[:-1]):
        return low[:-1]
    wn = wordnet()
    base = wn.morphy(low, "n") if wn is not None else None
    return base or low


def feature_key(name: str, kind: str) -> str:
    """The lookup form of a feature's name without its kind noun and linking words: one key
    for "the Strait of X" and "X Strait"."""
    links = lexicon_words("feature_name_links")
    kept = [w for w in normalise(name).split() if w not in links and _singular(w) != kind]
    return " ".join(kept)


def table_rows() -> list[dict[str, str]]:
    """The rows of ``data/natural_features.csv`` (name, kind, lat, lon)."""
    with resources.files("vitrina").joinpath("data", TABLE).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@lru_cache(maxsize=1)
def feature_table() -> dict[tuple[str, str], tuple[Place, ...]]:
    """Every feature of the table by (:func:`feature_key`, kind)."""
    table: dict[tuple[str, str], list[Place]] = {}
    for index, row in enumerate(table_rows()):
        place = Place(f"feature:{index}", row["name"], KIND, float(row["lat"]), float(row["lon"]),
                      note=f"{row['kind']} (Natural Earth)")
        table.setdefault((feature_key(row["name"], row["kind"]), row["kind"]), []).append(place)
    return {key: tuple(places) for key, places in table.items()}


def features_named(name: str) -> tuple[Place, ...]:
    """The features of the table the words ``name`` can mean: of the kind the name itself
    names, by the rest of the name; () when the name names no kind."""
    kind = feature_kind(name)
    if kind is None:
        return ()
    return feature_table().get((feature_key(name, kind), kind), ())


@dataclass(frozen=True)
class River:
    """One river (or canal) of the river table: its name, kind and points (lat, lon, country
    of the stretch), in the table's order."""

    name: str
    kind: str
    points: tuple[tuple[float, float, str], ...]

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(c for _, _, c in self.points)


def river_rows() -> list[dict[str, str]]:
    """The rows of ``data/river_features.csv`` (name, kind, river, country, lat, lon)."""
    with resources.files("vitrina").joinpath("data", RIVER_TABLE).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


@lru_cache(maxsize=1)
def river_table() -> dict[tuple[str, str], tuple[River, ...]]:
    """Every river of the table by (:func:`feature_key`, kind). Rows of one name and number
    are one river; two names of one key ("X" and "X River") sharing a country are one river."""
    points: dict[tuple[str, str, str], list[tuple[float, float, str]]] = {}
    for row in river_rows():
        points.setdefault((row["name"], row["kind"], row["river"]), []).append(
            (float(row["lat"]), float(row["lon"]), row["country"]))
    table: dict[tuple[str, str], list[River]] = {}
    for (name, kind, _), pts in points.items():
        river = River(name, kind, tuple(pts))
        same = table.setdefault((feature_key(name, kind), kind), [])
        for index, other in enumerate(same):
            if other.countries & river.countries:
                same[index] = River(other.name, kind, other.points + river.points)
                break
        else:
            same.append(river)
    return {key: tuple(rivers) for key, rivers in table.items()}


@lru_cache(maxsize=4096)
def wordnet_river(name: str) -> bool:
    """Whether WordNet's first proper-noun sense of ``name`` (its first sense that is an
    instance of something) is an instance of a river or other flowing water ("Danube"; not
    "Rhine" if a person of that name came first)."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None or not name[:1].isupper():
        return False
    instances = [s for s in wn.synsets(name.replace(" ", "_"), "n") if s.instance_hypernyms()]
    return bool(instances) and under(instances[:1], [wn.synset(STREAM_ROOT)])


def rivers_named(name: str) -> tuple[River, ...]:
    """The rivers of the table the words ``name`` can mean: by the kind the name itself names
    ("X River", "X Canal"), or "river" for a bare name WordNet knows as a river; () otherwise."""
    kind = feature_kind(name)
    if kind is None and len(name.split()) <= 2 and wordnet_river(name):
        kind = "river"
    if kind not in RIVER_KINDS:
        return ()
    return river_table().get((feature_key(name, kind), kind), ())


def river_point(river: River, towns: tuple[tuple[float, float], ...], countries: frozenset[str],
                near_km: float) -> tuple[float, float, str]:
    """Where on ``river`` the text places it: its point nearest one of the ``towns`` the same
    paragraph names, when one lies within ``near_km`` of it ("at X on the Y"); else the middle
    of its stretches in the ``countries`` the document names (all of it when it names none of
    them): the point of those nearest their mean. (lat, lon, country of that stretch)."""
    if towns:
        point = min(river.points, key=lambda p: min(haversine_km(p[0], p[1], t[0], t[1]) for t in towns))
        if min(haversine_km(point[0], point[1], t[0], t[1]) for t in towns) <= near_km:
            return point
    chosen = [p for p in river.points if p[2] in countries] or list(river.points)
    lat = sum(p[0] for p in chosen) / len(chosen)
    lon = sum(p[1] for p in chosen) / len(chosen)
    return min(chosen, key=lambda p: haversine_km(p[0], p[1], lat, lon))


def river_place(river: River, point: tuple[float, float, str]) -> Place:
    """The river as a place with one point (``river_point``)."""
    return Place(f"river:{normalise(river.name).replace(' ', '-')}", river.name, KIND, point[0], point[1],
                 note=f"{river.kind} (Natural Earth)")
