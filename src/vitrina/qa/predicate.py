"""Questions whose answer is a predicate or an outcome, not a name (round 54, askpred).

"What did X do (after Y)?", "What happened to X?", "What became of X?" and "What was the result of X?" are
answered by the verb phrase of the stating sentence, not by a typed entity:

* ``did``: the verb phrase whose subject is the question's X ("the council *voted to close the mill*");
* ``underwent``: "happened to X" / "became of X" — the verb phrase whose subject is X, a passive one first
  ("the mill *was closed*"); with ``LEXICAL["undergone_active"]`` also the active verbs whose object is X ("the
  council *closed* the mill") and the verbs without an object whose subject is X ("the mill *burned down*");
* ``outcome``: "the result / outcome / consequence of X" (a noun whose first WordNet sense is the consequence
  sense) — what a verb derived from that sense ("result in", "lead to") governs when its subject is X, a
  relative or a demonstrative pronoun; else the verb phrase whose subject is X.

X is aligned with the sentence's subject by name (base forms, WordNet demonyms), by the head noun (its
WordNet relatives: "delegates" ~ "delegation"), or through a pronoun ("he", "which": a relative pronoun
counts as its antecedent noun). The span is the verb with its complements and the verbs coordinated with it,
stopping before a coordinated clause with a subject of its own, before subordinate clauses, and without
trailing adjuncts of time or of words the question already states. Credits are in ``weights.PREDICATE_FOCUS``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.qa.lexical import base_forms, fold, related, verb_class, wordnet
from vitrina.qa.text import demonyms
from vitrina.qa.weights import LEXICAL, PREDICATE_FOCUS

# what follows from an act: consequence, effect, upshot (consequence.n.01); outcome, result (result.n.03)
OUTCOME_SENSES = ("consequence.n.01", "result.n.03")
STATIVE = "verb.stative"  # WordNet's lexicographer file of verbs of being and having
SUBJECTS = ("nsubj", "nsubjpass")
CLAUSE_DEPS = frozenset({"advcl", "mark", "punct", "cc", "conj", "parataxis", "aux", "auxpass", "neg", "nsubj",
                         "nsubjpass", "csubj", "expl"})  # not part of the predicate after the verb (conj read apart)
TRAILING = frozenset({"prep", "npadvmod", "advmod", "agent"})  # adjuncts dropped at the end when already stated
PRONOUNS = frozenset(word for word, case, _antecedent in lexicon.rows("personal_pronouns") if case == "subject")
DEMONSTRATIVES = frozenset(word for word, number in lexicon.rows("demonstrative_determiners") if number != "any")
OBJECT_PRONOUNS = frozenset(word for word, case, _antecedent in lexicon.rows("personal_pronouns") if case == "object")
COMPLEMENTS = frozenset({"dobj", "dative", "xcomp", "ccomp", "attr", "acomp", "oprd"})  # a verb that has one is no
# intransitive happening: "X visited Y", "X decided to V", "X said that …" tell what X did
# WordNet lexicographer files of a verb's first sense that make it an act its subject does, not one it undergoes,
# even without an object: "X wrote to Y", "X spoke", "X reflected" (communication, thought, perception, making)
AGENTIVE = frozenset({"verb.communication", "verb.cognition", "verb.perception", "verb.creation"})
NAMED_ACT = frozenset({"pcomp", "acl", "xcomp", "amod", "csubj", "advcl"})  # a verb heading a phrase or a clause
# that names an act ("from immigrating", "a law banning …", "tried to flee") or sets one's scene, not the main act
NOUN_PHRASE_OUT = frozenset({"acl", "relcl", "ccomp", "advcl", "prep"})  # an object's clauses and phrases, not its name


@dataclass(frozen=True)
class Focus:
    reading: str  # did, underwent, outcome
    names: frozenset[str]  # base forms of the proper names of X (and their demonyms)
    nouns: frozenset[str]  # X's head noun and its WordNet relatives (folded)
    stated: frozenset[str]  # folded words of the question outside X (adjuncts it already states)


def focus(doc: Any) -> Focus | None:
    """The predicate focus of a parsed question, or None when it asks no predicate or outcome."""
    wh = next((t for t in doc if t.lower_ == "what" and t.tag_ in ("WP", "WDT")), None)
    reading, actor = _reading(wh) if wh is not None else ("", None)
    if actor is None or actor.tag_ in ("WP", "WDT") or actor.pos_ == "PRON":
        return None
    span = list(actor.subtree)
    names = {b for t in span if t.pos_ == "PROPN" or t.pos_ == "ADJ" and t.text[:1].isupper() for b in base_forms(t.text)}
    names |= {d for run in _proper_runs(span) for d in demonyms(run)}  # "the US" ~ "American"
    head = fold(actor.lemma_)
    close = {w for w, credit in related(head, "n").items() if credit >= PREDICATE_FOCUS["noun_relative"]}
    nouns = {head, *close} if actor.pos_ == "NOUN" else set()
    own = {t.i for t in span}
    rest = [t for t in doc if t.i not in own and t.is_alpha and not t.is_stop]
    stated = {fold(t.lemma_) for t in rest} | {fold(t.text) for t in rest}
    return Focus(reading, frozenset(names), frozenset(nouns), frozenset(stated))


def _reading(wh: Any) -> tuple[str, Any | None]:
    """The reading the wh-word's place asks and X, its phrase's head (None when it asks no predicate)."""
    verb = wh.head
    # "do" is the main verb, or the parser took it for the auxiliary of the adverbial clause's verb after it
    # ("What did the crew do once the storm broke?" parsed with "do" an auxiliary of "broke")
    if wh.dep_ in ("dobj", "dative") and verb.lemma_ == "do" and verb.dep_ in ("ROOT", "aux"):
        return "did", next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if wh.dep_ == "nsubj" and verb.dep_ == "ROOT" and _undergoing(verb):
        return "underwent", _object_of(verb, ("to", "of"))
    if wh.dep_ == "attr" and verb.lemma_ == "be" and verb.dep_ == "ROOT":
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if noun is not None and outcome_noun(noun.lemma_):
            return "outcome", _object_of(noun, ("of",))
    return "", None


def with_aliases(found: Focus, aliases: list[tuple[tuple[str, ...], list[tuple[str, ...]]]]) -> Focus:
    """The focus with the words of the other names the store knows for X's names ("the US": "United States")."""
    extra = {b for own, variants in aliases if set(own) & found.names for v in variants for w in v
             for b in base_forms(w)}
    return replace(found, names=found.names | extra) if extra else found


