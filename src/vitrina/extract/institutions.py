"""An organisation named by its kind and a proper name ("X Gallery", "Studio Y", "Galerie Z") is no person.

The model types such names a person often: a surname-like word beside a noun it does not weigh. A person
mention of ``INSTITUTION["min_words"]``–``INSTITUTION["max_words"]`` capitalised words is an organization when
its head, the last word (English order, "X Gallery") or the first (the order of French, Italian, German … names
and of English trade names, "Studio Y", "Galerie Z"), is a noun of an institution's kind:

* an **English** head: one of its first ``INSTITUTION["senses"]`` WordNet noun senses written with that word
  has a hypernym among ``INSTITUTION_ROOTS`` (an organization, an institution, a building, an establishment,
  a facility, a workplace, a room: a museum is a facility, a studio a workplace, a gallery a room), and no
  sense of the word is a person WordNet knows by it (Hall, Temple, Church, Mill are people too: "Ada Hall"
  stays a person);
* a head in **another language** (a word English WordNet does not hold in any sense, "Galerie", "Musée"):
  its cognate, an English word of those kinds spelt alike (``cognate``: without accents and doubled letters,
  ``y`` as ``i``, a common beginning of at least ``INSTITUTION["cognate_prefix"]`` letters that is at least
  ``INSTITUTION["cognate_share"]`` of the shorter word, lengths at most ``INSTITUTION["cognate_gap"]``
  apart), itself a common English word (``INSTITUTION["cognate_logprob"]`` in spaCy's lexeme table): "Galerie"
  is "gallery", "Musée" and "Museo" "museum"; "Lázaro" is no "lazaretto". A head spelt through the regular
  correspondences of the European spellings (``SPELLING_CORRESPONDENCES``: "th" and "t", a hard "c" and "k",
  a soft "c" and "s", a final vowel: "Teatro" and "theatre", "Akademie" and "academy", "Palais" and "palace")
  is a cognate too when it is also a noun of another language in spaCy's lemma tables
  (``FOREIGN_NOUN_TABLES``: the evidence that it is a common word there) and no person mention of the
  document uses it as a surname or alone (those tables hold names too: "Bakker", "Castillo");
* a **compound** of one word ending in an English head of at least ``INSTITUTION["compound_head"]`` letters
  after a beginning English does not know ("Rijksmuseum", "Kunstmuseum"; not "Whitechapel").

Every word must be capitalised, and the words besides the head must be a proper name: the middle words, and one
of the two ends at least, words English does not write mostly in lower case ("Church Lane", a street named by
two common nouns, is no institution "Church"). An English head must be a word English writes mostly in lower case (spaCy's
lexeme table: "Studio", not the given names "Kirk", "Abbey"). A head first ("Studio Y", "Galerie Z") is enough;
a foreign head only first (the order of the languages that put it there); an English head last is also many a
surname ("Edward House", "Ada Church"), so there the text must write the name with an article somewhere ("at
the X Gallery"), as it writes no person's name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from vitrina.extract.entities import RawMention
from vitrina.extract.places import unaccented
from vitrina.lexicon import words as lexicon_words

# The WordNet synsets an institution's head noun falls under (any of its first senses).
INSTITUTION_ROOTS = (
    "organization.n.01",
    "institution.n.01",
    "building.n.01",
    "establishment.n.04",
    "facility.n.01",
    "workplace.n.01",
    "room.n.01",
)
INSTITUTION = {
    "min_words": 2,  # a head and a name
    "max_words": 4,
    "senses": 6,  # the head's first noun senses read (later ones are rare uses)
    "cognate_prefix": 4,  # letters a foreign head and its English cognate begin with alike, at least
    "cognate_share": 0.75,  # of the shorter word
    "cognate_gap": 2,  # letters their lengths differ by, at most
    # letters the foreign word may be longer than its English cognate, at most: a name that merely opens with a
    # short English word ("Martha" with "mart") is no cognate of it ("Galerie"/"gallery", "Akademie"/"academy")
    "cognate_longer": 1,
    # letters of the English cognate, at least: short kind nouns ("mart", "bank", "club") open many given names
    # and surnames ("Marta", "Banks", "Clubb")
    "cognate_letters": 5,
    # the English cognate's log probability in spaCy's lexeme table, at least: a common noun ("museum" -12.0,
    # "gallery" -12.4, "palace" -13.4), not a rare one a given name happens to spell ("lazaretto" -19.5)
    "cognate_logprob": -14.0,
    # letters of the English head a one-word compound ends with, at least ("museum", "gallery"): shorter
    # heads end many surnames ("Newhouse", "Woodhall")
    "compound_head": 6,
    # letters of the compound's beginning, at least
    "compound_lead": 3,
    # letters of the English spelling key of a cognate pair read through the foreign noun tables, at least:
    # shorter keys a letter apart are many unrelated words
    "loose_letters": 5,
}
# The regular correspondences between English spellings and those of its neighbours (applied in order, by
# ``loose_key``, to both words of a cognate pair found through the foreign noun tables), each with its reason:
SPELLING_CORRESPONDENCES = (
    ("th", "t"),  # Greek theta, written "t" by Italian, Spanish, Portuguese: "theatre" / "teatro"
    ("ph", "f"),  # Greek phi, written "f" by the same: "photography" / "fotografia"
    ("ck", "k"),  # one sound, one letter
    (r"c(?=[eiy])", "s"),  # a soft c, "s" in French and Dutch spellings: "palace" / "palais"
    ("c", "k"),  # a hard c, "k" in German, Dutch and the Nordic languages: "academy" / "Akademie"
    ("y", "i"),  # a final or inner "y", "i" or "ie" elsewhere: "academy" / "accademia"
    (r"(.)\1+", r"\1"),  # doubled letters once: "gallery" / "galerie", "accademia"
    (r"[aeiou]+$", ""),  # the final vowels, the inflection of each language: "teatro", "akademie"
)
# spaCy's lemma tables (``spacy-lookups-data``) whose nouns are read as the common nouns of other languages:
# (file, part): "noun" the table's noun entries, None every lemma of a lookup table (German writes its nouns
# capitalised: read in lower case). Each is the language of many institution names in English texts.
FOREIGN_NOUN_TABLES = (
    ("fr_lemma_index", "noun"),  # French: "musée", "théâtre", "académie"
    ("fr_lemma_exc", "noun"),  # French nouns whose plural is the singular: "palais"
    ("es_lemma_index", "noun"),  # Spanish: "teatro", "biblioteca"
    ("it_lemma_lookup_noun", None),  # Italian: "teatro", "accademia", "palazzo"
    ("nl_lemma_index", "noun"),  # Dutch: "schouwburg", "rijksmuseum"
    ("de_lemma_lookup", None),  # German: "Akademie", "Theater"
)
_CORRESPONDENCES = tuple((re.compile(p), r) for p, r in SPELLING_CORRESPONDENCES)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


# the mentions whose type an institution's name corrects: a person's, or a thing's (``other``) the model took it for
# when a head of another language opens it (an English head names events and works too: "the X Conference")
RETYPED = frozenset({"person", "other"})
# sources whose type other stages settle (markup, a vessel's or a room's name, a credit line)
_SETTLED = frozenset({"markup", "vessel", "room", "credit"})


def institution_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with each person or thing mention named by an institution's kind and a proper name typed an
    organization, and the names a foreign head opens that the model left untagged added ("Museo del X")."""
    decided: dict[str, bool] = {}
    out = []
    named = _name_words(text, mentions)
    for m in mentions:
        surface = " ".join(text[m.start : m.end].split())
        if m.type in RETYPED and m.source not in _SETTLED and (m.type == "person" or _thing_of_a_head(surface)):
            if surface not in decided:
                decided[surface] = _institution_named(text, surface, named)
            if decided[surface]:
                m = replace(m, type="organization")
        out.append(m)
    return _with_untagged_heads(text, out, named)


