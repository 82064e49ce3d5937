"""False premises: a question presupposing what the sentence that would answer it contradicts.

"Why did the ship sink in 1715?" asked of "The ship sank off the cape in 1711": the question's year hangs from the
asked act (or from the noun it dates, "the 1950 treaty"), and the stating sentence gives the same act another year.
"When did X emigrate?" asked of "X never emigrated": the sentence denies the asked act (`vitrina.negation`). Such a
sentence does not answer the question; it corrects it. `contradiction` says how, from the question's own
constraints (its years, its act) against the sentence's parse — never from outside knowledge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.negation import negations
from vitrina.qa.lexical import base_forms, first_sense_class, fold
from vitrina.qa.parse import parse
from vitrina.qa.question import Question
from vitrina.qa.text import STOPWORDS, demonyms
from vitrina.qa.weights import PREMISE

YEAR = re.compile(r"^(?:1[0-9]{3}|20[0-9]{2})$")  # a four-digit year of the common era


@dataclass(frozen=True)
class Contradiction:
    """How the stating sentence contradicts the question: ``kind`` "date" (``asked`` the question's year,
    ``stated`` the sentence's) or "act" (the sentence denies the asked act; ``stated`` its negated word)."""

    kind: str
    asked: str
    stated: str

    @property
    def note(self) -> str:
        if self.kind == "date":
            return f"The sources date it {self.stated}, not {self.asked}."
        return "The sources say it did not happen."

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "asked": self.asked, "stated": self.stated, "note": self.note}


def _dated(token: Any) -> Any | None:
    """The word a year token dates: up its heads past prepositions, date words and numbers (at most ``PREMISE["year_hops"]``)."""
    word = token
    for _ in range(PREMISE["year_hops"]):
        if word.head.i == word.i:
            return None
        word = word.head
        if word.pos_ in ("VERB", "NOUN", "PROPN", "AUX") and not word.like_num and word.ent_type_ != "DATE":
            return word
    return None


def _forms(token: Any) -> frozenset[str]:
    return base_forms(token.lower_) | {fold(token.lemma_)}


def _asked_dates(q: Question) -> list[tuple[str, frozenset[str], bool]]:
    """(year, base forms of the word it dates, whether that word is the asked predicate) for each year of the
    question ("sink in 1715": sink, the predicate; "the 1950 treaty": treaty; "How many died when X was torpedoed
    in 1916?": torpedo, not the asked "die")."""
    out = []
    for token in parse(q.text):
        if YEAR.match(token.text) and token.text in q.years:
            dated = _dated(token)
            if dated is not None:
                forms = _forms(dated)
                out.append((token.text, forms, bool(q.predicate) and q.predicate in forms))
    return out


def date_contradiction(q: Question, doc: Any, aligned: frozenset[int], others: list[str]) -> Contradiction | None:
    """The sentence (``doc``) dates the question's dated word — the asked act (``aligned``: its words standing
    for the question's predicate) or the same noun — with another year, and holds no year of the question;
    ``others``: the texts of the other sentences examined — one stating the question's year for the act stands
    against the contradiction (a second event of the kind)."""
    if not q.years or q.expects == "truth" or any(y in doc.text for y in q.years):
        return None
    asked = _asked_dates(q)
    if not asked:
        return None
    stated = [int(t.text) for t in doc if YEAR.match(t.text)]
    if stated and any(min(stated) < int(y) < max(stated) for y in q.years):
        return None  # "from 1945 to 1955": a span holding the question's year
    for token in doc:
        if not YEAR.match(token.text):
            continue
        dated = _dated(token)
        if dated is None:
            continue
        for year, forms, predicate in asked:
            if predicate and dated.i in aligned or _forms(dated) & forms:
                if any(year in text for text in others):
                    return None
                return Contradiction("date", year, token.text)
    return None


def _attempted(q: Question) -> bool:
    """The question's verb is the complement of another ("Who *tried* to buy X?", "Who hoped to win?"): it asks the
    attempt, not the act, so a sentence saying the act failed does not contradict it."""
    return any(fold(t.lemma_) == q.predicate and t.dep_ in ("xcomp", "ccomp") for t in parse(q.text))


def _delayed_or_modal(word: Any) -> bool:
    """"will not return until the war is over", "could not sail before May": a modal (tag MD) or a delaying
    clause or phrase (lexicon ``delaying_prepositions``, as `vitrina.negation` reads "not … until 1945") says when
    or whether it might happen, not that it never did."""
    delaying = lexicon.words("delaying_prepositions")
    for child in word.children:
        if child.tag_ == "MD":
            return True
        if child.dep_ == "prep" and child.lower_ in delaying:
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in delaying for m in child.children):
            return True
    return False


