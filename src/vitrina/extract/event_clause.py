"""Which words of a sentence belong to the happening one of its dates dates, and whether the sentence asserts it.

A sentence may tell two happenings: "A studied at X in 1781 and later served in Y" (two verbs joined), or
"they founded X in 1877, and Y in 1844" (the verb shared, each conjunct with its own place and date: gapping).
The places and participants of the other happening are not the dated one's (round 35, red team D12):

* ``foreign_spans`` gives the character spans of the other happening's words: the words of a verb conjunct
  other than the date's, told apart by position (what precedes the first verb is shared: the subject, a fronted
  date), and, of a clause of the sentence holding another date, the words after its verb (its subject stays: "X
  visited A in 1820, and B in 1825" — X did both);
* of one verb's prepositional phrases coordinated each with its own date ("sailed to A in 1761 and to B in
  1764"), the other date's phrase, told apart by position: the phrase from the conjunction to the other date,
  or the one before the conjunction opened by the same preposition (round 39 red team D09);
* the possessor in an apposition that describes a participant ("X, John's son, sailed"): John is named to say
  who X is, he does not sail (round 39 red team D09);
* ``unasserted`` tells a date whose verb the sentence denies ("did not sign it in 1812", not "not until 1812":
  it happened then) or only supposes ("had the council refused in 1810", "would have gone there in 1810"):
  no event; so is a date the sentence denies in itself ("revised on 14 March, not on 14 May", "in 1820 rather
  than in 1821": lexicon ``date_denials``, round 50 red team D4).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vitrina import lexicon
from vitrina.extract.nlp import Tok
from vitrina.extract.sentences import clause_at
from vitrina.model import DateMention
from vitrina.negation import denied_act
from vitrina.qa.lexical import base_forms, first_sense_class
from vitrina.qa.structure import counterfactual

__all__ = ["foreign_spans", "unasserted"]

Parse = tuple[list[Tok], Any]


def _verbal(t: Any) -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def _date_token(parse: Parse, d: DateMention) -> Any | None:
    """The date's head word in the parse: the word of the date whose head is outside it."""
    toks, doc = parse
    inside = {i for i, t in enumerate(toks) if t.start < d.end and d.start < t.end and i < len(doc)}
    return next((doc[i] for i in sorted(inside) if doc[i].head.i not in inside or doc[i].head.i == i), None)


def _verb_dated(parse: Parse, d: DateMention) -> Any | None:
    """The verb the date itself modifies ("signed it in 1812", "signed it 4 May 1820"), or None when the date
    modifies a noun ("the 1650 coronation speech": it dates the speech, whatever the verb says of it)."""
    t = _date_token(parse, d)
    if t is not None and t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
    return t.head if t is not None and t.head.i != t.i and _verbal(t.head) else None


def date_verb(parse: Parse, d: DateMention) -> Any | None:
    """The verb governing the date in the parse (the nearest verb above it), or None."""
    t = _date_token(parse, d)
    while t is not None and not _verbal(t):
        t = None if t.head.i == t.i else t.head
    return t


def _regions(first: Any, conjuncts: list[Any]) -> list[tuple[int, int]]:
    """Token ranges of the conjuncts in the sentence, by position: the first from its verb, each next from its
    conjunction ("and later served", "so on that day signed") or its first word, the last to the coordination's
    end (a date misattached to the wrong verb still lies in its own range)."""
    starts = [first.i]
    for c in conjuncts[1:]:
        at = c.left_edge.i
        before = [t for t in first.doc[first.i:at] if t.dep_ == "cc" and t.head.i in {x.i for x in conjuncts}]
        starts.append(before[-1].i if before else at)
    ends = [*starts[1:], first.right_edge.i + 1]
    return list(zip(starts, ends, strict=True))


def _other_conjuncts(parse: Parse, d: DateMention) -> set[int]:
    """Token indices of the verb conjuncts other than the date's: "studied at X in 1781 and later served in Y" →
    "and later served in Y" for 1781. What precedes the first verb (the subject, a fronted date or phrase) is
    shared by all: "In 1861 they slipped through and left X" — the date is the whole coordination's."""
    verb, date = date_verb(parse, d), _date_token(parse, d)
    if verb is None or date is None:
        return set()
    first = verb
    while first.dep_ == "conj" and _verbal(first.head):
        first = first.head
    conjuncts = sorted([first, *(c for c in first.conjuncts if _verbal(c))], key=lambda t: t.i)
    if len(conjuncts) < 2 or date.i < first.i:
        return set()
    regions = _regions(first, conjuncts)
    own = next(((a, b) for a, b in regions if a <= date.i < b), None)
    if own is None:
        return set()
    return {i for a, b in regions if (a, b) != own for i in range(a, b)}


