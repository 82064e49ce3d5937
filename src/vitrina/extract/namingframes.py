"""Names a verb of naming gives a place: "the harbour was renamed X", "the port sailors call X".

A name right after a verb of naming (``lexicon/naming_verbs.txt``: name, rename, call,
christen, "know as"…) or a copula ("Y became X", ``lexicon/copulas.txt``) is a name of what
the verb names. When that is a place — a name typed place, or a noun whose usual sense is a
kind of place ("the harbour", "the atoll") — the name is a place too, though NER read a
person there ("renamed X after its founder"). Read on the tags, not the parse: the frame is
local, and a document analysed in reduced mode has tags but no parse.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from vitrina.extract.entities import RawMention
from vitrina.extract.nlp import Tok
from vitrina.extract.places import (
    GEO_WEIGHTS,
    Gazetteer,
    _towns_named,
    kind_of_place_noun,
    normalise,
    road_noun,
)
from vitrina.extract.spans import SpanUnion
from vitrina.lexicon import words as lexicon_words

__all__ = ["names_given_to_places"]

_AUXILIARIES = frozenset({"be", "have", "will"})  # "was called", "has been renamed", "will be known"
_ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})
_REFLEXIVES = frozenset({"itself", "themselves"})
_RELATIVES = frozenset({"which", "that"})
# what may stand between "which"/"that" and the verb as its subject: "the Greeks", "Swedish-speaking Finns"
_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBG"})
NAMING_FRAME_LIMITS = {
    "subject_words": 5,  # the most words between "which"/"that" and the naming verb read as its subject
    "name_words": 4,  # the most words of a name a naming verb gives
    "eponym_words": 6,  # the most words between an eponym cue ("after") and the person it names
}
# a run of capitalised words one space or hyphen apart ("Port Alderney", "Nord-Ostsee-Graben")
_NAME_RUN_AT = re.compile(rf"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,{NAMING_FRAME_LIMITS['name_words'] - 1}}}(?![\w-])")
_POSSESSIVE_AFTER = re.compile(r"['’]")
_SENTENCE_REST = re.compile(r"[^.;!?\n]*")  # the rest of a sentence: up to its full stop, semicolon or line end


def names_given_to_places(text: str, toks: list[Tok], mentions: list[RawMention], gaz: Gazetteer,
                          kept_sources: frozenset[str], source: str) -> list[RawMention]:
    """``mentions`` with each name a naming frame gives a place typed place (its source ``source``:
    the caller's, which later surname passes leave a place), and a run of capitalised words no mention covers added so. Not a
    name NER gave a role or a source in ``kept_sources`` (titles, markup), a name the document
    names as a person elsewhere, a name the gazetteer knows by no main name (nor the town table as
    a town), nor one a possessive follows."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None or not toks:
        return mentions
    naming, copulas = lexicon_words("naming_verbs"), lexicon_words("copulas")
    people = Counter(" ".join(text[m.start : m.end].split()) for m in mentions if m.type == "person")
    person_spans = [(m.start, m.end) for m in mentions if m.type == "person"]
    person_words = {w for p in people for w in p.split()}
    place_ends = {m.end: m for m in mentions if m.type == "place"}
    by_start = {m.start: k for k, m in enumerate(mentions)}
    covered = SpanUnion([(m.start, m.end) for m in mentions], "half")
    out = list(mentions)
    added: list[RawMention] = []
    for v, tok in enumerate(toks):
        if not tok.tag.startswith("VB") or not tok.text.islower():
            continue
        lemma = wn.morphy(tok.text, "v") or tok.text
        kind = "naming" if lemma in naming else "copula" if lemma in copulas else None
        if kind is None:
            continue
        start = _name_after_verb(toks, v, lemma == "know")
        if start is None or lemma == "call" and _former_name(toks, v, wn) \
                or not _names_a_place(text, toks, v, kind, place_ends, wn):
            continue
        k = by_start.get(start)
        if k is not None:
            m = out[k]
            name = " ".join(text[m.start : m.end].split())
            eponym = _given_after_a_person(text, m.end, name, person_spans)
            elsewhere = people[name] - (m.type == "person")  # the document's other uses of it as a person
            if m.role is None and m.source not in kept_sources and (eponym or not elsewhere) \
                    and _may_name_a_place(text, m.end, name, gaz, set() if eponym else person_words, kind):
                out[k] = RawMention(m.start, m.end, "place", source)
            continue
        run = _NAME_RUN_AT.match(text, start)
        if run is None:
            continue
        name = run.group().rstrip(".'’-,")
        end = start + len(name)
        if name and not covered.overlaps(start, end) and not people[name] \
                and _may_name_a_place(text, end, name, gaz, person_words, kind):
            added.append(RawMention(start, end, "place", source))
            covered = SpanUnion([(m.start, m.end) for m in out + added], "half")
    return sorted(out + added, key=lambda m: (m.start, m.end)) if added else out


def _given_after_a_person(text: str, end: int, name: str, person_spans: list[tuple[int, int]]) -> bool:
    """The name ending at ``end`` is given after a person: later in its sentence an eponym cue
    (``lexicon/eponym_cues.txt``: "after", "in honour of") and, within ``eponym_words`` words of it,
    a person mention bearing a word of the name ("renamed X in 1911, after the naturalist Y X")."""
    sentence = _SENTENCE_REST.match(text, end)
    rest = sentence.group() if sentence else ""
    cues = "|".join(re.escape(c) for c in sorted(lexicon_words("eponym_cues"), key=len, reverse=True))
    cue = re.search(rf"\b(?:{cues})\b", rest)
    if cue is None:
        return False
    start = end + cue.end()
    ahead = _words_ahead(NAMING_FRAME_LIMITS["eponym_words"]).match(rest, cue.end())
    reach = start + (len(ahead.group()) if ahead else 0)
    words = set(name.split())
    return any(start <= s < reach and words & set(text[s:e].split()) for s, e in person_spans)


def _words_ahead(n: int) -> re.Pattern[str]:
    """The next ``n`` words, with the spaces before them."""
    return re.compile(rf"(?:\s*\S+){{0,{n}}}")


def _name_after_verb(toks: list[Tok], v: int, needs_as: bool) -> int | None:
    """Where the proper name the verb ``toks[v]`` gives starts: past adverbs, "itself", "as" (for
    "known as") and an article ("called the X"); None when no proper word follows so."""
    j = v + 1
    while j < len(toks) and (toks[j].tag in _ADVERB_TAGS or toks[j].text.lower() in _REFLEXIVES):
        j += 1
    if needs_as:
        if j >= len(toks) or toks[j].text.lower() != "as":
            return None
        j += 1
    if j + 1 < len(toks) and toks[j].text == "the":
        j += 1
    if j >= len(toks) or toks[j].tag not in {"NNP", "NNPS"} or not toks[j].text[:1].isupper():
        return None
    return toks[j].start


def _names_a_place(text: str, toks: list[Tok], v: int, kind: str, place_ends: dict[int, RawMention],
                   wn: Any) -> bool:
    """What the verb ``toks[v]`` names is a place: its subject ("the port was called", "Y
    became") or, for an active verb of naming, the noun before its relative clause ("the
    strait, which the Greeks call", "the port sailors call")."""
    i = _before_auxiliaries(toks, v, wn)
    if i < 0:
        return False
    if _is_place_word(toks, i, kind, place_ends) and not _after_preposition(toks, i, kind, place_ends):
        return True
    renaming = kind == "naming" or wn.morphy(toks[v].text, "v") == "become"  # not "it was X who …"
    if toks[i].text.lower() == "it" and renaming and _it_stands_for_a_place(toks, i, kind, place_ends):
        return True  # "Y had been named for a visit; since then it has been called X" (round 57)
    auxiliaries = {wn.morphy(t.text.lower(), "v") or t.text for t in toks[i + 1 : v]}
    # an active verb: finite, or a participle after "have" ("the streets named X" is a passive participle)
    active = "be" not in auxiliaries and (toks[v].tag != "VBN" or "have" in auxiliaries)
    return kind == "naming" and active and _relative_of_place(toks, i + 1, place_ends)


_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_MODIFIER_TAGS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD"})


def _it_stands_for_a_place(toks: list[Tok], i: int, kind: str, place_ends: dict[int, RawMention]) -> bool:
    """"it" at ``toks[i]`` stands for a place: the subject of its own clause when a noun comes before it
    there ("the town grew, and it was renamed X"), else the subject of the clause before ("Y had been
    named for a visit; since 1920 it has been called X"); a place mention, or (with a verb of naming)
    a noun of a kind of place ("The harbour silted up. It was renamed X")."""
    start = _clause_start(toks, i)
    if not any(t.tag in _NOUN_TAGS for t in toks[start:i]):
        if start == 0:
            return False
        end, start = start - 1, _clause_start(toks, start - 1)
    else:
        end = i
    head = _subject_head(toks, start, end, {m.start for m in place_ends.values()})
    return head is not None and (toks[head].end in place_ends or _is_place_word(toks, head, kind, place_ends))


def _clause_start(toks: list[Tok], i: int) -> int:
    """The first token of the clause ``toks[i]`` is in: after the last full stop, semicolon or colon."""
    while i > 0 and toks[i - 1].text not in _CLAUSE_ENDS:
        i -= 1
    return i


def _subject_head(toks: list[Tok], start: int, end: int, place_starts: set[int]) -> int | None:
    """The last token of the clause ``toks[start:end]``'s subject: past a leading phrase closed by a comma
    ("In 1849, …"), determiners and adjectives; a place mention's last token or a common noun's head.
    None when the clause opens otherwise (a verb, a pronoun, a phrase with no comma)."""
    if toks[start].tag in {"IN", "RB"}:
        comma = next((k for k in range(start, end) if toks[k].text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    while start < end and toks[start].tag in _MODIFIER_TAGS:
        start += 1
    if start >= end:
        return None
    if toks[start].start in place_starts:
        k = start
        while k + 1 < end and toks[k + 1].tag in {"NNP", "NNPS"}:
            k += 1
        return k
    if toks[start].tag not in {"NN", "NNS"}:
        return None
    k = start
    while k + 1 < end and toks[k + 1].tag in {"NN", "NNS"}:
        k += 1
    return k


def _former_name(toks: list[Tok], v: int, wn: Any) -> bool:
    """The name "call" gives at ``toks[v]`` is a former one: the verb in the past ("was called", "had
    called", "the village then called", "long called") with no word of a later or present name
    before it ("now called", "later called": ``lexicon/later_adverbs.txt``, ``renaming_words.txt``).
    A former name's usual gazetteer sense is often a namesake elsewhere (a town renamed after a man
    and renamed back), so the frame is no evidence for it."""
    later = lexicon_words("later_adverbs") | lexicon_words("renaming_words")
    between = toks[_before_auxiliaries(toks, v, wn) + 1 : v]
    if any(t.text.lower() in later for t in between):
        return False
    if toks[v].tag == "VBD":
        return True
    return toks[v].tag == "VBN" and not any(t.tag in {"VBZ", "VBP", "MD"} for t in between)


def _before_auxiliaries(toks: list[Tok], v: int, wn: Any) -> int:
    """The token before the verb ``toks[v]``, past its auxiliaries, adverbs and one comma."""
    i, commas = v - 1, 0
    while i >= 0:
        t = toks[i]
        adverb = t.tag in _ADVERB_TAGS and t.text.islower()
        auxiliary = t.tag.startswith(("VB", "MD")) and t.text.islower() and (wn.morphy(t.text, "v") or t.text) in _AUXILIARIES
        if adverb or auxiliary or t.text.lower() in _REFLEXIVES:
            i -= 1
        elif t.text == "," and not commas:
            commas, i = 1, i - 1
        else:
            break
    return i


def _is_place_word(toks: list[Tok], i: int, kind: str, place_ends: dict[int, RawMention]) -> bool:
    """``toks[i]`` ends a name typed place, or (with a verb of naming) is a lower-case noun of a kind of
    place that is no road ("the streets named X" are named after the place, not the place)."""
    t = toks[i]
    if t.end in place_ends:
        return True
    return kind == "naming" and t.tag in {"NN", "NNS"} and kind_of_place_noun(t.text) and not _road(t.text)


def _road(noun: str) -> bool:
    """A noun whose singular's usual WordNet sense is a road ("streets", "avenue")."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    return road_noun((wn.morphy(noun, "n") if wn is not None else None) or noun)


def _after_preposition(toks: list[Tok], i: int, kind: str, place_ends: dict[int, RawMention]) -> bool:
    """With a copula, a place after a preposition is no subject: "the mayor of Y was X" says who;
    "the city of Y became X" names the place (a noun of a kind of place before the "of")."""
    if kind != "copula" or toks[i].end not in place_ends:
        return False
    start = place_ends[toks[i].end].start
    before = [k for k, t in enumerate(toks[: i + 1]) if t.end <= start][-2:]
    if not before or toks[before[-1]].tag not in {"IN", "TO"}:
        return False
    noun = toks[before[0]] if len(before) == 2 else None
    return not (toks[before[-1]].text.lower() == "of" and noun is not None and noun.tag in {"NN", "NNS"}
                and kind_of_place_noun(noun.text))


def _relative_of_place(toks: list[Tok], v: int, place_ends: dict[int, RawMention]) -> bool:
    """An active verb of naming (``toks[v]`` its first auxiliary or itself) in a relative clause
    whose head is a place: "the strait, which the Greeks call X", "the port that Finns call X",
    "the terminus the builders had called X"."""
    for start in range(v - 1, max(-1, v - 1 - NAMING_FRAME_LIMITS["subject_words"]), -1):  # the subject is toks[start:v]
        if toks[start].tag not in _SUBJECT_TAGS or toks[start].text.lower() in _RELATIVES:
            return False
        if not any(t.tag.startswith("NN") for t in toks[start:v]):
            continue
        i = start - 1
        if i >= 0 and toks[i].text.lower() in _RELATIVES:
            i -= 1
            if i >= 0 and toks[i].text == ",":
                i -= 1
        if i >= 0 and _is_place_word(toks, i, "naming", place_ends):
            return True
    return False


def _may_name_a_place(text: str, end: int, name: str, gaz: Gazetteer, person_words: set[str], kind: str) -> bool:
    """A name the frame may type a place: known to an offline table (:func:`_named_in_gazetteer`),
    no possessive after it; after a copula, no word of it a word of a person's name and no noun
    after it ("Y was X country")."""
    if not name or len(name.split()) > NAMING_FRAME_LIMITS["name_words"] or _POSSESSIVE_AFTER.match(text, end) \
            or not _named_in_gazetteer(gaz, name):
        return False
    return kind == "naming" or not (set(name.split()) & person_words) and _closes_the_phrase(text, end)


def _named_in_gazetteer(gaz: Gazetteer, name: str) -> bool:
    """The gazetteer knows ``name`` by a main name, or the fuller town table as a town of
    ``area_town_min_population``: a place an offline table can give a point."""
    if any(not s.alternate for s in gaz.senses(name)):
        return True
    return any(t.population >= GEO_WEIGHTS["area_town_min_population"] for t in _towns_named(normalise(name)))


_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]*)")


def _closes_the_phrase(text: str, end: int) -> bool:
    """No noun the name modifies follows it: a lower-case word WordNet knows as a noun only."""
    from vitrina.qa.lexical import noun_only, stop_words

    match = _NEXT_WORD.match(text, end)
    word = match.group(1) if match else ""
    return not word or not word.islower() or word in stop_words() or not noun_only(word)