TIME_CLASS = "noun.time"  # WordNet's class of nights, days, months, seasons


def _on_an_occasion(word: Any) -> bool:
    """"was not taken on this night", "did not sail that day": the denial is limited by a time adjunct of the verb
    (a date or a noun whose first WordNet sense is a time) and says when the act did not happen, not that it never
    did (round 59 red team D7)."""
    for child in word.children:
        if child.dep_ not in ("prep", "prt", "npadvmod", "obl"):
            continue
        for noun in (child, *(g for g in child.children if g.dep_ == "pobj")):
            if noun.pos_ in ("NOUN", "PROPN", "NUM") and _a_time(noun):
                return True
    return False


def _a_time(noun: Any) -> bool:
    """A date or time entity, or a noun whose first WordNet sense is a time ("night", "Tuesday", "spring")."""
    if noun.ent_type_ in ("DATE", "TIME"):
        return True
    return first_sense_class(noun.lemma_.lower() or noun.lower_, "n") == TIME_CLASS  # (a kept parse: no lemmas)


def act_contradiction(q: Question, doc: Any, aligned: frozenset[int]) -> Contradiction | None:
    """The sentence denies the asked act: a word standing for the question's predicate is negated
    (`vitrina.negation.negations`: "never emigrated", "preached no sermon") while the question asks it as done;
    when the question names the act's subject, the denied word's subject must hold one of its names. A denial
    limited to an occasion ("not taken on this night") contradicts nothing (`denied_on_an_occasion`)."""
    word = next((w for w in _denied_acts(q, doc, aligned) if not _on_an_occasion(w)), None)
    return Contradiction("act", q.predicate or word.lemma_, word.text) if word is not None else None


def denied_on_an_occasion(q: Question, doc: Any, aligned: frozenset[int]) -> bool:
    """The sentence denies the asked act only on an occasion it names ("Plate N was not taken on this night"): it
    neither contradicts the question nor says when the act happened (round 59 red team D7)."""
    return any(_on_an_occasion(w) for w in _denied_acts(q, doc, aligned))


def _denied_acts(q: Question, doc: Any, aligned: frozenset[int]) -> list[Any]:
    """The aligned verbs the sentence negates where the question asks the act as done (`act_contradiction`)."""
    if q.negated or q.expects == "truth" or not aligned or _attempted(q):
        return []
    denied = {predicate.i for _negator, predicate in negations(doc)}  # not "did not sign until 1950"
    out = []
    for i in sorted(aligned):
        word = doc[i]
        if word.pos_ not in ("VERB", "AUX") or i not in denied or _delayed_or_modal(word):
            continue
        if q.subject:
            subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
            words = {fold(t.text) for c in subjects for t in c.subtree}
            if not words & q.subject:
                continue
        out.append(word)
    return out


# ------------------------------------------------------------ unmet premises (round 49 red team D2)
# A question's premises — its named subject, its named places, a full date it states — must each be met by the
# answering sentence in the role the question gives them. These checks read the sentence's parse; an unmet premise
# lowers the answer's confidence (``CONFIDENCE["unmet_premise"]``, ask._answer) rather than denying the question.

FULL_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{3,4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?"
                       r"\s+\d{3,4})\b")  # "28 May 1852", "May 28, 1852": a day the question states
DATED = re.compile(r"^\d{3,4}$")  # a year-like number: a verb's own date holds one


def _subject_of(verb: Any) -> Any | None:
    """The subject of ``verb``, or of the verb it is coordinated with ("X sailed … and reached …")."""
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ == "conj" and verb.head is not verb else None
    return None


def _proper_words(token: Any) -> frozenset[str]:
    """The folded proper-noun words of a noun phrase's head, its compounds and its appositions."""
    heads = [token, *(c for c in token.children if c.dep_ == "appos")]
    return frozenset(fold(x.text) for h in heads for x in (h, *h.children)
                     if x.pos_ == "PROPN" and (x is h or x.dep_ in ("compound", "flat")))


def other_subject(q: Question, doc: Any) -> str | None:
    """The named subject the sentence gives the asked act when the question names another one that the sentence
    lacks: "When did A reach P?" over "B … reached P": B's act, not A's. Only a verb standing for the question's
    predicate (by base form) with a subject naming someone (a proper noun) and sharing no word with the question's
    subject or its other names (``Question.others``, demonyms); None when one of those is in the sentence (it may
    hold the act in another clause)."""
    if not q.predicate or q.predicate in q.light or not q.subject or not _named_active_subject(q):
        return None
    wanted = q.subject | q.others | {d for n in q.subject for d in demonyms(n)}  # its other names, its people
    words = {b for t in doc for b in (fold(t.text), *base_forms(t.lower_))}
    if wanted & words:
        return None
    for t in doc:
        if t.pos_ not in ("VERB", "AUX") or q.predicate not in base_forms(t.lower_):
            continue
        subject = _subject_of(t)
        named = _proper_words(subject) if subject is not None and subject.dep_ == "nsubj" else frozenset()
        if named and not named & wanted:
            return " ".join(sorted(named))
    return None