def _proper_runs(span: list[Any]) -> list[str]:
    """The runs of proper nouns of a span ("New Zealand" in "the New Zealand government")."""
    runs: list[list[Any]] = []
    for t in span:
        if t.pos_ == "PROPN":
            if runs and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)
            else:
                runs.append([t])
    return [" ".join(t.text for t in run) for run in runs]


def _undergoing(verb: Any) -> bool:
    """"happen to X" (a verb of happening by WordNet), "become of X"."""
    return verb.lemma_ == "become" or verb_class(fold(verb.lemma_)) == "happening"


def _object_of(head: Any, prepositions: tuple[str, ...]) -> Any | None:
    return next((p for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions
                 for p in c.children if p.dep_ == "pobj"), None)


@lru_cache(maxsize=1024)
def outcome_noun(noun: str) -> bool:
    """The noun's first WordNet sense is an outcome sense (result, outcome, consequence, effect)."""
    wn = wordnet()
    senses = wn.synsets(noun, "n") if wn is not None else []
    return bool(senses) and senses[0].name() in OUTCOME_SENSES


@lru_cache(maxsize=1)
def outcome_verbs() -> frozenset[str]:
    """Verbs that state an outcome: those derived from the outcome senses' words ("result") and the
    verbs sharing a sense with them ("lead", "leave")."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    derived = {d.synset() for sense in OUTCOME_SENSES for lemma in wn.synset(sense).lemmas()
               for d in lemma.derivationally_related_forms() if d.synset().pos() == "v"}
    return frozenset(fold(name) for s in derived for name in s.lemma_names() if "_" not in name)


def spans(doc: Any, found: Focus) -> list[tuple[int, int, float, str]]:
    """(start, end, credit, head word) of each predicate span of ``doc`` that answers the focus."""
    out = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        if found.reading == "underwent" and not _passive(verb):
            out += undergone(verb, found) if LEXICAL["undergone_active"] else []
            continue  # "X visited Y" is no happening to X (the passive reading below; the active one apart)
        credit = _subject_credit(verb, found)
        if not credit or _inside_head_span(verb, found) or _unasserted(verb):
            continue
        if found.reading == "outcome":  # only what an outcome verb governs: "X had two options" tells no outcome
            out += _outcomes(verb, credit, found) if _outcome_verb(verb) else []
            continue
        if _copula(verb) or _stative(verb):
            continue  # "X was a treaty", "X proved useful" no act of X
        tokens = _predicate_tokens(verb, found)
        if tokens:
            out.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), credit, verb.text))
    return out


def undergone(verb: Any, found: Focus) -> list[tuple[int, int, float, str]]:
    """What happened to X told by an active verb: the verbs whose object is X ("the army *arrested and deposed* X"),
    or a verb without an object or complement whose subject is X ("the league *disbanded* in 1920")."""
    if _unasserted(verb) or _copula(verb) or _stative(verb) or base_forms(verb.text) & found.stated:
        return []  # "What happened to X after Y captured him?": the act the question states is not what followed
    if not _finite(verb):
        return []  # "prevented from immigrating", "sought to have it annexed": an act named, not told as done
    undergoer = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if undergoer is not None:
        return _acted_on(verb, undergoer, found)
    if any(c.dep_ in COMPLEMENTS for c in verb.children) or _inside_head_span(verb, found) or _agentive(verb):
        return []
    credit = _subject_credit(verb, found) * PREDICATE_FOCUS["intransitive"]
    tokens = _before_time(_predicate_tokens(verb, found), verb) if credit else []
    return [(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), credit, verb.text)] if tokens else []


def _before_time(tokens: list[Any], verb: Any) -> list[Any]:
    """The span up to the verb's first adjunct that gives a year or month: what happened is told before its time
    and the circumstances after it ("disbanded | in March 1991 following …")."""
    dated = [c for c in verb.children if c.i > verb.i and c.dep_ in TRAILING and any(map(_dating, c.subtree))]
    return [t for t in tokens if t.i < min(x.i for x in dated[0].subtree)] if dated else tokens


def _acted_on(verb: Any, undergoer: Any, found: Focus) -> list[tuple[int, int, float, str]]:
    """The verb (and the verbs coordinated before it that share its object) up to its object X, which the answer
    leaves out: "arrested and deposed X" -> "arrested and deposed"."""
    if any(c.dep_ in COMPLEMENTS and c.i != undergoer.i or _infinitive_after(c, undergoer) for c in verb.children) \
            or any(c.dep_ == "appos" and min(t.i for t in c.subtree) == undergoer.i + 1 for c in undergoer.children):
        return []  # "caused X to V", "named X its envoy" (an apposition with no comma): what X was made to do or be
    if undergoer.lower_ in OBJECT_PRONOUNS:
        credit = PREDICATE_FOCUS["pronoun"]
    elif _object_names_actor(undergoer, found):
        credit = PREDICATE_FOCUS["object"]
    else:
        return []
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in first.head.children):
        first = first.head
    end = min(t.i for t in undergoer.subtree)
    tokens = list(verb.doc[first.i:end])
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "det", "prep")):
        tokens.pop()
    return [(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), credit, verb.text)] if tokens else []


def _finite(verb: Any) -> bool:
    """The verb is told as done: not a gerund or participle inside a phrase ("prevented from immigrating", "settlers
    arriving"), nor inside a to-infinitive up its chain of clauses ("sought to have it annexed"). The parse's
    past-tense and participle tags are not trusted ("the club quietly dissolved" tagged a participle)."""
    while True:
        if verb.dep_ in NAMED_ACT or any(c.tag_ == "TO" for c in verb.children):
            return False
        if verb.dep_ not in ("conj", "ccomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return True
        verb = verb.head


def _infinitive_after(clause: Any, noun: Any) -> bool:
    """A to-infinitive clause after the object, whatever the parse calls it ("caused the pilot to black out")."""
    return clause.i > noun.i and clause.pos_ == "VERB" and any(c.tag_ == "TO" for c in clause.children)


def _object_names_actor(noun: Any, found: Focus) -> bool:
    """The object names X by the words of its noun phrase (determiners, modifiers, "of" phrase), not by its clauses
    and other phrases ("an agreement *stating that Y* …" does not name Y), or by its head noun."""
    words = [noun, *[t for c in noun.children if c.dep_ not in NOUN_PHRASE_OUT or c.lower_ == "of"
                     for t in c.subtree]]
    if found.names and found.names & {b for t in words for b in base_forms(t.text)}:
        return True
    return bool(base_forms(noun.text) & found.nouns)


@lru_cache(maxsize=4096)
def _agentive_verb(word: str) -> bool:
    wn = wordnet()
    senses = wn.synsets(word, "v") if wn is not None else []
    return bool(senses) and senses[0].lexname() in AGENTIVE


def _agentive(verb: Any) -> bool:
    """The verb's first WordNet sense is an act of saying, thinking, perceiving or making ("wrote", "decided")."""
    return _agentive_verb(fold(verb.text))


def _outcomes(verb: Any, credit: float, found: Focus) -> list[tuple[int, int, float, str]]:
    """What an outcome verb governs: its object, or the object of its preposition ("led *to* X", "resulted *in* X")."""
    governed = [p for c in verb.children if c.dep_ in ("prep", "dobj")
                for p in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])]
    return [(t[0].idx, t[-1].idx + len(t[-1].text), credit, verb.text)
            for g in governed if (t := _trimmed(sorted(g.subtree, key=lambda x: x.i), found))]


