"""One occasion told with another person, organization or place in one role.

"The talks were chaired by A" / "the talks were chaired by B"; "B signed for France" / "B signed for Britain";
"the troops landed at P" / "the troops landed at Q": two sentences of two documents telling one occasion, one
naming a participant or a place the other replaces by another of the same kind. No date, amount or quotation
need be written in either; the statement compared is the name. Here:

* two sentences of two documents meet when both write one verb (base form) and name one thing of the knowledge
  base, or write one other content word besides (blocking key: the verb's base form and the id or word; a key
  more than ``max_block`` sentences write pairs nothing), on ``min_keys`` keys or more, and share
  ``min_prefilter`` of their lower-case content words;
* each names a thing of the knowledge base the other does not name at all, of one type (``named_types``);
* both are parsed (``vitrina.opposed.arguments``: each verbal predicate's doer, thing done to and each
  preposition's object, read as entity ids and noun base forms); two predicates of one act — one base form or
  derivation, the same negation — fill **one role** with those two names (each an id the other role lacks: "A of
  the League" / "B of the League" is one role swapped), and every other role
  both fill is aligned (a shared id or noun), ``min_aligned`` of them or more;
* the two names are two things of one kind: not one written inside the other ("Vell" / "Marco Vell"), not one
  country under two names (its name, its capital, its government: ``compare._same_polity``), two places only when
  the gazetteer puts both in one kind under two keys (two countries, two cities: a city and its country are one
  more precise, never a contradiction), two people named by other surnames;
* the two sentences tell one occasion (``compare.occasion_evidence`` with the two names as the values: likeness
  in meaning at least ``min_similarity``, a share ``min_words`` of their other content words in common, no years
  apart, no other place, person or organization each names alone);
* the two documents are not the records of two law cases (``compare.other_cases``: each title names a case,
  "Pell v. Dorrit" / "In re C.D.", with no party in common): "Witness: A, sworn." in one case's transcript and
  "Witness: B, sworn." in another's tell two occasions (round 48, red team 48 D8).

Each pair found is a comparison of kind "participant" (people, organizations) or "place", the two names its
statements, shown as a contradiction. The thresholds are chosen leave one annotated set out by
``bench/fit_renamed.py`` (docs/compare.md "Round 42 comparenames").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from vitrina import opposed, polarity
from vitrina.store import read

if TYPE_CHECKING:
    from vitrina.clauses import PlaceSenses
    from vitrina.compare import Capped, Comparison, Statement

__all__ = ["RENAMED", "RenamedWeights", "Swap", "candidate_pairs", "renamed_comparisons", "role_swap", "swaps"]


@dataclass(frozen=True)
class RenamedWeights:
    """The thresholds of one occasion told with another name in one role (chosen leave one annotated set out by
    ``bench/fit_renamed.py``; docs/compare.md "Round 42 comparenames")."""

    # The two sentences' likeness in meaning (``vitrina.semantic``, cosine) at or above which they tell one act.
    min_similarity: float = 0.6
    # Share of the two sentences' content words (the two names left out) both write, of all they write.
    min_words: float = 0.3
    # Other roles of the two clauses filled alike (a shared id or noun): the act is the same act done to or by
    # the same things, only one participant replaced.
    min_aligned: int = 1
    # Names hung on one word by one relation outside a verb's roles ("a visit to P" / "the visit to Q") read too
    # (``_anchored_swaps``), with at least ``min_anchored`` other names both sentences hang alike.
    anchored: bool = True
    min_anchored: int = 0
    # Likeness of two names' letters (difflib ratio) at or above which they are one name spelt two ways.
    max_spelling_likeness: float = 0.85
    # Sentences sharing one key at most this many: a verb and a name every document writes pair nothing.
    max_block: int = 40
    # Types of the knowledge base's names compared in a role (works, laws, events are read as the act's theme).
    named_types: tuple[str, ...] = ("person", "organization", "place", "group")
    # Fewest letters of a content word keying a sentence.
    key_letters: int = 4
    # Keys (one verb and one id or content word) two sentences must share to be read at all.
    min_keys: int = 1
    # Share of the two sentences' lower-case content words both write, of all they write, below which a pair is
    # not parsed: names are capitalised, so this is near the evidence's ``min_words``, kept a margin below it.
    min_prefilter: float = 0.2


RENAMED = RenamedWeights()

Name = polarity.Name  # document span, entity id, type
_Sentence = polarity._Sentence


@dataclass(frozen=True)
class Swap:
    """Two names filling one role of one act in two sentences: the names, the role and the evidence of one
    occasion (``compare.occasion_evidence``)."""

    a: Name
    b: Name
    role: str
    predicates: tuple[str, str]
    evidence: tuple[float, int, float, bool, bool]
    aligned: int  # the other roles both clauses fill alike (or, hung on a word, the other names hung alike)
    how: str = "role"  # "role": a role of two clauses of one act; "anchor": hung on one word by one relation


@lru_cache(maxsize=polarity.BASES_CACHE)
def _content_bases(text: str, letters: int) -> frozenset[str]:
    from vitrina import compare as c

    stop = c._stop_words()
    return frozenset(polarity._base(t[0]) for t in polarity.tokens(text)
                     if t[0].isalpha() and t[0].islower() and len(t[0]) >= letters and t[0] not in stop)


@lru_cache(maxsize=polarity.BASES_CACHE)
def _verbs(text: str) -> frozenset[str]:
    """The base forms of a sentence's lower-case words WordNet knows as verbs."""
    from vitrina.qa.lexical import base_forms

    return frozenset(min(base_forms(w) or {w}) for w in opposed._verbs_of(text))


