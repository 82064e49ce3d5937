"""Candidate answers read off a sentence's dependency parse, for the learned ranking to weigh.

Besides the typed facts and the constituent of the asked slot
(qa/candidates.py), every dependent of the words aligned with the question's
predicate (or, when none aligns, of the sentence's root) is a candidate — its
whole subtree, and for a prepositional phrase also the object without its
preposition — and so is every noun chunk. Each carries what the ranking needs
to tell them apart: the grammatical role of the span (subject, object,
prepositional phrase, clause, adverbial), whether that role is the one the
question asks for, whether it hangs on an aligned word, and whether its form
suits the expected kind (a year for "when", a number for "how many", a name
for "who"). No weight is set here: the coefficients are learned
(bench/fit_ask.py).
"""

from __future__ import annotations

import re
from typing import Any

from vitrina import lexicon
from vitrina.extract.numbers import lower_bound
from vitrina.qa import coref
from vitrina.qa.lexical import (
    CHARACTERISING,
    RESPONDING,
    base_forms,
    fold,
    kind_of,
    related,
    verb_of,
)
from vitrina.qa.parse import parse
from vitrina.qa.question import Question
from vitrina.qa.structure import anchors, converse_anchors, purpose_after_comma, role_fillers
from vitrina.qa.text import STOPWORDS, WORD
from vitrina.qa.weights import ASKED_ARGUMENT, LEXICAL, PREDICATE

MAX_TOKENS = 40  # longer spans are whole clauses of a long sentence, not answers
YEAR = re.compile(r"(?:1[0-9]|20)[0-9]{2}")  # a four-digit year of the last millennium: a date, no count
DECADE = re.compile(r"\b((?:1[0-9]|20)[0-9])0['’]?s\b")  # a decade named by its first year ("the 1970s")
ROLES: dict[str, str] = {  # dependency label -> grammatical role of the span
    "nsubj": "subject", "csubj": "subject", "agent": "subject",
    "nsubjpass": "object", "dobj": "object", "dative": "object", "attr": "object", "oprd": "object",
    "acomp": "object",
    "prep": "prep",
    "advcl": "clause", "xcomp": "clause", "ccomp": "clause",
    "npadvmod": "adverbial", "advmod": "adverbial",
}
ROLE_NAMES = ("subject", "object", "prep", "clause", "adverbial", "chunk")
# the roles that can fill each asked slot (qa/question.py's slot names)
SLOT_ROLES: dict[str, frozenset[str]] = {
    "subject": frozenset({"subject"}),
    "possessor": frozenset({"subject"}),
    "object": frozenset({"object", "clause"}),
    "complement": frozenset({"object"}),
    "time": frozenset({"prep", "adverbial", "clause"}),
    "place": frozenset({"prep", "adverbial"}),
    "reason": frozenset({"clause", "prep"}),
    "manner": frozenset({"clause", "prep", "adverbial"}),
    "quantity": frozenset({"object", "prep", "adverbial", "subject"}),
    "action": frozenset({"clause"}),
}
WIDE_ROLES = ("prep", "clause")  # roles read anywhere in the sentence when they fill the asked slot
def slot_match(role: str, head_prep: str | None, q: Question) -> bool:
    """The span's role is one that fills the asked slot ("prep:with" wants a "with" phrase)."""
    if q.slot.startswith("prep:"):
        return role == "prep" and head_prep == q.slot.split(":", 1)[1]
    return role in SLOT_ROLES.get(q.slot, frozenset())


def form_fits(tokens: list[Any], role: str, q: Question) -> bool:
    """The span's form suits the expected kind of answer (spaCy's number-like words)."""
    if q.expects == "date":
        return any(t.like_num and len(t.text) in (3, 4) or t.lower_ in lexicon.words("months") for t in tokens)
    if q.expects == "quantity":
        return any(t.like_num for t in tokens)
    if q.expects in ("person", "place"):
        return tokens[0].text[:1].isupper()
    if q.expects == "list":
        return any(t.dep_ == "cc" or t.text == "," for t in tokens)
    if q.expects == "sentence":
        return role in ("clause", "prep")
    return q.expects == "named"


def _span(tokens: list[Any]) -> tuple[int, int] | None:
    """Character offsets of a token run, trimmed of punctuation and conjunctions at its ends."""
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in "”\"’)" or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct and tokens[0].text not in "“\"(" or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subtree(token: Any) -> list[Any]:
    return sorted(token.subtree, key=lambda t: t.i)


CLAUSE_MARKERS = ("mark", "aux", "advmod")  # "because" / "to" / "so" (that) opening a clause, not its content
RESTRICTIVE = ("relcl", "acl", "appos")  # what follows a noun phrase's head and can be left off it


def parts(token: Any) -> list[list[Any]]:
    """Shorter readings of a dependent's subtree that can be the answer on their own: a clause
    without the marker opening it ("because | the harvest failed", "to | employ tutors"), a noun
    phrase without the clause or apposition following its head ("the Bank | , which …"), and each
    apposition on its own."""
    tree = _subtree(token)
    out = []
    if token.pos_ in ("VERB", "AUX"):
        lead = 0
        while lead < len(tree) and tree[lead].i < token.i and tree[lead].head.i == token.i \
                and tree[lead].dep_ in CLAUSE_MARKERS and tree[lead].pos_ in ("SCONJ", "PART", "ADV"):
            lead += 1
        if 0 < lead < len(tree):
            out.append(tree[lead:])
    if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        cut = [c for c in token.children if c.dep_ in RESTRICTIVE and c.i > token.i]
        if cut:
            out.append([t for t in tree if t.i < min(c.left_edge.i for c in cut)])
            out += [_subtree(c) for c in cut if c.dep_ == "appos"]
    return out


