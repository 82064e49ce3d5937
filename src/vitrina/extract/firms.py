"""Firms named after people: "X & Sons", "X Brothers", "X and Company" are organizations.

A family business keeps its founder's name and closes it with the household or partnership that trades under it
(lexicon ``firm_name_tails``, after "&" or "and"; ``firm_name_bare_tails`` with no connective). The model often tags
only the person's name inside ("[X] & Sons"), and the document-wide rules then join that mention to the person X.
:func:`firm_names` makes the whole name one organization mention, with the mentions inside it dropped, so that the
firm never joins the person it is named after.
"""

from __future__ import annotations

import re
from functools import cache

from vitrina.extract.entities import RawMention
from vitrina.lexicon import words as lexicon_words

# a capitalised word of a name ("Hartle", "O'Neill", "Smith-Hale")
_NAME_WORD = r"[^\W\d_a-z][\w'’-]*"
# words of the name before the tail: one to four on one line, a space apart (a comma or a line break ends the name:
# "Chairman, X & Sons" under a signature is the firm "X & Sons")
_NAMES = rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD})" + "{0,3}"


def _alternatives(items: frozenset[str]) -> str:
    """A regex alternation of tail words, capitalised as a name writes them ("Sons", "Co.", "Bros.")."""
    forms = sorted({w[:1].upper() + w[1:] for w in items}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


@cache
def _firm_pattern() -> re.Pattern[str]:
    tails, bare = lexicon_words("firm_name_tails"), lexicon_words("firm_name_bare_tails")
    after_connective = rf"\s*(?:&|\band\b)\s*(?:{_alternatives(tails)})"
    no_connective = rf"\s(?:{_alternatives(bare)})"
    end = r"(?:(?<=\.)|(?![\w'’-]))"
    return re.compile(rf"(?<![\w'’-])(?P<name>{_NAMES})(?:{after_connective}|{no_connective}){end}")


def closes_a_firm(word: str) -> bool:
    """Whether ``word`` is a firm's tail word ("Sons", "Co.", "Brothers"): a conjunct that names no person."""
    return word.lower() in lexicon_words("firm_name_tails")


def firm_spans(text: str) -> list[tuple[int, int]]:
    """The spans of firm names closed by a firm's tail word in ``text``."""
    if "&" not in text and not re.search(r"\b(?:and|Brothers|Bros)\b", text):
        return []
    return [(m.start(), m.end()) for m in _firm_pattern().finditer(text)]


def _after_function_words(text: str, start: int, end: int) -> int:
    """Where the firm's name starts in ``text[start:end]``: after the capitalised function words opening a sentence
    before it ("The", "In", "Of": spaCy's English stop words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    for m in re.finditer(r"\S+", text[start:end]):
        if m[0].rstrip(",").lower() not in STOP_WORDS:
            return start + m.start()
    return end


def firm_names(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """``mentions`` with each firm name closed by a firm's tail word one organization mention: the mentions inside
    it (the founder's name the model tagged a person) dropped, and one reaching across its edge left as it is."""
    spans = firm_spans(text)
    if not spans:
        return mentions
    out = list(mentions)
    for start, end in spans:
        inside = [m for m in out if start <= m.start and m.end <= end]
        across = [m for m in out if m.start < end and start < m.end and m not in inside]
        if across:
            continue  # a mention reaching out of the name: not read as a firm
        # the name starts at the model's name, or after the function words opening it ("The X & Sons": no "The")
        first = min((m.start for m in inside), default=_after_function_words(text, start, end))
        if first < end and re.match(_NAME_WORD, text[first:end]):
            out = [m for m in out if m not in inside] + [RawMention(first, end, "organization", "firm")]
    return sorted(out, key=lambda m: (m.start, m.end))


# A renaming of an organization: "X was renamed Y", "X, renamed Y", or "the firm was renamed Y" after X
# (a noun of an institution's kind standing for the last organization named before it, at most ``look_chars``
# back); the verbs of lexicon ``renaming_verbs``. The new name is the same organization under another name.
RENAMING = {"look_chars": 600}


@cache
def _renaming_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted((re.escape(v) for v in lexicon_words("renaming_verbs")), key=len, reverse=True))
    return re.compile(rf"(?:,\s*|\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:(?:later|then|again|formally)\s+)?)"
                      rf"(?:{verbs})\s+(?:as\s+)?(?:the\s+)?$", re.I)


_KIND_BEFORE = re.compile(r"\bthe\s+(?P<kind>[a-z]+)$", re.I)


def renamed_organizations(text: str, entities: list, mentions: list) -> tuple[list, list]:
    """``entities`` and ``mentions`` with each organization the text says was renamed one entity under both
    names: the new name's mentions join the old name's entity, whose aliases gain the new name."""
    from dataclasses import replace

    from vitrina.extract.institutions import institution_head

    if not any(v in text.lower() for v in lexicon_words("renaming_verbs")):
        return entities, mentions
    orgs = sorted((m for m in mentions if m.type == "organization"), key=lambda m: m.start)
    joins: dict[str, str] = {}
    for k, new in enumerate(orgs):
        lead = text[max(0, new.start - 120) : new.start]
        renamed = _renaming_pattern().search(lead)
        if renamed is None:
            continue
        before = lead[: renamed.start()]
        old = next((m for m in reversed(orgs[:k]) if m.end == new.start - len(lead) + renamed.start()), None)
        if old is None:
            kind = _KIND_BEFORE.search(before)
            if kind is None or not institution_head(kind["kind"].lower()):
                continue  # neither a name nor "the firm" was renamed here
            lo = new.start - len(lead) + kind.start() - RENAMING["look_chars"]
            old = next((m for m in reversed(orgs[:k]) if m.start >= lo and m.entity != new.entity
                        and m.end <= new.start - len(lead) + kind.start()), None)
        if old is not None and old.entity != new.entity:
            joins[_root(joins, new.entity)] = _root(joins, old.entity)
    if not joins:
        return entities, mentions
    by_id = {e.id: e for e in entities}
    joined: dict[str, list] = {}  # root entity -> the entities joined to it, in the entities' order
    for x, e in by_id.items():
        if (root := _root(joins, x)) != x:
            joined.setdefault(root, []).append(e)
    kept = []
    for e in entities:
        if _root(joins, e.id) != e.id:
            continue
        others = joined.get(e.id, [])
        names, extra = [o.name for o in others], [a for o in others for a in o.aliases]
        kept.append(replace(e, aliases=tuple(dict.fromkeys((*e.aliases, *names, *extra)))) if names else e)
    return kept, [replace(m, entity=_root(joins, m.entity)) for m in mentions]


def _root(joins: dict[str, str], entity: str) -> str:
    while entity in joins:
        entity = joins[entity]
    return entity