def candidate_pairs(sentences: Sequence[_Sentence], names: dict[str, list[Name]],
                    weights: RenamedWeights | None = None) -> list[tuple[int, int]]:
    """Pairs of sentences of two documents writing one verb and one other thing (an entity id or a content word),
    each naming a thing of a type of ``named_types`` the other does not."""
    w = weights or RENAMED
    keyed: dict[tuple[str, str], list[int]] = defaultdict(list)
    ids_of: list[frozenset[str]] = []
    for n, s in enumerate(sentences):
        found = [x for x in polarity._within(names, s) if x[3] in w.named_types]
        ids_of.append(frozenset(x[2] for x in found))
        if not found or not polarity._SENTENCE_END.search(s.text):
            continue
        verbs = _verbs(s.text)
        others = {f"id:{x[2]}" for x in found} | _content_bases(s.text, w.key_letters)
        for verb in verbs:
            for other in others - {verb}:
                keyed[(verb, other)].append(n)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in keyed.values():
        if not 1 < len(members) <= w.max_block:
            continue
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                x, y = members[i], members[j]
                if sentences[x].document != sentences[y].document and sentences[x].text != sentences[y].text:
                    shared[(x, y)] += 1
    return sorted(p for p, n in shared.items() if n >= w.min_keys and ids_of[p[0]] - ids_of[p[1]]
                  and ids_of[p[1]] - ids_of[p[0]] and _share(sentences[p[0]].text, sentences[p[1]].text, w)
                  >= w.min_prefilter)


def _share(a: str, b: str, w: RenamedWeights) -> float:
    x, y = _content_bases(a, w.key_letters), _content_bases(b, w.key_letters)
    return len(x & y) / len(x | y) if x and y else 0.0