def spans(doc: Any, q: Question) -> list[tuple[int, int, dict[str, float]]]:
    """(start, end, structural features) of every dependent of the aligned words (else the root), and
    their shorter readings (`parts`); of every clause or prepositional phrase filling the asked slot
    wherever it hangs; and of every noun chunk, in sentence offsets."""
    aligned = anchors(doc, q)
    heads = aligned or [(t, 0.0) for t in doc if t.dep_ == "ROOT"]
    found: dict[tuple[int, int], dict[str, float]] = {}

    def add(tokens: list[Any], role: str, credit: float, prep: str | None, part: bool = False) -> None:
        span = _span(tokens)
        if span is None:
            return
        info = {"span_anchor": credit, "span_slot": float(slot_match(role, prep, q)),
                "span_form": float(form_fits(tokens, role, q)), f"span_{role}": 1.0, "span_part": float(part)}
        old = found.get(span)
        if old is None or old["span_anchor"] + old["span_slot"] < info["span_anchor"] + info["span_slot"]:
            found[span] = info

    for head, credit in heads:
        for child in head.children:
            role = ROLES.get(child.dep_)
            if role is None:
                continue
            add(_subtree(child), role, credit, child.lower_ if role == "prep" else None)
            if role == "prep":
                for obj in child.children:
                    if obj.dep_ in ("pobj", "pcomp"):
                        add(_subtree(obj), role, credit, child.lower_)
                        for part in parts(obj):
                            add(part, role, credit, child.lower_, True)
            for part in parts(child):
                add(part, role, credit, child.lower_ if role == "prep" else None, True)
        if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
            noun = head.head  # "the envoy who signed it": the noun the clause is about
            clause = set(head.subtree)
            add([t for t in _subtree(noun) if t not in clause],
                "subject" if head.dep_ == "relcl" else "object", credit, None)
    for token in doc:  # a clause or phrase of the asked kind hanging on a word the question's did not align with
        role = ROLES.get(token.dep_)
        prep = token.lower_ if role == "prep" else None
        if role in WIDE_ROLES and slot_match(role, prep, q):
            add(_subtree(token), role, 0.0, prep)
            for part in parts(token):
                add(part, role, 0.0, prep, True)
    for chunk in doc.noun_chunks:
        add(list(chunk), "chunk", 0.0, None)
    return [(a, b, info) for (a, b), info in found.items()]


SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
PREDICATE_LEAD = ("aux", "auxpass", "neg")  # "was | sunk", "did not | sign": part of the predicate before its verb


def predicate(doc: Any, q: Question) -> tuple[int, int] | None:
    """For "How did X V?" answered by a whole sentence: the predicate of the sentence's clause about X —
    its verb with what follows it, without the subject and the adverbials before it, and cut before a
    clause of its own subject, a purpose clause ("in order to …", "to V …": what the act was for, the
    question's V) or an adverbial clause restating the question; when a phrase of means hangs on that verb
    ("… by means of a petition", `_means`), that phrase alone. Sentence offsets, or None when no clause
    is about X or the predicate is not shorter than the sentence."""
    clauses = _main_clauses(doc)
    if not clauses:
        return None
    own = _question_forms(q)
    about = max(clauses, key=lambda c: (_about(c[1], own), _responding(c[1], q), -c[0].i))
    if _about(about[1], own) == 0:
        # no main clause is about X: an adverbial clause of its own subject may be ("The talks were over
        # when X walked out")
        about = max(_adverbial_clauses(doc), key=lambda c: (_about(c[1], own), -c[0].i), default=about)
        if _about(about[1], own) == 0:
            return None
    verb = about[0]
    if verb_of(q.predicate or "", CHARACTERISING):
        called = as_complement(verb)
        if called is not None:  # "How did X characterize Y?" — "X denounced Y as a surrender": a surrender
            return called
    means = _means(verb)
    if means is not None:  # "secured the annexation by means of a joint resolution": how, the means phrase
        return means
    tokens = _predicate_tokens(verb, own, responding=verb_of(q.predicate or "", RESPONDING))
    span = _span(tokens)
    if span is None or len([t for t in tokens if not t.is_punct]) < PREDICATE["min_words"]:
        return None
    if span[0] <= doc[0].idx and span[1] >= len(doc.text.rstrip(" .!?")):
        return None
    return span


def _means(verb: Any) -> tuple[int, int] | None:
    """The phrase of a preposition of means (lexicon ``means_prepositions``: "by") on ``verb``, after it, whose
    object is a gerund or a common noun ("by organizing a boycott", "by means of a resolution"; not "by Spain",
    "by 1900"), of at least ``PREDICATE["min_words"]`` words: sentence offsets."""
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ not in lexicon.words("means_prepositions"):
            continue
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objects or any(o.pos_ in ("PROPN", "NUM") or o.like_num or o.ent_type_ for o in objects):
            continue
        tokens = [t for t in prep.subtree if not t.is_punct]
        if len(tokens) >= PREDICATE["min_words"]:
            cut = purpose_after_comma(prep)  # "by persuading X, to bolster Y": the purpose is no part of how
            return _span([t for t in prep.subtree if cut is None or t.idx < cut])
    return None