_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*")


def _thing_of_a_head(surface: str) -> bool:
    """A name a head of another language opens that no person mention vouches for: the head is listed
    (``lexicon/institution_heads``), or the name's last word is no common English word (an English noun last makes
    a law or an event named after a man: "X Amendment", whose surname a spelling rule reads as a foreign head)."""
    from vitrina.extract.wordfreq import is_common_word

    words = surface.split()
    if len(words) < 2 or not foreign_head(words[0]):
        return False
    return words[0].lower() in lexicon_words("institution_heads") or not is_common_word(words[-1])


@lru_cache(maxsize=1)
def _head_first_re() -> re.Pattern[str]:
    """A capitalised word and the capitalised words after it, name particles between them ("Museo del X")."""
    particles = "|".join(sorted(map(re.escape, lexicon_words("name_particles")), key=len, reverse=True))
    word = r"[^\W\d_a-z][\w'’-]*"
    return re.compile(rf"({word})((?:[ \t]+(?:(?:{particles})[ \t]+){{0,2}}{word})+)")


def _with_untagged_heads(text: str, mentions: list[RawMention], named: frozenset[str]) -> list[RawMention]:
    """``mentions`` and an organization for each name a foreign institution's head opens ("Biblioteca X",
    "Museo del Y": ``foreign_head``) that no mention covers, or that covers the model's shorter mentions inside it
    (they give way). Names of ``INSTITUTION["max_words"]`` words at most, particles not counted."""
    added: list[RawMention] = []
    taken = sorted((m.start, m.end) for m in mentions)
    for head in _CAPITALISED.finditer(text):
        if not foreign_head(head.group()):
            continue
        found = _head_first_re().match(text, head.start())
        if found is None:
            continue
        surface = " ".join(found.group().split())
        if not _thing_of_a_head(surface):
            continue
        start, end = found.span()
        inside = [(s, e) for s, e in taken if s < end and start < e]
        if any(s < start or e > end for s, e in inside) or not _institution_named(text, surface, named):
            continue
        added.append(RawMention(start, end, "organization", "institution"))
    if not added:
        return mentions
    spans = [(a.start, a.end) for a in added]
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _name_words(text: str, mentions: list[RawMention]) -> frozenset[str]:
    """The words (lower case) a person mention of the document has after its first, or alone: a surname or a
    given name used by itself."""
    found: set[str] = set()
    for m in mentions:
        if m.type == "person":
            words = text[m.start : m.end].split()
            found.update(w.lower() for w in (words if len(words) == 1 else words[1:]))
    return frozenset(found)


