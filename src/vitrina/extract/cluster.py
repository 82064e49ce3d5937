"""Cluster a document's mentions into entities.

People: full names, surnames, first+last vs first+initial+last, initials
("ALV"), spelling variants, and role mentions ("the president") resolved to
the one compatible person. Two people who share a surname are never merged
without evidence. Places merge through the gazetteer ("Holland" = "the
Netherlands"); acronyms defined in the text ("Long Name (LN)") merge with their
long form.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from statistics import median_high

from vitrina.extract.dates import find_dates, is_date_of_writing
from vitrina.extract.entities import (
    PARTICLES,
    RawMention,
    addressed,
    addressed_as_people,
    event_heads,
    honorifics,
    is_honorific,
    role_phrases,
)
from vitrina.extract.firms import closes_a_firm
from vitrina.extract.kinnames import KIN_SOURCES, identity_statement
from vitrina.extract.lifedates import Life, age_after, compatible, lives, meet
from vitrina.extract.logwords import without_notation_labels
from vitrina.extract.namesakes import NAMESAKE_SOURCES
from vitrina.extract.namingframes import names_given_to_places
from vitrina.extract.nlp import Analysis
from vitrina.extract.numbers import parse_number
from vitrina.extract.othernamed import introduced_as_another
from vitrina.extract.places import (
    AREA_KINDS,
    EXPORT_KIND,
    GEO_WEIGHTS,
    PLACE_KINDS,
    TOWN_KINDS,
    TYPING_GATES,
    TYPING_WEIGHTS,
    Decision,
    Gazetteer,
    Place,
    PlaceMention,
    PlaceSpans,
    area_name,
    before_namesakes,
    decide_mentions,
    demonym_areas,
    district_ending,
    feature_after_article,
    feature_after_place_the,
    feature_after_the,
    feature_head_not_surname,
    feature_headed,
    feature_or_its_language,
    folded,
    holds_seat,
    inside,
    introduced_as_person_or_time,
    is_feature_by_evidence,
    is_later_name,
    is_motion_verb,
    is_person_noun,
    is_place_noun,
    is_present_name,
    is_vessel_word,
    kind_of_place_noun,
    knows_name,
    land_or_feature_noun,
    later_names,
    led_by_feature_noun,
    listed_places,
    locative_words,
    may_be_town,
    named_areas,
    names_compound,
    names_document,
    normalise,
    place_head_noun,
    present_sense,
    prior,
    qualifier_excludes,
    qualifies_previous,
    road_noun,
    settlement_or_division_noun,
    site_headed,
    sizeable_sense,
    small_town,
    toponym_head,
    typing_evidence,
    typing_score,
    unaccented,
    unmistakable_place,
    unnamed_candidates,
    wordnet_kinds,
)
from vitrina.extract.spans import SpanUnion
from vitrina.extract.taxa import common_name, genus_at, land_noun
from vitrina.extract.typecues import CUE_SOURCE
from vitrina.extract.wordfreq import is_common_word
from vitrina.extract.works import work_titles
from vitrina.lexicon import entries as lexicon_entries
from vitrina.lexicon import rows as lexicon_rows
from vitrina.lexicon import words as lexicon_words
from vitrina.model import DateMention, Entity, EntityType, Mention

# generational suffixes and regnal numbers (Roman numerals up to 39: "Louis XIV")
SUFFIXES = {"jr", "sr"} | {f"{tens}{units}" for tens in ("", "x", "xx", "xxx")
                           for units in ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")} - {""}
_SPACE_RUN = re.compile(r"\s+")  # one space stands for each run in a mention's surface
# a word joined to a place's name by a hyphen ("X-street"), or a capitalised one after one space ("X Road", not
# "X highways"): read by ``road_noun``
_ROAD_AFTER = re.compile(r"(?:-([A-Za-z]+)| ([A-Z][a-z]+))\b")
_LEADING_THE = re.compile(r"^the\s+", re.I)
# "X the Elder", "X the elder" (lower case only for the epithets: ``_epithet_after``)
_EPITHET_AFTER = re.compile(r",?\s+the\s+([A-Za-z][a-z]+)\b")
# "X senior", "X, Jr.", "X III": a generation mark after a name, with or without a comma (``_mark_after``)
_MARK_AFTER = re.compile(r",?[ \t]+([A-Za-z]+)\.?(?![\w'’-])")
_ORDINAL_BEFORE = re.compile(r"\bthe\s+([a-z]+)\s+(?:[A-Z][a-z]+\s+)?$")  # "the second X", "the first King X"
_EPITHET_LEAD = re.compile(r"[A-Z][\w'’-]+\s+the\s+$")  # "Holbein the | Elder"
# "X, known to the miners as Y", "X (better known as Y)": Y is X's other name
_KNOWN_AS = re.compile(r"\s*[,(]\s*(?:\w+\s+)?known(?:\s+(?:to|by|among)\s+[^,.;()]{1,40}?)?\s+as\s+")
# "X (née Y)", "X, born Y": the word of ``lexicon/maiden_name_marks.txt`` and the one or two
# capitalised words of the other name (``_maiden_after``)
_MAIDEN_AFTER = re.compile(r"[ \t]*[,(]?[ \t]*([a-zé]+)\.?[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")
# "Ann, daughter of X", "Thomas Roe, the son of X": the name an entry or apposition is about (``_named_as_kin``)
_KIN_AFTER = re.compile(r",[ \t]+(?:the[ \t]+)?([a-z]+)[ \t]+of\b")
_NAME_BEFORE_KIN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?=,[ \t]+(?:the[ \t]+)?[a-z]+[ \t]+of\b)")
_KIN_BEFORE = re.compile(r"\b([a-z]+)\s*,?\s*$")  # "his father, X", "their son X"


EPITHETS = frozenset({"elder", "younger"})  # generational words written after a name with "the"


@cache
def maiden_marks() -> frozenset[str]:
    """Words that put a woman's birth name after her married one ("née", "born")."""
    return frozenset(lexicon_words("maiden_name_marks"))


_ALIAS_BETWEEN = re.compile(r"[\s,(]*([a-zé.]+?)\.?(?:\s+[A-Z][\w'’-]+\s+([a-z.]+?)\.?)*\s*", re.IGNORECASE)


def stated_alias_mark(between: str) -> str | None:
    """The word of ``lexicon/alias_marks.txt`` or ``maiden_name_marks.txt`` that is all that stands between two
    names (a comma or bracket before it; "alias Y alias" of a chain, each word a mark), lower-cased; or None."""
    found = _ALIAS_BETWEEN.fullmatch(between)
    if found is None:
        return None
    marks = lexicon_words("alias_marks") | maiden_marks()
    said = [w.lower() for w in found.groups() if w]
    return said[0] if said and all(w in marks for w in said) else None


@cache
def generation_marks() -> dict[str, str]:
    """Word after a name -> the generational suffix it stands for ("senior" -> "sr", "jnr" -> "jr";
    ``lexicon/generation_marks.txt``)."""
    pairs = (e.value.lower().split() for e in lexicon_entries("generation_marks"))
    return {p[0]: p[1] for p in pairs if len(p) == 2}


@cache
def generational_suffixes() -> dict[str, str]:
    """Word -> the generational suffix it stands for ("elder" -> "sr", "second" -> "ii")."""
    pairs = (e.value.lower().split() for e in lexicon_entries("generational_words"))
    return {p[0]: p[1] for p in pairs if len(p) == 2}


# ---------------------------------------------------------------- names


def name_key(word: str) -> str:
    """A name or word as names are compared: lower case, without diacritics ("Várady" and
    "Varady", written both ways in one text or two, are one surname)."""
    return unaccented(word).lower()


def name_tokens(name: str) -> list[str]:
    toks = [t for t in re.split(r"\s+", name.replace("’", "'").strip()) if t]
    if len(toks) > 2 and toks[-2].lower() == "the" and toks[-1].lower() in EPITHETS:
        toks = toks[:-2]  # "Hans Holbein the Elder"
    if len(toks) > 2 and _marks_generation(toks[-1]):
        toks.pop()  # "Walter Penhale senior"
    while len(toks) > 1 and toks[-1].lower().strip(".,") in SUFFIXES:
        toks.pop()
    return toks


def _marks_generation(word: str) -> bool:
    """A name's last word that is a generation mark (``generation_marks``) in the name itself: in lower case
    ("X senior") or abbreviated ("X Snr."); a capitalised "Senior" or "Junior" a tagger kept inside the name
    may be a surname, and stays one."""
    bare = word.strip(".,")
    return bare.lower() in generation_marks() and (bare.islower() or len(bare) <= 3)


def name_suffix(name: str) -> str:
    """The generational suffix of a name ("jr", "iii"; "the Elder" is "sr"), or ""."""
    words = name.replace("’", "'").split()
    toks = [t.lower().strip(".,") for t in words]
    if len(toks) > 2 and toks[-2] == "the" and toks[-1] in EPITHETS:
        return generational_suffixes()[toks[-1]]
    if len(toks) > 2 and _marks_generation(words[-1]):
        return generation_marks()[toks[-1]]
    return toks[-1] if len(toks) > 1 and toks[-1] in SUFFIXES else ""


def generation_label(suffix: str) -> str:
    """How a name shows its generation: "the Elder"/"the Younger" for the suffixes they
    stand for, else the suffix itself ("II", "Jr.")."""
    epithet = next((w for w in EPITHETS if generational_suffixes()[w] == suffix), None)
    if epithet is not None:
        return f"the {epithet.capitalize()}"
    return f"{suffix.capitalize()}." if suffix in {"jr", "sr"} else suffix.upper()


@dataclass(frozen=True)
class PersonName:
    first: str | None
    middles: tuple[str, ...]
    last: str
    suffix: str = ""  # "jr", "sr", "ii"…: a father and his son share the rest
    # the suffix was read from a mark written after the name ("X, Jr.", "X senior": ``Clusterer._mark_after``)
    marked_after: bool = field(default=False, compare=False)

    @classmethod
    def parse(cls, name: str) -> PersonName:
        toks = name_tokens(name)
        suffix = name_suffix(name)
        if len(toks) == 1:
            return cls(None, (), toks[0], suffix)
        k = next((i for i in range(1, len(toks) - 1) if toks[i].lower() in PARTICLES), len(toks) - 1)
        return cls(toks[0], tuple(toks[1:k]), " ".join(toks[k:]), suffix)

    def has_surname(self, word: str) -> bool:
        """ "Metternich" is the surname of "Klemens von Metternich"."""
        return word.lower() in {f.lower() for f in self.surname_forms}

    @property
    def surname_forms(self) -> set[str]:
        """The forms the surname is used in alone: "von Metternich", "Metternich"; after an
        article prefix ("al-Rashid", "el-Amin"), also without it ("Rashid")."""
        tail = self.last.split()[-1]
        forms = {self.last, tail}
        particle, _, rest = self.last.partition(" ")
        if particle.lower() in PARTICLES and rest[:1].isupper():
            forms.add(rest)  # "de la Vega": "la Vega"
        head, dash, rest = tail.partition("-")
        if dash and rest[:1].isupper() and head.islower():
            forms.add(rest)
        return forms

    @property
    def initials(self) -> str:
        parts = ([self.first] if self.first else []) + list(self.middles) + self.last.split()
        return "".join(p[0].upper() for p in parts if p[:1].isalpha() and p[0].isupper())


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def within_edits(a: str, b: str, limit: int) -> bool:
    """``edit_distance(a, b) <= limit``, skipping the table when the lengths already differ more."""
    return abs(len(a) - len(b)) <= limit and edit_distance(a, b) <= limit


