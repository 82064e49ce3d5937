"""Pronoun and nominal coreference, good enough for answering questions.

"He", "she", "they" (lexicon ``personal_pronouns``) and definite role nouns ("the
president", "the treaty") stand for the nearest compatible name before them
in the same paragraph (block): a person for he/she and for a noun WordNet
classes as a person; an organization, group or place for they; for a role
noun, a name whose own words or the words just before it contain the noun
("President X") is preferred. Within the nearest sentence that has
candidates, the first one wins (subjects come first in English). A
third-person pronoun inside a quotation never stands for a name of its own
sentence before the quotation opens: that name is the speaker's, who would
say "I" (round 53 red team D6: 'A wrote: "He held the bridge"' — "He" is not A).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from vitrina import lexicon
from vitrina.qa.lexical import base_forms, category
from vitrina.qa.text import bases
from vitrina.store.read import KnowledgeBase, as_knowledge_base

WINDOW = 3  # sentences before the pronoun's sentence searched for its antecedent
TITLE_CONTEXT = 30  # characters before a name read for its title ("President X")
OPENING_MARKS = "“"  # a typographic double quotation mark that opens
CLOSING_MARKS = "”"  # … and the one that closes
STRAIGHT_MARK = '"'  # a straight double mark opens and closes in turn


@dataclass(frozen=True)
class Antecedent:
    start: int  # document offsets of the name
    end: int
    text: str
    type: str
    entity: str | None


# The knowledge base's mention types each kind of antecedent may be (lexicon personal_pronouns' third column)
ANTECEDENT_TYPES = {"person": frozenset({"person"}), "plural": frozenset({"organization", "group", "place"}),
                    "thing": frozenset({"organization", "vessel", "other", "place"})}


@lru_cache(maxsize=2)
def pronoun_kinds(things: bool = False) -> dict[str, str]:
    """Third-person pronoun (lexicon ``personal_pronouns``) -> the kind of antecedent it needs: "person" (he, him,
    his, she, her) or "plural" (they, them, their); with ``things`` also "thing" (it, its)."""
    return {word: kind for word, _case, kind in lexicon.rows("personal_pronouns") if things or kind != "thing"}


def wanted_types(word: str) -> tuple[set[str], str | None]:
    """Entity types a pronoun or role noun may stand for, and the role word to prefer."""
    kind = pronoun_kinds().get(word.lower())
    if kind is not None:
        return set(ANTECEDENT_TYPES[kind]), None
    if category(word) == "person":
        return {"person"}, word.lower()
    return {"organization", "group", "vessel", "other", "place"}, word.lower()


def resolve(store: KnowledgeBase | sqlite3.Connection, document: str, block: str | None, at: int, word: str,
            sentence_start: int) -> Antecedent | None:
    """The antecedent of ``word`` (a pronoun or role noun at document offset ``at``)."""
    conn = as_knowledge_base(store)
    types, role = wanted_types(word)
    spans = [(sentence_start, at), *conn.sentence_spans_before(document, block, sentence_start, WINDOW)]
    body = conn.text_slice(document, spans[-1][0], at)
    offset = spans[-1][0]
    plural = pronoun_kinds().get(word.lower()) == "plural"
    opening = quotation_opening(body[sentence_start - offset:])
    if opening is not None:  # the speaker before the quotation is no antecedent of a pronoun inside it
        spans[0] = (sentence_start + opening, at)
    for lo, hi in spans:
        if plural:  # "the Maddox and the Turner Joy … They": several names joined answer a plural pronoun
            joined = _conjoined_names(body, offset, lo, min(hi, at))
            if joined is not None:
                return joined
        found = conn.mentions_inside(document, lo, min(hi, at))
        fitting = [r for r in found if r[2] in types]
        if role:
            titled = [r for r in fitting if _titled(body, offset, r[0], r[1], role)]
            fitting = titled or ([] if types != {"person"} else fitting)
        if fitting:
            first = fitting[0]
            return Antecedent(first[0], first[1], body[first[0] - offset:first[1] - offset], first[2], first[3])
    return None


def quotation_opening(text: str) -> int | None:
    """The offset of the quotation mark ``text`` leaves open at its end ('A wrote: "He' → the '"'), or None."""
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch in OPENING_MARKS or ch == STRAIGHT_MARK and opened is None:
            opened = i
        elif ch in CLOSING_MARKS or ch == STRAIGHT_MARK:
            opened = None
    return opened


def _titled(body: str, offset: int, start: int, end: int, role: str) -> bool:
    """True when the name or the words just before it contain the role noun ("President X")."""
    return role_named(body[max(0, start - offset - TITLE_CONTEXT):end - offset], role)


def role_named(around: str, role: str) -> bool:
    """True when ``around`` (a name and the words just before it) holds the role noun ("President X")."""
    return bool(base_forms(role) & bases(around))


CONJOINED_NAMES = re.compile(
    r"(?:the\s+)?(?P<first>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
    r"(?:,\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _conjoined_names(body: str, offset: int, lo: int, hi: int) -> Antecedent | None:
    """The first run of capitalised names joined by commas and "and" in a sentence ("the Maddox
    and the Turner Joy"), not at the sentence start (a capital there may only open the sentence)."""
    text = body[lo - offset:hi - offset]
    for m in CONJOINED_NAMES.finditer(text):
        if m.start() == 0 or text[:m.start()].rstrip().endswith((".", "“", "\"")):
            continue
        start = lo + m.start()
        return Antecedent(start, start + len(m.group()), m.group(), "list", None)
    return None