def _institution_named(text: str, surface: str, named: frozenset[str] = frozenset()) -> bool:
    words = surface.split()
    if len(words) == 1:
        return compound_head(words[0])
    if not INSTITUTION["min_words"] <= len(words) <= INSTITUTION["max_words"]:
        return False
    words = [w for w in words if w.lower() not in lexicon_words("name_particles")] if len(words) > 2 else words
    if not INSTITUTION["min_words"] <= len(words) or not all(_WORD.fullmatch(w) and w[:1].isupper() for w in words):
        return False  # ("Museo del X": the particle of a name is no word of it)
    from vitrina.extract.wordfreq import is_common_word

    if words[0].lower() in lexicon_words("institution_heads"):
        return True  # "Biblioteca Nacional": a listed head, whatever the words after it (the lexicon's reason)
    if any(is_common_word(w) for w in words[1:-1]) or is_common_word(words[-1]) and is_common_word(words[0]):
        return False  # "Church Lane", "Market Square": a place named by two common nouns, no proper name
    if foreign_head(words[0]):
        # a head known only through the foreign noun tables is many a name too ("Bakker"): never one in the
        # document (a surname, or a given name used alone)
        return institution_head(words[0]) or words[0].lower() not in named
    if english_head(words[0]):
        return True
    # an English head last is also many a surname ("X House", "X Church"): the institution is written with
    # an article somewhere in the text ("at the X Gallery"), as no person's name is
    return english_head(words[-1]) and _ARTICLE_BEFORE(surface).search(text) is not None


def english_head(word: str) -> bool:
    """An English noun of an institution's kind that English writes mostly in lower case (spaCy's lexeme
    table, ``wordfreq.is_common_word``): "Studio", not the given names "Kirk" or "Abbey"."""
    from vitrina.extract.wordfreq import is_common_word

    return not foreign_head(word) and institution_head(word) and is_common_word(word)


