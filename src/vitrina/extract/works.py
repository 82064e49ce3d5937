"""Works, ensembles, courts and catalogue prefixes the model types as people or places.

A performing-arts or court archive names many things the way it names people: an opera's title ("X"), a
symphony's ("Symphony No. 3 "Y""), a suite, a concert, an orchestra, the assizes, a verdict; the model reads
them as persons or (when the title is also a place's name) as places. Three kinds of evidence, all general:

* **an abbreviation before a number** ("Op. 19", "No. 3"): a short capitalised word, its period and a number
  is a catalogue or series mark, never a name (``abbreviation_before_number``);
* **a common noun as the head** of the phrase ("X Suite", "Y Concert", "Z Orchestra", "W Assizes", "Verdict"):
  the last word's usual (first) WordNet noun sense lies under one of ``NOT_PERSON_HEADS`` (a musical or
  dramatic composition, a performance, a musical organization, a court, a judgment), and every word before it
  is a word English writes in lower case or a place's name, not a personal name (``common_noun_type``);
* **a work's title** (``work_titles``): a name in apposition with a work noun ("X, a play by …", "X: an opera
  in three acts"), after one ("the play X", "Symphony No. 3 "X""), or followed by an opus number ("X, Op. 5").
  A work noun is one whose first WordNet noun sense lies under ``WORK_ROOTS``. Once the document calls a name
  a work's title, its other mentions of that name are the work too ("wrote "X" in 1921"), unless written right
  after a locative preposition ("in X") and not quoted: a work is no person and no place on the map.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from vitrina.extract.entities import RawMention
from vitrina.lexicon import words as lexicon_words
from vitrina.model import EntityType

# The WordNet synsets a work noun's first sense falls under: a musical, dramatic or literary composition.
WORK_ROOTS = (
    "musical_composition.n.01",  # suite, song, mass
    "music_genre.n.01",  # opera, symphony, sonata, concerto
    "dramatic_composition.n.01",  # play, libretto
    "literary_composition.n.01",  # novel, poem
)

# The WordNet synsets whose words head a phrase that names no person, with the type such a phrase has (None: a
# one-word label, no name at all). A one-word span with such a head is dropped whatever the table says.
NOT_PERSON_HEADS: dict[str, EntityType | None] = {
    **{root: "other" for root in WORK_ROOTS},
    "performance.n.01": "other",  # concert, recital
    "show.n.03": "other",  # ballet, revue
    "musical_organization.n.01": "organization",  # orchestra, band, choir
    "court.n.01": "organization",  # assizes, tribunal
    "judgment.n.03": None,  # verdict, finding
    "proceeding.n.01": "other",  # a trial, a hearing, an appeal: a legal proceeding (round 49 names5)
    "meeting.n.04": "other",  # a session, a sitting: the act of assembling (the "X Sessions" of a court)
}

# How many of a head's WordNet noun senses count for a phrase of two words or more ("Leeds Sessions": the sitting
# of a court is the third sense of "session") and for a work noun crediting a maker ("Libretto by X"); a bare
# one-word name counts its first sense only ("Verdict"), a surname being as often written alone.
HEAD_SENSES = 3

WORKS = {
    "before_chars": 60,  # how far before a name a work noun that introduces it is looked for
    "after_chars": 60,  # how far after a name its apposition or opus number is looked for
    "modifiers": 2,  # words between the article and the work noun of an apposition ("a new comic opera")
}


@lru_cache(maxsize=4096)
def _first_sense_under(word: str, roots: tuple[str, ...], count: int = 1) -> str | None:
    """The root (of ``roots``) ``word``'s first WordNet noun sense lies under (of its first ``count`` senses
    named by the word itself, the first under a root), or None."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if wn is None:
        return None
    senses = wn.synsets(word.lower(), "n")[:count]
    # a sense named by another word ("Suites" of "suite" is fine: lemmas are matched lower-cased) is left out
    senses = [s for s in senses if any(lemma.name() == word.lower() for lemma in s.lemmas())]
    for sense in senses:
        for root in roots:
            if under([sense], [wn.synset(root)]):
                return root
    return None


