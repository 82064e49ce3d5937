"""Statements that two person names are one person, or two.

A text about a person often states which names are his: "X, Y and Z are one man", "Y is the same man" (as the
one named before), "X, also written Y", "Y is another spelling of X". Linking joins such names whatever their
letters (``stated_same``, the merge cited as "stated to be one person"). The opposite statement, "Y is a
different man", keeps Y apart from the person named before it (``stated_apart``).

The clause is read on the sentence with each person mention replaced by a slot, so a name's own words never
take part: a coordination of slots, a form of "be", a phrase saying "one" (``same_person_determiners``) and a
noun whose first WordNet sense is a kind of person ("man", "maker"); a slot, a phrase of another written form
(``name_form_phrases``) and a slot; a slot, a form of "be", a determiner, a noun of a written form
(``name_form_nouns``), "of" and a slot. Every part must touch the next, so a negation ("are not one man",
"is not another spelling of") breaks the match.

A denied identity is read as two people: a slot, a form of "be" with a negator (``copula_negators``: "not",
"never", or "n't") and a slot, perhaps through "the same man as" ("X is not Y", "X was never the same man as
Y"); or a subject pronoun of a person (``personal_pronouns``: "he", "she") in that clause before a slot ("he is
not Y"): Y is not the person the pronoun stands for (``_pronoun_antecedent``: the first person named in the
nearest sentence naming one, within ``ANTECEDENT_SENTENCES``, as ``qa.coref`` reads a pronoun). ``stated_apart``
gives the entities, ``apart_mentions`` the mentions (the document's clustering reads it before joining names).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Protocol

from vitrina.lexicon import entries, rows, words


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity(self) -> str: ...


_SLOT = "\x00{}\x00"
_SLOT_RE = r"\x00(\d+)\x00"
# how many sentences back "Y is the same man" / "Y is a different man" looks for the person it compares Y with
ANTECEDENT_SENTENCES = 2


def _phrase(items: Iterable[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    be = _phrase([e.value for e in entries("auxiliaries") if e.reason == "forms of be"])
    one = _phrase(words("same_person_determiners"))
    forms = _phrase(words("name_form_phrases"))
    nouns = _phrase(words("name_form_nouns"))
    other = _phrase(words("other_person_adjectives"))
    no = _phrase(words("copula_negators"))
    subjects = _phrase(r[0] for r in rows("personal_pronouns") if r[1:] == ("subject", "person"))
    group = rf"{_SLOT_RE}(?:\s*,\s*{_SLOT_RE})*(?:\s*,?\s+(?:and|or)\s+{_SLOT_RE})?"
    return {
        # "X, Y and Z are one man", "X is the same woman as Y", "X is the same man"
        "one": re.compile(rf"(?P<group>{group})\s+(?:{be})\s+(?:all\s+)?(?:{one})\s+(?P<noun>[a-z]+)"
                          rf"(?:\s+as\s+{_SLOT_RE})?"),
        # "X, also written Y", "X (also spelt Y or Z)"
        "form": re.compile(rf"{_SLOT_RE}\s*[,(]?\s*(?:{forms})\s+(?P<group>{group})"),
        # "Y is another spelling of X", "Y is an older form of the name X"
        "variant": re.compile(rf"{_SLOT_RE}\s*,?\s+(?:{be})\s+(?:an?|another|the)\s+(?:[a-z]+\s+)?(?:{nouns})"
                              rf"\s+of\s+(?:the\s+name\s+)?{_SLOT_RE}"),
        # "for X read Y", "X should have read Y", "not X but Y" (lexicon ``correction_readings``)
        "corrected": _corrections(shared=False),
        "contrasted": _corrections(shared=True),
        # "Y is a different man"
        "other": re.compile(rf"{_SLOT_RE}\s+(?:{be})\s+(?:an?\s+)?(?:{other})\s+(?P<noun>[a-z]+)"),
        # "X is not Y", "X was never Y", "X is not the same man as Y": two people, whatever their names share
        "denied": re.compile(rf"{_SLOT_RE}\s*,?\s+(?:{be})(?:n['’]t|\s+(?:{no}))\s+"
                             rf"(?:(?:{one})\s+(?P<noun>[a-z]+)\s+as\s+)?{_SLOT_RE}"),
        # "he is not Y", "she was never Y": Y is not the person the pronoun stands for (named before it)
        "denied_pronoun": re.compile(rf"(?<![\w'’])(?:{subjects})\s+(?:{be})(?:n['’]t|\s+(?:{no}))\s+{_SLOT_RE}",
                                     re.IGNORECASE),
    }


# a title a printed correction may set before each name ("for Miss X read Miss Y"): one capitalised word
_TITLED_SLOT = r"(?:[A-Z][a-z]{1,4}\.?\s+)?" + _SLOT_RE


def _correction(template: str) -> str:
    """A correction wording of the lexicon ("for WRONG read RIGHT", the wrong name first) as a pattern over
    slots: its words in either case ("For"), any spacing between them (none needed before a comma)."""
    parts = template.split()
    out = ""
    for k, word in enumerate(parts):
        if k:
            out += r"\s*" if word == "," else r"\s+"
        out += _TITLED_SLOT if word in ("WRONG", "RIGHT") else f"(?i:{re.escape(word)})"
    return (r"\b" if parts[0] not in ("WRONG", "RIGHT") else "") + out


def _corrections(shared: bool) -> re.Pattern[str]:
    """The correction wordings of the lexicon read whatever the names (``shared`` False) or only when the two
    names share a word (True: a wording that also contrasts two people)."""
    templates = [e.value.split("\t") for e in entries("correction_readings")]
    chosen = [t[0] for t in templates if (len(t) > 1 and t[1].strip() == "shared") == shared]
    return re.compile("|".join(f"(?:{_correction(t)})" for t in chosen) or r"(?!)")


def _slotted(text: str, start: int, end: int, people: Sequence[_Mention], first: int, last: int) -> str:
    """The sentence ``text[start:end]`` with the person mentions inside it (``people[first:last]``, the ones
    starting in it, by start) as slots numbered by their index in ``people``."""
    out, at = [], start
    for i in range(first, last):
        m = people[i]
        if m.end > end:
            continue
        out.append(text[at : m.start])
        out.append(_SLOT.format(i))
        at = m.end
    out.append(text[at:end])
    return "".join(out)


def _person_noun(word: str) -> bool:
    """A noun whose first WordNet sense is a kind of person ("man", "maker") or person itself (filed under
    noun.Tops, not noun.person)."""
    from vitrina.extract.places import is_person_noun
    from vitrina.qa.lexical import wordnet

    if is_person_noun(word):
        return True
    wn = wordnet()
    senses = wn.synsets(word, "n") if wn is not None and word.isalpha() else []
    return bool(senses) and senses[0].name() == PERSON_SYNSET


# WordNet's sense of "person" itself, the root of the kinds of person
PERSON_SYNSET = "person.n.01"


def _share_a_word(text: str, one: _Mention, other: _Mention) -> bool:
    """Whether two mentioned names have a word in common ("Ada Penhale", "Ada Penhallow")."""
    words = [set(re.findall(r"[^\W\d_]{2,}", text[m.start : m.end].lower())) for m in (one, other)]
    return bool(words[0] & words[1])


def _slots(match: re.Match[str]) -> list[int]:
    return [int(s) for s in re.findall(_SLOT_RE, match.group(0))]


def _antecedent(people: Sequence[_Mention], i: int, floor: int) -> int | None:
    """The person mention nearest before ``people[i]``, starting at ``floor`` or later, of another entity."""
    for j in range(i - 1, -1, -1):
        if people[j].start < floor:
            return None
        if people[j].entity != people[i].entity:
            return j
    return None


def _pronoun_antecedent(people: Sequence[_Mention], starts: Sequence[int], spans: Sequence[tuple[int, int]],
                        k: int, i: int) -> int | None:
    """The person a subject pronoun before ``people[i]`` in sentence ``spans[k]`` stands for, as the question
    answerer's coreference reads it (``qa.coref``): in the nearest sentence naming a person of another entity
    than ``people[i]`` (the pronoun's own, before it, first; then back ``ANTECEDENT_SENTENCES``), the first such
    name (English puts the subject first: "Ada Vell met Ida Roan. She is not …" is Ada Vell)."""
    for back in range(k, max(-1, k - ANTECEDENT_SENTENCES - 1), -1):
        lo = bisect.bisect_left(starts, spans[back][0])
        hi = i if back == k else bisect.bisect_left(starts, spans[back][1])
        found = next((j for j in range(lo, hi) if people[j].entity != people[i].entity), None)
        if found is not None:
            return found
    return None


def _read(text: str, sentences: Sequence[tuple[int, int]], people: Sequence[_Mention]
          ) -> Iterator[tuple[str, int, int]]:
    """(kind, i, j) for each statement: kind "same", "apart" or "corrected" (``i`` the wrong name, ``j`` the
    right one), ``i`` and ``j`` indexes into ``people``."""
    people = sorted(people, key=lambda m: m.start)
    starts = [m.start for m in people]
    spans = sorted(sentences)
    pats = _patterns()
    for k, (s, e) in enumerate(spans):
        first, last = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if first == last:
            continue  # no person named in the sentence (looked up, not scanned: linear in a long document)
        sentence = _slotted(text, s, e, people, first, last)
        if "\x00" not in sentence:
            continue
        floor = spans[max(0, k - ANTECEDENT_SENTENCES)][0]
        for m in pats["one"].finditer(sentence):
            if not _person_noun(m.group("noun")):
                continue
            slots = _slots(m)
            if len(slots) == 1:  # "Y is the same man": the person named just before
                j = _antecedent(people, slots[0], floor)
                slots = [slots[0]] if j is None else [j, slots[0]]
            yield from (("same", slots[0], x) for x in slots[1:])
        for name in ("form", "variant"):
            for m in pats[name].finditer(sentence):
                slots = _slots(m)
                yield from (("same", slots[0], x) for x in slots[1:])
        for name in ("corrected", "contrasted"):
            for m in pats[name].finditer(sentence):
                slots = _slots(m)
                if len(slots) == 2 and (name == "corrected" or _share_a_word(text, people[slots[0]], people[slots[1]])):
                    yield ("corrected", slots[0], slots[1])
        for m in pats["other"].finditer(sentence):
            if _person_noun(m.group("noun")):
                i = _slots(m)[0]
                j = _antecedent(people, i, floor)
                if j is not None:
                    yield ("apart", j, i)
        for m in pats["denied"].finditer(sentence):
            if m.group("noun") is None or _person_noun(m.group("noun")):
                a, b = _slots(m)
                yield ("apart", a, b)
        for m in pats["denied_pronoun"].finditer(sentence):
            i = _slots(m)[0]
            j = _pronoun_antecedent(people, starts, spans, k, i)
            if j is not None and people[j].end <= people[i].start:
                yield ("apart", j, i)


def stated_corrected(text: str, sentences: Sequence[tuple[int, int]], people: Sequence[_Mention]
                     ) -> tuple[tuple[str, str], ...]:
    """(wrong, right) pairs of person entities a printed correction names ("for X read Y", lexicon
    ``correction_readings``): one person, named as the correction gives it."""
    ordered = sorted(people, key=lambda m: m.start)
    out: list[tuple[str, str]] = []
    for k, i, j in _read(text, sentences, ordered):
        pair = (ordered[i].entity, ordered[j].entity)
        if k == "corrected" and pair[0] != pair[1] and pair not in out:
            out.append(pair)
    return tuple(out)


def _pairs(kind: str, text: str, sentences: Sequence[tuple[int, int]], people: Sequence[_Mention]
           ) -> tuple[tuple[str, str], ...]:
    ordered = sorted(people, key=lambda m: m.start)
    out: list[tuple[str, str]] = []
    for k, i, j in _read(text, sentences, ordered):
        a, b = ordered[i].entity, ordered[j].entity
        pair = (min(a, b), max(a, b))
        if k == kind and a != b and pair not in out:
            out.append(pair)
    return tuple(out)


def stated_same(text: str, sentences: Sequence[tuple[int, int]], people: Sequence[_Mention]
                ) -> tuple[tuple[str, str], ...]:
    """Pairs of person entities (of ``people``' mentions) the text states to be one person."""
    return _pairs("same", text, sentences, people)


def apart_mentions(text: str, sentences: Sequence[tuple[int, int]], people: Sequence[_Mention]
                   ) -> list[tuple[int, int]]:
    """Pairs of indexes into ``people`` (sorted by start) of mentions the text states to be two people."""
    ordered = sorted(range(len(people)), key=lambda k: people[k].start)
    return [(ordered[i], ordered[j]) for k, i, j in _read(text, sentences, [people[k] for k in ordered])
            if k == "apart"]


def stated_apart(text: str, sentences: Sequence[tuple[int, int]], people: Sequence[_Mention]
                 ) -> tuple[tuple[str, str], ...]:
    """Pairs of person entities the text states to be two people ("Y is a different man": Y and the person
    named before it)."""
    return _pairs("apart", text, sentences, people)