def role_swap(a: tuple[str, int], b: tuple[str, int], names: tuple[Sequence[Name], Sequence[Name]],
              kinds: Mapping[str, tuple[str, str]], places: PlaceSenses,
              weights: RenamedWeights | None = None) -> Swap | None:
    """The two names two sentences (text, document offset) put in one role of one act (see the module's text),
    or None."""
    w = weights or RENAMED
    if polarity._years_apart(a[0], b[0]):
        return None
    names_a = tuple(x for x in names[0] if x[3] in w.named_types)
    names_b = tuple(x for x in names[1] if x[3] in w.named_types)
    ids_a, ids_b = {x[2] for x in names_a}, {x[2] for x in names_b}
    if not (ids_a - ids_b and ids_b - ids_a):
        return None
    found = [(*f, "role") for f in _aligned_swaps(a, b, names_a, names_b, ids_a, ids_b, w)]
    if w.anchored:
        found += [(*f, "anchor") for f in _anchored_swaps(a, b, names_a, names_b, ids_a, ids_b)
                  if f[4] >= w.min_anchored]
    for x, y, role, predicates, aligned, how in found:
        if not distinct(x, y, (a, b), kinds, places):
            continue
        evidence = _evidence(a, b, x, y, names_a, names_b)
        if one_occasion(evidence, w):
            return Swap(x, y, role, predicates, evidence, aligned, how)
    return None


def _aligned_swaps(a: tuple[str, int], b: tuple[str, int], names_a: tuple[Name, ...], names_b: tuple[Name, ...],
                   ids_a: set[str], ids_b: set[str], w: RenamedWeights,
                   ) -> Iterator[tuple[Name, Name, str, tuple[str, str], int]]:
    """Each pair of names filling one role of two clauses of one act, every other role both fill aligned."""
    from vitrina import compare as c

    clauses_b = opposed._arguments(*b, names_b)
    for x in opposed._arguments(*a, names_a):
        for y in clauses_b:
            if x.negated != y.negated or not c._shared_predicate((x.word,), (y.word,)):
                continue
            apart, together = [], 0
            for role in x.roles.keys() & y.roles.keys():
                rx, ry = x.roles[role], y.roles[role]
                if not rx or not ry:
                    continue
                kx, ky = {k[3:] for k in rx if k.startswith("id:")}, {k[3:] for k in ry if k.startswith("id:")}
                if kx - ky and ky - kx:  # each names one the other does not (a shared one may stand beside)
                    apart.append((role, kx - ky, ky - kx))
                elif rx & ry:
                    together += 1
                else:
                    apart.append((role, set(), set()))
            if len(apart) != 1 or together < w.min_aligned:
                continue
            role, kx, ky = apart[0]
            alone_x, alone_y = kx - ids_b, ky - ids_a  # named in the role and nowhere in the other sentence
            for u in (n for n in names_a if n[2] in alone_x):
                for v in (n for n in names_b if n[2] in alone_y):
                    if u[3] == v[3]:
                        yield u, v, role, (x.word, y.word), together


def _anchored_swaps(a: tuple[str, int], b: tuple[str, int], names_a: tuple[Name, ...], names_b: tuple[Name, ...],
                    ids_a: set[str], ids_b: set[str]) -> Iterator[tuple[Name, Name, str, tuple[str, str], int]]:
    """Each pair of names, each named alone in its sentence, hung on one word (base form or derivation) by one
    relation (``_anchors``): "landed at P" / "landed at Q", "a visit … to P" / "the visit … to Q", "chaired by A" /
    "chaired by B". The count is of the other names both sentences hang alike."""
    from vitrina import compare as c

    anchors_a, anchors_b = _anchors(*a, names_a), _anchors(*b, names_b)
    shared = sum(1 for u, ru, hu in anchors_a for v, rv, hv in anchors_b
                 if u[2] == v[2] and ru == rv and c._shared_predicate((hu,), (hv,)))
    for u, ru, hu in anchors_a:
        if u[2] in ids_b:
            continue
        for v, rv, hv in anchors_b:
            if v[2] not in ids_a and u[3] == v[3] and ru == rv and c._shared_predicate((hu,), (hv,)):
                yield u, v, ru, (hu, hv), shared