def variant(a: str, b: str) -> bool:
    """Spelling variants of one long name (Katharina/Katarina), never short names, nor two
    different words that hold a digit ("Unit224", "Unit225": numbers, not spellings)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < 5 or _has_digit(a) or _has_digit(b):
        return False
    return within_edits(a, b, 2 if min(len(a), len(b)) >= 5 and max(len(a), len(b)) >= 6 else 1)


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _initial_of(a: str, b: str) -> bool:
    a = a.rstrip(".")
    return len(a) == 1 and b[:1].upper() == a.upper()


def first_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return variant(a.rstrip("."), b.rstrip(".")) or _initial_of(a, b) or _initial_of(b, a)


def middles_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    return a[0][:1].upper() == b[0][:1].upper()


def same_person(a: PersonName, b: PersonName) -> bool:
    """Two full names (first + last) that may denote one person."""
    if a.first is None or b.first is None:
        return False
    exact_first = name_key(a.first) == name_key(b.first)
    last_ok = name_key(a.last) == name_key(b.last) or (
        exact_first and len(a.last) >= 6 and within_edits(a.last.lower(), b.last.lower(), 1)
    )
    return last_ok and first_compatible(a.first, b.first) and middles_compatible(a.middles, b.middles)


def same_person_across(a: PersonName, b: PersonName) -> bool:
    """Two full names of different documents that must denote one person.

    Stricter than ``same_person``: the given names agree (or are spelling
    variants, never a bare initial against a name), the middle names agree
    one by one (an initial matches its name) and so does their number, and
    generational suffixes agree.
    """
    if a.first is None or b.first is None or name_key(a.last) != name_key(b.last) or a.suffix != b.suffix:
        return False
    fa, fb = a.first.rstrip("."), b.first.rstrip(".")
    if not (variant(fa, fb) or len(fa) == len(fb) == 1 and fa.lower() == fb.lower()):
        return False
    if len(a.middles) != len(b.middles):
        return False
    return all(first_compatible(x, y) for x, y in zip(a.middles, b.middles, strict=True))


@cache
def acronym_function_words() -> frozenset[str]:
    """Words of a long name an acronym skips or takes one letter from (lexicon
    ``acronym_function_words``: "of", "and", "the" …)."""
    return lexicon_words("acronym_function_words")


def acronym_of(words: str) -> str:
    toks = [t for t in re.split(r"[\s-]+", words) if t and t.lower() not in acronym_function_words()]
    return "".join(t[0] for t in toks if t[0].isupper())


def is_acronym(s: str) -> bool:
    return re.fullmatch(r"(?:[A-Z]\.?){2,6}", s) is not None


def acronym_fits(acronym: str, name: str) -> bool:
    """The acronym spells the name: each word, in order, gives it its first letter or
    letters (a function word of :func:`acronym_function_words` none or one): "CSCE" of "Conference on
    Security and Cooperation in Europe", "UNOSOM" of "United Nations Operation in Somalia";
    not "ICC" of "X Commission for Supervision and Control in Y"."""
    letters = re.sub(r"\W", "", acronym).lower()
    # (word, may give no letter): a function word, or a later part of a hyphenated word
    # ("Co-operation" gives C, "Non-Proliferation" N or NP)
    words = [(w, k > 0 or w in acronym_function_words()) for t in name.split()
             for k, w in enumerate(p for p in (re.sub(r"\W", "", x).lower() for x in t.split("-")) if p)]

    @cache
    def spells(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        w, optional = words[i]
        if optional and spells(i + 1, j):
            return True
        most = 1 if w in acronym_function_words() else min(len(w), len(letters) - j)
        return any(letters[j : j + k] == w[:k] and spells(i + 1, j + k) for k in range(1, most + 1))

    return sum(not optional for _, optional in words) >= 2 and spells(0, 0)


def acronym_long_form(acronym: str, before: str) -> str | None:
    """The longest run of words ending ``before`` (the words written before "(LN)"), from a
    capitalised word on, that the acronym spells (:func:`acronym_fits`), or None."""
    words = list(re.finditer(r"\S+", before))
    for k, w in enumerate(words):
        if w.group()[:1].isupper() and w.group().lower() not in acronym_function_words() \
                and acronym_fits(acronym, before[w.start() :]):
            return before[words[k].start() :].strip()
    return None


# ---------------------------------------------------------------- clusters


@dataclass
class Cluster:
    type: EntityType
    members: list[int] = field(default_factory=list)  # indices into the mention list
    name: PersonName | None = None  # people: the fullest name seen
    roles: set[str] = field(default_factory=set)
    # people: the kinds of person their names are described as in apposition ("X, the physician,")
    descriptions: set[str] = field(default_factory=set)
    other_names: set[str] = field(default_factory=set)  # people: a birth name ("X (née Y)"), not a form seen
    place: Place | None = None
    decision: Decision | None = None  # how its place was chosen (or why it has none)
    life: Life | None = None  # people: the bounds the life dates beside its mentions set (``lifedates``)


@dataclass(frozen=True, slots=True)
class _Named:
    """A person mention as ``extract.equivalence`` reads it, its entity its words (one name, one "entity")."""

    start: int
    end: int
    entity: str


class Clusterer:
    def __init__(self, text: str, an: Analysis, gaz: Gazetteer | None) -> None:
        self.text = text
        self.an = an
        self.gaz = gaz
        self.mentions: list[RawMention] = []
        self.cluster_of: dict[int, int] = {}
        self.clusters: list[Cluster] = []
        self._single_index: _SingleIndex | None = None  # set while one-word names are resolved
        self._starts: dict[int, list[int]] = {}  # cluster -> its members' starts, sorted
        # cluster -> (its members list, how many of them were read, first full-name start)
        self._full_name_start: dict[int, tuple[list[int], int, int | None]] = {}
        self._sentence_starts: list[int] | None = None
        self._office_cache: dict[str, list[int]] = {}  # see _near_office_word
        self.years: list[tuple[int, int]] = []  # (offset, year) of the document's dates
        self.dates: Sequence[DateMention] = ()  # the document's dates, read for people's life dates
        self.life_of: dict[int, Life] = {}  # person mention -> the life dates written beside it
        # person mention -> the person mentions a kinship phrase shows to be someone else (``_relatives_apart``)
        self.apart: dict[int, set[int]] = {}

    def surface(self, i: int) -> str:
        m = self.mentions[i]
        return _SPACE_RUN.sub(" ", self.text[m.start : m.end])

    def _new(self, i: int, etype: EntityType) -> int:
        self.clusters.append(Cluster(etype))
        return self._join(i, len(self.clusters) - 1)

    def _join(self, i: int, c: int) -> int:
        self.cluster_of[i] = c
        self.clusters[c].members.append(i)
        if i in self.life_of:
            self.clusters[c].life = meet(self.clusters[c].life, self.life_of[i])
        bisect.insort(self._starts.setdefault(c, []), self.mentions[i].start)
        if self._single_index is not None:
            self._single_index.joined(c, self.mentions[i].start)
        return c

    # ------------------------------------------------------------ people

    def cluster_people(self) -> None:
        people = [i for i, m in enumerate(self.mentions) if m.type == "person" and m.source != "role"]
        full = [i for i in people if len(name_tokens(self.surface(i))) > 1]
        full_set = set(full)
        single = [i for i in people if i not in full_set]
        self.life_of = {people[k]: life for k, life in enumerate(lives(
            self.text, self.an.sents if self.an is not None else [], [(self.mentions[i].start, self.mentions[i].end)
                                                                  for i in people], self.dates))
            if life is not None}
        self.apart = self._relatives_apart(people)
        self._denied_apart(people)
        self._introduced_apart(people)
        # clusters by last name with a given name it may be (``given_keys``), and by first
        # name with the last name one edit away: ``same_person`` needs one of the two, so
        # these hold every candidate (re-checked on the current name), and a name is tried
        # only against the clusters it could join, not every one of its surname
        by_key: dict[tuple[str, ...], list[int]] = {}
        for c, cl in enumerate(self.clusters):
            if cl.type == "person" and cl.name:
                _index_name(by_key, c, cl.name)
        for i in full:
            name = self._with_generation(i, PersonName.parse(self.surface(i)))
            described = self._described_as(i)
            match = next(
                (c for c in _candidates(by_key, name)
                 if (cl := self.clusters[c]).type == "person" and cl.name and same_person(cl.name, name)
                 and (not _introduces_another(cl.name, name) or self._refers_back(c, name))
                 and _described_alike(cl.descriptions, described)
                 and compatible(cl.life, self.life_of.get(i)) and not self._apart_from(c, i)),
                None,
            )
            c = self._new(i, "person") if match is None else self._join(i, match)
            cl = self.clusters[c]
            cl.descriptions |= {described} if described else set()
            if cl.name is None or _fuller(name, cl.name):
                if cl.name is not None and cl.name.suffix and not name.suffix:  # "X, Jr." … "X Y Z": still Jr.
                    name = replace(name, suffix=cl.name.suffix, marked_after=cl.name.marked_after)
                cl.name = name
                _index_name(by_key, c, name)
            role = self.mentions[i].role
            if role:
                cl.roles.add(role)
        self._merge_name_tails()
        self._merge_titled_names()
        self._merge_known_as()
        maiden_words = self._merge_maiden_names()
        self._single_index = _SingleIndex(self._full_names(), self.clusters)
        for i in single:
            found = maiden_words.get(self.mentions[i].start)
            if found is None and not kin_after(self.text, self.mentions[i].end):
                found = self._person_for_single(i)  # "Ann, daughter of X": a child of her own, no namesake's word
            if found is not None and (not compatible(self.clusters[found].life, self.life_of.get(i))
                                      or self._apart_from(found, i)):
                found = None  # the name's owner lived at another time (a namesake), or is this one's relative
            c = self._new(i, "person") if found is None else self._join(i, found)
            if self.clusters[c].name is None:
                name = self._with_generation(i, PersonName.parse(self.surface(i)))
                self.clusters[c].name = name
                self._single_index.add_single(c, name)
            role = self.mentions[i].role
            if role:
                self.clusters[c].roles.add(role)
        self._single_index = None
        self._merge_stated_aliases()

    def _relatives_apart(self, people: list[int]) -> dict[int, set[int]]:
        """Pairs of person mentions a kinship phrase shows to be two people: the relative it names ("son of
        Mr. X", :func:`relative_named`) and each person mention before it in its sentence ("Y, aged 26, a native
        of Z, son of Mr. X": Y is not X, whatever their names share). Both ways."""
        apart: dict[int, set[int]] = defaultdict(set)
        sents = self.an.sents if self.an is not None else []
        starts = [s for s, _ in sents]
        order = sorted(people, key=lambda i: self.mentions[i].start)
        begins = [self.mentions[i].start for i in order]
        for i in people:
            m = self.mentions[i]
            if not relative_named(self.text, m.start):
                continue
            at = bisect.bisect_right(starts, m.start) - 1
            first = sents[at][0] if at >= 0 and m.start < sents[at][1] else m.start
            for j in order[bisect.bisect_left(begins, first) : bisect.bisect_left(begins, m.start)]:
                if self.mentions[j].end <= m.start:
                    apart[i].add(j)
                    apart[j].add(i)
        return dict(apart)

    def _denied_apart(self, people: list[int]) -> None:
        """Person mentions a clause states to be two people ("X is not Y", "he is not Y" of the X named before:
        ``equivalence.apart_mentions``) are kept apart too, both ways, whatever their names share."""
        from vitrina.extract.equivalence import apart_mentions

        sents = self.an.sents if self.an is not None else []
        named = [_Named(self.mentions[i].start, self.mentions[i].end, self.surface(i).casefold()) for i in people]
        for a, b in apart_mentions(self.text, sents, named):
            self.apart.setdefault(people[a], set()).add(people[b])
            self.apart.setdefault(people[b], set()).add(people[a])

    def _introduced_apart(self, people: list[int]) -> None:
        """A full name the text introduces as someone else ("not to be confused with X", "a second X":
        ``othernamed.introduced_as_another``) is kept apart from every person mention of its surname before it,
        both ways, though the two are written alike: the record itself says they are two."""
        order = sorted(people, key=lambda i: self.mentions[i].start)
        for k, i in enumerate(order):
            words = name_tokens(self.surface(i))
            if len(words) < 2 or not introduced_as_another(self.text, self.mentions[i].start):
                continue
            for j in order[:k]:
                if name_key(name_tokens(self.surface(j))[-1]) == name_key(words[-1]):
                    self.apart.setdefault(i, set()).add(j)
                    self.apart.setdefault(j, set()).add(i)

    def _apart_from(self, c: int, i: int) -> bool:
        """Cluster ``c`` holds a mention a kinship phrase shows to be another person than mention ``i``."""
        others = self.apart.get(i)
        return others is not None and any(k in others for k in self.clusters[c].members)

    def _refers_back(self, c: int, name: PersonName) -> bool:
        """An unmarked full name after a name marked after it ("X, Jr., argued … X replied") refers back to
        cluster ``c`` when that is the only generation of the name marked so far: the writer shortened it.
        An unmarked name before the marked one stays apart ("son of X … X junior"); so does one after two
        marked generations, and "the elder"/"the younger" keep their own reading (``_with_generation``)."""
        own = self.clusters[c].name
        if own is None or not own.marked_after or name.suffix:
            return False
        return sum(1 for k in self.clusters
                   if k.type == "person" and k.members and k.name is not None and k.name.suffix
                   and name_key(k.name.last) == name_key(own.last)
                   and name_key(k.name.first or "") == name_key(own.first or "")) == 1

    def _described_as(self, i: int) -> str | None:
        """The kind of person mention ``i`` is described as in apposition ("X, the physician of Y,"), or None."""
        m = self.mentions[i]
        return next(iter(described_kinds(self.text, m.start, m.end)), None)

    def _with_generation(self, i: int, name: PersonName) -> PersonName:
        """``name`` with the generation the words around mention ``i`` give it ("X the
        Elder", "the second X"; ``lexicon/generational_words.txt``), when it has none."""
        if name.suffix:
            return name
        m = self.mentions[i]
        mark = self._mark_after(m.end) if len(name_tokens(self.surface(i))) > 1 else ""
        if mark:
            return PersonName(name.first, name.middles, name.last, mark, marked_after=True)
        after = self._epithet_after(m.end)
        before = _ORDINAL_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        if before and self._modifies_a_noun(m.end):
            before = None  # "the second X message": the ordinal counts the messages
        word = after.group(1) if after else before.group(1) if before else None
        suffix = generational_suffixes().get(word.lower(), "") if word else ""
        return PersonName(name.first, name.middles, name.last, suffix) if suffix else name

    def _mark_after(self, end: int) -> str:
        """The generational suffix a word right after a name ending at ``end`` gives it, with or without a
        comma: "X senior", "X, Jr.", "X Snr" (``lexicon/generation_marks.txt``) or a Roman numeral of two
        letters or more in capitals ("X III"; a lone "I" is the pronoun); "" when there is none or the word
        modifies a noun ("X, junior clerk")."""
        after = _MARK_AFTER.match(self.text, end)
        if after is None:
            return ""
        word = after.group(1)
        if word.isupper() and len(word) > 1 and word.lower() in SUFFIXES - {"jr", "sr"}:
            suffix = word.lower()
        elif word.islower() or word.istitle():
            suffix = generation_marks().get(word.lower(), "")
        else:
            return ""
        return suffix if suffix and not self._modifies_a_noun(after.end(), words_only=True) else ""

    def _epithet_after(self, end: int) -> re.Match[str] | None:
        """The generational word after a name ending at ``end``: "X the Elder", or in lower
        case ("X the younger", "X, the elder,") one of ``EPITHETS`` that does not itself
        modify a noun ("X the younger brother of Y" compares, it does not name a generation)."""
        after = _EPITHET_AFTER.match(self.text, end)
        if after is None or after.group(1)[0].isupper():
            return after
        if after.group(1) not in EPITHETS or self._modifies_a_noun(after.end()):
            return None
        return after

    def _modifies_a_noun(self, end: int, words_only: bool = False) -> bool:
        """A common noun follows the name ending at ``end``, one space on: the name modifies it
        ("the X message"), so the words before the name belong to that noun. ``words_only``: a noun
        that begins with a letter (a table's "|" the tagger calls a noun is a cell's edge)."""
        k = self.an.tok_index(end)
        nxt = self.an.toks[k] if k < len(self.an.toks) else None
        return nxt is not None and nxt.pos == "NOUN" and self.text[end : nxt.start] == " " \
            and (not words_only or self.text[nxt.start : nxt.start + 1].isalpha())

    def _introduced_as_kin(self, c: int) -> bool:
        """The person's first full-name mention follows a kinship noun ("his father, X",
        "their son X"): a relative of someone else the text is about."""
        first = self._first_full_name_start(c)
        if first is None:
            return False
        kin = _KIN_BEFORE.search(self.text, max(0, first - 30), first)
        return kin is not None and kin.group(1).lower() in lexicon_words("kinship_nouns")

    def _first_full_name_start(self, c: int) -> int | None:
        """Where the cluster's first mention of more than one word starts, kept up to date as
        members join (members are only appended, or the list replaced on a merge): a scan
        of every member per one-word mention was quadratic in a document's people."""
        members = self.clusters[c].members
        seen, read, first = self._full_name_start.get(c, (None, 0, None))
        if seen is not members:
            read, first = 0, None
        for i in members[read:]:
            if len(name_tokens(self.surface(i))) > 1:
                start = self.mentions[i].start
                first = start if first is None else min(first, start)
        self._full_name_start[c] = (members, len(members), first)
        return first

    def _merge_name_tails(self) -> None:
        """ "Thayer Mahan" beside "Alfred Thayer Mahan": a name that is the last words of
        exactly one longer name of the document is that person (a middle name used as
        the given name); with two such longer names it stays apart."""
        def words(name: PersonName) -> tuple[str, ...]:
            parts = [name.first or "", *name.middles, *name.last.split()]
            return tuple(w.lower().rstrip(".") for w in parts if w)

        named = {c: cl.name for c, cl in enumerate(self.clusters)
                 if cl.type == "person" and cl.members and cl.name is not None and cl.name.first}
        people = {c: words(name) for c, name in named.items()}
        ending: dict[tuple[str, ...], list[int]] = defaultdict(list)  # last words -> longer names
        for k, ws in people.items():
            for n in range(1, len(ws)):
                ending[ws[-n:]].append(k)
        for c, short in people.items():
            longer = [k for k in ending.get(short, [])
                      if self.clusters[k].members and named[k].suffix == named[c].suffix]
            if len(longer) == 1 and self.clusters[c].members:
                self._merge(longer[0], c)

    def _merge_titled_names(self) -> None:
        """ "Citizen X" or "Pasha X" beside "Anne Marie X": a two-word name whose first word is
        a common noun for a person (``title_word``) is that title before the surname; when
        exactly one other person of the document has that surname with a given name (and the
        same generation), the titled name is that person."""
        named = self._full_names()
        by_last: dict[str, list[int]] = defaultdict(list)
        for c, name in named.items():
            by_last[name_key(name.last)].append(c)
        for c, name in named.items():
            if name.middles or not self.clusters[c].members or not title_word(name.first or ""):
                continue
            others = [k for k in by_last[name_key(name.last)]
                      if k != c and self.clusters[k].members and named[k].suffix == name.suffix
                      and not title_word(named[k].first or "")]
            if len(others) == 1:
                self._merge(others[0], c)

    def _merge_known_as(self) -> None:
        """ "X, known to the miners as Y": the other name of the same person, who stays the
        first name's (so a surname Y shares with a relative goes to that relative)."""
        people = sorted((i for i in self.cluster_of if self.mentions[i].type == "person"),
                        key=lambda i: self.mentions[i].start)
        for a, b in zip(people, people[1:], strict=False):
            if _KNOWN_AS.fullmatch(self.text, self.mentions[a].end, self.mentions[b].start):
                ca, cb = self.cluster_of[a], self.cluster_of[b]
                if ca != cb and self.clusters[ca].type == self.clusters[cb].type == "person":
                    self._merge(ca, cb)

    def _merge_stated_aliases(self) -> None:
        """A name the record states to be another of the person's names: "X alias Y", "X (alias Y)", "X alias
        Z alias Y" (``lexicon/alias_marks.txt``: any name after the word), "X, formerly Y", "X, né Y" (a full name
        after a word of ``lexicon/maiden_name_marks.txt``, whatever its given name), "Aunt T. is Miss X Y" (a name
        of initials said to be a full name: ``kinnames.identity_statement``). The later name's cluster joins the earlier's, which keeps its name; the later is one of its aliases."""
        people = sorted((i for i in self.cluster_of if self.mentions[i].type == "person"),
                        key=lambda i: self.mentions[i].start)
        for a, b in zip(people, people[1:], strict=False):
            between = self.text[self.mentions[a].end : self.mentions[b].start]
            mark = stated_alias_mark(between)
            if identity_statement(self.surface(a), between, self.surface(b)):
                mark = "is"  # "Aunt T. is Miss X Y": the short name's full name (``kinnames``)
            if mark is None or mark in maiden_marks() and len(name_tokens(self.surface(b))) < 2:
                continue
            ca, cb = self.cluster_of[a], self.cluster_of[b]
            if ca != cb and self.clusters[ca].type == self.clusters[cb].type == "person":
                self._merge(ca, cb)

    def _merge_maiden_names(self) -> dict[int, int]:
        """ "Ann Roe (née Doe)", "Ann Roe, born Doe": the birth name ("Ann Doe", or the full
        name written after the word) is the same woman's. Her clusters of that name join the
        married name's, the name is kept as one of hers (so another document's "Ann Doe" links
        to her), and the start of a one-word birth surname is returned with her cluster (that
        word is hers, not a relative's of that surname). A place after the word ("born
        Exeter", typed a place here) is a birthplace, not a name."""
        places = {m.start for m in self.mentions if m.type == "place"}
        marks = maiden_marks()
        lone: dict[int, int] = {}
        for i in sorted(self.cluster_of, key=lambda i: self.mentions[i].start):
            c = self.cluster_of[i]
            name = self.clusters[c].name if self.clusters[c].type == "person" else None
            after = _MAIDEN_AFTER.match(self.text, self.mentions[i].end)
            if name is None or name.first is None or after is None or after.group(1) not in marks \
                    or after.start(2) in places:
                continue
            words = after.group(2).split()
            birth = PersonName.parse(after.group(2) if len(words) > 1 else f"{name.first} {words[0]}")
            if birth.first is None or name_key(birth.first) != name_key(name.first) or birth.last == name.last:
                continue
            self.clusters[c].other_names.add(f"{birth.first} {birth.last}")
            if len(words) == 1:
                lone[after.start(2)] = c
            for k, other in enumerate(self.clusters):
                if k != c and other.type == "person" and other.members and other.name is not None \
                        and other.name.first is not None and name_key(other.name.first) == name_key(birth.first) \
                        and name_key(other.name.last) == name_key(birth.last) and not other.name.suffix:
                    self._merge(c, k)
        return lone

    def merge_titled_appositions(self) -> None:
        """ "Jean Martin, duc de Valmont": the titled name is the same person."""
        people = [i for i, m in enumerate(self.mentions) if m.type == "person" and i in self.cluster_of]
        for a, b in zip(people, people[1:], strict=False):
            between = self.text[self.mentions[a].end : self.mentions[b].start]
            if between.strip() == "," and self.surface(b).split()[0].lower() in NOBLE_TITLES:
                between += self.surface(b).split()[0]  # "X, Archduke of Y" as one mention
            words = between.strip(" ,\n").split()
            if not between.lstrip().startswith(",") or not words or words[0].lower() not in NOBLE_TITLES:
                continue
            if all(w.lower() in NOBLE_TITLES or w.lower().rstrip("’'") in PARTICLES | {"d", "of"} for w in words):
                ca, cb = self.cluster_of[a], self.cluster_of[b]
                if ca != cb:
                    self._merge(cb, ca)

    def _full_names(self) -> dict[int, PersonName]:
        """People clusters with a first name: cluster index -> fullest name."""
        return {c: cl.name for c, cl in enumerate(self.clusters)
                if cl.type == "person" and cl.members and cl.name is not None and cl.name.first is not None}

    def _person_for_single(self, i: int) -> int | None:
        word = self.surface(i)
        index = self._single_index or _SingleIndex(self._full_names(), self.clusters)
        regnal = self._with_generation(i, PersonName.parse(word))
        if regnal.suffix:  # "Casimir II": only the one with that name and number
            same = [c for c in index.single_variants(regnal.last.lower())
                    if (cl := self.clusters[c]).type == "person" and cl.name and cl.name.first is None
                    and cl.name.suffix == regnal.suffix and cl.name.last.lower() == regnal.last.lower()]
            return same[0] if same else None
        low = word.lower()
        full = index.full
        key = name_key(word)
        owners = index.by_surname.get(key, [])
        start = self.mentions[i].start
        order = index.owner_order(key, self) if owners else None
        named = order.named_before(start) if order else 0
        if order and named == 1:
            return order.clusters[0]
        if order and named > 1:
            role = self.mentions[i].role  # "President X" among two people named X: the president
            if role:
                holders = [c for c in order.clusters[:named] if role in self.clusters[c].roles]
                if len(holders) == 1:
                    return holders[0]
            # "his father, Robert X", "their son George X": the surname alone is the one the
            # family is told about, not a relative introduced as such
            unrelated = order.unrelated_before(named)
            if unrelated == 1:
                return order.unrelated[0]
            return order.most_recent(start, named, unrelated_only=unrelated > 0)
        if owners and not named:
            given = self._given_name_before(low, start, index)
            if given is not None:
                return given
        by_last = self._surname_owners(i, owners, index)
        if by_last is None:  # the surname's one earlier use alone, before any full name
            return self._earlier_single(i, index)
        if owners and not by_last:  # titled apart from the one named later: someone else
            return None
        if len(by_last) == 1:
            return by_last[0]
        if len(by_last) > 1:  # people all named in full later only
            role = self.mentions[i].role
            holders = [c for c in by_last if role and role in self.clusters[c].roles]
            if len(holders) == 1:
                return holders[0]
            apart = [c for c in by_last if not self._introduced_as_kin(c)]
            if len(apart) == 1:
                return apart[0]
            return self._most_recent(apart or by_last, start)
        flat = low.replace(".", "")
        if is_acronym(word):
            by_init = index.by_initials.get(flat, []) if len(flat) >= 3 else []
            if len(by_init) == 1:
                return by_init[0]
        by_first = index.by_first.get(low, [])
        if len(by_first) == 1 and low not in index.lasts:
            return by_first[0]
        singles = [c for c in index.single_variants(low)
                   if (cl := self.clusters[c]).type == "person" and cl.name and cl.name.first is None
                   and variant(cl.name.last, word)]
        if len({self.clusters[c].name for c in singles}) > 1:  # "Casimir I", "Casimir II": the last named
            return self._most_recent(singles, self.mentions[i].start) or singles[0]
        if singles:
            return singles[0]
        by_variant = [c for c in index.one_edit(low) if len(low) >= 6
                      and within_edits(full[c].last.lower(), low, 1)]
        return by_variant[0] if len(by_variant) == 1 else None

    def _given_name_before(self, low: str, start: int, index: _SingleIndex) -> int | None:
        """The one person named in full before ``start`` whose given name is the one word ``low``, when every
        person whose name ends in that word is named only later ("Ann Roe was born in 1821. Ann married …",
        and "Mary Ann" (1849) three lines on: the lone name is the Ann named, not the tail of a double given
        name not yet written)."""
        earlier = [c for c in index.by_first.get(low, []) if (seen := self._starts.get(c)) and seen[0] < start]
        return earlier[0] if len(earlier) == 1 else None

    def _surname_owners(self, i: int, owners: list[int], index: _SingleIndex) -> list[int] | None:
        """The full-name people a lone surname at mention ``i`` may be when none of them is named
        in full before it (those named before: ``_OwnerOrder``): a later full name is the person only if
        nothing says otherwise: the title the surname carries ("President X") is not one
        the later full name has ("Attorney General Y X"), and the surname was not already
        used alone for someone titled so (None: join that earlier use, ``_earlier_single``)."""
        if not owners:
            return owners
        if self._earlier_single(i, index) is not None:
            return None
        role = self.mentions[i].role or self._role_before(i)
        if role and all(self.clusters[c].roles and role not in self.clusters[c].roles for c in owners):
            return []  # another person of the surname, titled apart
        return owners

    def _role_before(self, i: int) -> str | None:
        """The role phrase right before a mention that does not hold it ("President" before a
        name the input's markup gives alone): ``data/roles.txt``, the longest first."""
        words = self.text[max(0, self.mentions[i].start - 40) : self.mentions[i].start].lower().split()
        for phrase in role_phrases():
            if tuple(words[-len(phrase):]) == phrase:
                return " ".join(phrase)
        return None

    def _earlier_single(self, i: int, index: _SingleIndex) -> int | None:
        """A person cluster of one-word names, this surname, made before mention ``i``."""
        word = self.surface(i)
        singles = [c for c in index.single_variants(word.lower())
                   if (cl := self.clusters[c]).type == "person" and cl.name and cl.name.first is None
                   and cl.name.last.lower() == word.lower() and not cl.name.suffix]
        return self._most_recent(singles, self.mentions[i].start) if singles else None

    def _most_recent(self, candidates: list[int], before: int, window: int | None = None) -> int | None:
        """The candidate mentioned last before ``before`` (the first one on a tie)."""
        best, best_pos = None, -1
        for c in candidates:
            starts = self._starts.get(c, [])
            k = bisect.bisect_left(starts, before)
            if k and starts[k - 1] > best_pos:
                best, best_pos = c, starts[k - 1]
        if best is not None and window is not None and self._sentences_between(best_pos, before) > window:
            return None
        return best

    def _sentences_between(self, a: int, b: int) -> int:
        """How many sentences start in ``(a, b]``."""
        if self._sentence_starts is None:
            self._sentence_starts = sorted(s for s, _ in self.an.sents)
        return bisect.bisect_right(self._sentence_starts, b) - bisect.bisect_right(self._sentence_starts, a)

    def resolve_roles(self) -> None:
        """Link "the president" to the one person introduced with that role."""
        self._appositions()
        holders: dict[str, list[int]] = defaultdict(list)  # role -> clusters with it (roles are fixed now)
        for k, cl in enumerate(self.clusters):
            for role in cl.roles:
                holders[role].append(k)
        for i, m in enumerate(self.mentions):
            if m.source != "role" or i in self.cluster_of:
                continue
            cands = holders.get(m.role, []) if m.role is not None else []
            # the role holder must be named shortly before, and be the only holder
            c = self._most_recent(cands, m.start, window=3)
            if c is not None and (len(cands) == 1 or self._most_recent(
                    [k for k in cands if k != c], m.start, window=3) is None):
                self._join(i, c)
            elif m.role:
                c = self._named_holder(m.role, m.start)
                c = self._office_holder(m.role, m.start) if c is None else c
                if c is not None:
                    self._join(i, c)

    def _named_holder(self, role: str, before: int) -> int | None:
        """The one person the text says holds the role with a copula, before ``before``: "Its first Director was
        the Rev. Dr. X", "X became the Director" (``_holds_role``). None for none or several."""
        found = {c for c, cl in enumerate(self.clusters) if cl.type == "person" and cl.members
                 and any(self.mentions[j].source != "role" and self.mentions[j].end <= before
                         and _holds_role(self.text, role, self.mentions[j].start, self.mentions[j].end)
                         for j in cl.members)}
        return found.pop() if len(found) == 1 else None

    def _office_holder(self, role: str, before: int) -> int | None:
        """The person whose context names the office ("X's presidency", "President X").

        Only people mentioned before the role, without another office, whose
        mentions have the office word within a short window; one candidate, or
        one that dominates (twice the mentions of any other).
        """
        stem = role.split()[-1][:-1] if len(role.split()[-1]) > 5 else role.split()[-1]
        counts: dict[int, int] = {}
        for c in self._near_office_word(stem):
            cl = self.clusters[c]
            if (cl.roles and role not in cl.roles) or not cl.members:
                continue
            if self._starts[c][0] > before:
                continue
            counts[c] = len(cl.members)
        if not counts:
            return None
        ranked = sorted(counts, key=lambda c: counts[c], reverse=True)
        if len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]:
            return ranked[0]
        return None

    def _near_office_word(self, stem: str) -> list[int]:
        """People clusters with the office word near one of their named mentions (cached per
        stem: while roles are resolved, only role mentions join clusters, and they do not count)."""
        cache = self._office_cache
        if stem not in cache:
            pattern = re.compile(rf"\b{re.escape(stem)}", re.I)
            cache[stem] = [
                c for c, cl in enumerate(self.clusters) if cl.type == "person" and any(
                    pattern.search(self.text, max(0, self.mentions[j].start - 80), self.mentions[j].end + 80)
                    for j in cl.members if self.mentions[j].source != "role")]
        return cache[stem]

    def _appositions(self) -> None:
        """ "X, the Danish leader," gives X that role."""
        for i, m in enumerate(self.mentions):
            if m.source != "role" or i == 0:
                continue
            prev = self.mentions[i - 1]
            between = self.text[prev.end : m.start]
            if prev.type == "person" and re.fullmatch(r",\s+(?:the\s+)?(?:\w+\s+){0,2}", between) \
                    and (i - 1) in self.cluster_of:
                c = self.cluster_of[i - 1]
                self.clusters[c].roles.add(m.role or "")
                self._join(i, c)

    # ------------------------------------------------------------ others

    def cluster_others(self) -> None:
        keys: dict[tuple[str, str], int] = {}  # (kind, key) -> cluster
        decisions = self._geocode()
        for i, m in enumerate(self.mentions):
            if m.type == "person":
                continue
            word = self.surface(i)
            decision = decisions.get(i)
            place = decision.place if decision else None
            if m.source == "FAC" and (self.gaz is None or self.gaz.resolve(word, alternates=False) is None) \
                    and not (m.type == "place" and (feature_headed(word) or site_headed(word) or place is not None)):
                # a building, not a town; "X Canal", "X Island", "Fort X", or a facility the geocoder puts on
                # the map: a place
                m.type, place, decision = "other", None, None
            # one key space across types: "Eastern Front" as ORG and as LOC is one entity
            key = ("place", place.key) if place else ("name", _norm(word).removesuffix("s"))
            if key in keys:
                self._join(i, keys[key])
            else:
                keys[key] = self._new(i, m.type)
                self.clusters[keys[key]].place = place
            if decision is not None and self.clusters[keys[key]].decision is None:
                self.clusters[keys[key]].decision = decision
        self._merge_acronyms()
        self._merge_suffixes()

    def _geocode(self) -> dict[int, Decision]:
        """The place decision of every place mention, made once per name for the document."""
        if self.gaz is None:
            return {}
        for i, m in enumerate(self.mentions):
            if m.type == "place":
                self._as_document_name(i)
        places = [i for i, m in enumerate(self.mentions) if m.type == "place"]
        breaks = [mm.end() for mm in re.finditer(r"\n\s*\n", self.text)]
        found = [self._place_mention(i, breaks) for i in places]
        year_at = self._paragraph_years(breaks)
        found = [replace(pm, year=year_at(pm.paragraph)) for pm in found]
        found = before_namesakes([replace(pm, qualifies=True) if k and found[k - 1].qualifier
                                  and places[k - 1] == i - 1 else pm
                                  for k, (i, pm) in enumerate(zip(places, found, strict=True))])
        # "X, which was renamed Y": Y a place mention, or a later name tagged as something else
        named = sorted(set(places) | {i for i, m in enumerate(self.mentions)
                              if m.type != "place" and is_later_name(self.text, m.start)})
        later = later_names(self.text, [(self.mentions[i].start, self.mentions[i].end) for i in named])
        position = {i: k for k, i in enumerate(named)}
        found = [replace(pm, later_name=self.surface(named[later[position[i]]]) if position[i] in later else None)
                 for i, pm in zip(places, found, strict=True)]
        people = self._person_words()
        demonyms = [(bisect.bisect_right(breaks, m.start), area) for m in self.mentions if m.source == "NORP"
                    for area in demonym_areas(self.gaz, self.text[m.start : m.end])]
        decisions = {i: d for i, d in zip(places, decide_mentions(found, self.gaz, people, demonyms), strict=True)
                     if d is not None}
        for i, pm in zip(places, found, strict=True):  # "Washington, DC": DC is Washington's other name
            j = i + 1
            head, tail = decisions.get(i), decisions.get(j)
            if pm.qualifier and head and head.place and tail and tail.place is None and any(
                    c.key == head.place.key for c, _ in tail.candidates):
                decisions[j] = Decision(head.place, tail.candidates, "another name of the place it follows")
        return decisions

    def _paragraph_years(self, breaks: list[int]) -> Callable[[int], int | None]:
        """The year the text speaks of in a paragraph: the median year of its dates, else of
        the document's (None when it names no year). The dates are grouped by paragraph once
        (each place mention had scanned every date of the document)."""
        own: dict[int, list[int]] = defaultdict(list)
        for at, y in self.years:
            own[bisect.bisect_right(breaks, at)].append(y)
        whole = median_high([y for _, y in self.years]) if self.years else None
        medians = {paragraph: median_high(years) for paragraph, years in own.items()}
        return lambda paragraph: medians.get(paragraph, whole)

    def _as_document_name(self, i: int) -> None:
        """ "Treaty of X": a place mention after "of" and a capitalised document noun
        (``names_document``) becomes the document's name, an "other" mention from the head
        noun on (when no other mention lies there): the treaty, not the place it is named after."""
        m = self.mentions[i]
        head = _OF_HEAD.search(self.text, max(0, m.start - 40), m.start)
        if head is None or not names_document(head.group(1)) or (i and self.mentions[i - 1].end > head.start(1)):
            return
        m.start, m.type = head.start(1), "other"

    def _place_mention(self, i: int, breaks: list[int]) -> PlaceMention:
        m = self.mentions[i]
        before = self.text[max(0, m.start - 20) : m.start].split()
        locative = bool(before) and before[-1].lower() in locative_words() or _after_place_noun(self.text, m.start)
        qualifier, closed, present_name = None, False, False
        if i + 1 < len(self.mentions):
            nxt = self.mentions[i + 1]
            between = _QUALIFIER.fullmatch(self.text[m.end : nxt.start])
            word = (between.group(1) or between.group(2) or "").strip().lower() if between else ""
            renamed = word in lexicon_words("renaming_words")
            if renamed and i and self.mentions[i - 1].type == "place" \
                    and qualifies_previous(self.text, self.mentions[i - 1].end, m.start):
                between = None  # "X, Region (today Y)": the present name is the town's, not its region's
            if between and (not word or renamed) and (nxt.type == "place" or renamed):
                qualifier = self.surface(i + 1)  # "Portsmouth, New Hampshire", "Tours (France)"
                present_name = renamed and nxt.type == "place"  # "X (now Y)", "X, today Y"
                closed = _PHRASE_END.match(self.text, nxt.end) is not None
                if self.gaz is not None and self._list_of_places(i) \
                        and qualifier_excludes(self.gaz, self.surface(i), qualifier):
                    qualifier = None  # "the cantons X, Y and Z": items of a list, not "X, Y"
            if qualifier is None and nxt.type == "place" and _IN_AREA.fullmatch(self.text[m.end : nxt.start]) \
                    and self._names_area(i + 1):
                qualifier, closed = self.surface(i + 1), True  # "Cartagena in Spain": no list of towns
            if qualifier is None and nxt.type == "place" and _OF_AREA.fullmatch(self.text[m.end : nxt.start]) \
                    and self._names_area(i + 1):
                qualifier, closed = self.surface(i + 1), True  # "the X Mountains of Y": Y holds them
            apposed = _APPOSITION.fullmatch(self.text[m.end : nxt.start])
            if apposed and nxt.type == "place" and is_place_noun(apposed.group(1)) and self._names_area(i + 1):
                qualifier, closed = self.surface(i + 1), True  # "X, the capital of Y"
        possessive = re.match(r"['’]s?\b", self.text[m.end : m.end + 3]) is not None
        after = self.text[m.end : m.end + 20].split()
        agent = bool(after) and after[0].lower() in lexicon_words("agent_verbs")
        article = bool(before) and before[-1].lower() == "the"
        land = len(before) >= 2 and before[-1] == "of" and before[-2].lower() in lexicon_words("land_nouns")
        head = _OF_HEAD.search(self.text, max(0, m.start - 40), m.start)
        name = self._elided_head(i)
        if article and self._ends_phrase(m) and self.gaz is not None:
            name = _bare_water(name, self.gaz) or name  # "into the Baltic": the sea, not the Baltic states
        return PlaceMention(name, m.start, m.end, bisect.bisect_right(breaks, m.start),
                            locative, qualifier, possessive, self._vessel(m, before), agent, article, land,
                            in_name=head is not None and names_document(head.group(1)), closed=closed,
                            seat=_seat_of_title(self.text, m.start), bare=article and self._ends_phrase(m), compound=self._compound(m),
                            listed=self._listed_with_place(i), present_name=present_name,
                            renamed_from=is_present_name(self.text, m.start),
                            named_event=bool(after) and after[0].lower() in event_heads(),
                            town_cue=_read_as_town(before))

    def _list_of_places(self, i: int) -> bool:
        """Mention ``i`` opens a list of places: commas join it to the next place mentions,
        and "and" or "or" to the last ("X, Y and Z", "X, Y, Z, or W"), which no comma joins
        to a place after it (a list of towns with their areas: "X, Y, and Z, W")."""
        j = i
        while j + 1 < len(self.mentions) and self.mentions[j + 1].type == "place":
            gap = self.text[self.mentions[j].end : self.mentions[j + 1].start]
            if _LAST_ITEM.fullmatch(gap):  # not "X, Y, and Z, W": pairs of a town and its area
                return j > i and not (j + 2 < len(self.mentions) and self.mentions[j + 2].type == "place"
                                      and self.text[self.mentions[j + 1].end : self.mentions[j + 2].start].strip() == ",")
            if gap.strip() != ",":
                return False
            j += 1
        return False

    def _listed_with_place(self, i: int) -> bool:
        """The mention is an item of a list ("X, Y and Z") whose next or previous item is a
        place mention that neither is nor begins with a common English word (not "North and
        South", nor "West and East X": a head the coordination leaves out)."""
        for j in (i - 1, i + 1):
            if not 0 <= j < len(self.mentions) or self.mentions[j].type != "place":
                continue
            a, b = sorted((self.mentions[i], self.mentions[j]), key=lambda x: x.start)
            if not _CONJUNCTION.fullmatch(self.text[a.end : b.start]):
                continue
            other = self.surface(j)
            if not is_common_word(other) and not is_common_word(other.split()[0]):
                return True
        return False

    def _names_area(self, i: int) -> bool:
        """The mention's usual sense is an area, not a town ("the port of X" names a town)."""
        famous = sizeable_sense(self.gaz, self.surface(i)) if self.gaz is not None else None
        return famous is not None and famous.kind not in TOWN_KINDS

    def _elided_head(self, i: int) -> str:
        """The mention's name, with the head the coordination leaves out put back from the
        conjunct that keeps it: "Central" of "Central and South America" (or of "North, Central
        and South America") is "Central America" when the gazetteer knows it."""
        name = self.surface(i)
        j = i
        while self.gaz is not None and j + 1 < len(self.mentions) and _CONJUNCTION.fullmatch(
                self.text[self.mentions[j].end : self.mentions[j + 1].start]):
            j += 1
            if " " in self.surface(j):  # the conjunct that keeps its head
                return elided_head(name, self.surface(j), self.gaz) or name
        return name

    def _compound(self, m: RawMention) -> bool:
        """A common noun right after the name makes it a thing named after the place
        (``names_compound``): "the X hat", "the X communique"; so does a road word joined to it by a hyphen or
        a space ("X-street", "X Road": ``road_noun``)."""
        road = _ROAD_AFTER.match(self.text, m.end)
        if road is not None and road_noun(road.group(1) or road.group(2)):
            return True  # "X-street", "X Road": a street named after the place, not the town
        k = self.an.tok_index(m.end)
        nxt = self.an.toks[k] if k < len(self.an.toks) else None
        if nxt is None or nxt.pos != "NOUN" or self.text[m.end : nxt.start] != " ":
            return False
        word = nxt.text.lower()
        name = _SPACE_RUN.sub(" ", self.text[m.start : m.end])
        return names_compound(name, word) or (
            nxt.tag == "NNS" and names_compound(name, word.removesuffix("s")))

    def _ends_phrase(self, m: RawMention) -> bool:
        """No noun, adjective or number follows the name in its noun phrase ("the X as", not
        "the X legislature")."""
        k = self.an.tok_index(m.end)
        nxt = self.an.toks[k] if k < len(self.an.toks) else None
        return nxt is None or nxt.pos not in {"NOUN", "PROPN", "ADJ", "NUM"}

    def _vessel(self, m: RawMention, before: list[str]) -> bool:
        """After a ship word ("the frigate X"), before a people noun ("the X tribe",
        ``lexicon/people_nouns.txt``), or after "the" with the phrase ending there ("the X,
        sunk in…"): a named thing, not the town or state it was named after."""
        last = before[-1].lower().strip("“\"‘'") if before else ""
        if is_vessel_word(last):
            return True
        k = self.an.tok_index(m.end)  # the token after the name: punctuation or a verb ends the phrase
        nxt = self.an.toks[k] if k < len(self.an.toks) else None
        if nxt is not None and nxt.text.lower() in lexicon_words("people_nouns"):
            return True  # "the X tribe": a people named like the town
        if last != "the":
            return False
        if nxt is not None and nxt.start == m.end and nxt.text in {"-", "–", "/"}:
            return False  # "the X-Y border": a compound
        return nxt is None or nxt.pos in {"PUNCT", "VERB", "AUX"} or not nxt.text[:1].isalnum()

    def _person_words(self) -> frozenset[str]:
        """Single words naming people of this document: surnames, one-word names and the
        seats of noble titles ("Duke of X": "X's plan" is the duke's)."""
        out = {m.group(2).lower() for m in _SEAT_OF_TITLE.finditer(self.text)
               if m.group(1).lower() in NOBLE_TITLES}
        for cl in self.clusters:
            if cl.type == "person" and cl.name is not None:
                out.add(cl.name.last.lower())
                out.update(f.lower() for f in cl.name.surname_forms)
        return frozenset(out)

    def _merge_suffixes(self) -> None:
        """ "Foreign Office" is the "British Foreign Office" (and "Kestrel Museum" the
        "Kestrel Museum of Art") of the same document when it is the word-suffix
        (or the head before "of") of exactly one longer organization name."""
        orgs = [c for c, cl in enumerate(self.clusters) if cl.type == "organization" and cl.members]
        names = {c: {_norm(self.surface(i)) for i in self.clusters[c].members} for c in orgs}
        # each shorter form of a name ("foreign office" of "british foreign office", "kestrel
        # museum" of "kestrel museum of art") -> the clusters with such a name
        within: dict[str, set[int]] = defaultdict(set)
        for k in orgs:
            for n in names[k]:
                for short in _shorter_forms(n):
                    within[short].add(k)
        for c in orgs:
            for short in list(names[c]):
                if " " not in short:
                    continue
                longer = {k for k in within.get(short, ()) if k != c and self.clusters[k].members}
                if len(longer) == 1:
                    self._merge(longer.pop(), c)
                    break

    def _merge_acronyms(self) -> None:
        defined = {
            m.group(2): _norm(m.group(1))
            for m in ACRONYM_DEFINITION.finditer(self.text)
        }
        for m in _ACRONYM_WORDS.finditer(self.text):  # the long form the acronym spells, when one does
            form = acronym_long_form(m.group(2), m.group(1))
            if form is not None:
                defined[m.group(2)] = _norm(form)
        by_name: dict[str, int] = {}
        for c, cl in enumerate(self.clusters):
            if cl.type == "person" or not cl.members:
                continue
            for i in cl.members:
                by_name.setdefault(_norm(self.surface(i)), c)
        by_initials: dict[str, set[int]] = defaultdict(set)  # the acronym of a long name -> clusters
        for n, t in by_name.items():
            if " " in n:
                by_initials[acronym_of(_title(n))].add(t)
        for c, cl in enumerate(self.clusters):
            if cl.type == "person" or not cl.members:
                continue
            word = self.surface(cl.members[0]).replace(".", "")
            if not is_acronym(word):
                continue
            target = by_name.get(defined[word]) if word in defined else None
            if target is not None and self.clusters[target].type == "place" and not acronym_fits(word, defined[word]):
                target = None  # "… Control in Laos (ICC)": the acronym of a longer name, not the place's
            if target is None:
                longs = by_initials.get(word, set())
                target = next(iter(longs)) if len(longs) == 1 else None
            if target is not None and target != c:
                self._merge(target, c)

    def _merge(self, keep: int, drop: int) -> None:
        if not compatible(self.clusters[keep].life, self.clusters[drop].life):
            return  # their life dates cannot be one life: namesakes, whatever else joins their names
        if self.apart and any(self._apart_from(keep, i) for i in self.clusters[drop].members):
            return  # a kinship phrase names one the other's relative
        for i in self.clusters[drop].members:
            self._join(i, keep)
        self.clusters[keep].place = self.clusters[keep].place or self.clusters[drop].place
        self.clusters[keep].decision = self.clusters[keep].decision or self.clusters[drop].decision
        self.clusters[drop].members = []
        self._starts[drop] = []


