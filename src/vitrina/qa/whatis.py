""""What is X?" / "What does X mean?": a term's definition read off the sentences that name it (round 45 askspan).

Such a question has no predicate (or only "mean") and no asked noun beside the term itself: what answers it is how
the sources define or gloss X, often on the way in a sentence about something else. From each retrieved sentence
holding the term's words in order, the definitions are read from the parse and the punctuation around the term:

* a **glossary line** "X: a small fort of squared timber, …" (the term opening the sentence, then a colon or dash);
* the **complement of a copula** whose subject is X, "A X is a small fort of squared timber";
* a **gloss in brackets** after X, "a shocking X (“a sudden attack”)";
* an **alternative name** joined by "or", "the large trading houses, or X," / "X, or the large trading houses,";
* an **apposition** whose head is a common noun, "X, the system of land tenure,"; when that noun only names a
  word ("the name given to …", "the term used for …": a WordNet noun under language_unit.n.01) what it names;
* a **relative clause** on X, "X, which held that every parish keeps a school" — the reported content when its
  verb takes a clause, else the clause;
* the **class noun before** a name, "the schooner X" (a ship, a building: a common noun compounded with it).

They rank by how defining they are (``WHATIS``), then by the sentence's retrieval order. The answer is a span of the
sentence, cited there. Like qa/whois.py, it is read only when the ranked candidates gave no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from vitrina import lexicon
from vitrina.qa.lexical import base_forms, irregular_forms, lineage, wordnet
from vitrina.qa.parse import parse, parse_many
from vitrina.qa.question import COPULAS
from vitrina.qa.text import fold
from vitrina.qa.weights import WHATIS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from vitrina.qa.candidates import Sentence
    from vitrina.qa.question import Question

CLAUSE_STOPS = frozenset({",", ";", ":", "(", ")", ".", "!", "?", "—", "–"})  # end a definition's phrase
GLOSSARY_MARKS = frozenset({":", "—", "–", "-"})  # "X: its definition" — the term opening a glossary line
OPENING = frozenset({"(", "“", "‘", '"', "'"})  # a bracket or quotation mark around a gloss
CLOSING = frozenset({")", "”", "’", '"', "'"})
NOT_TERM = frozenset({"VERB", "AUX", "ADP", "PART", "SCONJ", "CCONJ"})  # a term is a noun group (no verb, no clause)
WORD_ROOT = "language_unit.n.01"  # WordNet: word, term, name, phrase — a noun that names a word, not a thing
GLOSS_VERBS = lexicon.words("gloss_verbs")  # "What does X mean?" asks X's gloss
WORD_FOR = lexicon.words("naming_prepositions")  # "the name given to X", "the term used for X"
LINKS = "|".join(sorted({f for c in COPULAS for f in irregular_forms(c, "v") | {c, c + "s"}}))  # "is", "was", "remains"


@dataclass(frozen=True)
class Found:
    """A definition of the term: its text (a span of the sentence), where, its kind and its ``WHATIS`` weight."""

    text: str
    start: int  # offsets in the sentence text
    end: int
    kind: str  # glossary, copula, gloss, alternative, apposition, content, relative, class
    weight: float
    sentence: Sentence


def asked_term(q: Question) -> tuple[str, ...]:
    """The folded words of the term "What is X?" / "What does X mean?" asks to define, else ()."""
    if q.type != "what" or q.predicate is not None and q.predicate not in GLOSS_VERBS or q.negated:
        return ()
    doc = parse(q.text)
    words = [t for t in doc if not t.is_punct]
    if len(words) < 3 or words[0].tag_ != "WP":
        return ()
    if q.predicate is None:  # "What is/was/are the X?"
        if not _copular(words[1]):
            return ()
        term = words[2:]
    else:  # "What does the word X mean?"
        if words[-1].lemma_.lower() not in GLOSS_VERBS or words[1].pos_ != "AUX":
            return ()
        term = words[2:-1]
    while term and term[0].pos_ == "DET" and term[0].is_stop:  # "the", "a" (the small model tags "tithe" DT)
        term = term[1:]
    if len(term) > 1 and _names_word(term[0].lower_):  # "the word X", "the term X": X is the term
        term = term[1:]
    if not term or len(term) > int(WHATIS["term_words"]) or any(
            t.is_stop or t.pos_ in NOT_TERM or t.tag_ == "POS" for t in term):
        return ()
    return tuple(fold(t.text) for t in term)


def _copular(t: Token) -> bool:
    """A linking verb in any inflection ("is": WordNet's base forms lack "be"'s irregular ones)."""
    word = t.lower_
    return bool(base_forms(word) & COPULAS) or any(word in irregular_forms(c, "v") for c in COPULAS)


@lru_cache(maxsize=4096)
def _names_word(noun: str) -> bool:
    """A noun whose most frequent WordNet sense names a word or phrase (word, term, name, expression)."""
    wn = wordnet()
    senses = wn.synsets(noun, "n")[:1] if wn is not None else []
    return bool(senses) and any(s.name() == WORD_ROOT for s in lineage(senses[0]))


def defining(sentences: list[Sentence], term: tuple[str, ...], limit: int) -> list[Sentence]:
    """The first ``limit`` of ``sentences`` where the term's words stand, in order, before a mark a definition
    follows (a colon, a dash, a bracket, a comma, a linking verb) or after ", or": the ones worth parsing (a
    term named in many table rows or passing mentions would crowd the definition out of the best covered)."""
    words = r"\W+".join(re.escape(w) for w in term)
    marked = re.compile(rf"(?:,\s*or\s+(?:the\s+)?{words}\b|\b{words}\w{{0,2}}\s*(?:[:(,—–-]|\s(?:{LINKS})\s))")
    return [s for s in sentences if marked.search(fold(s.text))][:limit]


def define(sentences: list[Sentence], term: tuple[str, ...]) -> list[Found]:
    """The definitions of ``term`` (folded words) in ``sentences``, most defining first, then in the sentences'
    order."""
    found: list[Found] = []
    for order, (s, doc) in enumerate(zip(sentences, parse_many([s.text for s in sentences]), strict=True)):
        for first, last in _occurrences(doc, term):
            for kind, span in _definitions(doc, first, last):
                text = span.text.strip()
                if text and any(t.is_alpha for t in span) and set(fold(w) for w in text.split()) - set(term):
                    found.append(Found(text, span.start_char, span.end_char, kind,
                                       WHATIS[kind] - WHATIS["sentence_order"] * order, s))
    found.sort(key=lambda f: -f.weight)
    return found


def _occurrences(doc: Doc, term: tuple[str, ...]) -> list[tuple[int, int]]:
    """(first, last) token indices of each run of ``doc`` spelling ``term`` (its last word in any inflection)."""
    n = len(term)
    if not n:
        return []
    runs: list[tuple[int, int]] = []
    for i in range(len(doc) - n + 1):
        words = [fold(t.text) for t in doc[i:i + n]]
        if words[:-1] == list(term[:-1]) and (words[-1] == term[-1] or base_forms(words[-1]) & base_forms(term[-1])):
            runs.append((i, i + n - 1))
    return runs


def _definitions(doc: Doc, first: int, last: int) -> list[tuple[str, Span]]:
    """(kind, span) of each definition of the term at tokens ``first`` … ``last``."""
    out: list[tuple[str, Span]] = []
    opening = first == 0 or all(t.pos_ == "DET" for t in doc[:first])
    if opening and last + 2 < len(doc) and doc[last + 1].text in GLOSSARY_MARKS:
        out.append(("glossary", doc[last + 2:_phrase_end(doc, last + 2) + 1]))
    copula = _copula(doc, first, last)
    if copula is not None:
        out.append(("copula", copula))
    if last + 2 < len(doc) and doc[last + 1].text == "(":
        gloss = _bracketed(doc, last + 2)
        if gloss is not None:
            out.append(("gloss", gloss))
    out += _alternatives(doc, first, last)
    if last + 2 < len(doc) and doc[last + 1].text == ",":
        out += _after_comma(doc, first, last)
    if first > 0 and doc[first - 1].pos_ == "NOUN" and doc[first - 1].text.islower() \
            and doc[first].text[:1].isupper() and (first <= doc[first - 1].head.i <= last
                                                   or any(t.head.i == first - 1 for t in doc[first:last + 1])):
        out.append(("class", doc[first - 1:first]))
    return out


def _phrase_end(doc: Doc, start: int) -> int:
    """The last token of the phrase starting at ``start``, up to a clause mark."""
    stop = start
    while stop + 1 < len(doc) and doc[stop + 1].text not in CLAUSE_STOPS:
        stop += 1
    return stop


def _noun_phrase(head: Token) -> Span:
    """``head``'s noun phrase: its left dependents and its right ones up to a clause (no relative clause, no
    participle, no apposition or conjunct)."""
    doc = head.doc
    left = min([head.i, *(c.left_edge.i for c in head.lefts)])
    right = head.i
    for c in head.rights:
        if c.dep_ in {"relcl", "acl", "appos", "conj", "cc", "punct"}:
            break
        right = c.right_edge.i
    return doc[left:right + 1]


def _copula(doc: Doc, first: int, last: int) -> Span | None:
    """"A X is a small fort": the complement of a copula whose subject is the term, a noun phrase."""
    head = next((t for t in doc[first:last + 1] if not first <= t.head.i <= last), None)
    if head is None or head.dep_ not in {"nsubj", "nsubjpass"} or not _copular(head.head):
        return None
    if any(t.text in CLAUSE_STOPS for t in doc[last + 1:head.head.i]):
        return None  # "a X (…), this attack was …": the copula's subject is another phrase
    attr = next((c for c in head.head.children if c.dep_ == "attr" and c.i > last), None)
    if attr is None or attr.pos_ != "NOUN":
        return None
    return _noun_phrase(attr)


def _bracketed(doc: Doc, start: int) -> Span | None:
    """The words inside a bracket opened before ``start``, without quotation marks: a gloss when they are words
    (no number, not one capitalised abbreviation)."""
    stop = start
    while stop < len(doc) and doc[stop].text != ")":
        stop += 1
    if stop >= len(doc):
        return None
    first, last = start, stop - 1
    while first <= last and doc[first].text in OPENING:
        first += 1
    while last >= first and doc[last].text in CLOSING:
        last -= 1
    inside = doc[first:last + 1]
    if not len(inside) or any(t.like_num or t.pos_ == "NUM" for t in inside):
        return None
    if len(inside) == 1 and (inside[0].text.isupper() or inside[0].pos_ == "PROPN"):
        return None  # "(NATO)", "(Hale)": an abbreviation or a name, not a gloss
    return inside


def _alternatives(doc: Doc, first: int, last: int) -> list[tuple[str, Span]]:
    """"the trading houses, or X," / "X, or the trading houses,": the noun phrase "or" offers as X's other name."""
    out: list[tuple[str, Span]] = []
    if first >= 3 and doc[first - 1].lower_ == "or" and doc[first - 2].text == "," and doc[first - 3].pos_ == "NOUN":
        phrase = _noun_phrase(doc[first - 3])
        out.append(("alternative", doc[phrase.start:min(phrase.end, first - 2)]))
    if last + 3 < len(doc) and doc[last + 1].text == "," and doc[last + 2].lower_ == "or":
        noun = next((t for t in doc[last + 3:_phrase_end(doc, last + 3) + 1] if t.pos_ == "NOUN"
                     and t.head.i not in range(last + 3, _phrase_end(doc, last + 3) + 1)), None)
        if noun is not None:
            out.append(("alternative", _noun_phrase(noun)))
    return out