@lru_cache(maxsize=polarity.BASES_CACHE)
def _anchors(text: str, offset: int, names: tuple[Name, ...]) -> tuple[tuple[Name, str, str], ...]:
    """Each name of a sentence with the relation and the word its phrase hangs on: "doer" or "done to" and the
    verb, "prep:P" and the word the preposition P hangs on, else its dependency label and its head; a member of a
    list ("A and B") hangs as its first member does."""
    from vitrina.qa.parse import parse_many

    doc = parse_many([text])[0]
    out = []
    for name in names:
        lo, hi = name[0] - offset, name[1] - offset
        inside = [t for t in doc if lo <= t.idx < hi]
        if not inside:
            continue
        root = next((t for t in inside if not lo <= t.head.idx < hi or t.head is t), inside[0])
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        if root.dep_ == "pobj" and root.head.head is not root.head:
            prep = root.head
            if prep.dep_ == "agent":
                out.append((name, "doer", prep.head.lower_))
            else:
                out.append((name, f"prep:{prep.lower_}", prep.head.lower_))
        elif root.dep_ in opposed._DOER:
            out.append((name, "doer", root.head.lower_))
        elif root.dep_ in opposed._DONE_TO:
            out.append((name, "done to", root.head.lower_))
        elif root.head is not root and root.head.text.isalpha():
            out.append((name, root.dep_, root.head.lower_))
    return tuple(out)


def distinct(x: Name, y: Name, sentences: tuple[tuple[str, int], tuple[str, int]],
             kinds: Mapping[str, tuple[str, str]], places: PlaceSenses) -> bool:
    """Are two names of one type two things of one kind (see the module's text)?"""
    from vitrina import compare as c

    written = (sentences[0][0][x[0] - sentences[0][1]:x[1] - sentences[0][1]],
               sentences[1][0][y[0] - sentences[1][1]:y[1] - sentences[1][1]])
    full = (kinds.get(x[2], (x[3], written[0]))[1], kinds.get(y[2], (y[3], written[1]))[1])
    for u, v in ((written[0], written[1]), (full[0], full[1])):
        nu, nv = (x[2], x[3], c._name_words(u)), (y[2], y[3], c._name_words(v))
        if c._same_name(nu, nv) or c._same_polity(nu, nv) or polarity.one_referent(u, v):
            return False
        if _covered(_as_nouns(nu[2]), _as_nouns(nv[2])) or _covered(_as_nouns(nv[2]), _as_nouns(nu[2])):
            return False  # "the Communist Party of Czechoslovakia" / "the Czechoslovak Communist Party"
        if SequenceMatcher(None, u.lower(), v.lower()).ratio() >= RENAMED.max_spelling_likeness:
            return False  # one name spelt two ways ("Noriega" / "Noreiga"), not two people
    if x[3] == "place":
        sx, sy = places.get(x[2]), places.get(y[2])
        return bool(sx and sy and sx[0] != sy[0] and sx[1] == sy[1] and sx[1] in _COMPARED_PLACE_KINDS
                    and not sx[0].startswith("alias:") and not sy[0].startswith("alias:"))
    last = [[t for t in n.replace("’", "'").split() if len(t.strip(".,'")) >= 3] for n in written]
    return bool(last[0] and last[1]) and last[0][-1].lower() != last[1][-1].lower()


def _as_nouns(words: frozenset[str]) -> frozenset[str]:
    """A name's words with each adjective read as the noun WordNet says it pertains to ("czechoslovak":
    Czechoslovakia), "of" and "the" left out."""
    from vitrina import compare as c

    out = set()
    for word in words - {"of", "the"}:
        nouns = c._pertains_to(word)
        out.add(nouns[0] if nouns else word)
    return frozenset(out)


def _covered(a: frozenset[str], b: frozenset[str]) -> bool:
    """Is every word of ``a`` a word of ``b``, or the start of one, or one's start ("czechoslovak" /
    "czechoslovakia"; four letters or more)?"""
    return bool(a) and all(any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))
                               for y in b) for x in a)


# Kinds of place compared one with another (as ``vitrina.clauses`` compares them): a region, a continent or a
# former state holds what is unknown offline.
_COMPARED_PLACE_KINDS = frozenset({"country", "city", "admin-region"})