@cache
def title_word(word: str) -> bool:
    """A capitalised word that is a common noun for a person: WordNet's first noun sense of
    it in lower case is a person's (``noun.person``), a class written in lower case ("citizen",
    "pasha", "comrade"), not a named person ("Mary") or a given name WordNet lacks."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    low = word.lower()
    if wn is None or not word[:1].isupper() or not low.isalpha():
        return False
    senses = wn.synsets(low, "n")
    return bool(senses) and senses[0].lexname() == "noun.person" and low in senses[0].lemma_names() \
        and not senses[0].instance_hypernyms()


def _shorter_forms(name: str) -> list[str]:
    """Forms ``short`` with ``name.endswith(" " + short)`` or ``name.startswith(short + " of ")``."""
    tails = [name[m.end():] for m in re.finditer(" ", name)]
    heads = [name[: m.start()] for m in re.finditer("(?= of )", name)]
    return tails + heads


def _norm(s: str) -> str:
    s = _LEADING_THE.sub("", s.replace("’", "'").strip())
    return _SPACE_RUN.sub(" ", s).lower()


def _title(n: str) -> str:
    return " ".join(w if w in acronym_function_words() else w.capitalize() for w in n.split())


def _index_name(by_key: dict[tuple[str, ...], list[int]], c: int, name: PersonName) -> None:
    """Index cluster ``c`` under the keys a full name that may join it looks up (``_candidates``)."""
    last = name_key(name.last)
    if name.first is None:
        return
    for key in given_keys(name.first):
        by_key.setdefault(("given", last, key), []).append(c)
    by_key.setdefault(("letter", last, _given_letter(name.first)), []).append(c)
    if _given_initial(name.first):
        by_key.setdefault(("initial", last, _given_letter(name.first)), []).append(c)
    first = name_key(name.first)
    for form in _one_deletion(last):
        by_key.setdefault(("first", first, form), []).append(c)


def _candidates(by_key: dict[tuple[str, ...], list[int]], name: PersonName) -> list[int]:
    """The clusters a full name may join (``same_person``), in the order they were made: its
    surname with a given name that is a spelling variant of its own, an initial of it, or (an
    initial itself) any given name of that letter; or its given name with the surname one edit
    away. Every cluster ``same_person`` accepts is among them."""
    if name.first is None:
        return []
    last, letter = name_key(name.last), _given_letter(name.first)
    keys = [("given", last, key) for key in given_keys(name.first)]
    keys.append(("letter", last, letter) if _given_initial(name.first) else ("initial", last, letter))
    first = name_key(name.first)
    keys += [("first", first, form) for form in _one_deletion(last)]
    found: set[int] = set()
    for key in keys:
        found.update(by_key.get(key, ()))
    return sorted(found)


def _given_initial(first: str) -> bool:
    return len(first.rstrip(".")) == 1


def _given_letter(first: str) -> str:
    return name_key(first)[:1]


@cache
def given_keys(first: str) -> frozenset[str]:
    """Keys two given names share when they may be spelling variants (``variant``): the
    variant keys of the name as written and without diacritics (an initial is its letter)."""
    word = first.rstrip(".").lower()
    return frozenset(_variant_keys(word) | _variant_keys(name_key(word)))


class _SingleIndex:
    """Lookups for one-word person names, built once the full names are clustered.

    Full names do not change while one-word names are resolved, so their
    surnames, first names and initials are indexed once; clusters of one-word
    names are added as they are made, by every form with up to two letters
    deleted (two names within two edits share such a form; ``variant`` checks).
    """

    def __init__(self, full: dict[int, PersonName], clusters: list[Cluster]):
        self.full = full
        self.by_surname: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_initials: dict[str, list[int]] = {}
        for c, name in full.items():  # cluster order, as a scan would find them
            for key in {name_key(f) for f in name.surname_forms}:
                self.by_surname.setdefault(key, []).append(c)
            self.by_first.setdefault((name.first or "").lower(), []).append(c)
            self.by_initials.setdefault(name.initials.lower(), []).append(c)
        self._deletions: dict[str, set[int]] = {}
        for c, name in full.items():
            for key in _one_deletion(name.last.lower()):
                self._deletions.setdefault(key, set()).add(c)
        self._orders: dict[str, _OwnerOrder] = {}  # surname key -> its owners in naming order
        self._orders_of: dict[int, list[_OwnerOrder]] = {}  # cluster -> the views holding it
        self.lasts: set[str] = set()  # every cluster's surname, lower case
        self._singles: dict[str, list[int]] = {}  # a one-word name's forms -> clusters, in order
        for c, cl in enumerate(clusters):
            if cl.name:
                self.lasts.add(cl.name.last.lower())
            if cl.type == "person" and cl.name and cl.name.first is None:
                self.add_single(c, cl.name)

    def owner_order(self, key: str, clusterer: Clusterer) -> _OwnerOrder:
        """The full-name people of surname ``key`` in the order they are first named in full
        (made once per surname while one-word names are resolved)."""
        order = self._orders.get(key)
        if order is None:
            order = self._orders[key] = _OwnerOrder(clusterer, self.by_surname.get(key, []))
            for c in order.clusters:
                self._orders_of.setdefault(c, []).append(order)
        return order

    def joined(self, c: int, start: int) -> None:
        """A mention at ``start`` joined cluster ``c``: the ordered views holding ``c`` see it."""
        for order in self._orders_of.get(c, ()):
            order.add_mention(start, c)

    def one_edit(self, word: str) -> list[int]:
        """Full-name clusters whose surname may be one edit from ``word`` (to be checked):
        two words one edit apart share a form with at most one letter deleted."""
        found: set[int] = set()
        for key in _one_deletion(word):
            found |= self._deletions.get(key, set())
        return sorted(found)

    def add_single(self, c: int, name: PersonName) -> None:
        self.lasts.add(name.last.lower())
        if name.first is None:
            for key in _variant_keys(name.last.lower()):
                self._singles.setdefault(key, []).append(c)

    def single_variants(self, word: str) -> list[int]:
        """One-word-name clusters that may be a ``variant`` of ``word``, in the order added."""
        found: set[int] = set()
        for key in _variant_keys(word):
            found.update(self._singles.get(key, ()))
        return sorted(found)


class _OwnerOrder:
    """The people named in full with one surname, for the lone surnames read after them.

    While one-word names are resolved, where each person is first named in full and whether
    that naming introduces a relative ("his son X Y") stay fixed, so the people are ordered
    by it once: those named before a lone surname are a prefix (a bisection), the relatives
    among them a prefix count, and the most recent of them is found by walking back from the
    lone surname over their mentions in text order — a lone surname costs about as much with
    thousands of people of its surname as with two (a scan of every person was quadratic).
    """

    def __init__(self, clusterer: Clusterer, owners: list[int]):
        firsts = [(first, c) for c in owners if (first := clusterer._first_full_name_start(c)) is not None]
        firsts.sort()
        self.firsts = [first for first, _ in firsts]
        self.clusters = [c for _, c in firsts]
        self.rank = {c: n for n, c in enumerate(self.clusters)}
        self.kin = {c: clusterer._introduced_as_kin(c) for c in self.clusters}
        self.unrelated = [c for c in self.clusters if not self.kin[c]]
        self._unrelated_ranks = [self.rank[c] for c in self.unrelated]
        # every mention of these people as (start, -cluster): walking back, an equal start
        # meets the earlier cluster first, as a scan in cluster order keeps the first
        self.mentions = sorted((s, -c) for c in self.clusters for s in clusterer._starts.get(c, []))

    def named_before(self, start: int) -> int:
        """How many of the people are first named in full before ``start``."""
        return bisect.bisect_left(self.firsts, start)

    def unrelated_before(self, named: int) -> int:
        """How many of the first ``named`` people were not introduced as someone's relative."""
        return bisect.bisect_left(self._unrelated_ranks, named)

    def add_mention(self, start: int, c: int) -> None:
        bisect.insort(self.mentions, (start, -c))

    def most_recent(self, start: int, named: int, unrelated_only: bool) -> int | None:
        """Of the first ``named`` people (only those not introduced as relatives), the one
        mentioned last before ``start``."""
        k = bisect.bisect_left(self.mentions, (start, -(1 << 62)))
        for n in range(k - 1, -1, -1):
            c = -self.mentions[n][1]
            if self.rank[c] < named and not (unrelated_only and self.kin[c]):
                return c
        return None


def _variant_keys(word: str) -> set[str]:
    """``word``, and for a word long enough to have spelling variants (``variant``), its forms
    with one or two letters deleted (a word with a digit has none)."""
    if len(word) < 5 or _has_digit(word):
        return {word}
    once = _one_deletion(word)
    return once | {form for w in once for form in _one_deletion(w)}


def _one_deletion(word: str) -> set[str]:
    """``word`` and every form of it with one letter deleted."""
    return {word} | {word[:k] + word[k + 1 :] for k in range(len(word))}


def _introduces_another(earlier: PersonName, later: PersonName) -> bool:
    """Full names that may be two people: one with and one without a spelt-out middle name ("John
    Adams", "John Quincy Adams"), or different generational suffixes. A middle initial alone
    ("Ada K. Brenn" / "Ada Brenn") is a way of writing the same name: the first and last names
    agreeing, it sets no one apart. A surname alone still refers back to either (see
    ``_person_for_single``)."""
    if earlier.suffix != later.suffix:
        return True
    middles = earlier.middles or later.middles
    return bool(later.middles) != bool(earlier.middles) and not all(_given_initial(m) for m in middles)


def _described_alike(descriptions: set[str], described: str | None) -> bool:
    """Namesakes told apart by what they are ("X, the physician" / "X, the English lexicographer"): a
    person described as one kind joins a person of that name described as another only when WordNet
    puts one kind under the other ("painter" under "artist"), or either is not described."""
    return not described or not descriptions or any(kinds_related(described, d) for d in descriptions)


@lru_cache(maxsize=4096)
def kinds_related(a: str, b: str) -> bool:
    """Two kinds of person one of which WordNet files under the other (or sharing a sense); True without WordNet."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    if a == b or wn is None:
        return True
    sa, sb = wn.synsets(a, "n"), wn.synsets(b, "n")
    return under(sa, sb, instances=False) or under(sb, sa, instances=False)


def _fuller(a: PersonName, b: PersonName) -> bool:
    return (len(a.middles), len(a.first or "")) > (len(b.middles), len(b.first or ""))


# ---------------------------------------------------------------- completion


# An all-capitals "name" of at least this many words, most of them words English writes in lower
# case ("DESTRUCTIVE FIRE AT X"), is a headline NER took for a person; a name in capitals ("JOHN
# ROE") has few such words.
HEADLINE_MIN_WORDS = 3


def _capitals_headline(surface: str) -> bool:
    """An all-capitals person mention of ``HEADLINE_MIN_WORDS`` or more, most of whose words are
    common lower-case words (``wordfreq.is_common_word``): a headline, not a name."""
    ws = surface.split()
    if len(ws) < HEADLINE_MIN_WORDS or not surface.isupper():
        return False
    return 2 * sum(is_common_word(w.strip(".,:;!?—-")) for w in ws) > len(ws)


def kin_after(text: str, end: int) -> bool:
    """A kinship noun with "of" follows the name ending at ``end`` (", daughter of",
    ``lexicon/kinship_nouns.txt``): the name is the relative's own, the one the entry is about."""
    kin = _KIN_AFTER.match(text, end)
    return kin is not None and kin.group(1) in lexicon_words("kinship_nouns")


def _named_as_kin(text: str, mentions: list[RawMention], lower_words: set[str]) -> list[RawMention]:
    """Names NER missed right before ", son of", ", daughter of" (a register's "bapt. 3 May
    1840 Ann, daughter of X"): the person the entry is about, added as a person mention where
    no mention covers the words (and none of them is a word the text writes in lower case)."""
    covered = SpanUnion([(m.start, m.end) for m in mentions], "half")
    out = []
    for found in _NAME_BEFORE_KIN.finditer(text):
        if not kin_after(text, found.end()) or any(covered.holds(k) for k in range(found.start(), found.end())):
            continue
        if any(w.lower() in lower_words for w in found.group().split()):
            continue
        out.append(RawMention(found.start(), found.end(), "person", "fill"))
    return out