def _main_clauses(doc: Any) -> list[tuple[Any, Any]]:
    """(verb, subject) of the root clause and of the clauses conjoined to it; a conjoined verb without a
    subject of its own shares the root's ("X signed and left")."""
    roots = [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    out: list[tuple[Any, Any]] = []
    for root in roots:
        subject = _subject(root)
        verbs = [root]
        while verbs:
            verb = verbs.pop(0)
            out.append((verb, _subject(verb) or subject))
            verbs += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return out


def _adverbial_clauses(doc: Any) -> list[tuple[Any, Any]]:
    """(verb, subject) of the adverbial clauses that have a subject of their own ("… when X rejected it")."""
    return [(t, subject) for t in doc if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX")
            and (subject := _subject(t)) is not None]


def as_complement(verb: Any) -> tuple[int, int] | None:
    """The complement of an "as" phrase (lexicon ``characterising_prepositions``) on ``verb`` or on its object
    ("condemned the deal as a betrayal of the allies"): the noun or adjective phrase it is called, without a
    relative clause on it. Sentence offsets, or None."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in lexicon.words("characterising_prepositions"):
                continue
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp")), None)
            if obj is None:
                continue
            cut = [c.left_edge.i for c in obj.rights if c.dep_ in ("relcl", "acl") or c.dep_ == "punct"]
            tokens = [t for t in _subtree(obj) if t.i < min([obj.right_edge.i + 1, *cut])]
            span = _span(tokens)
            if span is not None:
                return span
    return None


def purpose_infinitive(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """For a question asking what something was for (`Question.purpose`): the infinitive of purpose ("to V …", an
    adverbial clause or an infinitive complement of a verb, or an infinitive on a noun: "a board to run the port")
    inside the answer span ``start``–``end`` (sentence offsets), else one on the verb governing the span or on a
    word of the span ("proposed a commission, … , to run the port": "to run the port"). Sentence offsets, or
    None."""
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return None
    infinitives = [t for t in doc if t.pos_ in ("VERB", "AUX") and _purpose(t) and (
        t.dep_ in ("advcl", "xcomp") and t.head.pos_ in ("VERB", "AUX")
        or t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN"))]  # "a board to manage the locks"
    within = [t for t in infinitives if t.left_edge.idx >= start and t.right_edge.idx < end]
    if not within:  # on the verb governing the answer, or on the answer's own noun
        governors = {t.head.i for t in inside if not start <= t.head.idx < end} | {t.i for t in inside}
        within = [t for t in infinitives if t.head.i in governors and not start <= t.idx < end]
    if not within:
        return None
    chosen = min(within, key=lambda t: t.i)
    return _span(_subtree(chosen))


def value_of_asked_noun(doc: Any, start: int, end: int, q: Question) -> tuple[int, int] | None:
    """For a question whose asked noun heads the answer span and takes an "of" phrase holding a number ("At
    what altitude …?" — "an altitude of 9,000 feet"): the "of" phrase's object, the value. Sentence offsets, or
    None."""
    if not q.head:
        return None
    heads = [t for t in doc if start <= t.idx < end and (t.head.i == t.i or not start <= t.head.idx < end)]
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or q.head not in base_forms(heads[0].text):
        return None  # (a name's "of" phrase is part of the name: "the Alliance of 1790")
    for prep in heads[0].children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            numbers = [t for t in obj.subtree if t.like_num] if obj is not None else []
            if obj is not None and numbers and not any(YEAR.fullmatch(t.text) for t in numbers):
                return _span(_subtree(obj))
    return None


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _question_forms(q: Question) -> frozenset[str]:
    return frozenset({b for w in q.content + q.names for b in base_forms(w)} | q.others)


def _responding(subject: Any | None, q: Question) -> bool:
    """For a response asked (``q.responder``, qa/respond.py): the clause's subject holds a word of the responder's,
    which settles a tie between clauses about the question's words ("Kissinger reached a deal; President T rejected
    it" for "How did the president react to Kissinger's deal?")."""
    if subject is None or not q.responder:
        return False
    wanted = {b for w in q.responder for b in base_forms(w)}
    return any(base_forms(t.text) & wanted for t in subject.subtree if not t.is_stop)


def _about(subject: Any | None, own: frozenset[str]) -> int:
    """2: the clause's subject holds a word or name of the question; 1: a pronoun of a person or group
    (`qa.coref.pronoun_kinds`: the question's subject, named in the sentence before); 0: someone else."""
    if subject is None:
        return 0
    if any(base_forms(t.text) & own for t in subject.subtree if not t.is_stop):
        return 2
    return int(subject.pos_ == "PRON" and fold(subject.text) in _pronouns())


def _pronouns() -> frozenset[str]:
    return frozenset(coref.pronoun_kinds())


def _predicate_tokens(verb: Any, own: frozenset[str], responding: bool = False) -> list[Any]:
    """The verb, the auxiliaries and negation just before it, and its subtree after it up to the first cut. With
    ``responding`` ("How did X respond to Y?": the act X responded with), also cut before an "as" phrase on the
    verb or its object (the verdict on what was rejected, `as_complement`) and before a participle clause set off
    by a comma (an accompanying act: ", asserting that …")."""
    doc = verb.doc
    lead = [c for c in verb.lefts if c.dep_ in PREDICATE_LEAD]
    start = min([verb.i, *(c.i for c in lead)])
    if any(t.dep_ not in PREDICATE_LEAD for t in doc[start:verb.i]):
        start = verb.i  # something else stands between: the verb alone opens the predicate
    end = max(t.i for t in verb.subtree) + 1
    cuts = [c.left_edge.i for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    cuts += [c.i for c in verb.rights if c.dep_ == "cc"]
    cuts += [t.left_edge.i for t in doc[verb.i + 1:end]
             if t.dep_ == "advcl" and t.left_edge.i > verb.i and (_purpose(t) or _restating(t, own))]
    cuts += [t.i for t in doc[verb.i + 1:end] if _purpose_opener(t)]
    if responding:
        objects = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        cuts += [p.i for o in objects for p in o.rights
                 if p.dep_ == "prep" and p.lower_ in lexicon.words("characterising_prepositions")]
        cuts += [t.left_edge.i for t in doc[verb.i + 1:end] if t.dep_ == "advcl" and t.tag_ == "VBG"
                 and t.i > 0 and doc[t.left_edge.i - 1].is_punct]
    return list(doc[start:min([end, *cuts])])


def _purpose(clause: Any) -> bool:
    """An adverbial clause of purpose: an infinitive ("… to win support")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def _purpose_opener(token: Any) -> bool:
    """The first word of a multi-word subordinator of purpose ("in order to"), which the parser reads as a
    prepositional phrase."""
    following = " ".join(t.lower_ for t in token.doc[token.i:token.i + 3])
    return any(following == opener or following.startswith(opener + " ")
               for opener in lexicon.words("qa_purpose_openers"))


def _restating(clause: Any, own: frozenset[str]) -> bool:
    """An adverbial clause whose content words are mostly the question's own ("… unless the port dropped
    its fees" for "How did X get the port to drop its fees?")."""
    return _restating_words(list(clause.subtree), own)


def without_relative_clause(doc: Any, start: int, end: int, q: Question) -> tuple[int, int] | None:
    """The answer span ``start``–``end`` (sentence offsets) without a non-restrictive relative clause of a word
    inside it ("the Old Alliance of 1790, which had worried the traders" → "the Old Alliance of 1790"): a
    relative clause set off by a comma says more about the answer, it is not the answer. Everything after the
    clause goes with it, so a clause followed by a coordination (other than of the clause's own verbs:
    `_clause_conjunct`) is kept (the parser often hangs the next
    members of a list on the clause's last noun: the list may be the answer) unless the clause's content words are
    mostly the question's own (`_restating`: "the Act of 1867, which united A, B and C" for "Which law united A, B
    and C?"), and so is one whose head only repeats the question ("on May 3, which granted …" for "What did X grant on
    May 3?": the clause holds the answer). None when the span holds no such clause."""
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    own = _question_forms(q)
    clauses = [t for t in inside if t.dep_ == "relcl" and t.head in inside and t.left_edge.i > t.head.i
               and t.left_edge in inside and _after_comma(t.left_edge)
               and (not any((u.dep_ == "conj" and not _clause_conjunct(u, t) or u.text == ";")
                            and u.i > t.left_edge.i for u in inside)
                    or _restating(t, own))]
    if not clauses:
        return None
    first = min(c.left_edge.i for c in clauses)
    kept = [t for t in inside if t.i < first]
    if _repeats_question(kept, q):
        return None
    return _span(kept)


def asked_conjunct(doc: Any, start: int, end: int, q: Question) -> tuple[int, int] | None:
    """For a question asking one thing answered by a coordination of phrases ("to repay the loan, to leave the
    harbour, and to free the *merchants* held there" for "What did the duke promise the merchants?"), the one
    member holding words of the question other than its predicate and a scene-setting clause ("after X …"): the
    other members are other things. None when
    the question asks several or a list, a count, a date or a yes/no, when the span holds no coordination, or when
    not exactly one member holds the question's words. The members are cut at the left edges of the conjuncts of
    the coordination highest in the span's tree (and of its first member, when that hangs below the span's head:
    "to A, to B, and to C" parsed as B and C an adverbial clause of A)."""
    if q.several or q.plural or q.expects in ("list", "truth", "quantity", "date"):
        return None
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    inner = {t.i for t in inside}
    firsts = [t.head for t in inside if t.dep_ == "conj" and t.head.i in inner and t.head.dep_ != "conj"]
    if not firsts or len(inside) < 2:
        return None
    first = min(firsts, key=_depth)  # the coordination highest in the span's tree
    if first.dep_ in ("relcl", "acl"):
        return None  # the verbs of a clause on a noun ("the plan that was drafted and signed by A")
    members = [first, *(c for c in first.conjuncts if c.i in inner and c.i > first.i)]
    if _depth(first) > min(map(_depth, inside)):  # "to A, to B, and to C": the first member's own left edge too
        if first.pos_ not in ("VERB", "AUX") or first.left_edge.i == inside[0].i or first.dep_ not in (
                "advcl", "xcomp") or _depth(first) > min(map(_depth, inside)) + 1:
            return None  # (a coordination inside a phrase or a relative clause of the head: "the invasion of A
            # and B", "the plan that was drafted and signed by A")
        members.insert(0, inside[0])
    bounds = sorted({inside[0].i, *(m.left_edge.i for m in members[1:])}) + [inside[-1].i + 1]
    own = _argument_forms(q)
    holding = [list(doc[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)
               if any(t.is_alpha and not t.is_stop and base_forms(t.text) & own for t in doc[a:b])]
    return _span(holding[0]) if len(holding) == 1 else None


def other_side_of_copula(doc: Any, start: int, end: int, q: Question) -> tuple[int, int] | None:
    """For a question asking a thing or a person, answered by one side of "X is Y" whose words mostly restate the
    question's ("the only inland kingdom" for "Which was the last inland state to …?", set against
    "*Vell* was the only inland kingdom"), the other side: the question describes what it asks, the sentence
    names it on the other side of "be". None when the span is no subject or complement of "be", its content words
    restate the question less than `PREDICATE["restating_share"]`, or the other side restates it too."""
    if q.expects not in ("person", "place", "named") or q.type in ("how", "why"):
        return None
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    heads = [t for t in inside if t.head not in inside or t.head.i == t.i]
    if len(heads) != 1 or heads[0].dep_ not in ("attr", "nsubj") or not _is_be(heads[0].head):
        return None
    other = [c for c in heads[0].head.children if c.dep_ in ({"attr", "nsubj"} - {heads[0].dep_})]
    own = _question_forms(q)
    if len(other) != 1 or not _restating_words(inside, own) or _restating_words(_subtree(other[0]), own) \
            or other[0].pos_ == "PRON":
        return None
    return _span(_subtree(other[0]))


def _restating_words(tokens: list[Any], own: frozenset[str]) -> bool:
    """At least `PREDICATE["restating_share"]` of the content words of ``tokens`` are the question's."""
    content = [t for t in tokens if t.is_alpha and fold(t.text) not in STOPWORDS]
    shared = sum(bool(base_forms(t.text) & own) for t in content)
    return bool(content) and shared / len(content) >= PREDICATE["restating_share"]


def without_apposition(doc: Any, start: int, end: int, q: Question) -> tuple[int, int] | None:
    """For a question asking a person, a place or a thing by name, the answer span without the description set
    in apposition after a name inside it, at the span's end ("Ada Lind of the Vell Press, *a print shop in Orsk
    named after its founder*"): the name is asked, the description (a common noun's phrase: "Castellane, Veldra"
    is one place) says more about it. None when no such
    apposition ends the span, several are asked, the name is one of several (a coordination, perhaps hung on the
    description: "A, a former envoy, and B"), or what is left only repeats the
    question (then the description is what is asked: "Who was Ada Lind?")."""
    if q.expects not in ("person", "place", "named") or q.type in ("how", "why") or q.several or q.plural:
        return None
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    words = [t for t in inside if not t.is_punct]
    if not words:
        return None
    trailing = [t for t in inside if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head in inside
                and t.head.pos_ == "PROPN"
                and t.left_edge in inside and _after_comma(t.left_edge) and t.right_edge.i >= words[-1].i
                and not any(c.dep_ == "conj" for c in t.head.children)
                and not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.subtree)]
    if not trailing:
        return None
    kept = [t for t in inside if t.i < min(t.left_edge.i for t in trailing)]
    if not any(t.pos_ == "PROPN" for t in kept) or _repeats_question(kept, q):
        return None
    return _span(kept)


def _argument_forms(q: Question) -> frozenset[str]:
    """Base forms of the question's content words outside its predicate and outside an adverbial clause setting
    the scene ("after the council met"), and the other names of its names."""
    doc = parse(q.text)
    scene = {t.i for t in doc if t.dep_ == "advcl" for t in t.subtree}
    words = {t.text for t in doc if t.is_alpha and not t.is_stop and t.i not in scene}
    return frozenset({b for w in words for b in base_forms(w)} | q.others) - (
        base_forms(q.predicate) if q.predicate else frozenset())


def _is_be(token: Any) -> bool:
    return token.lemma_ == "be" or "be" in base_forms(token.text)


def _depth(token: Any) -> int:
    """The number of heads above a token up to its sentence's root."""
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def without_preposition(doc: Any, start: int, end: int, q: Question) -> tuple[int, int] | None:
    """For a question asking a thing, a person or a place by a noun phrase ("What law …?", "Where were X?"), the
    object of a preposition opening the answer span ("in *the Caribbean and the Pacific*"): the preposition says
    how the sentence's verb takes it, the question asks the thing. None when the question asks how, why or by a
    preposition of its own ("By what means …?", "With whom …?"), or the span is no prepositional phrase."""
    if q.expects not in ("person", "place", "named", "list") or q.type in ("how", "why") \
            or q.slot.startswith("prep:") or q.slot in ("manner", "reason"):
        return None
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    if not inside or inside[0].pos_ != "ADP" or inside[0].dep_ not in ("prep", "agent"):
        return None
    objects = [c for c in inside[0].children if c.dep_ == "pobj" and c in inside]
    if len(objects) != 1 or objects[0].right_edge.i < inside[-1].i or objects[0].left_edge.i != inside[0].i + 1:
        return None
    return _span(inside[1:])


def _clause_conjunct(token: Any, clause: Any) -> bool:
    """A verb coordinated with the relative clause's verb, or with a verb inside it ("which A believed … but
    which B refused …"): the clause's own second half, not a next member of a list."""
    return token.pos_ in ("VERB", "AUX") and token.head.pos_ in ("VERB", "AUX") and token in clause.subtree


def _repeats_question(tokens: list[Any], q: Question) -> bool:
    """Every content word or number of ``tokens`` is one of the question's words."""
    asked = {fold(w) for w in WORD.findall(q.text)}
    own = _question_forms(q) | asked
    content = [t for t in tokens if t.is_alpha and fold(t.text) not in STOPWORDS or t.like_num]
    return all(fold(t.text) in asked or base_forms(t.text) & own for t in content)


def _after_comma(token: Any) -> bool:
    """A comma stands before the token, perhaps with a closing quotation mark between ("“X,” which")."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_punct and token.doc[i].text in "”\"’":
        i -= 1
    return i >= 0 and token.doc[i].text == ","


def coordination(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """The whole coordination a name ``start``–``end`` (sentence offsets) is a member of ("A of X and *B* of Y",
    "C, *D*, and E"), for a question that asks several: the span from the first member's first word to the
    last member's last. Only names are joined so, the first member a proper noun: None when the name is no
    member of a coordination, when the span already joins several, or the coordination is longer than
    ``MAX_TOKENS``."""
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    heads = [t for t in inside if t.head not in inside or t.head is t]
    if len(heads) != 1 or heads[0].pos_ != "PROPN":
        return None
    if any(t.dep_ == "conj" and t.head in inside for t in inside):
        return None  # the span already joins several: it is the list, not a member of one
    first = heads[0]
    while first.dep_ == "conj" and first.head.pos_ == "PROPN":
        first = first.head
    # the parser may hang the next name on the last word of the first one's "of" phrase ("A of X and B of Y")
    members = [first, *(t for t in first.conjuncts if t.i > first.i),
               *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN" and t.head.pos_ == "PROPN")]
    if len(members) < 2 or first.pos_ != "PROPN":
        return None
    left = next(t for t in first.subtree if not t.is_punct)
    right = max(members, key=lambda t: t.i).right_edge
    while right.is_punct and right.i > left.i:
        right = right.doc[right.i - 1]
    if right.i - left.i + 1 > MAX_TOKENS:
        return None
    return left.idx, right.idx + len(right.text)


def asked_count(doc: Any, start: int, end: int, q: Question, aligned: frozenset[int]) -> tuple[int, int] | None:
    """For "How many …?", another count of the sentence when the count ``start``–``end`` (sentence offsets) is
    not the asked one: the part of a partitive whose whole it is ("*eight* of the twelve towns flooded"), the
    count paired with the question's own name or year where the sentence pairs several ("30 for A, *20* for
    B" asked of B; "from 80 in 1901 to *300* by 1910" asked by 1910), or the count of the clause whose verb
    stands for the question's when the count shown hangs on another verb ("thirty met …, and *twelve* of
    them voted"). None when the count shown is the asked one, or none other is found."""
    numbers = _numbers_in(doc, (start, end))
    if not numbers:
        return None
    part = _partitive_part(numbers[0])
    if part is not None:
        return part
    other = _paired_count(doc, numbers[0], q) or _aligned_count(doc, numbers[0], aligned)
    if other is None or _counts_asked(numbers[0], q) and _counts_other(doc, other, q):
        return None  # "two helicopters" is no count of the soldiers "18 soldiers" counts
    return other


def _counted(number: Any) -> Any | None:
    """The noun a number counts ("18 *soldiers*"), or None."""
    while number.dep_ in ("compound", "quantmod") and number.head.like_num:
        number = number.head
    noun = number.head
    return noun if number.dep_ == "nummod" and noun.pos_ in ("NOUN", "PROPN") and noun.i > number.i else None


def _counts_asked(number: Any, q: Question) -> bool:
    noun = _counted(number)
    return noun is not None and bool(base_forms(noun.text) & base_forms(q.head or ""))


def _counts_other(doc: Any, span: tuple[int, int], q: Question) -> bool:
    numbers = _numbers_in(doc, span)
    noun = _counted(numbers[-1]) if numbers else None
    return noun is not None and not base_forms(noun.text) & base_forms(q.head or "")


def _count_word(token: Any) -> bool:
    """A number that counts: a number-like word that is not a year ("1901") nor the day of a month ("on 18
    August", "Aug. 18")."""
    return token.like_num and not YEAR.fullmatch(token.text) and not _day_of_month(token)


def _day_of_month(token: Any) -> bool:
    """A number of one or two digits written right beside a month's name or its capitalised abbreviation (lexicon
    ``months``): "18 August", "Aug. 18"."""
    if not LEXICAL["day_no_count"] or not token.text.isdigit() or len(token.text) > 2:
        return False
    doc = token.doc
    return any(0 <= i < len(doc) and _month_word(doc[i]) for i in (token.i - 1, token.i + 1))


def _month_word(token: Any) -> bool:
    word, months = token.lower_.rstrip("."), lexicon.words("months")
    return word in months or token.text[:1].isupper() and len(word) >= 3 and any(m.startswith(word) for m in months)


def _count_span(number: Any) -> tuple[int, int]:
    """The count a number word is in: the run of number words around it joined by a range's joiner (lexicon
    ``qa_count_ranges``: "fifteen to sixteen thousand", "between 300 and 400"), with the noun it counts right
    after it ("300 tons")."""
    doc = number.doc
    first = last = number.i
    while first > 0 and _count_word(doc[first - 1]):
        first -= 1
    while last + 1 < len(doc) and _count_word(doc[last + 1]):
        last += 1
    joined = last + 2 < len(doc) and _count_word(doc[last + 2])
    opener = doc[first - 1].lower_ if first > 0 else "*"
    if joined and any(doc[last + 1].lower_ == joiner and (o == "*" or o == opener)
                      for o, joiner in lexicon.rows("qa_count_ranges")):
        last += 2
        while last + 1 < len(doc) and _count_word(doc[last + 1]):
            last += 1
    if first > 0 and any(o == opener and joiner in (t.lower_ for t in doc[first:last + 1])
                         for o, joiner in lexicon.rows("qa_count_ranges") if o != "*"):
        first -= 1  # "between 300 and 400": the frame's opener
    noun = doc[last].head if doc[last].dep_ in ("nummod", "compound") else None
    if noun is not None and noun.i == last + 1 and noun.pos_ == "NOUN":
        last = noun.i
    bound = lower_bound(doc.text, doc[first].idx)
    return (bound if bound is not None else doc[first].idx), doc[last].idx + len(doc[last].text)


def _partitive_part(number: Any) -> tuple[int, int] | None:
    """The part of a partitive count whose whole holds ``number`` ("*eight* of the twelve towns",
    "*two hundred* out of the nine hundred men"; lexicon ``qa_partitive_prepositions``)."""
    counted = number.head if number.dep_ in ("nummod", "compound", "quantmod") else number
    while counted.dep_ in ("nummod", "compound") and counted.head.i != counted.i:
        counted = counted.head
    if counted.dep_ != "pobj":
        return None
    prep = counted.head
    words = [prep.lower_]
    part = prep.head
    if part.dep_ == "prep" and part.i == prep.i - 1:  # "out | of"
        words.insert(0, part.lower_)
        part = part.head
    if " ".join(words) not in lexicon.words("qa_partitive_prepositions") or not part.like_num or part.i > prep.i:
        return None
    start, _end = _count_span(part)
    first_prep = prep.i - len(words) + 1
    last = part.doc[first_prep - 1]
    return start, last.idx + len(last.text)


def _paired_count(doc: Any, number: Any, q: Question) -> tuple[int, int] | None:
    """Where the sentence pairs counts with names or years ("30 for A, 20 for B", "80 in 1901 to 300 by 1910"),
    the one count paired with a name or year of the question when the count shown is paired with another."""
    own = set(q.names) | q.others | set(q.years)
    pieces = _pieces(doc.text)
    shown = next(((a, b) for a, b in pieces if a <= number.idx < b), None)
    if shown is None:
        return None
    tags = {piece: _tags(doc, piece) for piece in pieces}
    decades = {m.group(1) for m in DECADE.finditer(q.text)}  # "by the end of the 1970s": the years 1970–1979
    own |= {t for found in tags.values() for t in found if YEAR.fullmatch(t) and t[:3] in decades}
    if not tags[shown] or tags[shown] & own:
        return None  # the count shown is paired with nothing, or with the question's own name
    paired = [p for p in pieces if p != shown and tags[p] & own and not tags[p] - own
              and _numbers_in(doc, p)]
    if len(paired) != 1:
        return None
    return _count_span(_numbers_in(doc, paired[0])[0])


def _pieces(text: str) -> list[tuple[int, int]]:
    """The sentence cut at commas (not a number's), semicolons, brackets and the words between the pairs of a
    list of counts (lexicon ``qa_count_pair_separators``)."""
    words = "|".join(re.escape(w) for w in lexicon.words("qa_count_pair_separators"))
    separator = re.compile(rf",(?!\d)|[;()]|\s(?:{words})\s")
    cuts = [0, *(m.start() for m in separator.finditer(text)), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _tags(doc: Any, piece: tuple[int, int]) -> set[str]:
    """The proper names (folded: proper nouns, capitalised words after the sentence's first) and the years of
    a piece of the sentence."""
    inside = [t for t in doc if piece[0] <= t.idx < piece[1]]
    return {fold(t.text) for t in inside if t.pos_ == "PROPN" or t.i > 0 and t.is_alpha and t.text[:1].isupper()} \
        | {t.text for t in inside if t.like_num and not _count_word(t) and t.text.isdigit()}


def _numbers_in(doc: Any, piece: tuple[int, int]) -> list[Any]:
    return [t for t in doc if piece[0] <= t.idx < piece[1] and _count_word(t)]


def _aligned_count(doc: Any, number: Any, aligned: frozenset[int]) -> tuple[int, int] | None:
    """The one count in an argument of the verbs standing for the question's, when ``number`` hangs on
    another verb of the sentence."""
    verbs = {i for i in aligned if doc[i].pos_ in ("VERB", "AUX")}
    if not verbs or _clause_verb(number).i in verbs or _governed_by(number, aligned):
        return None
    others = [t for t in doc if _count_word(t) and t.i != number.i and _clause_verb(t).i in verbs
              and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "nummod", "attr")]
    if len({_count_span(t) for t in others}) != 1:
        return None
    span = _count_span(others[0])
    part = _partitive_tail(others[0])
    return (span[0], part) if part is not None else span


def _governed_by(token: Any, aligned: frozenset[int]) -> bool:
    """An aligned word stands between ``token`` and its clause's verb ("the deaths of 18 men" for "killed")."""
    node = token
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
        if node.i in aligned:
            return True
    return False


def _clause_verb(token: Any) -> Any:
    """The nearest verb ``token`` hangs on (the root when none)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return node


def _partitive_tail(number: Any) -> int | None:
    """The end of a partitive's part ("twelve" of "twelve of them"): the part without its whole."""
    preps = [c for c in number.children if c.dep_ == "prep" and c.i > number.i
             and c.lower_ in lexicon.words("qa_partitive_prepositions")]
    return number.idx + len(number.text) if preps else None


def outside_asked_role(doc: Any, start: int, end: int, q: Question, aligned: frozenset[int]) -> bool:
    """The words ``start``–``end`` (sentence offsets) are no argument, in the role a who/what question asks (its
    subject or object; the other role of a converse verb: "Who lost?" — "Y defeated *Z*"), of any verb
    standing for the question's ("Who obtained X?" — "Y obtained X and shared it with *Z*", "a note sent by
    *Z*"). False when no verb of the sentence stands for the question's, or the question asks another role."""
    if q.slot not in ("subject", "object") or q.passive:
        return False
    verbs = [doc[i] for i in sorted(aligned) if doc[i].pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    converse = {t.i: role for t, _c, role in converse_anchors(doc, q)}
    inside = {t.i for t in doc if start <= t.idx and t.idx + len(t.text) <= end}
    return not any(inside & {t.i for filler in role_fillers(verb, converse.get(verb.i, q.slot))
                             for t in filler.subtree} for verb in verbs)


def with_rate(doc: Any, end: int) -> int | None:
    """The end of an amount ending at ``end`` (sentence offsets) with the unit of its rate after it ("$35 *per
    ounce*", "$3 *a day*", "ten miles *an hour*"): a prepositional phrase or a noun the parser hangs on the
    amount, opened by a word of lexicon ``qa_rate_articles`` right after it. None when no rate follows."""
    last = next((t for t in doc if t.idx < end <= t.idx + len(t.text)), None)
    if last is None or last.i + 1 >= len(doc):
        return None
    opener = doc[last.i + 1]
    if opener.lower_ not in lexicon.words("qa_rate_articles"):
        return None
    unit = opener if opener.dep_ == "prep" else opener.head
    if unit.pos_ not in ("ADP", "NOUN") or unit.head.i > last.i or unit.head.i < last.i - 3 \
            or not (unit.head.like_num or unit.head.pos_ in ("NUM", "SYM", "NOUN")):
        return None  # hung on the amount (its number, sign or counted noun), not on a later word
    tokens = _subtree(unit)
    right = tokens[-1]
    if unit.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in unit.children) or right.i - opener.i > 3:
        return None  # "per" without its unit, or a unit with more than a short phrase after it
    return right.idx + len(right.text)


def apposed_name(doc: Any, start: int, end: int, q: Question) -> tuple[int, int] | None:
    """For a question asking a person, place or name answered by a name and a description of it set in
    apposition ("a retired admiral, Pieter Hoorn", "Pieter Hoorn, a retired admiral who sailed with Y"), the name
    alone (sentence offsets). None when the span is no such pair, the name side holds a clause or a coordination
    or the head a conjunct (a list), the description is not a common noun phrase, or
    the name only repeats the question (then the description is what is asked: "Who was Pieter Hoorn?")."""
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    heads = [t for t in inside if t.head not in inside or t.head.i == t.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    apposed = [c for c in head.children if c.dep_ == "appos" and c in inside]
    if len(apposed) != 1:
        return None
    other = apposed[0]
    other_tokens = set(_subtree(other))
    if head.pos_ == "NOUN" and other.pos_ == "PROPN":
        name = [t for t in inside if t in other_tokens]
    elif head.pos_ == "PROPN" and other.pos_ == "NOUN":
        name = [t for t in inside if t not in other_tokens and t.i < other.left_edge.i]
    else:
        return None
    if any(t.dep_ in ("conj", "relcl") for t in name) or any(t.dep_ == "conj" and t.head.i == head.i for t in inside):
        return None  # several names, or a clause on the name: a list or more than a name (the description's own
        # clause or list goes with it: "Pieter Hoorn, a retired admiral who had sailed with X and Y")
    if not name or not all(t.pos_ in ("PROPN", "DET", "PUNCT", "ADP", "PART") or t.text[:1].isupper()
                           for t in name) or _repeats_question(name, q):
        return None
    return _span(name)


def bare_count(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """For "How many …?" answered by a count with a described noun ("58 *Northern merchant* ships" for "How many
    ships did X seize?"), the count alone (with its range): the question names what is counted, the words
    describing it are no part of the number asked. Only when more than ``ASKED_ARGUMENT["count_noun_words"]`` words
    follow the count within the span and end with the noun it counts; None otherwise (a count with its noun,
    "58 ships", stays whole)."""
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    numbers = [t for t in inside if _count_word(t)]
    if not numbers:
        return None
    last = numbers[-1]
    while last.i + 1 < len(doc) and doc[last.i + 1] in inside and _count_word(doc[last.i + 1]):
        last = doc[last.i + 1]
    noun = _counted(last)
    after = [t for t in inside if t.i > last.i and not t.is_punct]
    if noun is None or not after or after[-1].i != noun.i or len(after) <= ASKED_ARGUMENT["count_noun_words"]:
        return None
    return start, last.idx + len(last.text)


def count_of_asked_noun(doc: Any, start: int, end: int, q: Question) -> tuple[int, int] | None:
    """For "How many N …?" answered by a count of another noun ("two helicopters" for "How many troops were
    killed?"), the one other count of the sentence that counts N, a kind of N or a close WordNet relative of
    it ("the deaths of *18* soldiers"; `qa.lexical.related` at ``ASKED_ARGUMENT["count_noun_relation"]`` or
    closer). None when the question names no counted noun, the count shown counts it (or counts nothing
    named), or not exactly one other count does."""
    numbers = _numbers_in(doc, (start, end))
    shown = _counted(numbers[-1]) if numbers else None
    if not q.head or shown is None:
        return None
    head = q.head
    forms = {head, *(w for w in WORD.findall(q.text) if head in base_forms(w))}  # "troops" as the question has it
    close = {w for f in forms for w, credit in related(f, "n").items()
             if credit >= ASKED_ARGUMENT["count_noun_relation"]}
    if _counts_noun(shown.text, head, close):
        return None
    spans = {_count_span(t) for t in doc if _count_word(t) and not start <= t.idx < end
             and (noun := _counted(t)) is not None and _counts_noun(noun.text, head, close)}
    return spans.pop() if len(spans) == 1 else None


def _counts_noun(noun: str, head: str, close: set[str]) -> bool:
    """``noun`` is the asked ``head``, a kind of it, or one of its close relatives ("soldiers" for "troops")."""
    return kind_of(noun, head) or bool(base_forms(noun) & close)


def whole_subject(doc: Any, start: int, end: int, q: Question, aligned: frozenset[int]) -> tuple[int, int] | None:
    """For "What V'd X?" (a what-question without a head noun asking an active verb's subject) answered by the
    object of an "of" phrase inside that subject ("these long wars" of "the economic strain *of these long wars*
    compelled X …"), the whole subject: the phrase's head says what acted, its "of" object only whose it was.
    Only the subjects of the sentence's verbs aligned with the question's predicate (``aligned``, at any credit:
    the rule is narrow, "compelled" for "forced") count; the subject is shown without a relative clause set
    off by a comma. None when the span is no such part of the subject."""
    if q.slot != "subject" or q.passive or q.expects != "named" or q.head:
        return None
    inside = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= end]
    heads = [t for t in inside if t.head not in inside or t.head.i == t.i]
    if len(heads) != 1 or heads[0].dep_ != "pobj" or heads[0].head.lower_ not in lexicon.words(
            "qa_complement_prepositions"):
        return None
    owner = heads[0].head.head  # "strain" of "the strain of these wars"
    for verb in (doc[i] for i in sorted(aligned) if doc[i].pos_ in ("VERB", "AUX")):
        if any(filler.i == owner.i for filler in role_fillers(verb, "subject")):
            tokens = _subtree(owner)
            span = _span(tokens)
            if span is None:
                return None
            return without_relative_clause(doc, span[0], span[1], q) or span
    return None
