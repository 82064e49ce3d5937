"""English word frequencies from spaCy's lexeme table, read once per process.

The table (``spacy-lookups-data``: a million case-sensitive word forms of a large
web corpus with their log probability) answers two questions: is a capitalised
one-word name a common English word ("Sea", "Union": places, clusters, events),
and is a lower-case form a known English word (the language test before the
model, ``extract.language``).
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

WORDFREQ = {
    # log probability a lower-case form needs to count as a known word: keeps ~74,000
    # forms, rare English words included; invented syllable strings mostly fall below it
    "known_logprob": -17.0,
    # a capitalised word is a common English word when its lower-case form's log
    # probability is at least its own minus this (natural-log units): "Sea", "Union"
    "common_word_logprob_gap": 1.0,
    # log probability given to a word form the table does not list (about its own floor): rare
    "unlisted_logprob": -20.0,
}

_ENTRY = r'^ *"({})": ?(-?[0-9.]+)'  # an entry of the table's own lines (a key may hold an escaped quote)


def is_common_word(name: str) -> bool:
    """A one-word name that English mostly writes in lower case ("Sea", "Union", "Time")."""
    word = name.strip()
    return " " not in word and word.lower() in _lexeme_words()[0]


def known_lowercase_words() -> frozenset[str]:
    """Lower-case ASCII word forms the table lists at ``known_logprob`` or more."""
    return _lexeme_words()[1]


def log_probability(word: str) -> float:
    """The table's log probability of a lower-case word form (its floor for a form it does not list)."""
    return _lowercase_probabilities().get(word, WORDFREQ["unlisted_logprob"])


def _table_key() -> tuple[str, ...]:
    """What the tables below are made from: this module's code and spaCy's lookups data."""
    import sys

    from vitrina import tablecache

    return tablecache.source_digest(sys.modules[__name__]), *tablecache.package_versions(["spacy-lookups-data"])


@lru_cache(maxsize=1)
def _lowercase_probabilities() -> dict[str, float]:
    """Every lower-case one-word form of the table with its log probability (kept in the user's
    cache folder, ``tablecache``)."""
    from vitrina import tablecache

    return tablecache.cached_table("lowercase-logprob", _table_key(), _read_lowercase_probabilities)


def _read_lowercase_probabilities() -> dict[str, float]:
    import spacy_lookups_data

    path = resources.files(spacy_lookups_data).joinpath("data", "en_lexeme_prob.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        text = handle.read()
    return {w: float(p) for w, p in re.findall(_ENTRY.format("[a-z]+"), text, re.MULTILINE)}


@lru_cache(maxsize=1)
def _lexeme_words() -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised words whose lower-case form is about as frequent, and the known
    lower-case words (kept in the user's cache folder, ``tablecache``: reading them from
    spaCy's table costs ~0.8 s of CPU)."""
    from vitrina import tablecache

    return tablecache.cached_table("lexeme-words", _table_key(), _read_lexeme_words)


def _read_lexeme_words() -> tuple[frozenset[str], frozenset[str]]:
    """The two sets of ``_lexeme_words`` from spaCy's table, scanned for one-word forms only,
    which is several times faster than decoding the whole JSON object."""
    import spacy_lookups_data

    path = resources.files(spacy_lookups_data).joinpath("data", "en_lexeme_prob.json.gz")
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        text = handle.read()
    found = dict(re.findall(_ENTRY.format("[A-Za-z][a-z]*"), text, re.MULTILINE))  # one pass over one-word forms
    del text
    floor, gap = WORDFREQ["known_logprob"], WORDFREQ["common_word_logprob_gap"]
    # a known lower-case word only: a rare name's lower-case form sits at the table's floor
    # as the name does ("jinhua" as "Jinhua"), which makes no common word of it
    common = frozenset(w.lower() for w, p in found.items() if w[0].isupper() and w.lower() in found
                       and float(found[w.lower()]) >= max(float(p) - gap, floor))
    known = frozenset(w for w, p in found.items() if w[0].islower() and len(w) > 1 and float(p) >= floor)
    return common, known