def _cut_maiden_marks(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Person mentions ended before a word of ``lexicon/maiden_name_marks.txt`` inside them
    ("Ann Roe née" or "Ann Roe née Doe" read as one name is "Ann Roe"; the birth name after
    the word is hers, ``Clusterer._merge_maiden_names``): the word is never part of a name."""
    marks = maiden_marks()
    out = []
    for m in mentions:
        if m.type == "person":
            words = list(re.finditer(r"[^\s,()]+", text[m.start : m.end]))
            cut = next((w for w in words[1:] if w.group().lower().rstrip(".") in marks), None)
            if cut is not None:
                end = m.start + len(text[m.start : m.start + cut.start()].rstrip(" \t\n,("))
                m = replace(m, end=end)
        out.append(m)
    return out


_FRAME_BEFORE = re.compile(r"\b([a-z]+)\s+$")
def _read_as_town(before: list[str]) -> bool:
    """The words before a place name read it as a town: a preposition of a point right before it
    ("at X": ``lexicon/town_prepositions.txt``) or a noun of a settlement and "of" ("the port of X":
    ``lexicon/settlement_nouns.txt``)."""
    if before and before[-1].lower() in lexicon_words("town_prepositions"):
        return True
    return len(before) >= 2 and before[-1] == "of" and before[-2].lower() in lexicon_words("settlement_nouns")


_COMMA_OF_BEFORE = re.compile(r",\s*of\s+$")  # "wheelwright, of X": where the person lived
_COMMA_BEFORE = re.compile(r",[ \t]*$")
_QUALIFIER_END = re.compile(r"[ \t]*(?:[.;:)\]]|,|\n|$)")  # "X, Devon." closes the place it qualifies


def _places_named_as_people(text: str, mentions: list[RawMention], surnames: set[str],
                            gaz: Gazetteer | None) -> set[int]:
    """The mentions NER typed a person that name a place: a name whose occurrences in the document include one
    headed by a place noun (WordNet's locations and ways after common words: "Church Lane", "Home Farm"; a
    district's ending: "Xshire") or in a locative frame ("in X", "at X", "off X": lexicon
    ``place_frame_prepositions``; "the parish of X"; "wheelwright, of X"), or typed a place elsewhere, and none
    with person evidence: a title before it, an age or a kinship phrase after it ("X, aged 26", "X, son of"), a
    full name of the document it is the surname of. Then a one-word name NER typed a person after such a place
    and a comma that the gazetteer knows ("Y, Devon") is a place too."""
    frames = lexicon_words("place_frame_prepositions")
    titles = honorifics()
    by_surface: dict[str, list[int]] = defaultdict(list)
    for k, m in enumerate(mentions):
        by_surface[_SPACE_RUN.sub(" ", text[m.start : m.end])].append(k)
    out: set[int] = set()
    for surface, ks in by_surface.items():
        people = [k for k in ks if mentions[k].type == "person" and mentions[k].source == "PERSON"
                  and mentions[k].role is None]
        if not people or surface in surnames and " " not in surface:
            continue
        words = surface.split()
        headed = (len(words) >= 2 and place_head_noun(words[-1]) and all(is_common_word(w) for w in words[:-1])) \
            or (len(words) == 1 and district_ending(surface))
        placed = headed
        # one word in a frame is a place only when the gazetteer knows it ("at Bush's" aside, "in X" reads a
        # surname as often: "confidence in X")
        known = " " in surface or gaz is not None and gaz.resolve(surface) is not None
        evidence = False
        for k in people:
            m = mentions[k]
            if addressed(text, m.start, m.end):  # someone spoken to: a person ("Ada, your father …?")
                evidence = True
                break
            word = _FRAME_BEFORE.search(text, max(0, m.start - 20), m.start)
            before = text[max(0, m.start - 20) : m.start].split()
            heads = _heads_dateline(text, m)
            # a signature may stand before a date too ("Ann Roe, 3 May 1790"): the gazetteer must know the name
            if heads and gaz is not None and (gaz.resolve(surface) is not None
                                              or bool(before) and gaz.resolve(f"{before[-1]} {surface}") is not None):
                placed = True  # "Cherson, 14 May 1788", "St. Petersburg, 3 June 1788": where a letter was written
                continue
            if before and before[-1].lower().rstrip(".") in titles:
                evidence = True
                break
            framed = not _POSSESSIVE_AFTER.match(text, m.end) and (
                word and word.group(1) in frames or _after_place_noun(text, m.start)
                or _COMMA_OF_BEFORE.search(text, max(0, m.start - 10), m.start) is not None
                or _place_frame(text, m.start, mentions, k))
            # an age or a kinship phrase after a name in a locative frame is its sentence's person's
            # ("X, wheelwright, of Y | aged 74", "a native of Y, son of Z"), not the place's
            if not framed and (kin_after(text, m.end) or age_after().match(text, m.end)):
                evidence = True
                break
            if framed and (known or word is not None and word.group(1) in lexicon_words("place_frame_positions")):
                placed = True
        if placed and not evidence:
            out.update(people)
    out |= _places_named_as_organizations(text, mentions, by_surface)
    for k, m in enumerate(mentions):  # "Y, Devon": a district after its place
        if k in out or k == 0 or m.type != "person" or m.source != "PERSON" or " " in text[m.start : m.end]:
            continue
        prev = mentions[k - 1]
        if (prev.type == "place" or k - 1 in out) and _COMMA_BEFORE.fullmatch(text, prev.end, m.start) \
                and _QUALIFIER_END.match(text, m.end) and gaz is not None and gaz.resolve(text[m.start : m.end]) is not None \
                and not kin_after(text, m.end) and not age_after().match(text, m.end):
            out.add(k)
    return out


# a comma (or none) and a preposition of a place or "of" between a person's full name and a name after it
_HOME_FRAME = re.compile(r",?[ \t]+([a-z]+)[ \t]+")


def home_towns_after_names(text: str, mentions: list[RawMention], gaz: Gazetteer | None) -> set[int]:
    """The one-word names (NER's person, place or organization) that name the home town of the person named fully just before
    them: "Edgar Orwick, of Orwick", "X Y, at Y" -- "of" or a preposition of a place (lexicon
    ``place_frame_prepositions``) between, the word the gazetteer knows. A person's own name is never governed
    by a preposition right after their full name (round 52 red team, D1)."""
    frames = lexicon_words("place_frame_prepositions") | {"of"}
    out: set[int] = set()
    for k in range(1, len(mentions)):
        m, prev = mentions[k], mentions[k - 1]
        surface = text[m.start : m.end]
        if m.type not in ("person", "place", "organization") or " " in surface or prev.type != "person" \
                or len(text[prev.start : prev.end].split()) < 2 or m.source in {"credit", "markup"}:
            continue
        frame = _HOME_FRAME.fullmatch(text, prev.end, m.start)
        if frame is None or frame.group(1) not in frames or gaz is None or gaz.resolve(surface) is None:
            continue
        if not kin_after(text, m.end) and not age_after().match(text, m.end):
            out.add(k)
    return out


_COMMA_AFTER = re.compile(r",[ \t]*(?=\S)")
# The characters after a name's comma read for a dateline's date: the longest written date of writing ("the
# fourteenth day of September, in the year 1788") fits; reading the rest of a long line costs a scan a mention
DATELINE_DATE_CHARS = 80


def _heads_dateline(text: str, m: RawMention) -> bool:
    """The name heads a dateline: a comma and a date of writing follow it on its line, the line of its own at a
    letter's or an entry's head or foot ("X, 14 May 1788"; ``dates.is_date_of_writing``). What stands there is
    where the text was written, not who wrote it (a signature is a line of its own)."""
    comma = _COMMA_AFTER.match(text, m.end)
    if comma is None:
        return False
    hi = text.find("\n", comma.end(), comma.end() + DATELINE_DATE_CHARS)
    hi = min(len(text), comma.end() + DATELINE_DATE_CHARS) if hi < 0 else hi  # a long line: its date opens it
    dates = find_dates(text[comma.end() : hi])
    return bool(dates) and dates[0].start == 0 \
        and is_date_of_writing(text, comma.end() + dates[0].start, comma.end() + dates[0].end)


_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,}\b")


def _places_named_as_organizations(text: str, mentions: list[RawMention], by_surface: dict[str, list[int]]) -> set[int]:
    """The mentions NER typed an organization that name a place: a name of two words or more, no acronym among
    them, of which one occurrence is the place of a person by the words before it (``_place_frame``: "born X", "a
    native of X", "Abode: X"; or "wheelwright, of X") and none follows "the" (an organization's name takes it,
    a village's does not)."""
    out: set[int] = set()
    for surface, ks in by_surface.items():
        orgs = [k for k in ks if mentions[k].type == "organization" and mentions[k].source == "ORG"]
        if not orgs or " " not in surface or _ACRONYM_WORD.search(surface):
            continue
        if any(_AFTER_THE.search(text, max(0, mentions[k].start - 5), mentions[k].start) for k in orgs):
            continue
        if any(_place_frame(text, mentions[k].start, mentions, k)
               or _COMMA_OF_BEFORE.search(text, max(0, mentions[k].start - 10), mentions[k].start) for k in orgs):
            out.update(orgs)
    return out


_WORD_OF_BEFORE = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+$")
_LABEL_BEFORE = re.compile(r"(?:^|\n|[.;][ \t]+)([A-Z][a-z]+):[ \t]*$")


def _place_frame(text: str, start: int, mentions: list[RawMention], k: int) -> bool:
    """The name at ``start`` (mention ``k``) is where something is by the words before it, beyond the locative
    prepositions: a participle of ``lexicon/place_frame_participles.txt`` ("born X"; not right after a person's own
    name, "Ann Roe, born Ann Doe", a birth name), a person noun of origin or dwelling with "of" ("a native of X",
    "a resident of X": WordNet's inhabitant.n.01 or ``lexicon/place_of_person_nouns.txt``), or a record field whose
    label is a noun WordNet files under location.n.01 ("Abode: X", "Residence: X")."""
    word = _FRAME_BEFORE.search(text, max(0, start - 20), start)
    if word is not None and word.group(1) in lexicon_words("place_frame_participles"):
        prev = next((mentions[j] for j in range(k - 1, -1, -1) if mentions[j].end <= word.start()), None)
        return prev is None or prev.type != "person" or not re.fullmatch(r"[ \t]*,?[ \t]*", text[prev.end : word.start()])
    noun = _WORD_OF_BEFORE.search(text, max(0, start - 30), start)
    if noun is not None and _noun_under(noun.group(1), "inhabitant.n.01", "place_of_person_nouns"):
        return True
    label = _LABEL_BEFORE.search(text, max(0, start - 30), start)
    return label is not None and _noun_under(label.group(1), "location.n.01", "")


@lru_cache(maxsize=1024)
def _noun_under(word: str, root: str, listed: str) -> bool:
    """``word``'s usual (first) WordNet noun sense lies under ``root``, or it is in lexicon ``listed``."""
    from vitrina.qa.lexical import under, wordnet

    low = word.lower()
    if listed and low in lexicon_words(listed):
        return True
    wn = wordnet()
    if wn is None:
        return False
    senses = wn.synsets(low, "n")[:1]
    return bool(senses) and under(senses, [wn.synset(root)])


def retype_and_fill(text: str, an: Analysis, mentions: list[RawMention], gaz: Gazetteer | None) -> list[RawMention]:
    """Give person names that NER missed or mistyped back to people.

    A single capitalised word equal to the surname (or initials) of a full
    person name in the same document becomes a person mention when most of
    its uses are personal; uncovered occurrences are added.
    """
    mentions = _cut_maiden_marks(text, refine(text, an, mentions, gaz))
    surnames: set[str] = set()
    initials: set[str] = set()
    given: set[str] = set()  # the first given names of the document's full person names
    full_names: Counter[str] = Counter()  # full person names, by their uses as a person
    text_lower_words = set(re.findall(r"\b[a-z][a-z]+\b", text))  # words this text writes in lower case
    for m in mentions:
        s = _SPACE_RUN.sub(" ", text[m.start : m.end])
        if m.type == "person" and m.source != "role":
            toks = name_tokens(s)
            if len(toks) > 1:
                full_names[name_key(s)] += 1
                name = PersonName.parse(s)
                surnames.update(name.surname_forms)
                if len(name.initials) >= 3:
                    initials.add(name.initials)
                if name.first and len(name.first) > 1 and not name.first.endswith(".") \
                        and len(toks) <= GIVEN_NAME_MAX_WORDS and not is_common_word(toks[-1]) \
                        and toks[-1].lower() not in text_lower_words:
                    # "Ada" of "Ada Brandt": the person's given name (not "X Cove" or "X Germans", a place or
                    # a people NER typed a person, whose last word is a common word)
                    given.add(name.first)
            if len(toks) == 1 and m.source in {"title", "pattern"}:
                surnames.add(toks[0])  # "Count Orlov", "Orlov, Duke of X": "Orlov" names that person
    located = _places_named_as_people(text, mentions, surnames, gaz) | home_towns_after_names(text, mentions, gaz)
    located -= {k for k, m in enumerate(mentions) if m.source in KIN_SOURCES}  # "the X family": people, no place
    mentions = [RawMention(m.start, m.end, "place", "GPE") if k in located else m for k, m in enumerate(mentions)]
    person_words, other_words = _word_uses(text, mentions)
    heads = event_heads()

    def personal(word: str, is_place: bool) -> bool:
        if word.replace(".", "") in initials:
            return True
        if word not in surnames:
            return False
        hit = gaz is not None and is_place and gaz.resolve(word) is not None
        if hit:
            return person_words[word] > 2 * other_words[word]
        return person_words[word] >= other_words[word]

    def surname_here(m: RawMention, word: str) -> bool:
        """A surname of a person in the document, not after "in/at/to/from": the person."""
        before = text[max(0, m.start - 20) : m.start].split()
        return word in surnames and m.type == "place" and not (before and before[-1].lower() in locative_words())

    lower_words = text_lower_words
    evidenced: set[str] = set()  # the names a family tie or a given name made a person (``_person_named_as_place``)
    acting = _famous_people_acting(text, an, mentions, gaz)  # "Lincoln said", "Lincoln's speech": the person
    out = []
    joined_next = -1  # a mention already joined to the one before it (``_kin_name_split``)
    for k, m in enumerate(mentions):
        s = text[m.start : m.end]
        if k == joined_next:
            continue
        if k in located or m.source in NAMESAKE_SOURCES:  # a place NER typed a person: no person's name here
            out.append(m)  # makes it one again; nor a vessel's name ("the ship X") the person's it is named after
            continue
        # a one-word organization, group or other that is the surname of a person named in
        # full here is that person ("Walter Kessel … Kessel refused"), however often NER erred
        named = m.type in {"organization", "group", "other"} and s in surnames and m.source != "credit"
        owner = _POSSESSOR.search(s)
        if m.type != "person" and owner and owner.group(1) in surnames and m.source not in {"credit", "markup"}:
            # "X's Government", "X's Security Adviser" as one name: the possessor X is the person
            # named in full here; what X has is no name of its own
            out.append(RawMention(m.start + owner.start(1), m.start + owner.end(1), "person", "retype"))
            continue
        if m.type in {"organization", "group", "other"} and m.source not in {"credit", "markup"} \
                and (people := _coordinated_surnames(text, m, surnames)):
            out.extend(people)  # "Kessel and Marr" as one name: the two people named in full here
            continue
        # "the town of X" named after X; "X, Utah" (``_named_with_its_place``)
        placed = m.type == "place" and (_after_place_noun(text, m.start) or m.source == QUALIFIED_PLACE
                                        or gaz is not None and _named_with_its_place(text, mentions, k, gaz)
                                        or _apposed_place_kind(text, m))
        if m.type == "place" and " " not in s and m.source not in {"credit", "markup"} and gaz is not None \
                and gaz.resolve(s) is None and wordnet_kinds(s) == {"time"}:
            continue  # "at Christmas", "by Michaelmas": a feast or season WordNet knows only as a time
        if m.type == "place" and s in acting:
            out.append(RawMention(m.start, m.end, "person", "retype"))
            continue
        if not placed and (whole := _kin_name_split(text, mentions, k)) is not None:
            out.append(whole)  # "his granddaughter X Y", NER's two places: one person
            evidenced.add(s)
            joined_next = k + 1
            continue
        if m.type == "place" and not placed and m.source not in {"credit", "markup"} \
                and gaz is not None and _person_named_as_place(text, m, given, gaz) \
                and not _noun_follows(text, an, m.end) and not _coordinated_with_place(text, mentions, k):
            out.append(RawMention(m.start, m.end, "person", "retype"))  # "my aunt X", "everybody knew Ada"
            evidenced.add(s)
            continue
        if m.type in {"organization", "group", "other"} and m.source not in {"credit", "markup"} \
                and (_apposed_person_kind(text, m) or _kin_of(text, m.start)):
            out.append(RawMention(m.start, m.end, "person", "retype"))  # "The ferryman, X," / "X, the physician,"
            continue
        if m.type in {"place", "organization", "other"} and " " in s and not placed \
                and m.source not in {"credit", "markup"} and _named_person_here(s, full_names, gaz):
            # "Souvanna Phouma" typed a place once and a person at its other uses: the person
            out.append(RawMention(m.start, m.end, "person", "retype"))
            continue
        # a surname of several words ("de la Vega") is one word here
        if m.type != "person" and (" " not in s or s in surnames) and not placed \
                and (personal(s, m.type == "place") or surname_here(m, s) or named):
            m = RawMention(m.start, m.end, "person", "retype")
        elif m.type == "person" and m.source == "PERSON" and _capitals_headline(s):
            m = RawMention(m.start, m.end, "other", m.source)  # "GREAT FIRE AT X": a headline, not a name
        elif m.type == "person" and m.source == "PERSON" and " " not in s and s not in surnames \
                and not s.isupper() and s.lower() in lower_words and is_common_word(s):
            m = RawMention(m.start, m.end, "other", m.source)  # "Canal", "Apartheid": not a person
        out.append(m)
    out = _one_person_sense(text, out, evidenced, gaz)
    out += _named_as_kin(text, out, lower_words)
    out += _defined_acronyms(text, an, out)
    # the uncovered occurrences are weighed on the uses as retyped: a surname NER took for an
    # organization at most of its uses ("X refused", "X's election") is the person's by now
    person_words, other_words = _word_uses(text, out)
    out += _repeated_names(text, out, lower_words)
    covered = SpanUnion([(m.start, m.end) for m in out], "half")
    atoks = an.toks
    for k, t in enumerate(atoks):
        word = _apostrophes_plain(t.text)  # "D’Arcy" as the parsed name writes it, "D'Arcy"
        if not (word in surnames or word.replace(".", "") in initials):
            continue
        if covered.holds(t.start):
            continue
        prev_cap = k > 0 and atoks[k - 1].tag in {"NNP", "NNPS"} and atoks[k - 1].end + 1 >= t.start \
            and not _month_name(atoks[k - 1].text)
        nxt = atoks[k + 1] if k + 1 < len(atoks) else None
        next_cap = nxt is not None and nxt.start - t.end <= 1 and (
            nxt.tag in {"NNP", "NNPS"} or nxt.text.lower() in heads or nxt.text.startswith("-")
        )
        if prev_cap or next_cap or "-" in text[t.end : t.end + 1]:
            continue
        # NER claimed no type here: the person's surname is the person, even when a town
        # bears that name (NER types a town it sees)
        if not personal(word, False):
            continue
        out.append(RawMention(t.start, t.end, "person", "fill"))
    return sorted(out, key=lambda m: (m.start, m.end))


# Words of a person's name at most for its first word to be read as a given name (``_person_named_as_place``):
# a given name, one middle name or initial, a surname; a longer "name" is more often a title NER typed a person
GIVEN_NAME_MAX_WORDS = 3
_NAME_AFTER_COMMA = re.compile(r",[ \t]+(?:and[ \t]+|or[ \t]+)?[A-Z]")  # "X, Ohio", "X, Ovid and Y"
_NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w’'-]*,[ \t]+(?:and[ \t]+|or[ \t]+)?$")  # "Ovid, X", "Ovid, and X"
_LIST_JOINT = re.compile(r"[ \t]*,?[ \t]*(?:(?:and|or)[ \t]+)?")  # ", ", " and ", ", or " between listed names
_KIN_RIGHT_BEFORE = re.compile(r"\b([a-z]+)[ \t]*,?[ \t]+$")  # "my aunt X", "his wife, X"


def _kin_right_before(text: str, start: int) -> bool:
    """A kinship noun (``lexicon/kinship_nouns.txt``), in lower case, right before the name on its line, perhaps
    with a comma ("my uncle X", "his wife, X"): a family tie is a person's."""
    kin = _KIN_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    return kin is not None and kin.group(1) in lexicon_words("kinship_nouns")


def _kin_name_split(text: str, mentions: list[RawMention], k: int) -> RawMention | None:
    """Mention ``k`` and the next, both one capitalised word NER typed a place, one space apart, right after a
    kinship noun ("his granddaughter X Y"): one person's given name and surname, as one person mention."""
    m = mentions[k]
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if nxt is None or m.type != "place" or nxt.type != "place" or text[m.end : nxt.start] != " " \
            or {m.source, nxt.source} & {"credit", "markup"}:
        return None
    words = (text[m.start : m.end], text[nxt.start : nxt.end])
    if not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return None
    if not _kin_right_before(text, m.start) or _locative_right_before(text, m.start):
        return None
    return RawMention(m.start, nxt.end, "person", "retype")


def _locative_right_before(text: str, start: int) -> bool:
    """A preposition of place or motion (``lexicon/locative.txt``, ``lexicon/motion_prepositions.txt``) is the
    word right before ``start`` on its line, perhaps with "the" ("went to X", "from X", "on the X"), or "the"
    alone (a person's name seldom takes the article: "the X" is a river's, a canal's, a ship's)."""
    before = text[max(0, start - 30) : start].split("\n")[-1].split()
    if before and before[-1].lower() == "the":
        return True
    return bool(before) and before[-1].lower() in locative_words() | lexicon_words("motion_prepositions")


def _coordinated_with_place(text: str, mentions: list[RawMention], k: int) -> bool:
    """The mention ``k`` is joined by "and", "or" or a comma to a place mention right before or after it
    ("passed X and Y", "from Y and X"): a name listed with places is read as one."""
    m = mentions[k]
    prev = mentions[k - 1] if k > 0 else None
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    return prev is not None and prev.type == "place" and prev.end < m.start \
        and _LIST_JOINT.fullmatch(text, prev.end, m.start) is not None \
        or nxt is not None and nxt.type == "place" and m.end < nxt.start \
        and _LIST_JOINT.fullmatch(text, m.end, nxt.start) is not None


def _person_named_as_place(text: str, m: RawMention, given: set[str], gaz: Gazetteer) -> bool:
    """One word typed a place that names a person by the text's evidence, with no preposition of place or motion
    right before it: a kinship noun right before it ("my aunt X", "his wife, X": ``_kin_right_before``), or the
    first given name of a person named in full in the document ("X Brandt … everybody knew X") when the gazetteer
    knows no sizeable place by that name (``sizeable_sense``: a given name that is also a famous place's, "in
    Florence", keeps its place sense unless a family tie names the person)."""
    s = text[m.start : m.end]
    if " " in s or not s[:1].isupper() or s.isupper() or _locative_right_before(text, m.start) \
            or _POSSESSIVE_AFTER.match(text, m.end):
        return False
    if _kin_right_before(text, m.start):
        return True
    # a name in a list or before its qualifier ("X, Y, Z", "X, Alaska") is read with what it is listed with
    return s in given and sizeable_sense(gaz, s) is None and not _NAME_AFTER_COMMA.match(text, m.end) \
        and not _NAME_BEFORE_COMMA.search(text, max(0, m.start - 40), m.start)


# WordNet's lexicographer files of what only a person does or has, read after a famous person's name typed a
# place (``_famous_people_acting``): a verb of speaking, thinking or feeling whose subject the name is ("X said",
# "X decided", "X feared"), a noun of a person's act, words or mind the name owns ("X's speech", "X's decision").
# A town grows, lies, falls and has streets and people (verb.change, verb.stance, noun.artifact, noun.group).
PERSON_ACT_KINDS = {
    "verb": frozenset({"verb.communication", "verb.cognition", "verb.emotion"}),
    "noun": frozenset({"noun.communication", "noun.cognition", "noun.feeling", "noun.motive", "noun.act"}),
}
_NEXT_WORDS = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")  # "X said", "X later said"


@lru_cache(maxsize=4096)
def _first_sense_kind(word: str, pos: str) -> str | None:
    """The lexicographer file of the first (most frequent) WordNet sense of ``word``'s lemma as ``pos`` ("v", "n")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return None
    lemma = wn.morphy(word, pos)
    senses = wn.synsets(lemma, pos) if lemma else []
    return senses[0].lexname() if senses else None


def _acts_as_person(text: str, an: Analysis, end: int) -> bool:
    """The words after a name ending at ``end`` make it a person: a verb people do (``lexicon/agent_verbs.txt``)
    or a past or present verb of speaking, thinking or feeling (``PERSON_ACT_KINDS``), perhaps after one adverb
    ("X spoke", "X later decided"); or a possessive before a noun of a person's act, words or mind ("X's speech")."""
    possessive = _POSSESSIVE_AFTER.match(text, end)
    if possessive:
        owned = re.match(r"['’]s?[ \t]+([a-z]+)", text[end : end + 40])
        return owned is not None and _first_sense_kind(owned.group(1), "n") in PERSON_ACT_KINDS["noun"]
    words = _NEXT_WORDS.match(text, end)
    if words is None:
        return False
    k = an.tok_index(words.start(1))
    for word in filter(None, words.groups()):
        tok = an.toks[k] if k < len(an.toks) else None
        if tok is None or tok.text != word:
            return False
        if tok.tag in {"VBD", "VBZ", "VBP"}:
            return word in lexicon_words("agent_verbs") or _first_sense_kind(word, "v") in PERSON_ACT_KINDS["verb"]
        if tok.tag != "RB":
            return False
        k += 1
    return False


def _famous_people_acting(text: str, an: Analysis, mentions: list[RawMention], gaz: Gazetteer | None) -> set[str]:
    """One-word names typed places that WordNet knows a person by ("a famous person's surname") and that the text
    uses as that person's at least once (``_acts_as_person``: "X said", "X's decision") and never as a place's:
    no use of the name, typed or not, after a preposition of place or motion, "the" or a place noun, before a
    comma and a name ("X, Nebraska") or listed with a place, and no sense of it a country, region, state,
    capital or city of ``metropolis_min_population`` people (``GEO_WEIGHTS``: such a place stands for its
    government or its institutions, "Washington decided", "France declared", "X said" of a space centre). Every
    place use of such a name is then the person ("In 1863 X spoke … X said" is no town of that name)."""
    if gaz is None:
        return set()
    names: dict[str, list[int]] = defaultdict(list)
    for k, m in enumerate(mentions):
        if m.type == "place" and m.source not in {"credit", "markup", QUALIFIED_PLACE}:
            names[text[m.start : m.end]].append(k)
    out = set()
    for name, ks in names.items():
        if " " in name or not name.isalpha() or not name[:1].isupper() or name.isupper() \
                or "person" not in wordnet_kinds(name) \
                or any(s.place.kind != "city" or s.place.capital
                       or s.place.population >= GEO_WEIGHTS["metropolis_min_population"] for s in gaz.senses(name)):
            continue
        uses = [u.start() for u in re.finditer(r"(?<![\w’'.-])" + re.escape(name) + r"(?![\w-])", text)]
        if any(_locative_right_before(text, u) or _after_place_noun(text, u)
               or _NAME_AFTER_COMMA.match(text, u + len(name)) for u in uses) \
                or any(_coordinated_with_place(text, mentions, k) or _apposed_place_kind(text, mentions[k]) for k in ks):
            continue
        if any(_acts_as_person(text, an, u + len(name)) for u in uses):
            out.add(name)
    return out


def _one_person_sense(text: str, mentions: list[RawMention], evidenced: set[str],
                      gaz: Gazetteer | None) -> list[RawMention]:
    """A one-word place the gazetteer does not know, with no preposition of place or motion or place noun right
    before it and no comma and name after it, whose name a family tie or a given name made a person elsewhere in
    the document (``evidenced``, by ``_person_named_as_place``; NER's own typing is not enough, it types a domain
    or a river a person too, and a surname's uses were weighed already): the same person again ("his wife, X, …
    X did the books"). A name the gazetteer knows keeps its place uses: the town a person is named after stays
    the town."""
    if gaz is None or not evidenced:
        return mentions
    out = []
    for m in mentions:
        s = text[m.start : m.end]
        if m.type == "place" and m.source not in {"credit", "markup", QUALIFIED_PLACE} and s in evidenced \
                and gaz.resolve(s) is None and not _NAME_AFTER_COMMA.match(text, m.end) \
                and not _locative_right_before(text, m.start) and not _after_place_noun(text, m.start):
            m = RawMention(m.start, m.end, "person", "retype")
        out.append(m)
    return out


def _repeated_names(text: str, mentions: list[RawMention], lower_words: set[str]) -> list[RawMention]:
    """The uncovered occurrences of a name NER tagged as a person elsewhere in the document
    ("Ada Brandt", "Brandt"), more often as a person than as anything else: the same words
    are the same person ("Brandt agreed" at a sentence start NER left untagged). Not a word
    the text also writes in lower case ("Young"), nor words after "the" or inside a longer
    capitalised run, nor a name left untagged more often than tagged a person."""
    people: Counter[str] = Counter()
    others: Counter[str] = Counter()
    for m in mentions:
        s = _SPACE_RUN.sub(" ", text[m.start : m.end])
        if m.source in {"role", "credit", "markup"}:
            continue
        (people if m.type == "person" else others)[s] += 1
    covered = SpanUnion([(m.start, m.end) for m in mentions], "half")
    names = [name for name, uses in people.items()
             if uses > others[name] and _has_capital(name) and name.lower() not in lower_words]
    out = []
    for name, found in zip(names, _occurrences(text, names), strict=True):
        hits = [h for h in found
                if not covered.overlaps(h.start(), h.end())
                and not _in_capitalised_run(text, h.start(), h.end(), lower_words)
                and not _AFTER_THE.search(text, max(0, h.start() - 5), h.start())]
        if len(hits) > people[name]:
            continue  # left untagged more often than tagged a person: NER's person was the slip
        out += [RawMention(h.start(), h.end(), "person", "fill") for h in hits]
    return out


_WORD_START = re.compile(r"(?<![\w’'.-])\w+")


def _occurrences(text: str, names: list[str]) -> list[list[re.Match[str]]]:
    """Each name's whole-word occurrences in ``text`` (a possessive "'s" may follow), in text
    order: one pass over the text's word starts, each tried only against the names that begin
    with that word, so a long document of many names is read once, not once per name."""
    patterns = [re.compile(r"(?<![\w’'.-])" + re.escape(name).replace(r"\ ", r"\s+")
                           + r"(?=['’]s\b|(?![\w’'-]))") for name in names]
    by_first: dict[str, list[int]] = defaultdict(list)
    found: list[list[re.Match[str]]] = [[] for _ in names]
    for k, name in enumerate(names):
        first = re.match(r"\w+", name)
        if first is None:  # a name opening with a mark: searched alone
            found[k] = list(patterns[k].finditer(text))
        else:
            by_first[first.group()].append(k)
    for word in _WORD_START.finditer(text):
        for k in by_first.get(word.group(), ()):
            hit = patterns[k].match(text, word.start())
            if hit is not None:
                found[k].append(hit)
    return found


_AFTER_THE = re.compile(r"\b[Tt]he\s+$")  # "the Bounty", "the Greeks": a thing or a people, no person


def _in_capitalised_run(text: str, start: int, end: int, lower_words: set[str]) -> bool:
    """Whether a capitalised word touches ``[start, end)`` on either side ("X Foundation");
    a sentence's first word that the text also writes in lower case ("Thereafter X") is no part of it."""
    before = re.search(r"(^|[.!?]\s+)?([\w’'-]+)[ \t]+$", text[max(0, start - 40) : start])
    after = re.match(r"[ \t]+([\w’'-]+)", text[end : end + 40])
    named_before = before is not None and before.group(2)[:1].isupper() \
        and not (before.group(1) is not None and before.group(2).lower() in lower_words) \
        and not _month_name(before.group(2))
    return named_before or bool(after and after.group(1)[:1].isupper())


def _month_name(word: str) -> bool:
    """A month's name ("On 19 June X", "by the following March X"): a date's word before a name,
    no word of that name (``lexicon/months.txt``)."""
    return word.lower() in lexicon_words("months")


def _apostrophes_plain(word: str) -> str:
    """A word with its typographic apostrophes written plain, as ``name_tokens`` writes a name's."""
    return word.replace("’", "'")


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def _coordinated_surnames(text: str, m: RawMention, surnames: set[str]) -> list[RawMention]:
    """ "Kessel and Marr", "Kessel & Marr" tagged as one organization (a heading, a caption):
    one-word conjuncts, each capitalised, joined by "and", "&" or commas; those that are the
    surname of a person named in full in the document become person mentions, when one at
    least is ("Kessel and Containment": Kessel alone). A conjunct of several words ("Kessel
    & Marr Shipping") leaves the name whole."""
    cuts = list(_COORDINATION.finditer(text, m.start, m.end))
    ends = [m.start, *(i for cut in cuts for i in (cut.start(), cut.end())), m.end]
    parts = list(zip(ends[::2], ends[1::2], strict=True))
    words = [text[a:b] for a, b in parts]
    if not cuts or not all(w[:1].isupper() and w.isalpha() for w in words):
        return []
    if closes_a_firm(words[-1]):
        return []  # "Kessel & Sons", "Kessel and Company": a firm named after Kessel, no list of people
    return [RawMention(a, b, "person", "retype") for (a, b), w in zip(parts, words, strict=True) if w in surnames]


_POSSESSOR = re.compile(r"(?<![\w-])([A-Z][\w-]+)['’]s\s+\S")


def _named_person_here(surface: str, full_names: Counter[str], gaz: Gazetteer | None) -> bool:
    """A name of several words NER typed otherwise at one use is the person it names at
    another use of the document (written the same, word for word, whatever the case and
    accents: "Sun Yat-Sen", "Sun Yat-sen") when the gazetteer knows
    no place by that name ("Souvanna Phouma"; not "Washington Heights" beside a person)."""
    name = _SPACE_RUN.sub(" ", surface)
    if not full_names.get(name_key(name)):
        return False
    return gaz is None or gaz.resolve(name, alternates=False) is None


def _word_uses(text: str, mentions: list[RawMention]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is the last word of a person's name, and each surface a
    mention of another type (role mentions aside)."""
    person_words: Counter[str] = Counter()
    other_words: Counter[str] = Counter()
    for m in mentions:
        s = _SPACE_RUN.sub(" ", text[m.start : m.end])
        if m.type == "person" and m.source != "role":
            person_words[name_tokens(s)[-1]] += 1
        elif m.type != "person":
            other_words[s] += 1
    return person_words, other_words


# "Treaty of (the) X": the capitalised noun a name follows with "of" (right before it)
# the capitalised words right before "of [the]" ("Grand Duke | of", "King Y IV | of")
_TITLE_RUN = re.compile(r"((?:[A-Z][\w’'-]*\s+)+)of\s+(?:the\s+)?$")


def _seat_of_title(text: str, start: int) -> bool:
    """The place at ``start`` follows "of" after a run of capitalised words holding a ruler's
    or noble's title (``holds_seat``): "Duke of X", "Crown Prince of X", "King Y IV of X"."""
    run = _TITLE_RUN.search(text, max(0, start - 60), start)
    return run is not None and any(holds_seat(w) for w in run.group(1).split())


# what parts coordinated names: "A and B", "A or B", "A, B and C", "A, B, or C"
_LAST_ITEM = re.compile(r"\s*,?\s+(?:and|or)\s+")  # before the last item of a list
_CONJUNCTION = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_OF_HEAD = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")
# between a place and the place that qualifies it: "X, Y", "X (Y)", "X (now Y)", "X, now Y"
# (a word after the comma must be a renaming word, ``lexicon/renaming_words.txt``)
_QUALIFIER = re.compile(r",\s*(?:([\w-]+)\s+)?|\s*\(\s*([\w-]+\s+)?")
# an apposition naming the area a place lies in: "X, the capital of Y", "X, a small port in Y"
# (the noun one of ``lexicon/place_nouns.txt``)
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:of|in)\s+(?:the\s+)?")
# "X in Y" with Y an area (its usual sense a country, division or region): Y says where X is
# ("the port of X in Y"), as "X, Y" does; never a list of towns
_IN_AREA = re.compile(r"\s+in\s+(?:the\s+)?")
# "X of Y" with Y an area (its usual sense a country, division or region) and both place
# mentions: Y contains X ("the Blue Ridge of Virginia"), as "X, Y" does; never a list of towns
_OF_AREA = re.compile(r"\s+of\s+(?:the\s+)?")
# what ends a "Town, Region" phrase: a closing parenthesis or sentence punctuation, or a comma
# and a lower-case word (", on the shore"); a list of towns goes on with a name or "and"
_PHRASE_END = re.compile(r"\s*(?:[.;:)]|,\s+(?!and\b|or\b)[a-z])")
# plural names of peoples and movements ("Africans", "Bolsheviks", "Federalists"), 7+ letters
_PEOPLE_PLURAL = re.compile(r"(?=\w{7})[A-Z][a-z]+(?:ians|eans|ans|ites|ists|iks)")
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|an|i)$")
_INNER_BREAK = re.compile(r"[”\"]?\s*[—–]\s*|[”\"]|:\s+")
_SEAT_OF_TITLE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+([A-Z][\w’'-]+)\b(?!\s+[A-Z])")
NOBLE_TITLES = frozenset({
    "comte", "comtesse", "count", "countess", "duc", "duke", "duchess", "archduke", "archduchess",
    "marquis", "marquise",
    "baron", "baroness", "vicomte", "viscount", "earl", "chevalier", "graf", "herzog",
})


def refine(text: str, an: Analysis, mentions: list[RawMention], gaz: Gazetteer | None) -> list[RawMention]:
    """Correct NER types and boundaries with document-wide evidence.

    * a span broken by a dash or closing quote keeps its name part;
    * a country name is never a person; an adjective ("Ruritanian") is never a place;
    * a titled name ("Count of X", "Duke X") or a two-word name whose last word is
      used alone for a person elsewhere is a person, not an organization;
    * a one-word organization known as a city is a place;
    * a span without a capital letter is not a name (role mentions aside), nor a
      generational epithet after a name ("X the Elder");
    * one capitalised word that the text also uses in lower case ("Council" as a
      heading, "council" in a sentence) is a heading word, not a name.
    """
    lower_words = {w for w in re.findall(r"\b[a-z][a-z]+\b", text)}
    people = {text[m.start : m.end] for m in mentions if m.type == "person" and m.source != "role"}
    credits = {text[m.start : m.end] for m in mentions if m.source == "credit"}
    named_people = people - credits
    out: list[RawMention] = []
    for m in mentions:
        if m.source not in {"role", "markup"} and not _has_capital(text[m.start : m.end]):
            continue  # "the museum board": a name has at least one capital letter
        if m.source != "credit" and text[m.start : m.end] in credits:
            m = RawMention(m.start, m.end, "organization", m.source)
        if m.type != "person" and text[m.start : m.end].lower() in EPITHETS \
                and _EPITHET_LEAD.search(text, max(0, m.start - 40), m.start):
            continue  # "X the Elder": part of the person's name
        pieces = [p for part in _split_inner(text, m) for tail in _split_place_tail(text, part, gaz)
                  for p in _split_place_person(text, tail, gaz, people)]
        for piece in pieces:
            fixed = _retype(text, piece, gaz, lower_words, named_people)
            if fixed is not None:
                out.append(fixed)
    if gaz is None:
        return out
    out = _names_with_place(text, out)
    out = _adjective_areas(text, an, out, gaz)
    out = _possessive_form_names(text, out, gaz)
    out = saints_inside_place_names(text, out)
    out = places_by_evidence(text, out, gaz)
    # "the harbour was renamed X": a name a naming verb gives a place (round 56)
    out = names_given_to_places(text, an.toks, out, gaz, TYPING_SOURCES_KEPT, QUALIFIED_PLACE)
    spans = [(m.start, m.end) for m in out]
    places = [(m.start, m.end) for m in out if m.type == "place"]
    areas = named_areas((text[s:e] for s, e in places), gaz)
    out += [RawMention(s, e, "place", "GPE") for s, e in listed_places(an, spans, places, text, gaz, areas)]
    out += _repeated_places(text, an, out, gaz, lower_words)
    return _joined_place_names(text, out, gaz)


def _repeated_places(text: str, an: Analysis, mentions: list[RawMention], gaz: Gazetteer,
                     lower_words: set[str]) -> list[RawMention]:
    """The uncovered occurrences of a name typed place elsewhere in the document, more often a
    place than anything else, that the gazetteer knows (one sense per name per document:
    "Cologne on the Rhine" at a sentence start NER left untagged, where "in Cologne" was
    typed). Never a word the text also writes in lower case, a word of a person's name in the
    document or a common English word ("Time"), an occurrence inside a longer capitalised run or
    after "the" ("the X Fishery", "the X": a ship) or a ship word ("the frigate X"), the tail of a
    longer name with "of" ("Treaty of X"), one a common noun follows ("X glass": a thing named
    after the place) or a dash joins to another word ("X–Y relations"), one the text says is no
    kind of place ("X is also a brand of tea"), nor one after a noun of a person or a preposition
    of time; and nothing
    when the name is left untagged more often than typed place."""
    placed: Counter[str] = Counter()
    others: Counter[str] = Counter()
    person_words: set[str] = set()
    for m in mentions:
        s = _SPACE_RUN.sub(" ", text[m.start : m.end])
        if m.type == "person":
            person_words.update(s.split())
        if m.source not in {"role", "credit", "markup"}:
            (placed if m.type == "place" else others)[s] += 1
    names = [name for name, uses in placed.items()
             if uses > others[name] and _has_capital(name) and name.lower() not in lower_words
             and not set(name.split()) & person_words and not is_common_word(name) and gaz.senses(name)]
    covered = SpanUnion([(m.start, m.end) for m in mentions], "half")
    out = []
    for name, found in zip(names, _occurrences(text, names), strict=True):
        hits = [h for h in found
                if not covered.overlaps(h.start(), h.end())
                and not _in_capitalised_run(text, h.start(), h.end(), lower_words)
                and not _AFTER_THE.search(text, max(0, h.start() - 5), h.start())
                and not _NAME_OF_BEFORE.search(text, max(0, h.start() - 40), h.start())
                and not _noun_follows(text, an, h.end())
                and not introduced_as_person_or_time(text, h.start())
                and not _after_vessel_word(text, h.start())
                and not _DASH_JOINED.match(text, h.end()) and not _JOINED_BY_DASH.search(text, max(0, h.start() - 2), h.start())
                and not _said_to_be_no_place(text, h.end())]
        if len(hits) > placed[name]:
            continue  # left untagged more often than typed place: NER's place was the slip
        out += [RawMention(h.start(), h.end(), "place", REPEATED_PLACE) for h in hits]
    return out


REPEATED_PLACE = "repeated-place"  # the source of a place filled where NER left its name untagged
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+of\s+(?:the\s+)?$")  # "Treaty of ", "Duke of the "


# a dash joining the name to another word ("X–Y relations", "pro-X"): a compound, as a hyphen makes one
_DASH_JOINED = re.compile(r"\.?[-–—]\w")
_JOINED_BY_DASH = re.compile(r"\w[-–—]$")
# A role said of a name with a copula (round 59 red team D3): "Director was the Rev. Dr. X" (the role, the copula,
# at most ``ROLE_COPULA_WORDS`` words of a determiner or capitalised titles, the name) or "X was the first Director"
# (the name, the copula, at most ``ROLE_COPULA_WORDS`` words, the role).
ROLE_COPULA_WORDS = 3
ROLE_COPULA_REACH = 80  # characters looked at on the role's side of a name


def _holds_role(text: str, role: str, start: int, end: int) -> bool:
    """Does the text join the name at ``start:end`` to ``role`` with a copula (lexicon ``copulas``)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    words = rf"(?:[\w.’'-]+[ \t]+){{0,{ROLE_COPULA_WORDS}}}"
    role_re = re.escape(role).replace(r"\ ", r"[ \t]+")
    before = re.search(rf"(?<![\w-]){role_re}[ \t]+([a-z]+)[ \t]+((?:(?:the|a|an)[ \t]+)?{words})$",
                       text[max(0, start - ROLE_COPULA_REACH) : start], re.I)
    if before is not None and all(w[:1].isupper() or w.lower() in {"the", "a", "an"} for w in before.group(2).split()):
        return wn.morphy(before.group(1).lower(), "v") in lexicon_words("copulas")
    after = re.match(rf",?[ \t]+([a-z]+)[ \t]+{words}?{role_re}(?![\w-])", text[end : end + ROLE_COPULA_REACH], re.I)
    return after is not None and wn.morphy(after.group(1).lower(), "v") in lexicon_words("copulas")


# "X is also a brand of …": a copula, perhaps a word, an article and the noun phrase it says X is
_PREDICATE = re.compile(r"[ \t]+([a-z]+)[ \t]+(?:([a-z]+)[ \t]+)?(?:a|an|the)[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)")


def _said_to_be_no_place(text: str, end: int) -> bool:
    """The name is the subject of a copula whose complement names no kind of place ("X is also
    a brand of tea", "X was an oddity"; not "X is also a town in …"): the text says what X is."""
    from vitrina.qa.lexical import wordnet

    said = _PREDICATE.match(text, end)
    wn = wordnet()
    if said is None or wn is None or wn.morphy(said.group(1), "v") not in lexicon_words("copulas"):
        return False
    return not any(kind_of_place_noun(w) for w in said.group(3).split())


def _after_vessel_word(text: str, start: int) -> bool:
    """A ship word right before ``start`` ("the battleship X"): a vessel named after the place."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 30) : start])
    return before is not None and is_vessel_word(before.group(1).lower())


def _noun_follows(text: str, an: Analysis, end: int) -> bool:
    """A common noun (the model's part of speech) follows ``end`` one space on ("X glass")."""
    k = an.tok_index(end)
    if k < len(an.toks) and an.toks[k].start == end and an.toks[k].text in _CLOSING_QUOTES:
        k, end = k + 1, an.toks[k].end  # '"X" carpet': a quoted name, then its noun
    nxt = an.toks[k] if k < len(an.toks) else None
    return nxt is not None and nxt.pos == "NOUN" and text[end : nxt.start] == " "


_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def _names_with_place(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """ "Conference on Security and Cooperation in Europe (CSCE)": a name of an organization
    or other thing, a place after it ("in", "for", "of" or nothing between), and an acronym
    defined right after that spells all of it (:func:`acronym_fits`): one name, the place
    inside it not a place mention; so is every other use of that long form in the text."""
    long_forms: set[str] = set()
    for d in _ACRONYM_WORDS.finditer(text):
        form = acronym_long_form(d.group(2), d.group(1))
        if form is not None:
            long_forms.add(_SPACE_RUN.sub(" ", form))
    if not long_forms:
        return mentions
    spans = sorted((f.start(), f.end()) for form in long_forms
                   for f in re.finditer(r"\s+".join(map(re.escape, form.split())), text))
    out = list(mentions)
    near = _Near(out)
    for a, b in spans:
        close = near.around(a, b)  # every mention inside [a, b] or across one of its ends
        inner = sorted((m for m in close if a <= m.start and m.end <= b), key=lambda m: m.start)
        if not inner or inner[0].start != a or inner[-1].end != b or inner[0].type in {"place", "person"} \
                or inner[-1].type != "place" or any(m.start < a < m.end or m.start < b < m.end for m in close):
            continue  # a name typed as such, ending in a place NER split off it
        first = min(inner, key=lambda m: m.start)
        out = [m for m in out if m not in inner] + [RawMention(a, b, first.type, first.source, first.role)]
        near = _Near(out)
    return sorted(out, key=lambda m: (m.start, m.end))


class _Near:
    """The mentions of a list that can lie inside or across a span, found by bisection (a
    scan of every mention for each use of a long form was quadratic in a long text)."""

    def __init__(self, mentions: list[RawMention]):
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        self.starts = [mentions[k].start for k in self.order]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def around(self, start: int, end: int) -> list[RawMention]:
        """Mentions starting within ``longest`` before ``start`` up to ``end``, in list order:
        a superset of those inside ``[start, end]`` or across either end."""
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_right(self.starts, end)
        return [self.mentions[k] for k in sorted(self.order[low:high])]


_NAME_S = re.compile(r"['’]s(?![\w'’-])")


def _possessive_form_names(text: str, mentions: list[RawMention], gaz: Gazetteer) -> list[RawMention]:
    """ "X's" where the gazetteer knows "X's" itself by a main name written with its "'s" and
    "X" by none, or by another place's: the "'s" belongs to the place's name (a town named in
    the possessive), not to a possessive NER cut off ("X's" read as the plural "Xs" is not)."""
    out = []
    for m in mentions:
        after = _NAME_S.match(text, m.end)
        if m.type == "place" and after is not None and m.source not in {"markup", "credit"}:
            longer = text[m.start : after.end()]
            mains = [s.place for s in gaz.senses(longer) if not s.alternate]
            if mains and not any(s.place.key == mains[0].key and not s.alternate
                                 for s in gaz.senses(text[m.start : m.end])) \
                    and normalise(mains[0].name) == normalise(longer) and _NAME_S.search(mains[0].name):
                m = RawMention(m.start, after.end(), m.type, m.source, m.role)
        out.append(m)
    return out


def _adjective_areas(text: str, an: Analysis, mentions: list[RawMention], gaz: Gazetteer) -> list[RawMention]:
    """ "Balkan Peninsula", "Sulu Sea": an adjective NER took for a group, with the
    capitalised words after it, names an area the gazetteer knows: one place."""
    out = []
    starts = sorted(m.start for m in mentions)
    for m in mentions:
        if m.type == "group" and m.source not in {"markup", "credit"}:
            k = an.tok_index(m.end)
            for n in (1, 2):
                toks = an.toks[k : k + n]
                if len(toks) < n or not all(t.text[:1].isupper() and t.tag in {"NNP", "NNPS", "NN"} for t in toks) \
                        or toks[0].start - m.end > 1:
                    break
                taken = bisect.bisect_left(starts, m.end) < bisect.bisect_left(starts, toks[-1].end)
                if not taken and area_name(gaz, text[m.start : toks[-1].end]) is not None:
                    m = RawMention(m.start, toks[-1].end, "place", m.source)
                    break
        out.append(m)
    return out


# what lies between two names of one list ("X, Y and Z") or a name and its other name ("X (now Y)")
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_RENAME_GAP = re.compile(r"\s*\(\s*(?:([\w-]+)\s+)?")
# "X, now Y", "X, today Y": a comma and a renaming word (``lexicon/renaming_words.txt``)
_RENAME_COMMA = re.compile(r",\s*([\w-]+)\s+")
_PLACE_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")
# a noun phrase in apposition after a name: ", the old royal capital", ", a small port"
_APPOSED_NOUN = re.compile(r",\s+(?:the|a|an)\s+((?:[\w-]+ ){0,3}[\w-]+)")


def _feature_head_typed_person(text: str, m: RawMention, name: str, gaz: Gazetteer,
                               people_by_word: dict[str, set[str]]) -> bool:
    """A name NER typed a person (at its one use: a name NER types a person at several stays the
    person's) whose head is a noun of a natural feature or of land that no
    person bears (``places.feature_head_not_surname``: "X Gulf", "X Atoll", "Mount X"), not
    introduced as a person or a time ("his cousin X"), after no title, the subject of no verb people
    do ("X wrote"), with no person's gate in its sentence (``TYPING_GATES``: a possessive, an initial,
    a word of a person's name in the document): the feature."""
    before = text[max(0, m.start - 20) : m.start].split()
    if m.source in {"role", "title"} or before and is_honorific(before[-1]) or _subject_of_a_persons_verb(text, m.end):
        return False  # "Dr. X Lake", "X Lake wrote": the person
    return feature_head_not_surname(name) and not introduced_as_person_or_time(text, m.start) \
        and not TYPING_GATES & typing_evidence(text, m.start, m.end, gaz, people_by_word)


def places_by_evidence(text: str, mentions: list[RawMention], gaz: Gazetteer) -> list[RawMention]:
    """Names NER typed person, organization, group or other that the text shows to be places.

    A name becomes a place when the gazetteer knows it as a sizeable place
    (:func:`sizeable_sense`), it is no person's surname in the document, and
    the text says so: "the port of X" (``lexicon/place_nouns.txt``), "X, Y and
    Z" or "X (now Y)" beside a place, "in/at/from X" (not for a name typed
    person: "wrote to X"), or "X, <country or state>". Decided in rounds, so
    a list with one place makes its other sizeable names places. What is left is weighed
    last (:func:`_weighed_as_place`, ``places.TYPING_WEIGHTS``).
    """
    surnames = {text[m.start : m.end].split()[-1] for m in mentions
                if m.type == "person" and len(text[m.start : m.end].split()) > 1}
    out = list(mentions)
    areas = named_areas((text[m.start : m.end] for m in out if m.type == "place"), gaz)
    candidates = {}
    person_words = {w for m in mentions if m.type == "person" for w in text[m.start : m.end].split()[:-1]}
    people_by_word: dict[str, set[str]] = defaultdict(set)  # a word -> the people's names it is in
    for m in mentions:
        if m.type == "person":
            words = text[m.start : m.end].split()
            for w in words:
                people_by_word[w].add(" ".join(words))
    placed_names = Counter(_SPACE_RUN.sub(" ", text[m.start : m.end]) for m in mentions if m.type == "place")
    named_people = Counter(_SPACE_RUN.sub(" ", text[m.start : m.end]) for m in mentions if m.type == "person")
    for k, m in enumerate(out):
        name = _SPACE_RUN.sub(" ", text[m.start : m.end])
        if (head := _toponym_head_before(text, out, k, name)) is not None:
            out[k] = RawMention(head, m.end, "place", "GPE")  # "St. X River": NER took "St." for a title
            continue
        if m.type == "place" or m.source in {"markup", "role", "credit", "title", CUE_SOURCE} or len(name.split()) > 4 \
                or not name[:1].isupper() or m.type == "person" and addressed(text, m.start, m.end):
            continue  # (someone spoken to, "Ada, your father …?", stays the person asked)
        if m.type in {"person", "organization", "other"} and is_present_name(text, m.start) \
                and gaz.resolve(name, alternates=False) is not None \
                and not any(people_by_word.get(w, set()) - {name} for w in name.split()):
            out[k] = RawMention(m.start, m.end, "place", m.source)  # "X, now Y": Y is a place's present name
            continue
        if _named_by_settlement_noun(text, m, name, gaz):
            out[k] = RawMention(m.start, m.end, "place", QUALIFIED_PLACE)  # "the borough of X": X is its name
            continue
        if name in surnames and not _after_place_noun(text, m.start):
            if _named_with_its_place(text, out, k, gaz):  # "X, Utah": the town, though a surname too
                out[k] = RawMention(m.start, m.end, "place", QUALIFIED_PLACE)
            elif _apposed_place_kind(text, m):  # "X, the capital,": the place, though a surname too
                out[k] = RawMention(m.start, m.end, "place", m.source)
            continue
        if placed_names[name] >= max(1, named_people[name]) and _placed_elsewhere(text, gaz, m, name, people_by_word):
            # one sense per name in a document: the sense NER gives it at least as often as a person's
            out[k] = RawMention(m.start, m.end, "place", m.source)
            continue
        if _metropolis_typed_person(gaz, m, name, surnames | person_words) \
                or _place_typed_person(text, gaz, m, name, people_by_word):
            out[k] = RawMention(m.start, m.end, "place", m.source)
            continue
        if m.type in {"person", "organization", "other"} and feature_after_the(text, m.start, m.end) \
                or m.type in {"organization", "other"} and feature_headed(name) \
                and not introduced_as_person_or_time(text, m.start):
            out[k] = RawMention(m.start, m.end, "place", m.source)  # "the Volga", "X Canal", "Lake X"
            continue
        if m.type == "person" and (feature_after_place_the(text, m.start, m.end)
                                   or feature_after_article(text, m.start, m.end)) \
                and not TYPING_GATES & typing_evidence(text, m.start, m.end, gaz, people_by_word):
            out[k] = RawMention(m.start, m.end, "place", m.source)  # "across the X": a person takes no article
            continue
        if m.type == "person" and named_people[name] <= 1 and _feature_head_typed_person(text, m, name, gaz, people_by_word):
            out[k] = RawMention(m.start, m.end, "place", m.source)  # "X Gulf", "Mount X": the head is no surname
            continue
        if m.type == "person" and feature_or_its_language(name) \
                and not TYPING_GATES & typing_evidence(text, m.start, m.end, gaz, people_by_word):
            out[k] = RawMention(m.start, m.end, "place", m.source)  # an island WordNet knows, its tongue named after it
            continue
        if m.type == "person" and named_people[name] <= 1 and _former_name_in_frame(text, gaz, m, name, people_by_word):
            out[k] = RawMention(m.start, m.end, "place", m.source)  # "sailed from X": a town's former name
            continue
        if m.type in {"person", "organization", "group", "other"} and is_feature_by_evidence(text, m.start, m.end) \
                and not introduced_as_person_or_time(text, m.start) \
                and not any(people_by_word.get(w, set()) - {name} for w in name.split()):
            out[k] = RawMention(m.start, m.end, "place", m.source)  # "on Crete", "the X River", "the X Islands"
            continue
        if _town_and_its_area(gaz, name):  # "Rouen, Normandy" typed organization: the town
            out[k] = RawMention(m.start, m.end, "place", m.source)
            continue
        if named_people[name] <= (m.type == "person") and _in_its_named_area(text, out, k, gaz, people_by_word):
            out[k] = RawMention(m.start, m.end, "place", QUALIFIED_PLACE)  # "X in Saxony", "X, Ohio": the town
            continue
        sense = sizeable_sense(gaz, name) or (areas.town(gaz, name) if may_be_town(text, m.start) else None) \
            or _renamed_to(text, out, k, gaz)
        if sense is not None:
            candidates[k] = sense
    for k in sorted(candidates):  # "Stanleyville (Kisangani)": two names of one sizeable place
        j = k + 1
        if j in candidates and candidates[j].key == candidates[k].key and \
                _RENAME_GAP.fullmatch(text[out[k].end : out[j].start]):
            for n in (k, j):
                out[n] = RawMention(out[n].start, out[n].end, "place", out[n].source)
    candidates = {k: v for k, v in candidates.items() if out[k].type != "place"}
    changed = True
    while changed and candidates:
        changed = False
        for k in sorted(candidates):
            if _placed_by_context(text, out, k, candidates[k], gaz):
                out[k] = RawMention(out[k].start, out[k].end, "place", out[k].source)
                del candidates[k]
                changed = True
    # "between X and Y": a list of town senses after a preposition of place (round 57)
    for k in _town_lists_after_preposition(text, out, candidates, people_by_word):
        out[k] = RawMention(out[k].start, out[k].end, "place", out[k].source)
    weighed = []
    place_spans = PlaceSpans.of((m.start, m.end) for m in out if m.type == "place")
    for m in out:
        name = _SPACE_RUN.sub(" ", text[m.start : m.end])
        mostly_a_person = named_people[name] >= 2 and named_people[name] > placed_names[name]
        weighed.append(m if mostly_a_person else _weighed_as_place(text, m, gaz, people_by_word, place_spans))
    weighed += _qualified_towns(text, weighed, gaz, people_by_word)
    return _one_sense_in_the_end(text, weighed + _unnamed_places(text, weighed, gaz, people_by_word), gaz,
                                 people_by_word)


def _town_lists_after_preposition(text: str, ms: list[RawMention], candidates: dict[int, Place],
                                  people_by_word: dict[str, set[str]]) -> list[int]:
    """Names joined as a list ("X and Y", "X, Y and Z") right after a preposition of place
    (``lexicon/spatial_prepositions.txt``, ``pair_prepositions.txt``: "between X and Y"), each
    with a town or sizeable sense of its own (``candidates``) and none typed place yet: the
    places the preposition names. Two names at least, so a single name after "at" is still
    weighed alone; none a word of a person's name in the document ("between Smith and Y")."""
    out: list[int] = []
    run: list[int] = []
    for k in sorted(candidates):
        if run and k == run[-1] + 1 and _LIST_GAP.fullmatch(text[ms[run[-1]].end : ms[k].start]):
            run.append(k)
            continue
        out += _list_after_preposition(text, ms, run, people_by_word)
        run = [k]
    return out + _list_after_preposition(text, ms, run, people_by_word)


def _list_after_preposition(text: str, ms: list[RawMention], run: list[int],
                            people_by_word: dict[str, set[str]]) -> list[int]:
    """``run`` (indices of listed names) when it holds two names or more, follows a preposition
    of place, ends with no possessive, and no word of its names is a word of a person's name."""
    if len(run) < 2 or _POSSESSIVE_AFTER.match(text, ms[run[-1]].end):
        return []
    before = text[max(0, ms[run[0]].start - 30) : ms[run[0]].start].split()
    prepositions = lexicon_words("spatial_prepositions") | lexicon_words("pair_prepositions")
    if not before or before[-1] not in prepositions:
        return []
    names = [_SPACE_RUN.sub(" ", text[ms[k].start : ms[k].end]) for k in run]
    if any(people_by_word.get(w, set()) - {name} for name in names for w in name.split()):
        return []
    return run


def _one_sense_in_the_end(text: str, mentions: list[RawMention], gaz: Gazetteer,
                          people_by_word: dict[str, set[str]]) -> list[RawMention]:
    """One sense per name in a document, counted again once the rules above have typed what they could: a name
    the text now shows as a place at least as often as NER's person or organization ("From X to Y" a person in a
    heading, "we arrived at Y" a place in the text) is that place at its other uses too, on the terms of
    :func:`_placed_elsewhere` (a sizeable place by the gazetteer, no title, no possessive, no person's noun or
    preposition of time before it, no word of another person's name). The counts of the first pass were NER's, before
    the frames and lists had spoken."""
    placed = Counter(_SPACE_RUN.sub(" ", text[m.start : m.end]) for m in mentions if m.type == "place")
    named = Counter(_SPACE_RUN.sub(" ", text[m.start : m.end]) for m in mentions if m.type in {"person", "organization"})
    uncued = _single_names_without_person_cue(text, mentions, people_by_word)
    out = []
    for m in mentions:
        name = _SPACE_RUN.sub(" ", text[m.start : m.end])
        if m.type in {"person", "organization"} and placed[name] and m.source not in TYPING_SOURCES_KEPT \
                and (placed[name] >= named[name] and _placed_elsewhere(text, gaz, m, name, people_by_word)
                     or m.type == "person" and name in uncued):
            m = RawMention(m.start, m.end, "place", m.source)
        out.append(m)
    return out


# How far after a name a pronoun of a person is read as its cue ("X said he …"): the clause's length
PERSON_CUE_CHARS = 60
_CLAUSE_STOP = re.compile(r"[.;:!?\n(]")


def _single_names_without_person_cue(text: str, mentions: list[RawMention],
                                     people_by_word: dict[str, set[str]]) -> set[str]:
    """One-word names, no common word, that NER typed a person and the document also names as a place, where no use of the name
    gives a person's cue: a title (lexicon ``honorifics``) or a role, a given name or any other person's
    name holding the word, a possessive, a vocative, a person's noun or a preposition of time before it,
    a pronoun of a person in its clause after it (lexicon ``personal_pronouns``), a verb people do after it
    (``_subject_of_a_persons_verb``: "X wrote"), or a WordNet person sense. One sense per name in a document: such a name is the place, known to the gazetteer or not
    (a town missing from it, "from X", "the library at X", is not several people named X)."""
    placed = {_SPACE_RUN.sub(" ", text[m.start : m.end]) for m in mentions if m.type == "place"}
    names = {_SPACE_RUN.sub(" ", text[m.start : m.end]) for m in mentions if m.type == "person"}
    names = {n for n in names & placed if " " not in n and not is_common_word(n)  # "the Canal": a description
             and not people_by_word.get(n, set()) - {n} and "person" not in wordnet_kinds(n)}
    pronouns = {row[0] for row in lexicon_rows("personal_pronouns") if row[-1] == "person"}
    titles = honorifics()
    for m in mentions:
        name = text[m.start : m.end]
        if name not in names:
            continue
        before = text[max(0, m.start - 20) : m.start].split()
        stop = _CLAUSE_STOP.search(text, m.end, m.end + PERSON_CUE_CHARS)
        after = text[m.end : stop.start() if stop else m.end + PERSON_CUE_CHARS].lower().split()
        if m.role is not None or m.source in {"role", "title"} or _POSSESSIVE_AFTER.match(text, m.end) \
                or addressed(text, m.start, m.end) or introduced_as_person_or_time(text, m.start) \
                or before and before[-1].lower().rstrip(".") in titles \
                or any(w.strip(",") in pronouns for w in after) or _subject_of_a_persons_verb(text, m.end):
            names.discard(name)
    return names


def _subject_of_a_persons_verb(text: str, end: int) -> bool:
    """A verb people do follows the name ending at ``end``, perhaps after one adverb ("X wrote", "X later
    decided"): a past verb of ``lexicon/agent_verbs.txt`` or an inflected verb whose usual sense is speaking,
    thinking or feeling (``PERSON_ACT_KINDS``). Read from the text alone, where ``_acts_as_person`` reads tags."""
    from vitrina.qa.lexical import wordnet

    words = _NEXT_WORDS.match(text, end)
    wn = wordnet()
    for word in filter(None, words.groups() if words else ()):
        if word in lexicon_words("agent_verbs"):
            return True
        lemma = wn.morphy(word, "v") if wn is not None else None
        if lemma is not None and lemma != word and _first_sense_kind(word, "v") in PERSON_ACT_KINDS["verb"]:
            return True
        if not word.endswith("ly"):
            return False  # one adverb at most between the name and its verb
    return False


# a run of capitalised words right before a comma, up to four ("Fort X", "New Y Z")
_RUN_BEFORE_COMMA = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}),[ \t]*$")


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")  # the run goes on before: a longer name


def _qualified_towns(text: str, mentions: list[RawMention], gaz: Gazetteer,
                     people_by_word: dict[str, set[str]]) -> list[RawMention]:
    """Runs of capitalised words no mention covers, written with the area they lie in after a
    comma ("X, <state>", "X, <country>": the area typed place) where the gazetteer or the fuller
    town table knows a town of that name inside that area (:func:`_named_with_its_place`): the
    town, even one too small for the other evidence. Never a common word, a word of a person's
    name in the document, a run after a noun of a person or a preposition of time, or a first
    word that is a function word ("In X" is the run "X")."""
    from vitrina.qa.lexical import stop_words

    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    covered = SpanUnion([(m.start, m.end) for m in ordered], "half")
    out = []
    for j, area in enumerate(ordered):
        if area.type != "place" or (j and ordered[j - 1].end > area.start - 2):
            continue
        run = _RUN_BEFORE_COMMA.search(text, max(0, area.start - 60), area.start)
        if run is None:
            continue
        start, name = run.start(1), run.group(1)
        first, _, rest = name.partition(" ")
        if first.lower() in stop_words() and rest:
            start, name = start + len(first) + 1, rest
        end = start + len(name)
        if covered.overlaps(start, end) or first.lower() in stop_words() and not rest or is_common_word(name) \
                or _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) \
                or any(people_by_word.get(w) for w in name.split()):
            continue
        if _named_with_its_place(text, [RawMention(start, end, "other", UNNAMED_SOURCE), area], 0, gaz):
            out.append(RawMention(start, end, "place", QUALIFIED_PLACE))
    return out


def _unnamed_places(text: str, mentions: list[RawMention], gaz: Gazetteer,
                    people_by_word: dict[str, set[str]]) -> list[RawMention]:
    """Runs of capitalised words no mention covers that the gazetteer knows
    (:func:`places.unnamed_candidates`: "the village of X", "X, the old capital"), places when
    their evidence weighs at least the threshold with the bias of a name NER never proposed."""
    place_spans = PlaceSpans.of((m.start, m.end) for m in mentions if m.type == "place")
    out = []
    for start, end in unnamed_candidates(text, ((m.start, m.end) for m in mentions), gaz):
        evidence = typing_evidence(text, start, end, gaz, people_by_word, place_spans)
        if typing_score(evidence, "none") >= TYPING_WEIGHTS["threshold"]:
            out.append(RawMention(start, end, "place", UNNAMED_SOURCE))
    return out


UNNAMED_SOURCE = "weighed"  # the source of a place no NER mention proposed (``_unnamed_places``)


TYPING_SOURCES_KEPT = frozenset({"markup", "role", "credit", "title"}) | KIN_SOURCES  # types the text itself gives


def _weighed_as_place(text: str, m: RawMention, gaz: Gazetteer, people_by_word: dict[str, set[str]],
                      place_spans: PlaceSpans | None = None) -> RawMention:
    """A name NER typed person, organization or other that the rules above left so (and that NER
    does not type a person at most of two or more uses: one sense per name), retyped a
    place when its evidence (:func:`places.typing_evidence`: WordNet, the gazetteer, its head
    noun, the word before it, a person's cues) weighs at least ``TYPING_WEIGHTS["threshold"]``."""
    name = _SPACE_RUN.sub(" ", text[m.start : m.end])
    if m.type not in {"person", "organization", "other"} or m.source in TYPING_SOURCES_KEPT \
            or len(name.split()) > 4 or not name[:1].isupper():
        return m
    evidence = typing_evidence(text, m.start, m.end, gaz, people_by_word, place_spans)
    if typing_score(evidence, m.type) < TYPING_WEIGHTS["threshold"]:
        return m
    return RawMention(m.start, m.end, "place", m.source)


_POSSESSIVE_AFTER = re.compile(r"['’]")




# a noun phrase in apposition after a name, closed by a comma, a semicolon, a bracket or the sentence's end within
# six words (", the capital,", ", the surgeon of Dunmore,"; not "X, the members of the council realized …"), and
# one opening a sentence before a name that a comma closes ("The ferryman, X Y, was"; not "The next spring, X
# returned"): its head noun, the last word before a preposition, types the name
_APPOSED_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s*(?:[,;)]|\.(?:\s|$))")
_APPOSED_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|\n)(?:The|A|An)\s+((?:[\w-]+\s+){0,2}[a-z][\w-]*),\s*$")


def apposed_head(text: str, start: int, end: int) -> str | None:
    """The head noun of a noun phrase in apposition to the name at ``[start, end)``: after it ("X, the old
    capital,", "X, the surgeon of Y,") or opening the sentence before it, the name closed by a comma ("The
    ferryman, X,"); None when none."""
    after = _APPOSED_AFTER.match(text, end)
    if after is not None:
        words = after.group(1).split()
        ends = lexicon_words("apposition_head_ends")
        cut = next((k for k, w in enumerate(words) if w in ends), len(words))
        return words[cut - 1] if cut and words[cut - 1].islower() else None
    before = _APPOSED_BEFORE.search(text, max(0, start - 60), start)
    closed = re.match(r"\s*,", text[end : end + 3]) is not None
    return before.group(1).split()[-1] if before is not None and closed else None


def described_kinds(text: str, start: int, end: int) -> set[str]:
    """The kind of person the name at ``[start, end)`` is described as in apposition ("physician"), if any."""
    head = apposed_head(text, start, end)
    return {head} if head is not None and is_person_noun(head) else set()


def _apposed_place_kind(text: str, m: RawMention) -> bool:
    """ "Lisbon, the capital, was shaken": a kind of place in apposition makes the name a place's."""
    head = apposed_head(text, m.start, m.end)
    return head is not None and kind_of_place_noun(head)


def _apposed_person_kind(text: str, m: RawMention) -> bool:
    """ "The ferryman, Elias Vane,", "Ada Roe, the physician of X,": a kind of person (a noun WordNet files
    under noun.person, the hyponyms of person.n.01) in apposition makes the name a person's."""
    head = apposed_head(text, m.start, m.end)
    return head is not None and is_person_noun(head) and not kind_of_place_noun(head)


_KIN_OF = re.compile(r"\b([a-z]+)\s+of\s+$")


_RELATIVE_NAMED = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?:late[ \t]+)?(?:([A-Za-z]+)\.?[ \t]+)?$")


def relative_named(text: str, start: int) -> bool:
    """The name at ``start`` is the relative a kinship phrase names: "son of X", "the daughter of Mr. X", "widow of
    the late X" (a noun of ``lexicon/kinship_nouns.txt``, "of", then at most "the", "late" and a title of
    ``honorifics``): someone other than the person the phrase describes."""
    kin = _RELATIVE_NAMED.search(text, max(0, start - 40), start)
    return kin is not None and kin.group(1) in lexicon_words("kinship_nouns") and (
        kin.group(2) is None or kin.group(2).lower() in honorifics())


def _kin_of(text: str, start: int) -> bool:
    """ "the son of X", "the widow of X": a noun of ``lexicon/kinship_nouns.txt`` with "of" right before the
    name makes it a person's (a family tie is a person's)."""
    kin = _KIN_OF.search(text, max(0, start - 30), start)
    return kin is not None and kin.group(1) in lexicon_words("kinship_nouns")


def _after_place_noun(text: str, start: int) -> bool:
    """ "the town of X", "the cities of X": a place noun with "of" right before ``start``."""
    noun = _PLACE_NOUN_OF.search(text, max(0, start - 30), start)
    return noun is not None and is_place_noun(noun.group(1))


_WORD_RIGHT_BEFORE = re.compile(r"([A-Z][a-z]*\.?) $")


def _toponym_head_before(text: str, mentions: list[RawMention], k: int, name: str) -> int | None:
    """The start of a toponym's head ("St.", "Saint", "Ft.": ``places.toponym_head``) right before a name
    NER typed person that ends in a noun of land or a natural feature ("St. X River", "St. X Bay", "St. X
    Island"): NER read the head as a title and kept the rest as a person; the whole is the feature. None
    when no such head is there or another mention covers it."""
    m = mentions[k]
    if m.type != "person" or m.source in {"markup", "role", "credit"} \
            or len(name.split()) < 2 or not land_or_feature_noun(name.split()[-1]):
        return None
    head = _WORD_RIGHT_BEFORE.search(text, max(0, m.start - 8), m.start)
    if head is None or not toponym_head(head.group(1)) or k and mentions[k - 1].end > head.start():
        return None
    return head.start()


# a capitalised word, "of" maybe, and a saint's head ("Cape St. ", "Gulf of St. ", "Fort Saint "), ending
# right before a name
_LEAD_AND_SAINT_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of\s+)?(St\.?|Saint|Ste\.?|Sainte)\s+$")