def _evidence(a: tuple[str, int], b: tuple[str, int], x: Name, y: Name, names_a: Sequence[Name],
              names_b: Sequence[Name]) -> tuple[float, int, float, bool, bool]:
    from vitrina import compare as c

    side_a = (a[0], a[1], (x[0], x[1]), frozenset((n[0], n[2], n[3]) for n in names_a))
    side_b = (b[0], b[1], (y[0], y[1]), frozenset((n[0], n[2], n[3]) for n in names_b))
    return c.occasion_evidence(side_a, side_b, acts=False)


def one_occasion(evidence: tuple[float, int, float, bool, bool], weights: RenamedWeights | None = None) -> bool:
    """Do the two sentences tell one occasion: alike in meaning, sharing words, nothing apart?"""
    from vitrina import compare as c

    w = weights or RENAMED  # compare's test, with no shared names asked and no parse of one act (the names are the values)
    return c.one_occasion(evidence, c.OccasionWeights(min_similarity=w.min_similarity, min_shared=0,
                                                      min_words=w.min_words, same_act=False))


def swaps(kb: read.KnowledgeBase, capped: Capped | None = None,
          weights: RenamedWeights | None = None) -> Iterator[tuple[_Sentence, _Sentence, Swap]]:
    """Each pair of sentences of two documents telling one occasion with another name in one role."""
    from vitrina.clauses import place_senses

    w = weights or RENAMED
    sentences = list(polarity._sentences(kb, capped))
    names = polarity.names_by_document(kb, w.named_types)
    kinds = {e.id: (e.type, e.name) for e in kb.entities()}
    places = place_senses(kb)
    for i, j in candidate_pairs(sentences, names, w):
        x, y = sentences[i], sentences[j]
        found = role_swap((x.text, x.start), (y.text, y.start), (polarity._within(names, x),
                                                                  polarity._within(names, y)), kinds, places, w)
        if found is not None:
            yield x, y, found


def renamed_comparisons(kb: read.KnowledgeBase, told: set[frozenset[tuple[str, tuple[int, int]]]],
                        capped: Capped | None = None) -> list[Comparison]:
    """Comparisons of kind "participant" or "place", contradictions: one occasion told with another name in one
    role, for pairs of sentences not already compared as contradicting (``told``: (document, sentence span))."""
    from vitrina import compare as c

    kinds: dict[str, tuple[str, str]] = {e.id: (e.type, e.name) for e in kb.entities()}
    titles = c.document_titles(kb)
    out = []
    for x, y, found in swaps(kb, capped):
        if frozenset({(x.document, (x.start, x.end)), (y.document, (y.start, y.end))}) in told:
            continue
        if c.other_cases(titles.get(x.document, ""), titles.get(y.document, "")):
            continue  # the records of two law cases ("Witness: A, sworn." / "Witness: B, sworn."): two occasions
        sa, sb = _statement(x, found.a), _statement(y, found.b)
        kind = "place" if found.a[3] == "place" else "participant"  # a group ("the Italians") takes part
        names = kinds.get(found.a[2], ("", sa.text))[1], kinds.get(found.b[2], ("", sb.text))[1]
        role = found.role.replace("prep:", "after “") + ("”" if found.role.startswith("prep:") else "")
        reason = (f"“{sa.text}” / “{sb.text}”: another {found.a[3]} in one role ({role}) of one act "
                  f"(“{found.predicates[0]}” / “{found.predicates[1]}”), the sentences alike in meaning "
                  f"({found.evidence[0]:.2f})")
        out.append(c.Comparison("", kind, f"{found.a[3]} named: {names[0]} or {names[1]}",
                                (found.a[2], found.b[2]), [sa, sb], "differ",
                                "one occasion told with another name in one role",
                                [{"a": 0, "b": 1, "relation": "differ", "reason": reason}]))
    return out


def _statement(s: _Sentence, name: Name) -> Statement:
    from vitrina import compare as c

    text = s.text[name[0] - s.start:name[1] - s.start]
    return c.Statement("participant", s.document, name[0], name[1], text, (s.start, s.end), s.text, (name[2],), (),
                       people=((name[2], name[3], c._name_words(text)),))