@lru_cache(maxsize=4096)
def _ARTICLE_BEFORE(surface: str) -> re.Pattern[str]:  # noqa: N802 (a pattern per name)
    return re.compile(r"\b[Tt]he\s+" + r"\s+".join(map(re.escape, surface.split())) + r"(?![\w'’])")


@lru_cache(maxsize=8192)
def foreign_head(word: str) -> bool:
    """``word`` is an institution's kind in another language than English (no WordNet word, its cognate one)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if word.lower() in lexicon_words("institution_heads"):
        return True
    return wn is not None and not wn.synsets(word.lower()) and not wn.synsets(unaccented(word.lower())) \
        and (institution_head(word) or unaccented(word.lower()) in _foreign_kind_nouns())


@lru_cache(maxsize=8192)
def institution_head(word: str) -> bool:
    """``word`` is the noun of an institution's kind, in English or as a cognate of one (module doc)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    lower = word.lower()
    if lower in lexicon_words("institution_heads"):
        return True
    if wn.synsets(lower):
        return _english_head(lower)
    plain = unaccented(lower)
    if plain != lower and wn.synsets(plain):
        return _english_head(plain)
    from vitrina.extract.wordfreq import log_probability

    return any(cognate(plain, english) and log_probability(english) >= INSTITUTION["cognate_logprob"]
               for english in _kind_words().get(_key(plain)[:2], ()))


def compound_head(word: str) -> bool:
    """One capitalised word ending in an English institution's head after a beginning English does not know
    ("Rijksmuseum"), itself no English word (module doc)."""
    from vitrina.extract.wordfreq import is_common_word, known_lowercase_words
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    lower = word.lower()
    if wn is None or not _WORD.fullmatch(word) or not word[:1].isupper() or not lower.isalpha() \
            or wn.synsets(lower):
        return False
    lead, least = int(INSTITUTION["compound_lead"]), int(INSTITUTION["compound_head"])
    for cut in range(lead, len(lower) - least + 1):
        head, front = lower[cut:], lower[:cut]
        if wn.synsets(head) and _english_head(head) and is_common_word(head):
            return not wn.synsets(front) and front not in known_lowercase_words()
    return False


def loose_key(word: str) -> str:
    """A spelling key through ``SPELLING_CORRESPONDENCES`` (lower case, no accents)."""
    key = unaccented(word.lower())
    for pattern, replacement in _CORRESPONDENCES:
        key = pattern.sub(replacement, key)
    return key


def loose_cognate(foreign: str, english: str) -> bool:
    """The two words' ``loose_key`` are one, or the foreign one has one inner vowel more ("palais", "palace"), and
    the English one has at least ``INSTITUTION["loose_letters"]`` letters: "teatro" and "theatre"."""
    a, b = loose_key(foreign), loose_key(english)
    return len(b) >= INSTITUTION["loose_letters"] and (a == b or b in _one_letter_less(a))


def _one_letter_less(key: str) -> set[str]:
    """``key`` less one of its inner vowels (a French or Dutch diphthong for an English vowel: "palais")."""
    return {key[:k] + key[k + 1 :] for k in range(1, len(key) - 1) if key[k] in "aeiou"}


@lru_cache(maxsize=1)
def _foreign_kind_nouns() -> frozenset[str]:
    """The nouns of ``FOREIGN_NOUN_TABLES`` (lower case, no accents) that English WordNet does not hold and
    that are a ``loose_cognate`` of a common English noun of an institution's kind (kept in the user's cache
    folder, ``tablecache``: reading the tables takes seconds)."""
    import sys

    from vitrina import tablecache

    key = (tablecache.source_digest(sys.modules[__name__]),
           *tablecache.package_versions(["wn", "nltk", "spacy-lookups-data"]))
    return frozenset(tablecache.cached_table("institution-foreign-kinds", key, _read_foreign_kind_nouns))