def _dated_clauses(text: str, sent: tuple[int, int], toks: list[Tok], d: DateMention,
                   others: Sequence[DateMention]) -> list[tuple[int, int]]:
    """Of the sentence's clauses (``sentences.clause_at``) holding another date and not ``d``: the whole clause, or
    when the date's own clause has no verb (gapping: it shares the other's), the part after the other's verb."""
    own = clause_at(text, sent, d.start)
    # "…, and B in 1844" (no verb), "…, and later served in Y" (no subject): the other clause's subject is shared
    gapped = not _subject_before_verb(toks, own)
    spans = []
    for o in others:
        lo, hi = clause_at(text, sent, o.start)
        if (lo, hi) == own or lo <= d.start < hi:
            continue
        verb = _first_verb(toks, (lo, hi))
        spans.append((verb.end if verb is not None and gapped else lo, hi))
    return spans


def _subject_before_verb(toks: list[Tok], span: tuple[int, int]) -> bool:
    """The clause has a verb and a noun or pronoun before it (a subject of its own)."""
    verb = _first_verb(toks, span)
    return verb is not None and any(span[0] <= t.start and t.end <= verb.start and t.tag[:2] in ("NN", "PR")
                                    for t in toks)


def _first_verb(toks: list[Tok], span: tuple[int, int]) -> Tok | None:
    return next((t for t in toks if span[0] <= t.start and t.end <= span[1] and (t.tag.startswith("VB") or t.tag == "MD")),
                None)


def _coordinated_phrases(toks: list[Tok], sent: tuple[int, int], d: DateMention,
                         others: Sequence[DateMention]) -> list[tuple[int, int]]:
    """The other date's prepositional phrase of two coordinated after one verb, each with its date: "sailed to A
    in 1761 and to B in 1764" → "and to B in 1764" for 1761, "to A in 1761" for 1764 (no verb between the dates,
    a conjunction between them followed by a preposition; the first phrase opens with the same preposition after
    the verb, else right after the verb)."""
    here = [t for t in toks if sent[0] <= t.start and t.end <= sent[1]]
    spans = []
    for o in others:
        low, high = (d.end, o.start) if o.start > d.end else (o.end, d.start)
        between = [k for k, t in enumerate(here) if low <= t.start and t.end <= high]
        if not between or any(_verbal_tag(here[k].tag) for k in between):
            continue
        cc = next((k for k in between if here[k].tag == "CC" and k + 1 < len(here) and here[k + 1].tag in {"IN", "TO"}),
                  None)
        if cc is None:
            continue
        if o.start > d.end:
            spans.append((here[cc].start, o.end))
            continue
        verb = next((k for k in range(cc - 1, -1, -1) if _verbal_tag(here[k].tag)), None)
        if verb is None or here[verb].start < sent[0]:
            continue
        prep = here[cc + 1].text.lower()
        opener = next((k for k in range(cc - 1, verb, -1) if here[k].text.lower() == prep), verb + 1)
        spans.append((here[opener].start, here[cc].start))
    return spans


def _verbal_tag(tag: str) -> bool:
    return tag.startswith("VB") or tag == "MD"


def foreign_spans(text: str, sent: tuple[int, int], toks: list[Tok], parse: Parse | None, d: DateMention,
                  others: Sequence[DateMention]) -> list[tuple[int, int]]:
    """Character spans of ``sent`` that tell another happening than the one ``d`` dates (module docstring)."""
    spans = _dated_clauses(text, sent, toks, d, others) + _coordinated_phrases(toks, sent, d, others)
    if parse is not None:
        ptoks = parse[0]
        spans += [(ptoks[i].start, ptoks[i].end) for i in sorted(_other_conjuncts(parse, d)) if i < len(ptoks)]
        spans += [(ptoks[i].start, ptoks[i].end) for i in sorted(_appositive_possessors(parse)) if i < len(ptoks)]
    return spans