def _after_comma(doc: Doc, first: int, last: int) -> list[tuple[str, Span]]:
    """An apposition (a common noun's phrase) or a relative clause after "X,"."""
    out: list[tuple[str, Span]] = []
    start = last + 2
    nxt = doc[start]
    if nxt.tag_ == "WDT":  # ", which …" / ", that …"
        verb = nxt.head
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if content is not None:
            begin = content.left_edge.i
            while begin < content.i and doc[begin].dep_ == "mark":
                begin += 1
            out.append(("content", doc[begin:content.right_edge.i + 1]))
        else:
            out.append(("relative", doc[start:_phrase_end(doc, start) + 1]))
        return out
    appos = next((c for t in doc[first:last + 1] for c in t.children if c.dep_ == "appos" and c.i >= start), None)
    if appos is None or appos.pos_ != "NOUN" or not appos.text.islower() or appos.left_edge.i != start:
        return out  # no apposition, another name, or a phrase the parse hangs elsewhere
    if _names_word(appos.lower_):  # "the name given to …": what the word names
        named = next((g for c in appos.children if c.dep_ == "acl" for p in c.children
                      if p.dep_ == "prep" and p.lower_ in WORD_FOR for g in p.children if g.dep_ == "pobj"), None)
        if named is not None:
            out.append(("apposition", named.doc[named.left_edge.i:named.right_edge.i + 1]))
        return out
    out.append(("apposition", _noun_phrase(appos)))
    return out