def saints_inside_place_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """ "Cape St. X", "Gulf of St. X", "Fort St. X": a name NER typed person, organization or other (one or
    two words, "St." inside it or right before it) after a saint's head ("St.", "Saint": ``places.toponym_head``)
    that a capitalised noun of land or a natural feature ("Cape", "Gulf", ``places.land_or_feature_noun``) or
    another toponym head ("Fort", "Mount") opens, "of" maybe between, is the whole place: NER read "St." as
    a title and kept the saint's name a person. Mentions inside the whole (NER's "Fort St.") are dropped."""
    wholes = [(s, m) for m in mentions if (s := _saint_place_start(text, m)) is not None]
    if not wholes:
        return mentions
    spans = [(s, m.end) for s, m in wholes]
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    return sorted(kept + [RawMention(s, e, "place", "GPE") for s, e in spans], key=lambda m: (m.start, m.end))


def _saint_place_start(text: str, m: RawMention) -> int | None:
    """The start of the feature's word opening "Cape St. <m>" (or "Cape <m>" where ``m`` is "St. X"), or None."""
    if m.type not in {"person", "organization", "other"} or m.source in {"markup", "role", "credit"}:
        return None
    words = text[m.start : m.end].split()
    inside = bool(words) and _saint_head(words[0])  # NER's "St. X" itself
    names = words[1:] if inside else words
    if not 1 <= len(names) <= 2 or not all(w[:1].isupper() for w in names):
        return None
    lead = (_LEAD_BEFORE if inside else _LEAD_AND_SAINT_BEFORE).search(text, max(0, m.start - 40), m.start)
    if lead is None or _saint_head(lead.group(1)):
        return None
    return lead.start() if land_or_feature_noun(lead.group(1)) or toponym_head(lead.group(1)) else None