def _appositive_possessors(parse: Parse) -> set[int]:
    """Token indices of the possessor of an apposition naming a person by a relation ("William X, John's son,":
    "John", with its words; "son" a person noun in WordNet). "A, Cook's first voyage," keeps Cook: a voyage is
    no person, and its possessor takes part in it."""
    _, doc = parse
    return {w.i for t in doc if t.dep_ == "poss" and t.head.dep_ == "appos"
            and first_sense_class(t.head.lemma_ or t.head.lower_, "n") == "noun.person" for w in t.subtree}


def unasserted(parse: Parse | None, d: DateMention) -> bool:
    """The date's verb is denied ("did not sign it in 1812") or only supposed ("had X refused in 1810")."""
    if parse is None:
        return False
    if denied_date(parse[0], d) or negated_subject(parse, d):
        return True
    verb = _verb_dated(parse, d)
    if verb is None:
        return False
    return counterfactual(verb) or _supposed_condition(verb) or denied_act(verb)


def negated_subject(parse: Parse, d: DateMention) -> bool:
    """The verb above the date has a negative subject: a negative word itself ("none of them won", "nobody
    signed") or a negative determiner of it ("no candidate won a majority", "neither X nor Y"; lexicon
    ``qa_negators``): no one did it, so no happening is told (round 57 red team D9). "No fewer than 300 died"
    is no negated subject: its "no" qualifies a number, not the subject."""
    verb = date_verb(parse, d)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_ROLES] or _unparsed_subject(verb)
    return any(_negative_noun(s) for s in subjects)


def _negative_noun(noun: Any) -> bool:
    """A negative word itself ("none", "nobody") or a noun with a negative determiner ("no candidate")."""
    negators = lexicon.words("qa_negators")
    return noun.lower_ in negators or any(c.dep_ in _NEGATING_DETERMINERS and c.lower_ in negators
                                          for c in noun.children)


def _unparsed_subject(verb: Any) -> list[Any]:
    """For a verb the parse gives no subject ("At the poll of 1887 no candidate in X won": the noun hung from the
    date's "of"), the last noun or pronoun before it with no verb between them: the subject the parse missed."""
    for t in reversed(list(verb.doc[: verb.i])):
        if _verbal(t) or t.text in {",", ";", ":"}:
            return []
        if t.tag_ in {"NN", "NNS", "PRP"} or _negative_noun(t):
            of = t.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i else None
            return [t] if of is None else [t, of.head]  # "none of the members": the members' quantifier
    return []


# The subject roles a negative subject takes, and the roles of a negative word that negates the noun it hangs from
# ("no candidate", "neither X nor Y").
_SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass"})
_NEGATING_DETERMINERS = frozenset({"det", "preconj"})


def denied_date(toks: Sequence[Tok], d: DateMention) -> bool:
    """Is the date itself denied: a word of lexicon ``date_denials`` right before it or before the preposition
    and article opening it ("not on 14 May", "rather than in 1821"); a delaying preposition ("not until 1945")
    tells when it did happen."""
    at = next((i for i, t in enumerate(toks) if t.end > d.start), None)
    if at is None:
        return False
    lead = at
    while True:
        before = " ".join(t.text.lower() for t in toks[max(0, lead - 2) : lead])
        if any(before == w or before.endswith(" " + w) for w in _DENIALS):
            return not any(t.text.lower() in lexicon.words("delaying_prepositions") for t in toks[lead:at])
        if lead == 0 or toks[lead - 1].tag not in _DATE_OPENER_TAGS:
            return False
        lead -= 1


# Tags of the words that may open a date phrase between a denying word and the date: a preposition, an article
# ("not on the 14th", "rather than in 1821").
_DATE_OPENER_TAGS = frozenset({"IN", "DT"})
_DENIALS = lexicon.words("date_denials")


def _supposed_condition(verb: Any) -> bool:
    """A pluperfect condition of a conditional perfect ("had the council refused …, it would have moved"; "if
    it had burned …, they would have left"): the parse may tag its verb a past tense, not a participle."""
    perfect = any(c.dep_ == "aux" and "have" in base_forms(c.text) for c in verb.children)
    return verb.dep_ == "advcl" and perfect and counterfactual(verb.head)