NAME_RUN = re.compile(r"[A-Z][^\W_]*(?:[ \t]+[A-Z][^\W_]*)*")  # a run of capitalised words: one name as written


def _named_active_subject(q: Question) -> bool:
    """Whether the question's asked verb is active and its subject is headed by a proper noun ("When did the A B
    reach P?"), not a common noun a name only describes ("the A aid parcels") nor a passive's patient ("When was A
    launched?": the one who launched it is no premise)."""
    for t in parse(q.text):
        if t.pos_ in ("VERB", "AUX", "NOUN") and q.predicate in base_forms(t.lower_):
            deps = {c.dep_: c for c in t.children}
            if "nsubjpass" in deps or "auxpass" in deps:
                return False
            if "nsubj" in deps:
                return bool(deps["nsubj"].pos_ == "PROPN")
    return False


def repeated_name(q: Question, text: str) -> str | None:
    """A proper-name word the question uses in two phrases, once as a whole name by itself ("the brig A arrive at
    A": a ship's name and a place; "Why did A visit A Meadow?"), that the sentence holds fewer times: one word there
    meets one of the question's premises, not both. A word only ever part of longer names ("B A … the A Doctrine")
    names two things the question's other words already tell apart."""
    asked = [fold(w) for w in re.findall(r"[^\W\d_]+", q.text)]
    stated = [fold(w) for w in re.findall(r"[^\W\d_]+", text)]
    alone = {fold(m.group()) for m in NAME_RUN.finditer(q.text) if " " not in m.group() and "\t" not in m.group()}
    for name in dict.fromkeys(q.names):
        if name in alone and asked.count(name) >= 2 and 0 < stated.count(name) < asked.count(name):
            return name
    return None


def _verb_above(token: Any) -> Any | None:
    """The nearest verb a token hangs from (itself when a verb)."""
    while True:
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:  # the root (spaCy makes a new Token object for each ``head``: never ``is``)
            return None
        token = token.head


def _own_date(verb: Any, skip: range) -> bool:
    """Whether ``verb`` has a date of its own outside ``skip`` (token indices): a prepositional or adverbial
    phrase holding a year."""
    return any(c.dep_ in ("prep", "npadvmod") and any(DATED.match(x.text) and x.i not in skip for x in c.subtree)
               for c in verb.children)


def date_binding(q: Question, doc: Any, start: int, end: int) -> bool | None:
    """Whether the full date the question states ("… on 28 May 1852?") binds the answer's phrase (characters
    ``start``–``end`` of the sentence ``doc``) in the parse: True when the date and the answer hang from one verb,
    False when they hang from two and the answer's verb has a date of its own ("reached A on D1, calling at B
    (D2)": D2 dates the call at B, not the arrival at A), None when the question states no full date, the
    sentence does not write it or the parse cannot tell."""
    asked = FULL_DATE.search(q.text)
    if asked is None:
        return None
    at = doc.text.find(asked.group())
    if at < 0:
        return None
    span = doc.char_span(at, at + len(asked.group()), alignment_mode="expand")
    answer = doc.char_span(start, end, alignment_mode="expand")
    if span is None or answer is None or not len(answer):
        return None
    date_verb, answer_verb = _verb_above(span.root), _verb_above(answer.root)
    if date_verb is None or answer_verb is None:
        return None
    if date_verb.i == answer_verb.i:
        return True
    return False if _own_date(answer_verb, range(span.start, span.end)) else None


# ------------------------------------------------------------ roles reversed, a place only in longer names
# (round 50 red team D1): "What did A write to B?" over "B wrote to A: …" answers with B's words; "Who built the
# P Hotel in P?" over a document where P is only ever part of longer names ("the P Hotel", "Louis P") answers a
# question whose place the text never states.


def _named_arguments(verb: Any) -> tuple[frozenset[str], frozenset[str]]:
    """(the proper-noun words of ``verb``'s active subject, those of its objects and prepositional objects)."""
    subject = _subject_of(verb)
    doer = _proper_words(subject) if subject is not None and subject.dep_ == "nsubj" else frozenset()
    others: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "dative"):
            others |= _proper_words(child)
        elif child.dep_ == "prep":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    others |= _proper_words(grand)
    return doer, frozenset(others)