def _saint_head(word: str) -> bool:
    """ "St.", "Saint", "Ste.": a toponym head that names a saint (not "Fort", "Mount")."""
    return toponym_head(word) and word.rstrip(".").lower() in _SAINT_HEADS


_SAINT_HEADS = frozenset({"st", "saint", "ste", "sainte"})
# a capitalised word and "of" maybe, right before a name: "Cape ", "Gulf of "
_LEAD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of\s+)?$")


# a determiner, up to three words ("little", "West Bank", "former Ottoman"), a lower-case noun and "of"
# right before a name: "the little town of X"
_NOUN_OF_AFTER_DETERMINER = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hat|[Tt]his)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s+of\s+$")
# a word of a proper name: capitalised, or a particle joined to one ("al-Hasa")
_PROPER_WORD = re.compile(r"[A-Z][\w'’‘.-]*|[a-z]{1,3}-[A-Z][\w'’‘.-]*")


def _named_by_settlement_noun(text: str, m: RawMention, name: str, gaz: Gazetteer) -> bool:
    """A name NER typed person, organization, group or other right after "the <noun> of" whose noun is
    one of a settlement or a division of a country (``places.settlement_or_division_noun``: "the little
    town of X", "the borough of X", "the former province of X"): the place so named, even when a person of
    that name is in the document (a town named after someone). Not when the name ends before another
    capitalised word ("the capital of French X": NER cut the name), is a people's word ("the island of
    French …"), holds a noun of a person or a seat holder ("the fortress of X Sultan"), has a possessive
    after it, or is no run of proper words ("X to Y")."""
    if m.type not in {"person", "organization", "group", "other"} or m.role is not None \
            or m.source in {"markup", "role", "credit", "title"}:
        return False
    noun = _NOUN_OF_AFTER_DETERMINER.search(text, max(0, m.start - 80), m.start)
    if noun is None or not settlement_or_division_noun(noun.group(1)):
        return False
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(_PROPER_WORD.fullmatch(w) for w in words) \
            or _POSSESSIVE_AFTER.match(text, m.end) or re.match(r"[ \t]+[A-Z]", text[m.end : m.end + 3]):
        return False
    if any(is_person_noun(w.lower()) or holds_seat(w) for w in words):
        return False
    return not (len(words) == 1 and demonym_areas(gaz, name))


def _metropolis_typed_person(gaz: Gazetteer, m: RawMention, name: str, person_words: set[str]) -> bool:
    """One word NER typed person, with no title, that is no word of a person's name in the
    document, whose usual sense is a city of ``metropolis_min_population`` people ("Bogota
    was the goal"): the city."""
    if m.type != "person" or m.source != "PERSON" or m.role is not None or " " in name or name in person_words:
        return False
    senses = gaz.senses(name)
    best = max(senses, key=prior).place if senses else None
    return best is not None and best.kind == "city" and best.population >= GEO_WEIGHTS["metropolis_min_population"]


def _place_typed_person(text: str, gaz: Gazetteer, m: RawMention, name: str,
                        people_by_word: dict[str, set[str]]) -> bool:
    """A name NER typed person, with no title, none of whose words is a word of another
    person's name in the document, and no noun of a person or preposition of time comes right before
    (:func:`introduced_as_person_or_time`), that the gazetteer knows by main name as a sizeable
    place and WordNet as no person (:func:`unmistakable_place`), or that a feature noun leads
    ("Lake X", "Mount X": :func:`led_by_feature_noun`): the place."""
    if m.type != "person" or m.source != "PERSON" or m.role is not None \
            or any(people_by_word.get(w, set()) - {name} for w in name.split()) \
            or introduced_as_person_or_time(text, m.start):
        return False
    return unmistakable_place(gaz, name) is not None or led_by_feature_noun(name)


_WORD_BEFORE = re.compile(r"([\w'’]+)\s+$")


def _former_name_in_frame(text: str, gaz: Gazetteer, m: RawMention, name: str,
                          people_by_word: dict[str, set[str]]) -> bool:
    """A name NER typed person right after a word of place ("to X", "from X", "reached X":
    ``places.locative_words``) that the gazetteer knows only by a former or foreign name (every sense an
    alternate name: "Agram", "Laibach") of a sizeable place (:func:`sizeable_sense`), that WordNet knows as
    no person and that is no common word, with no gate of ``places.TYPING_GATES`` (a word of another
    person's name in the document, a title or person noun before it, a possessive, an initial): the
    place under its old name. The caller checks that the document names it a person nowhere else."""
    senses = gaz.senses(name)
    before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if m.role is not None or not senses or any(not s.alternate for s in senses) or before is None \
            or before.group(1).lower() not in locative_words() or is_common_word(name) \
            or "person" in wordnet_kinds(name) or sizeable_sense(gaz, name) is None:
        return False
    return not TYPING_GATES & typing_evidence(text, m.start, m.end, gaz, people_by_word)


def _placed_elsewhere(text: str, gaz: Gazetteer, m: RawMention, name: str,
                      people_by_word: dict[str, set[str]]) -> bool:
    """A name NER typed person or organization here that the document also names as a place
    (the caller checks), that the gazetteer knows as a sizeable place (:func:`sizeable_sense`)
    and WordNet as no person, people or building (``WORDNET_NOT_PLACE_AGAIN``: not a city that
    names a royal house too, nor a residence that names a government), with no title, no possessive after it, no noun of a person or preposition of time before it
    (:func:`introduced_as_person_or_time`) and none of its words a word of a person's name in the
    document: the same place again (one sense per name per document). Never someone spoken to
    (:func:`entities.addressed`)."""
    if m.type not in {"person", "organization"} or m.role is not None or _POSSESSIVE_AFTER.match(text, m.end) \
            or addressed(text, m.start, m.end) \
            or introduced_as_person_or_time(text, m.start) \
            or any(people_by_word.get(w, set()) - {name} for w in name.split()):
        return False
    return sizeable_sense(gaz, name) is not None and not wordnet_kinds(name) & WORDNET_NOT_PLACE_AGAIN


# WordNet's kinds that make a name more than a place the text names again: a person, a people
# or dynasty, a building (a royal house named after its city, a residence named after its
# street); a battle named after its place may be one
WORDNET_NOT_PLACE_AGAIN = frozenset({"person", "group", "artifact"})


def _town_and_its_area(gaz: Gazetteer, name: str) -> bool:
    """"X, Y" where the gazetteer knows a town X inside a division or country Y (or the fuller
    town table does: :func:`small_town`)."""
    head, comma, tail = name.partition(", ")
    if not comma or "," in tail:
        return False
    areas = [s.place for s in gaz.senses(tail) if s.place.kind in AREA_KINDS | {"state"}]
    return any(s.place.kind in TOWN_KINDS and any(inside(s.place, a) for a in areas) for s in gaz.senses(head)) \
        or bool(areas) and head[:1].isupper() and small_town(head, areas) is not None


def _placed_by_context(text: str, ms: list[RawMention], k: int, sense: Place, gaz: Gazetteer) -> bool:
    m = ms[k]
    before = text[max(0, m.start - 30) : m.start]
    noun = _PLACE_NOUN_OF.search(before)
    if noun and is_place_noun(noun.group(1)):
        return True
    apposed = _APPOSED_NOUN.match(text, m.end)
    if apposed and any(is_place_noun(w) for w in apposed.group(1).split()):
        return True  # "X, the old capital", "X, a small port on the coast"
    words = before.split()
    if (m.type != "person" or sense.kind in AREA_KINDS) and words and words[-1].lower() in locative_words():
        return True
    if len(words) >= 2 and words[-1].lower() in lexicon_words("motion_prepositions") and is_motion_verb(words[-2]):
        return True  # "fled to X", "sailed for X": a person is not where one goes
    if m.type == "person" and words and words[-1].lower() in lexicon_words("spatial_prepositions") \
            and not _POSSESSIVE_AFTER.match(text, m.end):
        return True  # "landed at X": a person is hardly ever where a preposition of location puts X
    if _another_name_nearby(text, ms, k, sense, gaz):
        return True
    for j in (k - 1, k + 1):
        if not 0 <= j < len(ms) or ms[j].type != "place":
            continue
        a, b = (ms[j], m) if j < k else (m, ms[j])
        gap = text[a.end : b.start]
        renamed = _RENAME_GAP.fullmatch(gap)
        if _LIST_GAP.fullmatch(gap) or (renamed and (renamed.group(1) is None or
                                                     renamed.group(1).lower() in lexicon_words("renaming_words"))):
            return True
        if j == k + 1 and _renaming_comma(gap):  # "X, now Y": Y the place X is today
            return True
        if j == k + 1 and gap.strip() == ",":
            qualifier = gaz.resolve(text[b.start : b.end])
            return qualifier is not None and qualifier.kind in AREA_KINDS | {"state"}
        if j == k + 1 and gap.strip() == "in":  # "Hobart in Tasmania": a town of that name lies there
            areas = [s.place for s in gaz.senses(text[b.start : b.end]) if s.place.kind in AREA_KINDS | {"state"}]
            return any(inside(s.place, area) for s in gaz.senses(text[m.start : m.end]) for area in areas)
    return False


def _renaming_comma(gap: str) -> bool:
    """ "X, now Y", "X, today Y": a comma and a renaming word (``lexicon/renaming_words.txt``)."""
    comma = _RENAME_COMMA.fullmatch(gap)
    return comma is not None and comma.group(1).lower() in lexicon_words("renaming_words")