def _read_foreign_kind_nouns() -> list[str]:
    from vitrina.extract.wordfreq import log_probability
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return []
    english: set[str] = set()
    roots = _roots()
    for words in _kind_words().values():
        english.update(loose_key(w) for w in words if log_probability(w) >= INSTITUTION["cognate_logprob"]
                       and len(loose_key(w)) >= INSTITUTION["loose_letters"]
                       and roots & _above(wn.synsets(w, "n")[0]))  # its first sense: "theatre", no "battery"
    found = set()
    longest = max(map(len, english), default=0) + 2
    for noun in _foreign_nouns():
        if len(noun) > longest:
            continue
        plain = unaccented(noun)
        key = loose_key(plain)
        if (key in english or not english.isdisjoint(_one_letter_less(key))) and not wn.synsets(plain) \
                and not wn.synsets(noun):
            found.add(plain)
    return sorted(found)


def _foreign_nouns() -> set[str]:
    import gzip
    import json
    from importlib import resources

    import spacy_lookups_data

    nouns: set[str] = set()
    folder = resources.files(spacy_lookups_data).joinpath("data")
    for name, part in FOREIGN_NOUN_TABLES:
        path = folder.joinpath(f"{name}.json.gz")
        if not path.is_file():
            continue
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            table = json.load(handle)
        entries = table.get(part, ()) if part else table.values()
        if isinstance(entries, dict):  # exceptions: form -> lemmas
            entries = [*entries, *(w for lemmas in entries.values() for w in lemmas)]
        capitalised = name.startswith("de_")  # German writes every noun capitalised; the others, names only
        for entry in entries:
            for word in entry if isinstance(entry, list) else (entry,):
                if isinstance(word, str) and word.isalpha() and len(word) >= INSTITUTION["cognate_letters"] \
                        and (word.islower() or capitalised and word[1:].islower()):
                    nouns.add(word.lower())
    return nouns


def _english_head(word: str) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    senses = wn.synsets(word, "n") if wn is not None else []
    if any(_person_instance(s) for s in senses):
        return False
    roots = _roots()
    return any(word in {n.lower() for n in s.lemma_names()} and roots & _above(s)
               for s in senses[: int(INSTITUTION["senses"])])


def _person_instance(sense) -> bool:
    """A sense naming one person ("Hall": a physicist), not a kind of person ("caller" of "company")."""
    return sense.lexname() == "noun.person" and bool(sense.instance_hypernyms())


def _above(sense) -> set:
    return {h for path in sense.hypernym_paths() for h in path}


@lru_cache(maxsize=1)
def _roots() -> frozenset:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return frozenset(wn.synset(name) for name in INSTITUTION_ROOTS) if wn is not None else frozenset()


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, tuple[str, ...]]:
    """Every one-word English noun of an institution's kind (``_english_head``), by the first two letters of
    its spelling key (kept in the user's cache folder, ``tablecache``: WordNet's closure takes seconds)."""
    import sys

    from vitrina import tablecache

    key = (tablecache.source_digest(sys.modules[__name__]), *tablecache.package_versions(["wn", "nltk"]))
    return tablecache.cached_table("institution-kinds", key, _read_kind_words)


def _read_kind_words() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for root in _roots():
        for sense in root.closure(lambda s: s.hyponyms()):
            for name in sense.lemma_names():
                if name.isalpha() and name.islower() and _english_head(name):
                    found.setdefault(_key(name)[:2], set()).add(name)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _key(word: str) -> str:
    """A spelling key: lower case, no accents, ``y`` as ``i``, doubled letters once."""
    return re.sub(r"(.)\1+", r"\1", unaccented(word.lower()).replace("y", "i"))


def cognate(foreign: str, english: str) -> bool:
    """Two words spelt alike enough to be one word in two languages (module doc)."""
    a, b = _key(foreign), _key(english)
    if abs(len(a) - len(b)) > INSTITUTION["cognate_gap"] or len(a) - len(b) > INSTITUTION["cognate_longer"] \
            or len(b) < INSTITUTION["cognate_letters"]:
        return False
    shared = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= INSTITUTION["cognate_prefix"] and shared >= INSTITUTION["cognate_share"] * min(len(a), len(b))
