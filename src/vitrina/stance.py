"""Stance in a parsed sentence: is a predicate a reported claim that the sentence itself disputes?

"It is often claimed that the duke sold the mill in 1650, but there is no evidence that he did" states no
sale: the sale is *reported* (the clause of a verb of saying or believing, or a statement "according to
legend") and a clause of contrast (lexicon ``contrast_connectives``: "but", "though") *denies* it — it is
negated ("he never did", "there is no evidence"), or it calls the report false (lexicon ``untruth_words``:
"this is untrue", "a myth").

* ``disputed(word)``: is the predicate ``word`` (a verb) such a disputed claim? Events dated in its clause
  carry the qualifier ``DISPUTED`` (``vitrina.extract.events``) and ask does not state it as an answer
  (``vitrina.ask``).

Verbs of saying and believing are read from WordNet: the verb's most frequent sense is a verb of
communication or cognition (``REPORTING_LEXNAMES``: claim, say, allege, rumour, believe, think), so no
list of them is kept here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from vitrina import lexicon

__all__ = ["CORRECTION_CHARS", "DISPUTED", "REPORTING_LEXNAMES", "disputed", "disputed_at", "earlier_version_report",
           "retracted_at", "retracted_in", "self_reported_at"]

# The qualifier an event dated in a disputed claim carries (shown beside its label and exported with it).
DISPUTED = "disputed"
# WordNet lexicographer files of verbs that report a statement rather than assert it.
REPORTING_LEXNAMES = frozenset({"verb.communication", "verb.cognition"})
# Characters after a statement the writer reports having made read for a correction of it ("we stated that
# X. The correct number is Y": ``retracted_at``): a sentence or two.
CORRECTION_CHARS = 400
# Dependencies of a clause joined to another: a conjunct ("…, but this is untrue") or an adverbial clause
# ("…, though he did not").
_JOINED = ("conj", "advcl")


def disputed(word: Any) -> bool:
    """Is the predicate ``word`` a claim the sentence reports and then disputes?"""
    node = word
    for _step in range(len(word.doc)):
        reporter = _reporter(node)
        if reporter is not None and (_denied_by_contrast(reporter) or _denied_by_contrast(node)):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def disputed_at(doc: Any, start: int, end: int) -> bool:
    """Is the predicate governing the characters ``start``–``end`` of ``doc`` a disputed claim (a date or
    an answer inside its clause)?"""
    token = next((t for t in doc if t.idx < end and start < t.idx + len(t.text)), None)
    if token is None:
        return False
    while not _verb(token) and token.head.i != token.i:
        token = token.head
    return _verb(token) and disputed(token)


def self_reported_at(doc: Any, start: int, end: int) -> bool:
    """Is the predicate governing the characters ``start``–``end`` of ``doc`` the writer's report of what the
    writer said before ("In our issue of May 1 we stated that …", "I wrote that …"): the complement of a verb
    of saying in the past (WordNet's, or a quotation's: ``vitrina.extract.quotes.reporting_verb``), whose subject is a first-person pronoun (lexicon ``first_person_pronouns``)?"""
    token = _predicate_at(doc, start, end)
    if token is None or token.dep_ != "ccomp" or token.head.i == token.i:
        return False
    reporter = token.head
    firsts = lexicon.words("first_person_pronouns")
    from vitrina.extract.quotes import reporting_verb  # the quotation's verbs of saying ("wrote")

    saying = reporting_verb(reporter.text) or any(_reporting(f) for f in _bases(reporter.text))
    return reporter.tag_ in ("VBD", "VBN") and saying \
        and (any(c.dep_ == "nsubj" and c.lower_ in firsts for c in reporter.children)
             or earlier_version_report(reporter))


def earlier_version_report(reporter: Any) -> bool:
    """Is the verb of saying ``reporter`` the text telling what an earlier state of itself said — its subject an
    edited text's state with an earlier word on it ("An earlier version of this article said …", "An earlier
    version also said …"), or a text (a noun whose most frequent WordNet sense is in ``TEXT_LEXNAME``) with an
    earlier adverb on the verb ("This story originally stated …")? (lexicon ``earlier_version_marks``.) Such a
    report withdraws what it reports: the text says it no longer says it. "A previous report by the agency said …"
    (another text's report, no edited state of this one) is not."""
    marks = lexicon.rows("earlier_version_marks")
    nouns = {w for w, use in marks if use == "noun"}
    earlier = {w for w, use in marks if use == "earlier"}
    subject = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    forms = {subject.lower_} | _bases(subject.text)  # (a parse of tagged words has no lemmas)
    if forms & nouns:
        return any(c.dep_ == "amod" and c.lower_ in earlier for c in subject.children)
    from vitrina.qa.lexical import first_sense_class

    return any(c.dep_ == "advmod" and c.lower_ in earlier for c in reporter.children) \
        and any(f.isalpha() and first_sense_class(f, "n") == TEXT_LEXNAME for f in forms)


# the WordNet lexicographer file of a text that may have been edited ("article", "story", "report")
TEXT_LEXNAME = "noun.communication"


def retracted_at(doc: Any, start: int, end: int, following: Any) -> bool:
    """Is the predicate governing ``start``–``end`` of ``doc`` a statement the writer reports having made
    (``self_reported_at``) that the text after it (``following``, a parsed sentence or two) corrects with a
    word of correction (lexicon ``correction_words``: "The correct number is …", "has since told me …")? A
    correction word as a preposition or subordinator ("since 1890") tells time, not a correction."""
    if not self_reported_at(doc, start, end):
        return False
    predicate = _predicate_at(doc, start, end)
    if predicate is not None and earlier_version_report(predicate.head):  # the report is itself the correction
        return True
    words = lexicon.words("correction_words")
    # the parse's own sentences after the statement's (a passage parsed whole) come first
    later = [t for t in doc if t.i >= predicate.sent.end] \
        if predicate is not None and doc.has_annotation("SENT_START") else []
    return any(t.lower_ in words and t.dep_ not in ("prep", "mark") for t in [*later, *following])


# a spoken correction opens the text after the statement within this many characters ("No, that's not right")
SELF_CORRECTION_CHARS = 40


def self_corrected(following: str) -> bool:
    """Does the text after a statement open with the speaker taking it back (lexicon ``self_correction_marks``):
    an interjection on its own ("No, …", "No — …") or a negated word of truth ("that's not right") in its first
    ``SELF_CORRECTION_CHARS`` characters? "No one came" or "not right away" take nothing back."""
    import re

    head = following.lstrip()[:SELF_CORRECTION_CHARS]
    marks = lexicon.rows("self_correction_marks")
    openers = "|".join(re.escape(w) for w, use in marks if use == "opener")
    negated = "|".join(re.escape(w) for w, use in marks if use == "negated")
    if openers and re.match(rf"(?i:{openers})\s*[,—–.!;]", head):
        return True
    return bool(negated) and re.search(rf"(?i:\bnot|n[’']t)\s+(?i:{negated})\s*[,.;!—–]", head) is not None


def retracted_in(text: str, sentence: tuple[int, int], start: int, end: int, after_chars: int) -> bool:
    """``retracted_at`` for the characters ``start``–``end`` of a document ``text`` in its ``sentence``, the
    correction read in the ``after_chars`` characters after it; a sentence with no first-person pronoun
    (lexicon ``first_person_pronouns``) and no word of an earlier version (``earlier_version_marks``) is not
    parsed."""
    import re

    from vitrina.qa.parse import parse

    firsts = lexicon.words("first_person_pronouns") | {row[0] for row in lexicon.rows("earlier_version_marks")}
    said = text[sentence[0] : sentence[1]]
    if not any(w.lower() in firsts for w in re.findall(r"\w+", said)):
        return False
    doc = parse(said)
    if not self_reported_at(doc, start - sentence[0], end - sentence[0]):
        return False
    after = text[sentence[1] : sentence[1] + after_chars]
    return retracted_at(doc, start - sentence[0], end - sentence[0], parse(after) if after.strip() else [])


def _predicate_at(doc: Any, start: int, end: int) -> Any | None:
    token = next((t for t in doc if t.idx < end and start < t.idx + len(t.text)), None)
    if token is None:
        return None
    while not _verb(token) and token.head.i != token.i:
        token = token.head
    return token if _verb(token) else None


def _verb(token: Any) -> bool:
    """A verb by its coarse or (in a parse made from tagged words) fine part of speech."""
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD"


def _reporter(node: Any) -> Any | None:
    """The word that reports ``node``'s clause: the verb of saying or believing it is the complement of
    ("it is claimed that …"), or ``node`` itself when a hearsay source states it ("according to legend, …")."""
    if node.dep_ == "ccomp" and node.head.i != node.i and any(_reporting(f) for f in _bases(node.head.text)):
        return node.head
    return node if _hearsay(node) else None


def _hearsay(verb: Any) -> bool:
    """ "According to legend, X built …": the verb is told by a source that asserts nothing as fact."""
    sources = lexicon.words("hearsay_sources")
    return any(c.lower_ == "according" and any(t.dep_ == "pobj" and t.lower_ in sources for t in c.subtree)
               for c in verb.children if c.dep_ == "prep")


def _bases(word: str) -> frozenset[str]:
    from vitrina.qa.lexical import base_forms

    return base_forms(word.lower())


@lru_cache(maxsize=4096)
def _reporting(lemma: str) -> bool:
    """Is the verb's most frequent WordNet sense one of saying or believing?"""
    from vitrina.qa.lexical import first_sense_class

    return lemma.isalpha() and first_sense_class(lemma, "v") in REPORTING_LEXNAMES


def _denied_by_contrast(word: Any) -> bool:
    """Does a clause of contrast after ``word``, joined to it, deny it?"""
    connectives = lexicon.words("contrast_connectives")
    contrast = any(c.dep_ == "cc" and c.lower_ in connectives for c in word.children)
    for clause in (c for c in word.children if c.dep_ in _JOINED and c.i > word.i):
        marked = any(m.dep_ == "mark" and m.lower_ in connectives for m in clause.children)
        if (marked or clause.dep_ == "conj" and contrast) and _about_it(clause, word) and _denial(clause):
            return True
    return False


def _about_it(clause: Any, word: Any) -> bool:
    """Is the clause of contrast about the reported act: its subject a pronoun or "there" ("but he never did",
    "but this is untrue", "but there is no evidence"), or its verb the reported one ("though he did not sell it")?"""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None and (subject.dep_ == "expl" or subject.tag_ in ("PRP", "DT")):
        return True
    return bool(_bases(clause.text) & _bases(word.text))


def _denial(clause: Any) -> bool:
    """Does the clause deny by its own words: a negation of its own verb ("he never did"), a negative
    determiner on its complement ("there is no evidence") or a word calling something false ("this is untrue")?
    (A negation it only inherits, as the conjunct of a negated verb, denies nothing more.)"""
    negators, untrue = lexicon.words("qa_negators"), lexicon.words("untruth_words")
    for c in clause.children:
        if c.dep_ == "neg" or c.dep_ in ("advmod", "nsubj", "dobj") and c.lower_ in negators:
            return True
        if c.dep_ in ("attr", "acomp", "dobj") and (_bases(c.text) & untrue
                                                    or any(d.dep_ in ("det", "neg") and d.lower_ in negators
                                                           for d in c.children)):
            return True
    return False