def _renamed_to(text: str, ms: list[RawMention], k: int, gaz: Gazetteer) -> Place | None:
    """The sizeable place (:func:`present_sense`) the place mention right after ``k`` names
    when the text gives it as ``k``'s present name ("X, now Y", "X (now Y)", "X (today Y)"):
    the sense to take a mistyped old name by, whether or not the gazetteer knows that name."""
    j = k + 1
    if j >= len(ms) or ms[j].type != "place":
        return None
    gap = text[ms[k].end : ms[j].start]
    paren = _RENAME_GAP.fullmatch(gap)
    said = _renaming_comma(gap) or (paren is not None and paren.group(1) is not None
                                    and paren.group(1).lower() in lexicon_words("renaming_words"))
    return present_sense(gaz, text[ms[j].start : ms[j].end]) if said else None


# the source of a surname retyped a place because its area follows it ("X, Utah"): later
# passes that give a document's surnames back to its people leave it a place
QUALIFIED_PLACE = "qualified-place"


def _named_with_its_place(text: str, ms: list[RawMention], k: int, gaz: Gazetteer) -> bool:
    """A name that is also a person's surname in the document, written with the area it
    lies in right after a comma ("X, Utah", "X, Massachusetts") where the gazetteer knows a
    town of that name inside that area (:func:`small_town` when no sizeable one is), with no
    title, no possessive and no person's word before it: the town ("X, Utah, is named after
    the president")."""
    m = ms[k]
    j = k + 1
    if m.role is not None or j >= len(ms) or ms[j].type != "place" or text[m.end : ms[j].start].strip() != "," \
            or _POSSESSIVE_AFTER.match(text, m.end) or introduced_as_person_or_time(text, m.start):
        return False
    name = _SPACE_RUN.sub(" ", text[m.start : m.end])
    areas = [s.place for s in gaz.senses(text[ms[j].start : ms[j].end])
             if not s.alternate and s.place.kind in AREA_KINDS | {"state"}]
    if not areas or not _closes_the_apposition(text, ms[j].end):
        return False
    return any(s.place.kind in TOWN_KINDS and any(inside(s.place, a) for a in areas) for s in gaz.senses(name)) \
        or small_town(name, areas) is not None


# between a town and the area it lies in: a comma, or "in" ("X in Saxony", "X in the Punjab")
_IN_AREA_GAP = re.compile(r",[ \t]*|[ \t]+in[ \t]+(?:the[ \t]+)?")


def _in_its_named_area(text: str, ms: list[RawMention], k: int, gaz: Gazetteer,
                       people_by_word: dict[str, set[str]]) -> bool:
    """A name NER typed person, organization, group or other, written with the area it lies in right
    after it ("X in <division>", "X, <country>": the area typed place) where the gazetteer or the fuller
    town table knows a town of that name inside that area: the town, when nothing in the document
    makes it a person's name (no other mention of it typed person, which the caller checks; no gate
    of ``places.TYPING_GATES``: a word of another person's name, a title or person noun before it, a
    possessive, an initial; no role) and it is no common word. The converse of the gate
    "outside_named_area"."""
    m = ms[k]
    j = k + 1
    if m.role is not None or j >= len(ms) or ms[j].type != "place" \
            or not _IN_AREA_GAP.fullmatch(text[m.end : ms[j].start]):
        return False
    name = _SPACE_RUN.sub(" ", text[m.start : m.end])
    if is_common_word(name) or TYPING_GATES & typing_evidence(text, m.start, m.end, gaz, people_by_word):
        return False
    if "," in text[m.end : ms[j].start] and not _closes_the_apposition(text, ms[j].end):
        return False
    areas = [s.place for s in gaz.senses(text[ms[j].start : ms[j].end]) if s.place.kind in AREA_KINDS | {"state"}]
    if not areas:
        return False
    return any(s.place.kind in TOWN_KINDS and any(inside(s.place, a) for a in areas) for s in gaz.senses(name)) \
        or small_town(name, areas) is not None


def _closes_the_apposition(text: str, end: int) -> bool:
    """The area of "X, <area>" ends its phrase — not a noun it modifies follows it ("with the
    consent of X, U.S. envoys …": a clause break, not a town and its state). A noun is a
    lower-case word WordNet knows as a noun only (no verb, adjective or adverb sense: "grew"
    after "X, Georgia" is the clause's verb) and no function word (spaCy's stop words)."""
    match = _NEXT_WORD.match(text, end)
    word = match.group(1) if match else ""
    from vitrina.qa.lexical import noun_only, stop_words

    return not word or not word.islower() or word in stop_words() or not noun_only(word)


_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]*)")


# what ends the clause two names of one place are said in ("X became Y", "X is now Y in Z")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\n")


def _another_name_nearby(text: str, ms: list[RawMention], k: int, sense: Place, gaz: Gazetteer) -> bool:
    """ "Laibach became Ljubljana", "Libau is Liepaja in Latvia": a place mention of the same
    clause, within ``renamed_near_chars``, is another name the gazetteer gives the same sizeable
    place (a former or foreign name of it): the text names one place twice."""
    m = ms[k]
    if introduced_as_person_or_time(text, m.start):
        return False  # "her sister X was named after the Greek name of Y": a person
    own = normalise(folded(text[m.start : m.end]))
    for j in range(max(0, k - 3), min(len(ms), k + 4)):
        other = ms[j]
        if j == k or other.type != "place":
            continue
        a, b = (other, m) if j < k else (m, other)
        if b.start - a.end > GEO_WEIGHTS["renamed_near_chars"] or _CLAUSE_BREAK.search(text, a.end, b.start):
            continue
        name = text[other.start : other.end]
        if normalise(folded(name)) != own and any(s.place.key == sense.key for s in gaz.senses(name)):
            return True
    return False


def _has_capital(span: str) -> bool:
    return any(ch.isupper() for ch in span)


def _split_place_person(
    text: str, m: RawMention, gaz: Gazetteer | None, people: set[str]
) -> list[RawMention]:
    """ "At Lisbon Pessoa wrote": a known place followed by a known person name is two names."""
    if gaz is None or m.source in {"markup", "credit", "role", "title", "PERSON"} \
            or text[m.start : m.end] in people:  # a full name seen as a person elsewhere
        return [m]
    words = list(re.finditer(r"\S+", text[m.start : m.end]))
    for k in range(1, len(words)):
        head = text[m.start : m.start + words[k - 1].end()]
        tail = text[m.start + words[k].start() : m.end]
        if tail in people and head not in people and gaz.resolve(head) is not None:
            return [RawMention(m.start, m.start + words[k - 1].end(), "place", m.source),
                    RawMention(m.start + words[k].start(), m.end, "person", m.source)]
    return [m]


_IN_PLACE = re.compile(r"\s+in\s+(?=[A-Z])")
_AND = re.compile(r"\s+and\s+(?=[A-Z])")
_COMMA = re.compile(r",\s+(?=[A-Z])")


# a lower-case joiner between a name and one capitalised word, with spaces or hyphens
# ("X upon Y", "X-on-Sea"): ``_joined_place_names``
_JOINER = re.compile(r"([ \t]+|-)([a-z]+)([ \t]+|-)([A-Z][\w’']*)\b")
_TAIL_AFTER_COMMA = re.compile(r",\s+(?=[A-Z])")


def _joined_place_names(text: str, mentions: list[RawMention], gaz: Gazetteer) -> list[RawMention]:
    """One place name joined by a preposition ("X upon Y", "X-on-Sea", "X-in-Y"), which the
    tagger splits at the preposition ("X" and "Y" or "Y, Z"): the place's span is extended over
    the joiner and the next capitalised word when GeoNames knows the joined name (with spaces:
    "in London on Monday" joins nothing) or, written with hyphens (one name by its spelling),
    the joined name or one of its parts. A mention the joined name covers in part keeps what
    lies after a comma ("Y, County": the qualifier stays a mention of its own)."""
    spaced = lexicon_words("place_name_joiners")
    hyphened = spaced | lexicon_words("place_name_hyphen_joiners")
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[RawMention] = []
    covered = -1
    for m in ordered:
        if m.start < covered:
            if m.end > covered:
                tail = _TAIL_AFTER_COMMA.match(text, covered)
                if tail is not None:
                    out.append(RawMention(tail.end(), m.end, m.type, m.source, m.role))
            continue
        found = _JOINER.match(text, m.end) if m.type == "place" else None
        if found is not None:
            hyphens = found.group(1) == "-" and found.group(3) == "-"
            joiner, first, second = found.group(2), text[m.start : m.end], found.group(4)
            joined = text[m.start : found.end(4)]
            if hyphens and joiner in hyphened and (knows_name(gaz, joined) or knows_name(gaz, first)
                                                   or knows_name(gaz, second)) \
                    or not hyphens and "-" not in found.group(1) + found.group(3) and joiner in spaced \
                    and knows_name(gaz, joined):
                out.append(RawMention(m.start, found.end(4), "place", m.source, m.role))
                covered = found.end(4)
                continue
        out.append(m)
    return out




def _split_place_tail(text: str, m: RawMention, gaz: Gazetteer | None) -> list[RawMention]:
    """ "Harbour Accord in Lisbon" tagged as one name: the name, and the place it was made in;
    "Lisbon and Porto" or "Lisbon, Porto" tagged as one organization: two places; a longer list
    or a route of places as one name (:func:`_listed_places`); a place's possessive before a
    name (:func:`_possessing_place`)."""
    if gaz is not None and m.type == "place" and m.source not in {"markup", "credit"}:
        return _split_coordinated(text, m, gaz)
    if gaz is None or m.type not in {"organization", "other"} or m.source in {"markup", "credit"}:
        return [m]
    split = _possessing_place(text, m, gaz) or _listed_places(text, m, gaz)
    if split:
        return split
    pair = _AND.search(text, m.start, m.end) or _COMMA.search(text, m.start, m.end)
    if pair is not None and not _AND.search(text, pair.end(), m.end) and not _COMMA.search(text, pair.end(), m.end):
        head, tail = text[m.start : pair.start()], text[pair.end() : m.end]
        if all(gaz.resolve(n, alternates=False) is not None for n in (head, tail)) and (
                sizeable_sense(gaz, head) or sizeable_sense(gaz, tail)):  # "Lisbon and Porto" as one name
            return [RawMention(m.start, pair.start(), "place", m.source),
                    RawMention(pair.end(), m.end, "place", m.source)]
    cut = _IN_PLACE.search(text, m.start, m.end)
    if cut is None or gaz.resolve(text[cut.end() : m.end], alternates=False) is None:
        return [m]
    return [RawMention(m.start, cut.start(), m.type, m.source, m.role),
            RawMention(cut.end(), m.end, "place", m.source)]


# the cuts of a list or a route inside one span: "X, Y and Z", "X or Y", "X to Y" (a capital after)
_LIST_CUT = re.compile(r",[ \t]+(?:(?:and|or)[ \t]+)?(?=[A-Z])|[ \t]+(?:and|or|to)[ \t]+(?=[A-Z])")
LISTED_NAME_MAX_WORDS = 3  # words of one conjunct of a list tagged as one name ("Saint Helena", "Lake X")


def _listed_places(text: str, m: RawMention, gaz: Gazetteer) -> list[RawMention] | None:
    """ "Riga, Reval and Dorpat" or "Karachi to Rawalpindi" tagged as one organization or other
    name: a list (or a route) of places, every conjunct a short capitalised name an offline
    table knows as a place (:func:`_known_place_name`), at least one of them a
    sizeable place (:func:`places.sizeable_sense`) and the whole span none ("Trinidad and
    Tobago" is one country). Each conjunct is its own mention, typed place when it has a
    point to map (:func:`_pointed_name`), else NER's type. None when the span is no such list
    or no conjunct would be typed place."""
    cuts = list(_LIST_CUT.finditer(text, m.start, m.end))
    if not cuts or gaz.senses(_SPACE_RUN.sub(" ", text[m.start : m.end])):
        return None
    ends = [m.start, *(i for cut in cuts for i in (cut.start(), cut.end())), m.end]
    parts = list(zip(ends[::2], ends[1::2], strict=True))
    names = [_SPACE_RUN.sub(" ", text[a:b]) for a, b in parts]
    if not all(_known_place_name(gaz, n) for n in names) or not any(sizeable_sense(gaz, n) for n in names):
        return None
    if len(cuts) == 1 and text[cuts[0].start()] == "," and any(
            s.place.kind in AREA_KINDS for s in gaz.senses(names[1])):
        return None  # "X, <country>" is a town and its area (the geocoder's qualifier), no list
    out = [RawMention(a, b, "place" if _pointed_name(gaz, n) else m.type, m.source)
           for (a, b), n in zip(parts, names, strict=True)]
    return out if any(p.type == "place" for p in out) else None


def _pointed_name(gaz: Gazetteer, name: str) -> bool:
    """A conjunct typed place: no one-word common English word ("Natal" is refused as one, so
    it keeps NER's type)."""
    return bool(gaz.senses(name)) and not (" " not in name and is_common_word(name))


def _known_place_name(gaz: Gazetteer, name: str) -> bool:
    """A short capitalised name (``LISTED_NAME_MAX_WORDS``) the gazetteer knows in any sense
    (a name only WordNet or its head noun names, "Lake X", has no point to map: typing it
    lowers coverage), that WordNet does not know as a person."""
    words = name.split()
    if not 1 <= len(words) <= LISTED_NAME_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return bool(gaz.senses(name)) and "person" not in wordnet_kinds(name)


# WordNet classes of a head noun that make "X's <head>" a happening or a time of the place, no
# thing named there ("Oslo's Collapse", "Britain's Decline"): the possessive is no place mention
POSSESSED_NOT_NAMED = frozenset({"noun.event", "noun.act", "noun.process", "noun.state", "noun.time"})
# a run of up to three capitalised words with a possessive, a capitalised word after it
_PLACE_POSSESSIVE = re.compile(r"([A-Z][\w.’'-]*?(?:[ \t]+[A-Z][\w.’'-]*?){0,2})['’]s[ \t]+(?=[A-Z])")


def _possessing_place(text: str, m: RawMention, gaz: Gazetteer) -> list[RawMention] | None:
    """ "Britain's Foreign Office" tagged as one organization or other name: the possessive
    is no part of the name after it, so a sizeable place (:func:`places.sizeable_sense`) that
    WordNet does not know as a person ("Lincoln's Inn" keeps its name) is a place mention
    and the rest keeps NER's type. None when the span opens with no such possessive."""
    from vitrina.qa.lexical import first_sense_class

    owner = _PLACE_POSSESSIVE.match(text, m.start, m.end)
    if owner is None or owner.end() >= m.end:
        return None
    name = _SPACE_RUN.sub(" ", owner.group(1))
    head = text[m.start : m.end].split()[-1].lower()
    if sizeable_sense(gaz, name) is None or "person" in wordnet_kinds(name) \
            or first_sense_class(head, "n") in POSSESSED_NOT_NAMED:
        return None
    return [RawMention(m.start, owner.end(1), "place", m.source), RawMention(owner.end(), m.end, m.type, m.source, m.role)]


def _split_coordinated(text: str, m: RawMention, gaz: Gazetteer) -> list[RawMention]:
    """ "Central and South America", "North, Central and South America" tagged as one place:
    coordinated places sharing the head of the last conjunct, each a place the gazetteer knows
    with that head put back, the whole not; one mention a conjunct, as written."""
    if gaz.resolve(text[m.start : m.end]) is not None:
        return [m]
    qualified = _qualified_by_area(text, m, gaz)
    if qualified:
        return qualified
    cuts = list(_CONJUNCTION.finditer(text, m.start, m.end))
    ends = [m.start, *(i for cut in cuts for i in (cut.start(), cut.end())), m.end]
    parts = list(zip(ends[::2], ends[1::2], strict=True))
    names = [text[a:b] for a, b in parts]
    if not cuts or not all(name and all(w[:1].isupper() for w in name.split()) for name in names):
        return [m]
    last = names[-1]
    if " " not in last or gaz.resolve(last) is None or any(elided_head(n, last, gaz) is None for n in names[:-1]):
        return [m]
    return [RawMention(a, b, "place", m.source) for a, b in parts]


def _bare_water(name: str, gaz: Gazetteer) -> str | None:
    """The water a one-word name written "the X" at the end of its phrase stands for, its head left out
    (lexicon ``elided_water_heads``: "the Baltic" is the Baltic Sea), when the table's sense of X is an area
    named X and a plural noun ("Baltic states": English leaves out no plural head) and the gazetteer knows the
    water; None otherwise."""
    from vitrina.extract.numbers import looks_plural

    sense = gaz.resolve(name) if " " not in name else None
    if sense is None or not sense.name.lower().startswith(f"{name.lower()} "):
        return None
    if not looks_plural(sense.name.split()[-1].lower(), frozenset()):
        return None
    for head in sorted(lexicon_words("elided_water_heads")):
        water = gaz.resolve(f"{name} {head.title()}")
        if water is not None and water.key != sense.key:
            return f"{name} {head.title()}"
    return None


# the kinds of a place that qualifies a name after its comma ("X Bay, Cuba", "X, Texas"): a country or a division
QUALIFYING_KINDS = frozenset({"country", "state"})


def _qualified_by_area(text: str, m: RawMention, gaz: Gazetteer) -> list[RawMention]:
    """ "X Bay, Cuba" tagged as one place the gazetteer does not know: the name and the country or division that
    qualifies it after its one comma (``QUALIFYING_KINDS``), two mentions, as NER gives "X, Texas" mostly; the
    qualifier then places the name as it does there. Nothing when the span holds no such pair."""
    commas = list(_COMMA.finditer(text, m.start, m.end))
    if len(commas) != 1:
        return []
    head, tail = (m.start, commas[0].start()), (commas[0].end(), m.end)
    area = gaz.resolve(text[tail[0] : tail[1]], alternates=False)
    if area is None or area.kind not in QUALIFYING_KINDS \
            or not all(w[:1].isupper() for w in text[head[0] : head[1]].split()):
        return []
    return [RawMention(*head, "place", m.source), RawMention(*tail, "place", m.source)]


def elided_head(first: str, last: str, gaz: Gazetteer) -> str | None:
    """``first`` with the head a coordination leaves out taken from ``last``, the conjunct that
    keeps it, the conjuncts' modifiers being parallel ("Central", "South America" -> "Central
    America"; a two-word modifier leaves the words after its second): the name, when the
    gazetteer knows it, or None ("Buffalo", "New York City" leave out no head)."""
    words = last.split()
    size = len(first.split())
    if len(words) <= size:
        return None
    full = f"{first} {' '.join(words[size:])}"
    return full if gaz.resolve(full) is not None else None


def _split_inner(text: str, m: RawMention) -> list[RawMention]:
    """ "Guardians”—the Kingdom of X": keep the part after the break when it is a name."""
    if m.source == "markup":
        return [m]
    br = _INNER_BREAK.search(text, m.start, m.end)
    if br is None or br.start() == m.start:
        return [m]
    tail = text[br.end() : m.end]
    tail_start = br.end() + (4 if tail.lower().startswith("the ") else 0)
    if tail_start < m.end and text[tail_start].isupper():
        return [RawMention(tail_start, m.end, m.type, m.source, m.role)]
    return [RawMention(m.start, br.start(), m.type, m.source, m.role)]


# a ship's class noun right before a name, after a determiner ("the schooner X", "her steamer X")
# ... after at most one modifier ("the research ship X", "a survey vessel X")
_CLASS_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)[ \t]+$")
# a word of capitals right before a name, dotted or not ("RRS X", "H.M.S. X")
_CAPITALS_BEFORE = re.compile(r"\b((?:[A-Z]\.?){2,5})[ \t]+$")
# a dotted abbreviation of one or two letters ("P.S.", "M.D.", "U.S.")
_DOTTED_LETTERS = re.compile(r"(?:[A-Z]\.){1,2}")
# a place code the gazetteer may write dotted: a country's code or alias ("U.S." is the United States)
DOTTED_PLACE_KINDS = frozenset({"country", "alias"})
_LINE_START = re.compile(r"(?:^|\n)[ \t]*((?:[A-Za-z]+[ \t]+){0,2})$")
_LINE_CLOSE = re.compile(r"[ \t]*(?:[,:!]|\r?\n|$)")  # the name closes the greeting (a paragraph may run on)


def _vessel_named(text: str, m: RawMention) -> bool:
    """ "The schooner X, of Port, Captain Y": a name right after a ship's class noun (``is_vessel_word``:
    the lexicon's ship words or a WordNet kind of watercraft) after a determiner names the vessel."""
    before = _CLASS_NOUN_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before is not None and is_vessel_word(before.group(1)):
        return True
    board, master = _vessel_frames()
    return board.search(text, max(0, m.start - 40), m.start) is not None \
        or _AFTER_THE.search(text, max(0, m.start - 5), m.start) is not None and master.match(text, m.end) is not None


@cache
def _vessel_frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The frames that make "the X" a vessel's name: a lead of ``lexicon/vessel_frame_leads.txt`` before it ("on
    board the X") and, after it, a comma and a noun of ``lexicon/vessel_master_nouns.txt`` before a capitalised
    name ("the X, master John Roe")."""
    leads = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(lexicon_words("vessel_frame_leads")))
    nouns = "|".join(re.escape(w) for w in sorted(lexicon_words("vessel_master_nouns")))
    return (re.compile(rf"\b(?:{leads})[ \t]+the[ \t]+$", re.IGNORECASE),
            re.compile(rf",[ \t]+(?:{nouns})[ \t]+[A-Z]"))


def _vessel_prefix(word: str) -> bool:
    """A ship's prefix written in capitals ("RRS", "H.M.S."): one of ``vessel_words``."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() and is_vessel_word(letters)


def _vessel_prefix_start(text: str, m: RawMention) -> int | None:
    """Where a vessel's name starts when the name is led by a ship's prefix ("RRS X Y", "HMS X"),
    inside the span or right before it; None otherwise. The prefix makes the whole a ship named
    after a person or place, never that person or place."""
    words = text[m.start : m.end].split()
    if len(words) > 1 and _vessel_prefix(words[0]):
        return m.start
    before = _CAPITALS_BEFORE.search(text, max(0, m.start - 12), m.start)
    return before.start(1) if before is not None and _vessel_prefix(before.group(1)) else None


def _bare_vessel_prefix(text: str, m: RawMention) -> bool:
    """The span is a ship's prefix alone with a capitalised name right after it ("RRS" of "RRS X"):
    a piece of the vessel's name, which the name's own mention carries (``_vessel_prefix_start``)."""
    return _vessel_prefix(text[m.start : m.end].strip()) and re.match(r"[ \t]+[A-Z]", text[m.end : m.end + 2]) is not None


# a token of letters and digits ("K1", "H4", "B2"): an object's or a model's code, never a personal name
_LETTERS_AND_DIGITS = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9]+")


@lru_cache(maxsize=4096)
def not_a_personal_name(word: str) -> bool:
    """One capitalised word WordNet knows as a thing or a trade rather than someone's name: its most
    frequent noun sense is a celestial body ("Moon"), or a kind of worker ("Carpenter", "Blacksmith")
    and no sense is a named person (so "Cook", "Baker"'s namesakes,
    "King" stay names). Kinship nouns ("Mother") and noble titles stay: a family's or a court's way
    of naming one person. Without WordNet nothing is excluded."""
    from vitrina.qa.lexical import under, wordnet

    wn = wordnet()
    low = word.lower()
    if wn is None or not low.isalpha() or low in lexicon_words("kinship_nouns") or low in NOBLE_TITLES:
        return False
    senses = wn.synsets(low, "n")
    if not senses:
        return False
    roots = {k: wn.synset(name) for k, name in NOT_A_NAME_ROOTS.items()}
    if under(senses[:1], [roots["celestial"]]) or _names_an_act_or_gathering(low, senses):
        return True
    return under(senses[:1], [roots["worker"]], instances=False) and not any(
        s.instance_hypernyms() and under([s], [roots["person"]]) for s in senses)


def _names_an_act_or_gathering(low: str, senses: list) -> bool:
    """The word's most frequent noun sense is its own (the sense's first lemma) and an act or a group
    ("Election", "Turnout": the words of a result sheet's rows); no sense is a named instance (a
    "Chase", a "Rush" is also someone) or a proper noun (a dynasty), and none a quality or a feeling
    (the virtues given as names: "Charity", "Mercy")."""
    if senses[0].lexname() not in NOT_A_NAME_LEXNAMES or senses[0].lemmas()[0].name() != low:
        return False
    if any(lemma.name().lower() == low and not lemma.name().islower() for s in senses for lemma in s.lemmas()):
        return False
    return not any(s.instance_hypernyms() or s.lexname() in VIRTUE_LEXNAMES for s in senses)


# WordNet's lexicographer files of a most frequent sense that is no one's name (``_names_an_act_or_gathering``):
# an act ("election"), a group gathered ("turnout"); feelings, states and beliefs are given names ("Hope",
# "Grace", "Faith") and stay out
NOT_A_NAME_LEXNAMES = frozenset({"noun.act", "noun.group"})
# ... and of any sense that makes the word a given name as well ("Charity", "Mercy": a quality, a feeling)
VIRTUE_LEXNAMES = frozenset({"noun.attribute", "noun.feeling"})


# WordNet's roots of the kinds of a word that is not a personal name (``not_a_personal_name``): a heavenly
# body, a trade (a kind of worker). Artifacts and other kinds of person were measured and dropped: many
# are surnames or given names WordNet does not know as people ("Raglan", "Freeman", "Victor", "John").
NOT_A_NAME_ROOTS = {"celestial": "celestial_body.n.01", "worker": "worker.n.01", "person": "person.n.01"}


# the fewest letters of a word in capitals read as an English word, not an acronym ("US", "UN", "WHO" are bodies)
SHOUTED_MIN_LETTERS = 4
_EDGE_PUNCT = ".,:;!?'’\"()[]—–-"


