"""Either-or questions: the answer is one of the options the question names.

"Was it the envoy or the consul who signed the note?", "Did the assembly adopt or reject the plan?", "Which
port opened first, Ostend or Calais?" name their answer among two or more alternatives joined by "or". The
options are read from the question's parse (the conjuncts of an "or"), the rest of the question is the frame;
`ask` answers with the option a retrieved sentence states in that frame (ask._either), cited there:

* an option is found in a sentence by its names and modifiers (a name also under its other names: "the US" /
  "the United States"), or for a verb by its base forms and its closest WordNet relatives ("turn down" /
  "rejected");
* when a sentence states several options, the one nearest the words of the frame it states fills the frame;
  none when they are as near.

The shown answer is the sentence's own words: the noun phrase holding the option ("the Northern Bank" for "Northern
or Southern Bank"), the verb as the sentence writes it ("rejected").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from vitrina.extract.numbers import find_ordinals
from vitrina.qa.lexical import base_forms, phrasal_verbs, related
from vitrina.qa.text import STOPWORDS, fold
from vitrina.qa.weights import EITHER

OPTION_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "ADP", "NUM"})
KEY_POS = frozenset({"PROPN", "ADJ", "NUM"})  # a name or a modifier tells options apart; a shared noun does not
SKIPPED_DEPS = frozenset({"cc", "punct", "case", "det"})  # no word of the option itself
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})  # "the *Dimmel* consulate": the telling word
WH_OPENERS = frozenset({"which", "who", "whom", "what", "where", "when"})
COMPARING_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})  # Penn tags of comparatives and superlatives
CHOICE_MARKS = frozenset({",", "—", "–", ":"})  # what sets off a question's closing options: "first — X or Y?"
YEAR = re.compile(r"1\d{3}|20\d{2}")  # a year written as a token


@dataclass(frozen=True)
class Option:
    text: str  # the option as the question writes it ("the Indian embassy")
    keys: tuple[str, ...]  # folded words a sentence must state ("indian"); a verb's lemma ("turn down")
    verb: bool  # a verb: found by its forms and relatives, shown as the sentence's verb
    start: int  # token offsets in the question
    end: int


def alternatives(doc: Any, yes_no: bool) -> list[Option] | None:
    """The options of an either-or question (``doc`` its parse; ``yes_no``: it opens with an auxiliary, "Was it X
    or Y …?"): the conjuncts of an "or" of the same kind, or, for a wh-question, the "X or Y" it ends with after
    a comma ("Which … first, X or Y?"). None when the question asks no choice ("Did X kill or injure anyone?" is
    still read as one: the sentence that states neither leaves it to the ordinary answer)."""
    for cc in doc:
        if cc.lower_ != "or" or cc.dep_ != "cc":
            continue
        head = cc.head
        conjuncts = [head, *(c for c in head.children if c.dep_ == "conj" and c.i > cc.i)]
        if len(conjuncts) < 2 or any(c.pos_ not in OPTION_POS for c in conjuncts):
            continue
        if not yes_no and not _trailing_choice(doc, head):
            continue
        if head.dep_ in ("nsubj", "nsubjpass") or _compares(doc):
            # "Could X or Y sign a separate peace?" asks whether either could; "Which is older, X or Y?" compares
            # two values, which no sentence stating one option settles
            return None
        options = [_option(c, conjuncts) for c in conjuncts]
        if all(o is not None and o.keys for o in options) and len({o.keys for o in options if o}) == len(options):
            return [o for o in options if o is not None]
    return None


def ordered_choice(doc: Any) -> list[Option] | None:
    """Round 58 askv58: the options of a wh-question asking which of them came first ("Which came first, X or Y?",
    "Which summit happened first — X or Y?"): the conjuncts of an "or" set off by a comma, a dash or a colon at its
    end, in a question holding the ordinal "first" that modifies no noun ("the first treaty" names one). None for
    any other question. The answer is the option whose year the sources give as the earlier (ask._ordered)."""
    if not any(t.dep_ not in ("amod", "nummod", "compound") and [v for _a, _b, v in find_ordinals(t.text)] == [1.0]
               for t in doc):
        return None
    for cc in doc:
        if cc.lower_ != "or" or cc.dep_ != "cc":
            continue
        head = cc.head
        conjuncts = [head, *(c for c in head.children if c.dep_ == "conj" and c.i > cc.i)]
        if len(conjuncts) < 2 or any(c.pos_ not in OPTION_POS or c.pos_ == "VERB" for c in conjuncts):
            continue
        if not _trailing_choice(doc, head, CHOICE_MARKS):
            continue
        options = [_option(c, conjuncts) for c in conjuncts]
        if all(o is not None and o.keys for o in options) and len({o.keys for o in options if o}) == len(options):
            return [o for o in options if o is not None]
    return None


def year_near(doc: Any, spans: list[tuple[int, int]]) -> int | None:
    """The year written nearest one of the option's token ``spans`` in the sentence ``doc`` (a four-digit year
    token; the nearer after the option on a tie), or None when the sentence writes none."""
    years = [t for t in doc if YEAR.fullmatch(t.text)]
    if not years or not spans:
        return None
    gaps = [(min(abs(y.i - a), abs(y.i - (b - 1))), y.i < a, int(y.text)) for y in years for a, b in spans]
    return min(gaps)[2]


def _compares(doc: Any) -> bool:
    """Whether the question compares or orders the options (a comparative or superlative, an ordinal entity, an
    ordinal that modifies no noun: "closer", "Which left first, X or Y?"; "the second treaty" names a treaty)."""
    return any(t.tag_ in COMPARING_TAGS or t.ent_type_ == "ORDINAL"
               or t.dep_ not in ("amod", "nummod", "compound") and any(find_ordinals(t.text)) for t in doc)


def _trailing_choice(doc: Any, head: Any, marks: frozenset[str] = frozenset({","})) -> bool:
    """Whether a wh-question ends with its options set off by a comma (or another of ``marks``): "Which left first,
    X or Y?"."""
    opener = next((t for t in doc if not t.is_punct), None)
    return (opener is not None and opener.lower_ in WH_OPENERS and head.i > 0
            and doc[head.left_edge.i - 1].text in marks)