def reversed_roles(q: Question, doc: Any) -> str | None:
    """The name the question sets as the asked act's object or addressee that the sentence makes the act's
    subject, while the question's own subject is not it: "What did A write to B?" over "B wrote to A: …" (B's
    words, not A's). Only a verb standing for the question's predicate (by base form) with a named active
    subject in both; the name returned is the sentence's subject."""
    if not q.predicate or q.predicate in q.light or q.slot == "subject" or not _named_active_subject(q):
        return None  # ("Which two A signed …?": the subject is asked, no premise)
    asked = next((t for t in parse(q.text) if t.pos_ in ("VERB", "AUX") and q.predicate in base_forms(t.lower_)),
                 None)
    if asked is None:
        return None
    doer, addressed = _named_arguments(asked)
    if not doer or not addressed:
        return None
    for t in doc:
        if t.pos_ not in ("VERB", "AUX") or q.predicate not in base_forms(t.lower_):
            continue
        stated, _ = _named_arguments(t)
        if stated and stated & addressed and not stated & doer:
            return " ".join(sorted(stated))
    return None


def place_only_in_names(q: Question, sentence: str, document: str) -> str | None:
    """A proper-name word the question uses twice, once as a whole name by itself after a preposition ("the P
    Hotel *in P*"), that neither the answering sentence nor its document ever writes as a whole name by itself —
    only inside longer names ("the P Hotel", "Louis P"): the document never states the place the question
    sets. (`repeated_name` reads a sentence holding the word fewer times than the question; this one a sentence
    holding it not at all.)"""
    asked = [fold(w) for w in re.findall(r"[^\W\d_]+", q.text)]
    alone = {fold(m.group(1)) for m in _placed().finditer(q.text)}
    for name in dict.fromkeys(q.names):
        if name not in alone or asked.count(name) < 2 or name in {fold(w) for w in re.findall(r"[^\W\d_]+", sentence)}:
            continue
        held = [_alone(m.group().split(), name) for m in NAME_RUN.finditer(document)]
        if any(h is True for h in held):
            return None
        if any(h is False for h in held):
            return name
    return None


def _alone(run: list[str], name: str) -> bool | None:
    """Whether a run of capitalised words writes ``name`` as a whole name by itself (a sentence's capitalised
    function word before it, "In P", does not join it), False when only as part of a longer name, None when not
    at all."""
    words = [fold(w) for w in run]
    if name not in words:
        return None
    while words and words[0] in STOPWORDS and words[0] != name:
        words = words[1:]
    return words == [name]


@lru_cache(maxsize=1)
def _placed() -> re.Pattern[str]:
    """"in P": a one-word name after a preposition placing it (lexicon ``qa_place_prepositions``)."""
    words = "|".join(sorted(map(re.escape, lexicon.words("qa_place_prepositions")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+([A-Z][^\W\d_]*)\b(?![ \t]+[A-Z])")


FORMATTED = re.compile(r"(?<![\w,.:/])\d+(?:[,.:/]\d+)+(?![\w,.:/]?\d)")  # "1:50,000", "10,000", "3.5": a value written out


def value_unstated(q: Question, document: str) -> str | None:
    """A value the question states in figures with a separator ("the *1:50,000* edition of X") that the answering
    sentence's document never writes (with or without its thousands commas): the question's premise is a value
    the document does not give (round 50 red team D1). A plain integer or a year is no such value."""
    plain = document.replace(",", "")
    for m in FORMATTED.finditer(q.text):
        if m.group() not in document and m.group().replace(",", "") not in plain:
            return m.group()
    return None


YEAR_RANGE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\s*(?:[-–—]|to|until|till)\s*(1[0-9]{3}|20[0-9]{2})\b")


def year_unwritten(q: Question, sentence: str, document: str) -> str | None:
    """A year the question sets ("How many shares did X issue *in 1958*?") that neither the answering sentence nor
    its document ever writes, nor spans with a range ("1911–1934"), while the document writes other years: the answer
    is a value of another year (round 51 red team D03: the 1921 minutes answering for 1958). A document writing no
    year at all sets no such premise."""
    if not q.years or q.expects == "truth" or not any(YEAR.match(w) for w in re.findall(r"\d{4}", document)):
        return None
    spans = [(int(a), int(b)) for a, b in YEAR_RANGE.findall(document)]
    for year in q.years:
        if year in sentence or year in document or any(a <= int(year) <= b for a, b in spans):
            continue
        return year
    return None