def _head_root(word: str, count: int) -> str | None:
    """The ``NOT_PERSON_HEADS`` root of a phrase's head: the word as written ("assizes", a court; its singular
    "assize" is an ordinance), else its other WordNet base forms ("sessions": "session"; WordNet's own
    ``morphy`` gives "sessions", a composer's name)."""
    from vitrina.qa.lexical import _analyses, wordnet

    wn = wordnet()
    roots = tuple(NOT_PERSON_HEADS)
    forms = [word.lower(), *(_analyses(wn, word.lower(), "n") if wn is not None else [])]
    for form in dict.fromkeys(forms):
        root = _first_sense_under(form, roots, count)
        if root is not None:
            return root
    return None


def work_noun(word: str) -> bool:
    """``word`` names a kind of work: its first WordNet noun sense is a composition (``WORK_ROOTS``)."""
    return _first_sense_under(_singular(word), WORK_ROOTS) is not None


def _singular(word: str) -> str:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    base = wn.morphy(word.lower(), "n") if wn is not None else None
    return base or word.lower()


_ABBREVIATION_NUMBER = re.compile(r"\.\s?\d")


def abbreviation_before_number(text: str, start: int, end: int) -> bool:
    """The span is one short capitalised word written with a period before a number ("Op. 19", "No. 3")."""
    surface = text[start:end]
    return 1 < len(surface) <= 3 and surface.isalpha() and surface[:1].isupper() \
        and _ABBREVIATION_NUMBER.match(text, end) is not None


def common_noun_type(surface: str, places: frozenset[str] = frozenset(),
                     credit: bool = False) -> tuple[bool, EntityType | None]:
    """Whether the phrase ``surface`` is headed by a common noun that names no person (``NOT_PERSON_HEADS``),
    and the type it has then (None: no name). One word must be one English writes mostly in lower case (spaCy's
    lexeme table: "Verdict"; not "Carol", a song too). The words before the head must each be a word English writes in
    lower case (spaCy's lexeme table), a WordNet noun, or one of ``places`` (the document's place names):
    "Margaret Court" (a given name before the head) stays a person. ``credit``: the word is followed by "by"
    and a name ("Libretto by X"): one work noun (of its first ``HEAD_SENSES``) crediting its maker is no name.
    A phrase of two words or more reads the head's first ``HEAD_SENSES`` senses, one word its first only."""
    from vitrina.extract.entities import _common_noun
    from vitrina.extract.wordfreq import is_common_word

    words = surface.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False, None
    if len(words) == 1 and credit:
        root = _head_root(words[0], HEAD_SENSES)
        if root in WORK_ROOTS and _common_noun(words[0]):
            return True, None
    root = _head_root(words[-1], 1 if len(words) == 1 else HEAD_SENSES)
    if root is None:
        return False, None
    if len(words) == 1:  # a word English writes mostly in lower case ("Verdict"), not a name ("Carol", a song too)
        return is_common_word(words[0]), None
    for w in words[:-1]:
        if not (is_common_word(w) or _common_noun(w) or w in places):
            return False, None
    return True, NOT_PERSON_HEADS[root]


# "by" and a capitalised word after a name: a credit ("Libretto by X", "Score by Y")
_CREDIT_BY = re.compile(r"\s+by\s+[^\W\d_a-z]")
# a credit heads its line, sentence or field: nothing but spaces after the text's start, a line end or a
# sentence's or field's punctuation ("… Varga. Libretto by X"; not "sent to Carol by Y")
_CREDIT_HEAD = re.compile(r"(?:^|[\n.;:|])[ \t]*$")