def _option(token: Any, conjuncts: list[Any]) -> Option | None:
    """One conjunct as an option: a verb with its particle, a preposition's object, or a noun phrase up to its head
    (its own modifiers, not a relative clause or the other conjuncts)."""
    others = {t.i for c in conjuncts if c is not token for t in c.subtree} - {t.i for t in token.subtree}
    if token.pos_ == "VERB":
        particle = next((c for c in token.children if c.dep_ == "prt"), None)
        lemma = token.lemma_.lower() + (f" {particle.lower_}" if particle is not None else "")
        end = (particle.i if particle is not None else token.i) + 1
        return Option(token.doc[token.i:end].text, (lemma,), True, token.i, end)
    if token.pos_ == "ADP":  # "at Brackmoor or at Lundholm": the place
        token = next((c for c in token.children if c.dep_ == "pobj"), None)
        if token is None:
            return None
    words = [t for t in token.subtree if t.i <= token.i and t.i not in others and t.dep_ not in SKIPPED_DEPS]
    if not words:
        return None
    keys = tuple(fold(t.text) for t in words if (t.dep_ in MODIFIER_DEPS and t.i != token.i or t.pos_ in KEY_POS)
                 and (fold(t.text) not in STOPWORDS or t.is_upper))
    if not keys:  # a common noun alone ("the army or the navy"): the noun itself
        keys = tuple(fold(t.text) for t in words if t.pos_ == "NOUN" and fold(t.text) not in STOPWORDS)
    start, end = min(t.i for t in words), max(t.i for t in words) + 1
    return Option(token.doc[start:end].text, keys, False, start, end)


def occurrences(doc: Any, option: Option, variants: dict[str, list[tuple[str, ...]]]) -> list[tuple[int, int]]:
    """Where the sentence ``doc`` states ``option``: token spans (start, end) of its verb (a form or a close
    WordNet relative, a two-word verb too) or of every key word of it (a name also by one of its other names,
    ``variants``: folded word -> other names' words)."""
    if option.verb:
        return _verb_occurrences(doc, option.keys[0])
    found: list[tuple[int, int]] = []
    for key in option.keys:
        spans = [(t.i, t.i + 1) for t in doc if key in base_forms(t.text)]
        for variant in variants.get(key, []):
            n = len(variant)
            spans += [(i, i + n) for i in range(len(doc) - n + 1)
                      if tuple(fold(t.text) for t in doc[i:i + n]) == variant]
        if not spans:
            return []
        found += spans
    return found


def _verb_occurrences(doc: Any, lemma: str) -> list[tuple[int, int]]:
    """The verbs of ``doc`` that are ``lemma`` or one of its WordNet relatives of credit at least
    ``EITHER["relative"]`` ("turn down": rejected, declined), a two-word verb by its verb and particle."""
    near = {k for k, c in related(lemma.replace(" ", "_"), "v").items() if c >= EITHER["relative"]} | {lemma}
    found = []
    for t in doc:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if base_forms(t.text) & near:
            found.append((t.i, t.i + 1))
            continue
        particle = next((c for c in t.children if c.dep_ == "prt"), None)
        if particle is not None and phrasal_verbs(t.text, particle.text) & near:
            found.append((t.i, particle.i + 1))
    return found


def nearest(doc: Any, spans: dict[int, list[tuple[int, int]]], frame: list[int]) -> int | None:
    """Of the options stated in the sentence ``doc`` (index -> token spans), the one whose clause holds the most words
    of the frame (``frame``: their token positions), then the one nearest a word of the frame; None when two are as
    near or the frame is not stated."""
    if len(spans) == 1:
        return next(iter(spans))
    if not frame:
        return None
    ranked = sorted(((-max(_in_clause(doc, a, frame) for a, _b in found),
                      min(min(abs(i - a), abs(i - (b - 1))) for a, b in found for i in frame), k)
                     for k, found in spans.items()))
    (clause0, gap0, best), (clause1, gap1, _k) = ranked[0], ranked[1]
    return best if clause0 < clause1 or gap1 - gap0 >= EITHER["nearer"] else None


def _in_clause(doc: Any, i: int, frame: list[int]) -> int:
    """How many of the frame's words stand in the clause of token ``i``: the subtree of its nearest verb, less the
    clauses conjoined to that verb ("A was X, and for B, Y acted": X's clause is not Y's)."""
    verb = doc[i]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    others = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    own = {t.i for t in verb.subtree} - others
    return sum(j in own for j in frame)


def shown(doc: Any, span: tuple[int, int], verb: bool) -> tuple[int, int]:
    """The sentence's words that answer: the verb as written, or the noun phrase holding the option (its base noun
    phrase, from its first modifier to its head), as character offsets in the sentence."""
    if verb:
        return doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    for chunk in doc.noun_chunks:
        if chunk.start <= span[0] and span[1] <= chunk.end:
            return chunk.start_char, chunk.end_char
    return doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