def _inside_head_span(verb: Any, found: Focus) -> bool:
    """A verb coordinated with the one whose subject it shares is read with that verb's span, save the passive of
    "What happened to X?" after an active verb ("X tried …, but was caught": "was caught" apart)."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    return not (found.reading == "underwent" and _passive(verb) and not _passive(verb.head))


def _unasserted(verb: Any) -> bool:
    """An act the sentence does not state as done: under a modal ("would sign"), a to-infinitive, a condition
    ("if"), or a mandative subjunctive ("resolved that the prize *be given* to X")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "TO") for c in auxes):
        return True
    if any(c.tag_ == "VB" and "be" in base_forms(c.text) for c in auxes):
        return True
    return any(c.dep_ == "mark" and c.lower_ in lexicon.words("conditional_subordinators") for c in verb.children)


def _outcome_verb(verb: Any) -> bool:
    return bool(base_forms(verb.text) & outcome_verbs())


def _copula(verb: Any) -> bool:
    return bool(base_forms(verb.text) & lexicon.words("copulas"))


@lru_cache(maxsize=4096)
def _stative_verb(word: str) -> bool:
    wn = wordnet()
    senses = wn.synsets(word, "v") if wn is not None else []
    return bool(senses) and senses[0].lexname() == STATIVE


def _stative(verb: Any) -> bool:
    """The verb's first WordNet sense is a state, not an act ("prove", "seem", "contain")."""
    return _stative_verb(fold(verb.text)) and not _passive(verb)


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _subject_credit(verb: Any, found: Focus) -> float:
    """How surely the verb's subject (its own, or the one of the verb it is coordinated with) is X."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not own and verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        own = [c for c in verb.head.children if c.dep_ in SUBJECTS]
        if not own:
            return 0.0
        return _subject_credit(verb.head, found) * PREDICATE_FOCUS["shared_subject"]
    for subject in own:
        if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and _names_actor(verb.head, found):
            return PREDICATE_FOCUS["subject"]  # "the act, which recognised …": the noun the clause hangs on
        if _names_actor(subject, found):
            return PREDICATE_FOCUS["subject"]
        if found.reading == "outcome" and (subject.lower_ in DEMONSTRATIVES or subject.tag_ in ("WDT", "WP")):
            return PREDICATE_FOCUS["pronoun"] if _outcome_verb(verb) else 0.0
        if subject.lower_ in PRONOUNS and found.reading != "outcome":
            return PREDICATE_FOCUS["pronoun"]
    return 0.0


def _names_actor(subject: Any, found: Focus) -> bool:
    words = list(subject.subtree)
    if found.names and found.names & {b for t in words for b in base_forms(t.text)}:
        return True
    return bool(base_forms(subject.text) & found.nouns)  # the sentence's parse has no lemmas


def _predicate_tokens(verb: Any, found: Focus, conjoined: bool = False) -> list[Any]:
    """The verb, what follows it in its clause, and the verbs coordinated with it that share its subject (with
    their own negation, adverbs and auxiliaries: "and never returned")."""
    tokens = [verb]
    for child in verb.children:
        if child.i < verb.i:
            if conjoined and child.dep_ in ("neg", "advmod", "aux"):
                tokens += list(child.subtree)
            continue
        if child.dep_ not in CLAUSE_DEPS:
            tokens += list(child.subtree)
        elif child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in SUBJECTS for c in child.children):
            cc = [c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < child.i]
            tokens += cc + _predicate_tokens(child, found, conjoined=True)
        elif child.dep_ == "neg":
            tokens.append(child)
    run = contiguous(sorted(set(tokens), key=lambda t: t.i), verb)
    return _trimmed(run, found)


def contiguous(tokens: list[Any], head: Any) -> list[Any]:
    """The unbroken run of tokens around the head (a subtree with a gap is cut at the gap)."""
    index = {t.i for t in tokens}
    lo = hi = head.i
    while lo - 1 in index:
        lo -= 1
    while hi + 1 in index:
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi]


def _trimmed(tokens: list[Any], found: Focus) -> list[Any]:
    """The span without trailing punctuation and trailing adjuncts of time or of words the question states."""
    while tokens:
        last = tokens[-1]
        if last.is_punct or last.dep_ in ("cc", "mark"):
            tokens = tokens[:-1]
            continue
        adjunct = next((t for t in tokens if t.dep_ in TRAILING and t.i > tokens[0].i
                        and t.head.i < t.i and max(x.i for x in t.subtree) == last.i), None)
        if adjunct is None or not _stated(adjunct, found):
            return tokens
        tokens = [t for t in tokens if t.i < min(x.i for x in adjunct.subtree)]
    return tokens


def _dating(token: Any) -> bool:
    """A year or a month name (the question asks the act, not its time)."""
    return token.like_num and len(token.text) == 4 or token.lower_ in lexicon.words("months")


def _stated(adjunct: Any, found: Focus) -> bool:
    """The adjunct gives a time, or every content word of it is one of the question's."""
    words = [t for t in adjunct.subtree if t.is_alpha and not t.is_stop]
    if any(_dating(t) for t in adjunct.subtree):
        return True
    return bool(words) and all(base_forms(t.text) & found.stated for t in words)