def without_common_noun_heads(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with each person or place phrase headed by a common noun of ``NOT_PERSON_HEADS`` retyped (or
    dropped: a one-word label such as "Verdict"), and each abbreviation before a number dropped. The input's
    own markup is trusted as it is."""
    places = frozenset(text[m.start : m.end] for m in mentions if m.type == "place")
    out = []
    for m in mentions:
        if m.source == "markup" or m.type not in ("person", "place"):
            out.append(m)
            continue
        if abbreviation_before_number(text, m.start, m.end):
            continue
        credit = _CREDIT_BY.match(text, m.end) is not None and _CREDIT_HEAD.search(text, max(0, m.start - 40), m.start) is not None
        headed, etype = common_noun_type(" ".join(text[m.start : m.end].split()), places, credit)
        if headed and etype is None:
            continue
        # a place NER found is retyped an organization only when it was a facility (kept a place only with a
        # gazetteer hit): "X Court" may be a building the gazetteer knows
        if headed and etype is not None and etype != m.type and (m.type == "person" or m.source == "FAC"
                                                                 or etype != "organization"):
            m = replace(m, type=etype, source="work")
        out.append(m)
    return out


_WORD = r"[^\W\d_]+"


def _alternatives(name: str) -> str:
    """A regular-expression alternation of the lexicon list ``name``, longest first."""
    return "|".join(re.escape(w) for w in sorted(lexicon_words(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The work-title patterns, their words from the lexicon: a work noun right before a name ("the play X",
    "his opera X", "Symphony No. 3 "X"", "Suite in D minor, "X""; ``work_introducers``), an opus number after a name
    ("X, Op. 19"; ``opus_marks``), an apposition after a name ("X, a play by", "X: an opera in three acts"; its
    article and next words; ``work_apposition_articles``), a preposition of place right before a name
    (``work_place_prepositions``)."""
    before = re.compile(
        rf"(?:\b(?P<article>(?i:{_alternatives('work_introducers')}))\s+|(?<![\w'’]))(?P<noun>{_WORD})"
        r"(?:\s+(?:No\.?|Nr\.?|no\.)\s*\d+)?(?:\s+in\s+[A-G](?:[-\s](?:flat|sharp))?\s+(?:major|minor))?"
        r",?\s*(?P<quote>[\"“‘']?)$"
    )
    opus = re.compile(rf"^[\"”’']?\s*,?\s*(?i:{_alternatives('opus_marks')})\.?\s*\d")
    apposed = re.compile(rf"^[\"”’']?\s*[,:]\s+(?:{_alternatives('work_apposition_articles')})\s+"
                         rf"((?:{_WORD}\s+){{0,{WORKS['modifiers']}}}{_WORD})\b")
    locative = re.compile(rf"\b(?:{_alternatives('work_place_prepositions')})\s+$", re.I)
    return before, opus, apposed, locative


def _titled_here(text: str, m: RawMention) -> bool:
    """The document calls the name at ``m`` a work's title right there (module doc)."""
    before_re, opus_re, apposed_re, _ = _patterns()
    before = before_re.search(text, max(0, m.start - WORKS["before_chars"]), m.start)
    if before is not None and work_noun(before.group("noun")):
        # quoted ("Symphony No. 3 "X""), or the noun after an article or a possessive ("the play X"): a bare
        # lower-case word before a name is as often a verb ("beyond lay X")
        return bool(before.group("quote") or before.group("article"))
    tail = text[m.end : m.end + WORKS["after_chars"]]
    apposed = apposed_re.match(tail)
    if apposed is not None:
        for word in apposed.group(1).split():
            if work_noun(word):
                return True
            if word.lower() in lexicon_words("noun_phrase_prepositions"):
                break  # "X, the author of the novel": the noun after "of" is not X's kind
    return opus_re.match(tail) is not None


def work_titles(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with every person or place mention of a name the document calls a work's title typed
    "other" (module doc). The input's own markup is trusted as it is."""
    candidates = [m for m in mentions if m.source != "markup" and m.type in ("person", "place", "organization")]
    surnames = {text[m.start : m.end].split()[-1].casefold() for m in mentions
                if m.type == "person" and len(text[m.start : m.end].split()) > 1}
    titled = {text[m.start : m.end].casefold() for m in candidates if _titled_here(text, m)}
    titled -= surnames  # a composer's surname before an opus number is the composer
    if not titled:
        return mentions
    taken = {id(m) for m in candidates}
    out = []
    for m in mentions:
        if id(m) in taken and text[m.start : m.end].casefold() in titled and not _placed(text, m):
            m = replace(m, type="other", source="work")
        out.append(m)
    return out


def _placed(text: str, m: RawMention) -> bool:
    """The name is written right after a locative preposition and not quoted: "in X" is the place."""
    quoted = text[m.start - 1 : m.start] in {'"', "“", "‘", "'"}
    return not quoted and _patterns()[3].search(text, max(0, m.start - 12), m.start) is not None
