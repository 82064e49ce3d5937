"""Named natural features with a point: the table ``data/natural_features.csv``.

The table ships with the package (nothing is read from another package or downloaded at
run time). ``scripts/natural_features.py`` derives it from a registry package and records
which one: each row a feature's name, its kind (the feature noun its own name carries:
"sea", "gulf", "strait", …; :func:`feature_kind`) and the point where a map labels it.

A feature is found by the words of a mention, never by its name alone: the mention must
name the kind itself ("the X Sea", "the Strait of X") and the table must hold one feature of
that kind by the rest of the name ("X Strait" and "Strait of X" are one key).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from vitrina.extract.places import Place, land_or_feature_noun, normalise
from vitrina.lexicon import words as lexicon_words

TABLE = "natural_features.csv"
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