def _shouted_words(s: str, kind: str, gaz: Gazetteer | None) -> bool:
    """Words in capitals that are no name, from a headline or an advertisement an OCR'd newspaper runs into its
    text: an honorific alone ("DR"); one word English writes in lower case ("LECTURE", "PENNY"); or words that are
    all such, either with a function word or a number at an edge ("GREAT STORM AT", "PRICE ONE PENNY") or in
    capitals run on into capitalised words ("PILLS Worth"). A place the gazetteer knows stays one."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w.strip(_EDGE_PUNCT) for w in _SPACE_RUN.sub(" ", s).split()]
    words = [w for w in words if w]
    if len(words) == 1 and words[0].isupper() and words[0].lower() in honorifics():
        return True
    # words in capitals long enough to be no initials, numeral ("Basil II") or acronym ("ABC News", "UN Assembly")
    shouted = [w for w in words if w.isupper() and w.isalpha() and len(w) >= SHOUTED_MIN_LETTERS
               and not wordnet_kinds(w)]
    if not shouted:
        return False
    if kind == "place" and gaz is not None and gaz.resolve(s.strip(_EDGE_PUNCT)) is not None:
        return False
    if len(words) == 1:  # an acronym WordNet knows as written ("NATO") is a name
        return is_common_word(words[0])
    if not all(is_common_word(w) or w.lower() in STOP_WORDS for w in words):
        return False
    edges = {words[0].lower(), words[-1].lower()}
    mixed = len(shouted) < len(words) and any(w[:1].isupper() and not w.isupper() for w in words)
    counted = any(parse_number(w.lower()) is not None for w in words)  # "PRICE TWO PENCE": a price, no name
    return bool(edges & STOP_WORDS) or mixed or counted


def _organism(text: str, m: RawMention, named_people: set[str]) -> bool:
    """A name that is a genus (a capitalised word before a Latin epithet, or WordNet's "genus X") or an animal's
    or plant's common name (``taxa``; of one word, only when not typed a place), unless the document has a person's name of several words holding it
    ("Viola Ashdown" makes "Viola" alone hers)."""
    s = _SPACE_RUN.sub(" ", text[m.start : m.end])
    organism = " " not in s and genus_at(text, m.start, m.end) \
        or common_name(s) and (" " in s or m.type != "place")  # one word typed a place may be a town ("Anaconda")
    return organism and not _in_a_full_name(s, named_people)  # (the scan of the names last: the rarest need)


# WordNet's roots of a time of day (``_time_of_day_opening``): an hour by the clock or the sun ("noon",
# "midnight", "dawn", "dusk") and a part of the day ("evening", "afternoon"; "morning" and "night" are parts of a day)
TIME_OF_DAY_ROOTS = {"clock": "clock_time.n.01", "daytime": "day.n.04", "day": "day.n.01"}
_SENTENCE_OPENING = re.compile(r"[.!?:;\n][\s\"“‘'(]*$")


def _time_of_day_opening(text: str, m: RawMention, named_people: set[str]) -> bool:
    """A one-word mention that opens a sentence or a line ("Noon found …", "Dawn brought …") whose most frequent
    WordNet sense is a time of day (``TIME_OF_DAY_ROOTS``): its capital is the sentence's, not a name's, unless
    the document names a person with the word in a fuller name ("Dawn Fraser")."""
    from vitrina.qa.lexical import under, wordnet

    s = text[m.start : m.end]
    if not s.isalpha() or not s[:1].isupper() or s.isupper() or _in_a_full_name(s, named_people):
        return False
    before = text[max(0, m.start - 8) : m.start]
    if _SENTENCE_OPENING.search(before) is None and (m.start > 8 or before.strip(" \t\"“‘'(")):
        return False
    wn = wordnet()
    senses = wn.synsets(s.lower(), "n") if wn is not None else []
    if wn is None or not senses:
        return False
    roots = {k: wn.synset(v) for k, v in TIME_OF_DAY_ROOTS.items()}
    first = senses[0]
    return under([first], [roots["clock"], roots["daytime"]], instances=False) or bool(
        {roots["daytime"], roots["day"]} & set(first.part_holonyms()))


def _in_a_full_name(word: str, named_people: set[str]) -> bool:
    """``word`` is a word of a person's name of several words in the document, first, last or between
    ("Ada Baker"; "Sun Yat-sen", whose family name comes first)."""
    return any(len(n.split()) > 1 and word in re.split(r"[\s-]+", n) for n in named_people)


def _locality(text: str, m: RawMention, gaz: Gazetteer | None) -> bool:
    """Capitalised words headed by a noun of land used mostly as a common noun ("X Fen", "X Heath", "X Wood":
    ``taxa.land_noun``) after a preposition of place or motion, or before a comma and a place the gazetteer
    knows ("X Fen, <county>"): a locality, not a person ("Henry Wood") or a body."""
    words = _SPACE_RUN.sub(" ", text[m.start : m.end]).split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and not w.isupper() for w in words) \
            or not is_common_word(words[-1]) or not land_noun(words[-1]):
        return False
    before = text[max(0, m.start - 30) : m.start].split()
    if before and before[-1].lower() in locative_words():
        return True
    after = _PLACE_AFTER_COMMA.match(text, m.end)
    return gaz is not None and after is not None and gaz.resolve(after.group(1), alternates=False) is not None


_PLACE_AFTER_COMMA = re.compile(r",\s*([A-Z][\w'’-]{1,40}(?:\s[A-Z][\w'’-]{1,40})?)")


def _lone_word_not_person(s: str, named_people: set[str]) -> bool:
    """A person mention of one word that is no personal name: letters and digits ("K1"), or a word
    ``not_a_personal_name`` unless the document has a person's name of several words holding it, first or
    last ("Ada Baker"; "Sun Yat-sen", whose family name comes first)."""
    if _LETTERS_AND_DIGITS.fullmatch(s):
        return True
    if not s.isalpha() or not s[:1].isupper() or s.isupper():
        return False
    return not_a_personal_name(s) and not _in_a_full_name(s, named_people)


def _titled_act_or_gathering(s: str, named_people: set[str]) -> bool:
    """One word after a title ("General X") whose main WordNet sense is an act or a gathering
    (``_names_an_act_or_gathering``), unless a full name of the document holds it. Trades are left
    out here: after a title they are surnames ("Dr Carpenter")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    low = s.lower()
    if wn is None or not s.isalpha() or not s[:1].isupper() or s.isupper():
        return False
    senses = wn.synsets(low, "n")
    return bool(senses) and _names_an_act_or_gathering(low, senses) and not _in_a_full_name(s, named_people)


def _dotted_non_place(s: str, gaz: Gazetteer | None) -> bool:
    """ "P.S.", "M.D.", "N.B.": one or two dotted letters are an abbreviation, not a place, unless
    the gazetteer resolves them to a country's code ("U.S.", "U.K.": ``DOTTED_PLACE_KINDS``)."""
    if not _DOTTED_LETTERS.fullmatch(s):
        return False
    place = gaz.resolve(s) if gaz is not None else None
    return place is None or place.kind not in DOTTED_PLACE_KINDS


def salutation_name(text: str, start: int, end: int) -> int | None:
    """Where the addressee's name starts when ``[start, end)`` is the name of a salutation line
    ("Dear X," / "Dearest X," / "My dear X,": words of ``lexicon/salutation_words`` open the line, a
    comma or the line's end closes the name); None otherwise. The greeting words may lie inside the span ("Dearest X")."""
    words = lexicon_words("salutation_words")
    lead = _LINE_START.search(text, max(0, start - 30), start)
    if lead is None or _LINE_CLOSE.match(text, end) is None:
        return None
    greeting = lead.group(1).lower().split()
    at = start
    for w in re.finditer(r"[A-Za-z]+", text[start:end]):
        if w.group().lower() not in words or start + w.end() == end:
            at = start + w.start()
            break
        greeting.append(w.group().lower())
    if not greeting or any(w not in words for w in greeting) or greeting[-1] == "my" or at >= end:
        return None
    return at


# "<noun> of St." before a mention, or "<noun> of" before a mention opening with "St.": a saint's day
_SAINTS_DAY_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?(?:(?:St|Saint|S)\.?\s+)$")
_SAINTS_DAY_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
_SAINT_OPENING = re.compile(r"(?:St|Saint|S)\.?(?:\s|$)")


def _saints_day(text: str, m: RawMention) -> bool:
    """The name of a day of the church's calendar named after a saint: "the feast of St. X", "the eve of
    Saint X" — the mention is the saint's name (or "St.", or "St. X") after a noun WordNet knows as a time, on
    its own or with "day" ("feast day"). Only a saint's title makes it a day: "the birthday of X" names X."""
    before = text[max(0, m.start - 40): m.start]
    found = _SAINTS_DAY_BEFORE.search(before)
    if found is None and _SAINT_OPENING.match(text, m.start):
        found = _SAINTS_DAY_OF.search(before)
    return found is not None and _time_noun(found.group(1).lower())


def _time_noun(word: str) -> bool:
    """``word`` or "``word`` day" has a WordNet noun sense that is a time ("festival", "eve"; "feast day")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    return any(s.lexname() == "noun.time" for w in (word, f"{word}_day") for s in wn.synsets(w, "n"))


def _wordnet_place_only(name: str, people: set[str]) -> bool:
    """A name NER typed an organization that WordNet knows, and knows only as a place or a natural object
    (``places.PLACE_KINDS``: a region, a state, an island, a range), in mixed case (not a code: "CA"), and no
    word of a person's name in the document: no body bears a place's name alone."""
    if name.isupper() or not name[:1].isupper():
        return False
    kinds = wordnet_kinds(" ".join(name.split()))
    words = set(name.split())
    return bool(kinds) and kinds <= PLACE_KINDS and not any(words & set(p.split()) for p in people)


def _formal_state_name(words: list[str]) -> bool:
    """A state's formal name of any length: capitalised words up to a noun of a form of state
    (``lexicon/polity_heads.txt``) and its "of" ("Socialist Federal Republic of X", "Democratic
    People's Republic of X"); the area after the "of" is looked up by :func:`places.area_name`."""
    if "of" not in words[1:]:
        return False
    at = words.index("of")
    return words[at - 1].lower() in lexicon_words("polity_heads") and all(w[:1].isupper() for w in words[:at])


def _retype(
    text: str, m: RawMention, gaz: Gazetteer | None, lower_words: set[str], single_people: set[str]
) -> RawMention | None:
    if m.source in {"markup", "role", "credit", "vessel", "room", "institution"} | KIN_SOURCES:  # a vessel's or
        return m  # a room's name (``namesakes``); an institution's a foreign head opens; a family's (``kinnames``)
    s = text[m.start : m.end]
    if m.type == "place" and _dotted_non_place(s, gaz):
        return None  # "P.S.", "M.D.": an abbreviation, not a place
    if m.type in {"person", "organization", "place", "other"} and _bare_vessel_prefix(text, m):
        return None  # "RRS" of "RRS X": the vessel's name carries it
    if m.type in {"person", "organization", "place"} and _vessel_named(text, m):
        return RawMention(m.start, m.end, "other", "vessel")  # "the schooner X": a ship, not a person
    if m.type in {"person", "organization", "place"}:
        prefix = _vessel_prefix_start(text, m)
        if prefix is not None:
            return RawMention(prefix, m.end, "other", "vessel")  # "RRS X Y": a ship named after a person
    if m.type in {"person", "organization", "place"} and _shouted_words(s, m.type, gaz):
        return None  # "LECTURE", "PRICE ONE PENNY", "PILLS Worth", "DR": a headline's or advertisement's words
    if m.type in {"person", "organization", "place"} and _saints_day(text, m):
        return None  # "the feast of St. X": a day of the calendar, not the saint nor a place "St."
    place_known = gaz is not None and gaz.resolve(_SPACE_RUN.sub(" ", s)) is not None
    if m.type in {"person", "organization", "place"} and m.source != "title":  # a known place stays one ("Samara")
        if _organism(text, m, single_people) and not (m.type == "place" and place_known) \
                and not (gaz is not None and " " not in s and sizeable_sense(gaz, s) is not None):
            # (a famous place's name NER typed a person, "Samara on the Volga", is left to the place rules)
            return None  # "Corvus", "Viola odorata", "Song Thrush", "Kingfisher": an animal or a plant, no one's name
        if m.type != "place" and _locality(text, m, gaz):
            return RawMention(m.start, m.end, "place", m.source)  # "at X Fen", "X Heath, <county>": land
    if m.type in {"person", "organization", "other"} and m.source != "title" \
            and _time_of_day_opening(text, m, single_people):
        return None  # "Noon found the crew …", "Dawn brought …": the hour, capitalised by its place
    if m.type == "person" and m.source == "title" and _titled_act_or_gathering(s, single_people):
        return None  # "General Election", "General Meeting": a rank's word before an act's, no officer
    if m.type == "person" and m.source != "title" and _lone_word_not_person(s, single_people):
        if _LETTERS_AND_DIGITS.fullmatch(s):
            return RawMention(m.start, m.end, "other", m.source)  # "K1": an object's code
        return None  # "Carpenter", "Moon": a trade or a heavenly body, not a person
    at = salutation_name(text, m.start, m.end)
    if at is not None:
        return RawMention(at, m.end, "person", m.source)  # "Dearest X,": the addressee
    toks = s.split()
    place = gaz.resolve(s) if gaz is not None and len(toks) <= 3 else None
    if m.type == "person" and place is not None and place.kind in {"country", "alias", "alias-city"} \
            and m.source != "title":  # "Ruritania", "Costa Rica": a country is never a person
        return RawMention(m.start, m.end, "place", m.source)
    if m.type in {"organization", "place", "other"} and gaz is not None and _wordnet_person(text, m, gaz):
        return RawMention(m.start, m.end, "person", m.source)  # "Magellan", "Marco Polo" typed ORG
    if m.type == "place" and place is None and len(toks) == 1 and _NATIONALITY.fullmatch(s):
        return RawMention(m.start, m.end, "group", m.source)
    if m.type in {"place", "organization", "other"} and place is None and len(toks) == 1 \
            and _PEOPLE_PLURAL.fullmatch(s):
        return RawMention(m.start, m.end, "group", m.source)  # "Africans", "Bolsheviks": a people
    if m.type in {"organization", "place", "other"} and 1 <= len(toks) <= 4:
        if toks[0].lower() in NOBLE_TITLES:
            return RawMention(m.start, m.end, "person", m.source, toks[0].lower())
        if m.type == "organization" and place is None and (s in single_people or (
                len(toks) in {2, 3} and toks[-1] in single_people and all(t[:1].isupper() for t in toks))):
            return RawMention(m.start, m.end, "person", m.source)
    if m.type == "organization" and len(toks) == 1 and not s.isupper():
        if s.lower() in lower_words:
            return None
        if place is not None and place.kind in {"city", "alias-city", "country", "state"} and m.source != CUE_SOURCE:
            return RawMention(m.start, m.end, "place", m.source)  # (not "the X party"'s X: ``typecues``)
    if m.type == "organization" and _wordnet_place_only(s, single_people):
        return RawMention(m.start, m.end, "place", m.source)  # "the Klondike", "Thrace" typed ORG: WordNet's place
    if m.type in {"organization", "other"} and (1 <= len(toks) <= 4 or _formal_state_name(toks)) \
            and gaz is not None and area_name(gaz, s) is not None:
        return RawMention(m.start, m.end, "place", m.source)  # "Kivu Territory", "Republic of X" as a body
    if m.type == "other" and len(toks) == 1 and s.lower() in lower_words and m.source != "title":
        return None
    return m


# WordNet's kinds that make a name more than a person's: a place, a river or mountain, a body
WORDNET_NOT_PERSON = frozenset({"location", "object", "group", "artifact"})


def _wordnet_person(text: str, m: RawMention, gaz: Gazetteer) -> bool:
    """A name NER typed organization, place or other (a people's word, "Iberian", is a
    group however WordNet knows it) that WordNet knows, as written,
    only as a person (no place, natural feature, body or building: ``WORDNET_NOT_PERSON``),
    with no preposition of place or motion and no place noun right before it ("at X", "the
    port of X"): the person ("Magellan sailed", "Marco Polo's book"). A name typed place
    stays one when the gazetteer knows a place by that main name."""
    s = _SPACE_RUN.sub(" ", text[m.start : m.end])
    if m.source in {"markup", "role", "credit", "title"} or not 1 <= len(s.split()) <= 4 or s.isupper() \
            or " " not in s and is_common_word(s):  # "Truth": a word before a person's name
        return False
    kinds = wordnet_kinds(s)
    if "person" not in kinds or kinds & WORDNET_NOT_PERSON:
        return False
    if m.type == "place" and gaz.resolve(s, alternates=False) is not None:
        return False
    before = text[max(0, m.start - 30) : m.start].split()
    if before and before[-1].lower() in locative_words() | lexicon_words("motion_prepositions"):
        return False
    return not _after_place_noun(text, m.start)


# Characters after a spelled-out name word's capital at most: an unbounded word made these scans quadratic
# in a run of letters (a 120,000-letter line: each position scanned to the end of the run, > 30 s).
NAME_WORD_CHARS = 40
ACRONYM_DEFINITION = re.compile(
    rf"((?:[A-Z][\w’'-]{{0,{NAME_WORD_CHARS}}}\s+(?:(?:of|the|and|for|on)\s+)?){{1,8}})\(([A-Z]{{2,6}})\)"
)
# ... with the words before a name's "in"/"for"/"of" place ("Conference on X in Europe (CSCE)")
_ACRONYM_WORDS = re.compile(
    rf"((?:[A-Z][\w’'.-]{{0,{NAME_WORD_CHARS}}}\s+(?:(?:of|the|and|for|on|in)\s+){{0,2}}){{1,10}})\(([A-Z]{{2,6}})\)")


def _defined_acronyms(text: str, an: Analysis, mentions: list[RawMention]) -> list[RawMention]:
    """Uses of an acronym defined as "Long Name (LN)" become mentions like the long form."""
    found: list[RawMention] = []
    covered = SpanUnion([(m.start, m.end) for m in mentions], "half")
    owners = _MentionEnds(mentions)
    definitions = list(ACRONYM_DEFINITION.finditer(text))
    defined = {d.group(2) for d in definitions}
    uses: dict[str, list] = {}
    for t in an.toks:  # only the defined acronyms' uses: a map of every token cost ~0.1 s a MB
        if t.text in defined:
            uses.setdefault(t.text, []).append(t)
    done: set[str] = set()  # the first usable definition covers every use of an acronym
    for d in definitions:
        owner = owners.first_reaching(d.end(1) - 1)
        if owner is None or owner.type == "person" or d.group(2) in done:
            continue
        if owner.type == "place" and d.group(2)[0] != text[owner.start].upper():
            continue  # "… Control in Laos (ICC)": the acronym of a longer name, not the place's
        done.add(d.group(2))
        found += [RawMention(t.start, t.end, owner.type, "fill")
                  for t in uses.get(d.group(2), []) if not covered.holds(t.start)]
    return found


class _MentionEnds:
    """The first mention (in list order) with ``start < pos <= end + 1``, found by bisection."""

    def __init__(self, mentions: list[RawMention]):
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.order]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def first_reaching(self, pos: int) -> RawMention | None:
        low = bisect.bisect_left(self.starts, pos - self.longest - 1)
        high = bisect.bisect_left(self.starts, pos)
        hits = [i for i in self.order[low:high] if pos <= self.mentions[i].end + 1]
        return self.mentions[min(hits)] if hits else None


# ---------------------------------------------------------------- output


def namesake_types(mentions: list[RawMention]) -> list[RawMention]:
    """A vessel's or a room's name (``namesakes``) stays ``other``, a thing named after a town (``thingnames``) its
    kind, whatever the document-wide type rules made of
    the person or place it is named after."""
    from vitrina.extract.namesakes import NAMESAKE_SOURCES
    from vitrina.extract.thingnames import thing_type

    out = []
    for m in mentions:
        kind = "other" if m.source in NAMESAKE_SOURCES else thing_type(m.source)  # "X Ward", "Y Gazette" too
        out.append(RawMention(m.start, m.end, kind, m.source, m.role) if kind is not None else m)  # type: ignore[arg-type]
    return out


def cluster(
    text: str, an: Analysis, raw: list[RawMention], gaz: Gazetteer | None,
    years: Sequence[tuple[int, int]] = (), dates: Sequence[DateMention] = (),
) -> tuple[list[Entity], list[Mention]]:
    """Document-local entities (``e0``, ``e1``… by first mention) and their mentions;
    ``years``: (offset, year) of the document's dates, the period its places are read in; ``dates``: the
    dates themselves, whose acts beside a name ("born 1790") keep namesakes of other times apart."""
    cl = Clusterer(text, an, gaz)
    cl.years = sorted(years)
    cl.dates = dates
    # someone spoken to stays the person asked, whatever the place rules made of the name; a work's title is
    # neither a person nor a place, whatever they made of it ("the play X": ``works``)
    cl.mentions = addressed_as_people(text, work_titles(text, namesake_types(retype_and_fill(text, an, raw, gaz))))
    cl.mentions = without_notation_labels(text, cl.mentions)  # "RA 5h", "JD 2415020.5", found again here
    cl.mentions = stated_alias_names(text, cl.mentions)
    cl.cluster_people()
    cl.merge_titled_appositions()
    cl.resolve_roles()
    cl.cluster_others()
    return _build(cl)


_ALIAS_NAME_AFTER = re.compile(r"[ \t]*[,(]?[ \t]*([a-z.]+?)\.?[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})\b")


def stated_alias_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """The names a record gives a person after a word of ``lexicon/alias_marks.txt`` ("X alias Y", "X (alias Y)",
    "X alias Y alias Z") are people, whatever NER made of them: a capitalised run no mention covers becomes a
    person mention, one a mention of another type covers exactly is retyped a person. ``_merge_stated_aliases``
    then makes them the first name's."""
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    at = {(m.start, m.end): k for k, m in enumerate(out)}
    marks = lexicon_words("alias_marks")
    added: list[RawMention] = []
    for m in [m for m in out if m.type == "person" and m.source != "role"]:
        end = m.end
        while (after := _ALIAS_NAME_AFTER.match(text, end)) is not None and after.group(1).lower() in marks:
            span = after.span(2)
            k = at.get(span)
            if any(a.start == span[0] for a in added):
                break  # read from an earlier name of the chain
            if k is not None and out[k].type != "person":
                out[k] = RawMention(span[0], span[1], "person", out[k].source)
            elif k is None and any(o.start < span[1] and span[0] < o.end for o in out):
                break  # part of another name
            elif k is None:
                added.append(RawMention(span[0], span[1], "person", "alias"))
            end = span[1]
    return sorted(out + added, key=lambda m: (m.start, m.end)) if added else out


def _build(cl: Clusterer) -> tuple[list[Entity], list[Mention]]:
    live = [c for c, k in enumerate(cl.clusters) if k.members]
    live.sort(key=lambda c: min(cl.mentions[i].start for i in cl.clusters[c].members))
    ids = {c: f"e{n}" for n, c in enumerate(live)}
    entities, mentions = [], []
    for c in live:
        k = cl.clusters[c]
        etype = _majority_type(cl, k)
        if etype == "other" and any(cl.mentions[i].source == "vessel" for i in k.members):
            etype = "vessel"  # a ship's name (``namesakes``, ``_vessel_named``): shown as the vessel it is
        forms = [cl.surface(i) for i in k.members if cl.mentions[i].source != "role"]
        name = canonical_name(forms, etype == "person") if forms else cl.surface(k.members[0])
        if etype == "person" and k.name is not None and k.name.suffix and not name_suffix(name) \
                and (not k.name.marked_after or _namesake_here(cl, live, c)):
            name = f"{name} {generation_label(k.name.suffix)}"  # "Hans Holbein the Younger": apart in links too
        aliases = tuple(sorted({f for f in forms if f != name} | (k.other_names - {name})))
        entities.append(Entity(ids[c], etype, name, aliases, **_geo_fields(etype, k)))
        for i in k.members:
            m = cl.mentions[i]
            mentions.append(Mention(m.start, m.end, etype, ids[c]))
    mentions.sort(key=lambda m: (m.start, m.end))
    return entities, mentions


def _namesake_here(cl: Clusterer, live: list[int], c: int) -> bool:
    """Another person of the document has cluster ``c``'s given name and surname marked with another
    generation: a mark after a name ("X senior" beside "X junior") then names the person apart in links too.
    A lone "X, Jr." is linked as "X" is written elsewhere (or in a caption before it), who is mostly the same
    man without his mark."""
    own = cl.clusters[c].name
    assert own is not None
    return any(k != c and (other := cl.clusters[k].name) is not None and other.suffix
               and other.suffix != own.suffix
               and name_key(other.last) == name_key(own.last)
               and name_key(other.first or "") == name_key(own.first or "") for k in live)


MAX_CANDIDATES = 5  # senses kept on an entity (the chosen one first)


def _geo_fields(etype: EntityType, k: Cluster) -> dict:
    """Coordinates, country and the geocoding record of a place entity."""
    if etype != "place" or k.decision is None:
        return {}
    d = k.decision
    cands = tuple((c.key, c.name, c.country or "", _coord(c.lat), _coord(c.lon), round(score, 2))
                  for c, score in d.candidates[:MAX_CANDIDATES])
    fields: dict = {"geocoding": d.reason, "candidates": cands}
    p = k.place
    if p is not None:
        fields.update(country=p.country or p.seat, place_kind=EXPORT_KIND.get(p.kind, "other"), place_key=p.key)
        if math.isnan(p.lat):
            fields["geocoding"] = "a division without a point in the offline gazetteer"
        else:
            fields.update(lat=p.lat, lon=p.lon)
    return fields


def _coord(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 5)


def _majority_type(cl: Clusterer, k: Cluster) -> EntityType:
    if any(cl.mentions[i].source == "markup" for i in k.members):
        return next(cl.mentions[i].type for i in k.members if cl.mentions[i].source == "markup")
    counts = Counter(cl.mentions[i].type for i in k.members)
    return counts.most_common(1)[0][0]


def canonical_name(forms: list[str], person: bool = False) -> str:
    """The longest frequent full form: among forms seen twice (else all), most words.

    A person is named by a full name whenever one was given, even once
    ("John Jay" once, "Jay" ten times: "John Jay").
    """
    counts = Counter(forms)
    full = [f for f in counts if person and len(name_tokens(f)) > 1 and not is_acronym(f)
            and f.split()[0].lower() not in NOBLE_TITLES]  # "Duke of X" is a title, not a full name
    pool = full or [f for f in counts if counts[f] >= 2 and not is_acronym(f)] or [
        f for f in counts if not is_acronym(f)
    ] or list(counts)
    pool = [f for f in pool if not any(_long_s_copy(f, g) for g in pool)] or pool  # "Wefby" when "Wesby" is there
    first: dict[str, int] = {}
    for k, f in enumerate(forms):
        first.setdefault(f, k)
    return max(pool, key=lambda f: (len(f.split()), counts[f], -first[f]))


def _long_s_copy(form: str, other: str) -> bool:
    """Whether ``form`` is ``other`` with a word's long s read as "f" by OCR ("Ruth Wefby" / "Ruth Wesby")."""
    from vitrina.longs import long_s_of

    words, others = form.lower().split(), other.lower().split()
    return len(words) == len(others) and form != other and "f" in form.lower() and all(
        a == b or long_s_of(a, b) for a, b in zip(words, others, strict=True))


