"""The constituent of a sentence that fills the slot a question asks.

The question's predicate is aligned with a word of the sentence (the same
lemma or a WordNet relative: "chaired" / "chairmanship", "killed" /
"deaths"); the asked slot is then read off that word's dependents:

* subject — ``nsubj`` of an active verb, the ``agent`` ("by X") of a passive
  one, the noun a relative clause modifies ("the coup that overthrew…"), the
  ``of``/``by`` object or possessor of a nominalisation ("under the
  leadership of X");
* object — ``dobj``/``dative``, ``nsubjpass`` of a passive, the noun a
  participle modifies ("the accord signed by…"); for naming verbs the
  complement ("called it X", "known as X"), for saying verbs the quotation
  or the clause said;
* prep:<p> — the object of the same preposition;
* time / place — the prepositional phrase or date attached to the verb;
* reason — the clause after because/since/as, a purpose "to …"/"in order
  to …", "because of / due to X";
* manner — the means phrase ("by executive order", "by using force", "with
  an embargo") on the verb or the verbs it governs through an infinitive
  ("decided to arm the ships by decree");
* truth — whether the aligned statement is negated.

The whole constituent is returned (its subtree, relative clauses aside), so
conjoined names stay together and a noun phrase keeps its modifiers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.negation import negated as _negated
from vitrina.qa import limits
from vitrina.qa.lexical import (
    antonyms,
    base_forms,
    category,
    entails,
    event_verbs,
    fold,
    has_sense,
    loosely_related,
    nominalises,
    opposites,
    phrasal_relatives,
    phrasal_verbs,
    record_verbs,
    related,
    same_noun_sense,
    sense_form,
    verb_class,
    wordnet,
)
from vitrina.qa.predicate import contiguous
from vitrina.qa.predicate import spans as predicate_spans
from vitrina.qa.question import Question, comparative, described_forms
from vitrina.qa.text import demonyms
from vitrina.qa.weights import (
    ARGUMENT_ALIGNMENT,
    ARGUMENT_COUNT,
    CONVERSE,
    LAST_MEMBER_WORDS,
    LEXICAL,
    PURPOSE_ASKED_OTHER,
    PURPOSE_SHARE,
    UNALIGNED_CREDIT,
    UNASSERTED_CREDIT,
)

# Round 42 (askrecords): the longest date (tokens: "3 Feb 1862") read after a record abbreviation as its act's date
# ("bapt. 3 Feb 1862 …", ``_record_date``); 0 off
RECORD_DATE_TOKENS = 4
REASON_MARKS = lexicon.words("reason_subordinators")  # "because", "since", "as"
MOTIVE_LEXNAMES = frozenset({"verb.emotion", "verb.cognition"})  # fear, hope, worry; believe, expect
PRONOUNS = frozenset(word for word, case, antecedent in lexicon.rows("personal_pronouns")  # he, him, they, them …
                     if case in ("subject", "object") and antecedent != "thing")
SUBJECT_DEPS = ("nsubj", "csubj")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")


@dataclass
class Slot:
    start: int  # character offsets in the sentence text
    end: int
    kind: str  # np, clause, truth, amount, name (the complement of a naming verb)
    credit: float  # how surely the sentence's word is the question's predicate
    head_text: str
    pronoun: bool = False
    negated: bool = False

    def covers(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def anchors(doc: Any, q: Question) -> list[tuple[Any, float]]:
    """Sentence words standing for the question's predicate (or, without one, its head noun); for a
    support verb ("grant recognition") without a counterpart, words for the verb of its object noun."""
    found = _anchors_for(doc, q, q.predicate or q.head)
    seen = {t.i for t, _c in found}
    found += [(t, c) for t, c, _role in converse_anchors(doc, q) if t.i not in seen]
    if not found and (which := limits.asked(q)):
        found = limits.limit_anchors(doc, which)  # "lasted until T" for "When did it end?"
    if not found and q.nominal:
        found = [(t, c * LEXICAL["derived"]) for t, c in _anchors_for(doc, q, q.nominal)]
    if not found:
        found = _loose_anchors(doc, q)
    if not found:  # "the defeat of Y" for "Whom did X beat?": after every verb, an event noun of a relative
        found = _anchors_for(doc, q, q.predicate, events=True)
    if not found:
        found = _argument_anchors(doc, q)
    return found


def converse_frames(q: Question) -> list[tuple[str, str]]:
    """For a who/what-did-V question, (stating verb, its role holding the asked argument) of the converse
    frames of lexicon ``qa_converse_verbs`` ("Who received X?" — "Y gave X to Z": the recipient of "give")."""
    if q.predicate is None or q.slot not in ("subject", "object") or q.phrasal:
        return []
    if q.predicate in q.light and not q.objects:
        return []  # "get" says possession only with a thing got ("got the post"), not "got to the coast"
    column = 2 if q.slot == "subject" else 3
    forms = base_forms(q.predicate) | {q.predicate}
    return [(row[1], row[column]) for row in lexicon.rows("qa_converse_verbs")
            if len(row) == 4 and row[0] in forms and row[column] != "-"]


def converse_anchors(doc: Any, q: Question) -> list[tuple[Any, float, str]]:
    """Sentence verbs stating the asked event from the other participant's side, with the role that holds
    the asked argument ("Z" of "Y gave X to Z" for "Who received X?"), when the other arguments agree:
    the question's object in the verb's role for it, its named subject in the role for the subject."""
    frames = converse_frames(q)
    if not frames:
        return []
    rows = [row for row in lexicon.rows("qa_converse_verbs") if len(row) == 4]
    out = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        forms = base_forms(verb.text)
        for stating, role in frames:
            if stating not in forms:
                continue
            other = next((r[3] if q.slot == "subject" else r[2] for r in rows
                          if r[1] == stating and (r[2] if q.slot == "subject" else r[3]) == role
                          and r[0] in base_forms(q.predicate or "") | {q.predicate}), "-")
            if _converse_agrees(verb, q, other):
                out.append((verb, CONVERSE["credit"], role))
                break
    return out


def _converse_agrees(verb: Any, q: Question, role: str) -> bool:
    """The question's other argument (its object for a who-question, its named subject for a what-question)
    is not contradicted by what the converse verb has in ``role``."""
    if role == "-":
        return True
    fillers = role_fillers(verb, role)
    said = {t.text for f in fillers for t in (f, *_children(f, "compound", "amod", "poss", "nmod", "appos"))
            if t.pos_ in ("NOUN", "PROPN")}
    if not said:
        return True  # a pronoun or nothing: nothing contradicts
    if q.slot == "subject":
        if not q.objects:
            return True
        wanted = {b for w in q.objects for b in base_forms(w)} | q.others
        near = {r for w in q.objects for r in related(w, "n")}
        return any(base_forms(w) & (wanted | near) for w in said)
    names = q.subject & set(q.names)
    said_forms = {b for f in fillers for t in f.subtree for b in base_forms(t.text)}
    # the subject's own names (another name of the question, an alias of Y, is not the doer X)
    return not names or any(base_forms(w) & said_forms for w in names)


def role_fillers(verb: Any, role: str) -> list[Any]:
    """The words of ``verb`` in a frame role: subject (the agent of a passive), object (the subject of a
    passive), recipient (the dative, the "to" object, or the subject of "Y was given X"), to / from (that
    preposition's object on the verb or on its object)."""
    passive = _passive(verb)
    if role == "subject":
        return _agent(verb) if passive else _subject(verb)
    if role == "object":
        found = _children(verb, "dobj") or (_children(verb, "nsubjpass") if passive else [])
        return found or ([verb.head] if passive and verb.dep_ in ("acl", "relcl") else [])
    prep = "to" if role == "recipient" else role
    holders = [verb, *_children(verb, "dobj")]
    found = [p for h in holders for c in _children(h, "prep", "dative") if c.lower_ == prep
             for p in _children(c, "pobj")]
    if role == "recipient":
        found = [c for c in _children(verb, "dative") if c.pos_ != "ADP"] + found
        if not found and passive and _children(verb, "dobj"):
            found = _children(verb, "nsubjpass")  # "Y was given the medal"
    if not found:  # the parser may hang "to Y" inside the object's own phrase ("a note summarizing Z to Y")
        found = [p for c in verb.subtree if c.dep_ == "prep" and c.lower_ == prep and c.i > verb.i
                 and _same_clause(c, verb) for p in _children(c, "pobj") if p.pos_ == "PROPN"][:1]
    return found


def _loose_anchors(doc: Any, q: Question) -> list[tuple[Any, float]]:
    """Without a close counterpart, sentence verbs linked to the question's verb through a rarer sense
    or a narrow hypernym ("Whom did X *name* …" / "X *appointed* …"), and nouns derived from such a
    synonym ("How did X *react*" / "In *response*, X …"), at WordNet's looser credits. Not for yes/no
    questions: a looser word asserts another act."""
    if q.predicate is None or q.predicate in q.light or q.slot == "truth":
        return []
    loose = loosely_related(q.predicate, "v")
    out = []
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        credit = max((loose.get(f, 0.0) for f in base_forms(token.text)), default=0.0)
        if token.pos_ == "NOUN" and credit < LEXICAL["loose_derived"]:
            continue  # across parts of speech only derived forms relate
        if credit:
            out.append((token, credit))
    return out


def _argument_anchors(doc: Any, q: Question) -> list[tuple[Any, float]]:
    """Without a lexical counterpart of the predicate, the verbs of the sentence that take the question's
    own arguments in the same roles and offer the asked one: for a who-did-it question its named object as
    their object ("Who succeeded X as warden?" / "Y, who followed X"), for when/where/how much both its named
    subject and its object ("When did X open the canal?" / "X inaugurated the canal on …").
    The doer alone is not enough (a person is the subject of many verbs); yes/no and why keep their
    own fallbacks."""
    if q.slot == "truth":
        return _denials(doc, q)
    if q.predicate is None or q.passive or q.slot in ("reason", "action", "possessor"):
        return []
    if q.slot == "subject":
        roles = [(q.objects, _object)]
    elif q.slot in ("object", "complement", "attr"):
        return []  # the doer alone does not identify the act: a person is the subject of many verbs
    else:  # a time, place or amount hangs on any verb of the doer: its object must be the question's too
        roles = [(q.subject, _subject_or_agent), (q.objects, _object)]
    if not all(words & set(q.names) for words, _argument in roles[:1]) or not all(words for words, _a in roles):
        return []  # the role that stands for the verb is identified by a proper name of the question
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or "be" in base_forms(verb.text):
            continue
        if all(_shares_name(words, argument(verb), q) for words, argument in roles) and _fillers(verb, q):
            out.append((verb, ARGUMENT_ALIGNMENT))
    return out


def _denials(doc: Any, q: Question) -> list[tuple[Any, float]]:
    """Yes/no without a lexical counterpart of the predicate: a negated verb of the sentence whose doer is the
    question's named subject (the patient, for a passive question; a pronoun, when the sentence names the
    subject) and whose other arguments share a word or a WordNet relative with the rest of the question
    ("Did X promise direct help?" — "X did not contain provisions for direct support"): it denies the asked
    act in other words. An affirmative verb asserts nothing about the asked act and is not taken."""
    names = q.subject & set(q.names)
    if q.predicate is None or not names:
        return []
    denied = [v for v in doc if v.pos_ == "VERB" and "be" not in base_forms(v.text) and _negated(v)]
    if not denied:
        return []  # most sentences: no negated verb, nothing else to gather
    in_sentence = {b for t in doc for b in base_forms(t.text)}
    rest = {w for w in q.content if w not in q.subject and w not in q.light and w != q.predicate}
    wanted = {b for w in rest for b in base_forms(w)} | {r for w in rest for r in related(w)}
    out = []
    for verb in denied:
        doers = _object(verb) if q.passive else _subject_or_agent(verb)
        pronoun = any(t.lower_ in PRONOUNS | {"it"} for t in doers)
        if not (_shares_name(names, doers, q) or pronoun and all(base_forms(n) & in_sentence for n in names)):
            continue
        said = {b for c in verb.children if c.dep_ not in SUBJECT_DEPS + ("nsubjpass", "agent", "neg", "aux",
                                                                           "auxpass", "punct", "cc", "conj")
                for t in c.subtree for b in base_forms(t.text)}
        if said & wanted:
            out.append((verb, ARGUMENT_ALIGNMENT))
    return out


def _subject_or_agent(verb: Any) -> list[Any]:
    return _agent(verb) if _passive(verb) else _subject(verb)


def _object(verb: Any) -> list[Any]:
    return _children(verb, "nsubjpass") if _passive(verb) else _children(verb, "dobj")


def _shares_name(words: set[str], arguments: list[Any], q: Question) -> bool:
    """The arguments' words hold every proper name of ``words`` (under any of its names), or, when
    ``words`` has none, one of its nouns."""
    said = {b for a in arguments for t in a.subtree if t.pos_ in ("NOUN", "PROPN") for b in base_forms(t.text)}
    names = [w for w in words if w in q.names]
    if names:
        return all(base_forms(w) & said for w in names) or bool(names and said & q.others)
    return any(base_forms(w) & said for w in words)


def _anchors_for(doc: Any, q: Question, key: str | None, events: bool = False) -> list[tuple[Any, float]]:
    """Sentence words for ``key`` (the question's predicate or a noun of it), with their credit; with ``events``,
    only the nouns naming an event whose verb is a relative of the predicate (``_event_noun_credit``): a weaker
    tier, read only when no verb of the sentence aligns, not even loosely."""
    if not key:
        return []
    wanted = dict(related(sense_form(key, q.content) if key == q.predicate else key, "v" if q.predicate else "n"))
    wanted |= phrasal_relatives(key, "v") if q.predicate else {}  # "set up" for "establish"
    if q.phrasal and key == q.predicate:  # "took over": replace, assume
        for other, credit in related(q.phrasal[0], "v").items():
            wanted[other] = max(wanted.get(other, 0.0), credit)
    if q.slot == "truth":
        for other, credit in _opposites(q, key).items():
            wanted[other] = max(wanted.get(other, 0.0), credit)
    own = base_forms(key)
    out = []
    renamed = renamed_names(q)
    for token in doc:
        if renamed and _renaming_of(token, renamed):
            out.append((token, LEXICAL["synonym"]))  # "the city of X (Y)": Y is another name of X
            continue
        if token.pos_ not in ("VERB", "NOUN", "ADJ", "AUX") and not record_verbs().get(token.lower_.rstrip(".")):
            continue  # a record abbreviation ("bapt.") is tagged as a name at times: it stands for its verb
        forms = base_forms(token.text)
        if "be" in forms or _so_called(token) and not _so_called_asked(token, q):
            continue  # "the so-called X": X names itself, not what the question names
        if events:
            if token.pos_ == "NOUN" and not forms & own and (credit := _event_noun_credit(forms, wanted)):
                out.append((token, credit))
            continue
        if forms & own:
            out.append((token, 1.0))
            continue
        phrasal = _phrasal_forms(token)
        credit = max((wanted.get(f, 0.0) for f in forms | phrasal), default=0.0)
        if not credit and any(_narrower_phrasal(p, own) for p in phrasal | _adjacent_phrasal(token)):
            credit = LEXICAL["hyponym"]  # "walked out of" for "left": a two-word verb that is a kind of the asked act
        if token.pos_ != ("VERB" if q.predicate else "NOUN") and credit < LEXICAL["derived_twice"]:
            credit = 0.0  # across parts of speech only derived forms relate ("lead" / "leadership")
        if not credit and any(nominalises(f, k) for f in forms for k in own):
            credit = LEXICAL["derived"]
        if not credit and key == q.predicate and token.pos_ == "VERB" and entails(token.text, key):
            credit = LEXICAL["entailing"]  # "X purchased Y for Z" for "What did X pay for Y?"
        if not credit and q.verb_class == "saying" and token.pos_ == "VERB" and _reports_speech(token):
            credit = LEXICAL["synonym"]  # "argued that X was “…”": another verb of saying
        if not credit and renamed and _names_as(token) and _names_one_of(token, renamed):
            credit = LEXICAL["synonym"]  # "X was a colony known as Y" for "What was X called?"
        if not credit and _describing(q) and token.pos_ == "VERB" and token.dep_ != "amod" \
                and (span := characterisation(token)) is not None and _describes_asked(token, span[0], q):
            credit = LEXICAL["synonym"]  # "called it “…”", "referred to X as “…”": a description in other words
        if credit:
            out.append((token, credit))
    return out


def _event_noun_credit(forms: frozenset[str], wanted: dict[str, float]) -> float:
    """The credit of a sentence noun naming an event whose verb (``lexical.event_verbs``) is one of the question
    verb's relatives: that relative's credit times ``LEXICAL["event_noun"]``; 0 when none is."""
    return max((wanted.get(v, 0.0) * LEXICAL["event_noun"] for f in forms for v in event_verbs(f)), default=0.0)


def renamed_names(q: Question) -> frozenset[str]:
    """The names of "What was X called?" (a passive naming question whose named thing is a name of the
    question): the sentence may give X's other name with another naming phrase or in parentheses."""
    if q.verb_class != "naming" or q.slot != "complement" or not q.passive:
        return frozenset()
    return frozenset(w for w in q.actors if w in q.names)


def _renaming_of(token: Any, names: frozenset[str]) -> bool:
    """A word of one of ``names`` followed by a proper name in parentheses apposed to it ("X (Y)")."""
    return token.pos_ == "PROPN" and fold(token.text) in names and bool(_parenthesised_names(token))


def _parenthesised_names(token: Any) -> list[Any]:
    """Proper-name appositions of ``token`` standing in parentheses right after it."""
    doc = token.doc
    opened = token.i + 1 < len(doc) and doc[token.i + 1].text == "("
    return [c for c in token.children if opened and c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i
            and ")" not in doc[token.i + 2:c.i].text]


def _names_as(token: Any) -> bool:
    """A naming phrase of lexicon ``qa_naming`` ending in "as" ("known as")."""
    doc = token.doc
    return token.pos_ == "VERB" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "as" \
        and f"{token.lower_} as" in lexicon.words("qa_naming")


def _names_one_of(verb: Any, names: frozenset[str]) -> bool:
    """The naming phrase names one of ``names``: it modifies the name, or the noun a copula or an
    apposition equates with it ("X was a colony known as Y", "X, a colony known as Y")."""
    if verb.dep_ not in ("acl", "relcl"):
        return False
    noun = verb.head
    held = [noun]
    if noun.dep_ in ("attr", "appos"):
        held += [noun.head] + [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(fold(t.text) in names for h in held for t in h.subtree if t.pos_ == "PROPN"
               and not (verb.left_edge.i <= t.i <= verb.right_edge.i))


def _so_called(token: Any) -> bool:
    """"so-called" (one token or "so", "-", "called"): the phrase it modifies gives its own name."""
    doc = token.doc
    if token.lower_ == "so-called":
        return True
    return token.lower_ == "called" and token.i >= 2 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].lower_ == "so"


def _so_called_asked(token: Any, q: Question) -> bool:
    """The "so-called" phrase is what the question describes: its head noun or a word of it is a word
    of the question that is no name of it ("the so-called X report" for "What was the report … called?")."""
    phrase = token.head
    own = described_forms(q)
    return any(base_forms(t.text) & own for t in phrase.subtree if t.i != token.i and not t.is_punct)


def _adjacent_phrasal(token: Any) -> frozenset[str]:
    """A verb with the word right after it that depends on it, as a WordNet two-word verb, however the parser
    labelled that word ("walked out of": "out" parsed as a preposition)."""
    doc = token.doc
    if token.pos_ != "VERB" or token.i + 1 >= len(doc) or doc[token.i + 1].head.i != token.i:
        return frozenset()
    return phrasal_verbs(token.text, doc[token.i + 1].text)


def _narrower_phrasal(phrasal: str, own: frozenset[str]) -> bool:
    """A two-word verb whose frequent senses are kinds of the question's verb (WordNet hypernym): "walk out"
    (leave abruptly) for "leave", "hand over" for "give"."""
    wn = wordnet()
    if wn is None or not own:
        return False
    senses = wn.synsets(phrasal.replace(" ", "_"), "v")[:LEXICAL["frequent_senses"]]
    return any(fold(lemma.name()) in own for x in senses for h in x.hypernyms() for lemma in h.lemmas())


def _phrasal_forms(token: Any) -> frozenset[str]:
    """A verb with its particle as one WordNet verb ("set … up" -> "set up", "stepped down": the parser
    may call the adverb right after the verb a modifier), or nothing."""
    if token.pos_ != "VERB":
        return frozenset()
    particles = [c for c in token.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == token.i + 1]
    return frozenset(p for c in particles for p in phrasal_verbs(token.text, c.text))


def _counted(doc: Any, q: Question, credit: float) -> list[Slot]:
    """"twenty-two senior German leaders": the number modifying the counted noun, up to the noun."""
    heads = {b for b in base_forms(q.head or "")}
    out = []
    for noun in doc:
        if noun.pos_ not in ("NOUN", "PROPN") or not base_forms(noun.text) & heads:
            continue
        for number in (c for c in noun.children if c.dep_ == "nummod"):
            first = min(t.i for t in number.subtree)
            start = doc[first].idx
            out.append(Slot(start, noun.idx + len(noun.text), "amount", credit, noun.text))
    return out


def _argument_counts(anchor: Any, q: Question, credit: float) -> list[Slot]:
    """The number counting the aligned verb's argument in the role the question's counted noun has
    ("How many leaders were indicted?" — "the prosecutors indicted *twenty-two* senior leaders"): the
    number alone, the noun may be another word for the counted one."""
    if anchor.pos_ != "VERB":
        return []
    if q.head_role == "subject":
        nouns = _agent(anchor) if _passive(anchor) else _subject(anchor)
    else:
        nouns = _children(anchor, "nsubjpass") if _passive(anchor) else _children(anchor, "dobj")
    heads = base_forms(q.head or "")
    near = related(q.head or "", "n")
    out = []
    for noun in nouns:
        forms = base_forms(noun.text)
        if forms & heads:
            share = 1.0
        elif any(near.get(f, 0.0) for f in forms) or category(q.head or "") in (None, category(noun.text)):
            share = ARGUMENT_COUNT  # another word for it, a noun of the same kind (crewmen / sailors), or a
            # counted noun of no known kind ("figures"), said otherwise by the passage
        else:
            continue  # "shot down two helicopters" counts no soldiers
        for number in (c for c in noun.children if c.dep_ == "nummod"):
            tokens = sorted(number.subtree, key=lambda t: t.i)
            first, last = tokens[0], tokens[-1]
            out.append(Slot(first.idx, last.idx + len(last.text), "amount", credit * share, number.text))
    return out


def _reports_speech(verb: Any) -> bool:
    """A verb of saying (WordNet) or one whose clause complement holds a quotation."""
    if _saying(verb):
        return True
    # a clause holding a quotation — unless a verb of saying inside it reports it ("understood that X
    # was cruel, asserting that “…”": the quotation is what "asserting" reports)
    return any(c.dep_ == "ccomp" and _quoted(c) and not any(_saying(t) for t in c.subtree if t.pos_ == "VERB")
               for c in verb.children) or bool(_quoted_as(verb))


def characterisation(verb: Any) -> tuple[int, int] | None:
    """(first, last) token index of the words inside a quotation a verb gives its object as a description:
    after a naming verb ("called the “…”") or after "as" ("referred to X as “…”", however the parser
    attached it), within the verb's clause (no other verb before the quotation opens)."""
    doc = verb.doc
    naming = any(verb_class(b) == "naming" for b in base_forms(verb.text))
    for j in range(verb.i + 1, min(len(doc), verb.i + 1 + CONVERSE["characterisation_window"])):
        token = doc[j]
        if token.text in "“\"":
            before = doc[j - 2] if doc[j - 1].pos_ == "DET" and j >= 2 else doc[j - 1]  # "as a “…”"
            if not (naming or before.lower_ == "as"):
                return None
            close = next((k for k in range(j + 1, len(doc)) if doc[k].text in "”\""), None)
            while close is not None and close > j + 1 and doc[close - 1].is_punct:
                close -= 1  # "a “splendid little war.”": the full stop inside the quotation is no part of it
            return (j + 1, close - 1) if close is not None and close > j + 1 else None
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" or token.text in ".;:":
            return None  # another clause ("the ensuing flood": a participle modifying a noun is no clause)
    return None


def _describing(q: Question) -> bool:
    """The question asks how something was described or called: a verb of saying or naming, or a verb whose
    frequent senses WordNet puts under one ("characterize" under "describe")."""
    return q.predicate is not None and _describing_verb(q.predicate, q.verb_class)


@lru_cache(maxsize=4096)
def _describing_verb(predicate: str, own_class: str | None) -> bool:
    """_describing for one predicate and its verb class, once (every word of every examined sentence asks it)."""
    if own_class in ("saying", "naming"):
        return True
    wn = wordnet()
    senses = wn.synsets(predicate, "v")[:LEXICAL["frequent_senses"]] if wn is not None else []
    return any(verb_class(fold(lemma.name())) in ("saying", "naming")
               for x in senses for h in x.hypernyms() for lemma in h.lemmas())


def _describes_asked(verb: Any, opening: int, q: Question) -> bool:
    """The words between the verb and the quotation name what the question asks about (a word of its object
    or a WordNet relative), or are a pronoun or nothing ("called it “…”", "what X called “…”")."""
    between = [t for t in verb.doc[verb.i + 1:opening] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not q.objects or not between or any(t.pos_ == "PRON" for t in between):
        return True
    wanted = {b for w in q.objects for b in base_forms(w)} | q.others
    near = {r for w in q.objects for r in related(w, "n")}
    if any(base_forms(t.text) & (wanted | near) for t in between):
        return True
    # a name asked about may be referred to by a definite description ("referred to the initiative as …")
    return q.objects <= set(q.names) and all(_definite_common(t) for t in between if t.dep_ != "compound")


def _saying(verb: Any) -> bool:
    return any(verb_class(form) == "saying" for form in base_forms(verb.text))


def _quoted(token: Any) -> bool:
    return any(t.text in "“”\"" for t in token.subtree)


def _quoted_as(verb: Any) -> list[Any]:
    """"dismissed it as “a cruel burden”": a characterisation in quotation marks, the words used."""
    holders = [verb, *_children(verb, "dobj")]  # "as" may hang on the object ("such a toll as “…”")
    return [p for h in holders for prep in _children(h, "prep") if prep.lower_ == "as" and _quoted(prep)
            for p in _children(prep, "pobj")]


def fill(doc: Any, q: Question) -> list[Slot]:
    """Constituents of ``doc`` that fill the question's slot, one per aligned word."""
    slots: list[Slot] = []
    found = anchors(doc, q)
    if not found and q.slot in ("reason", "manner"):  # the reason or means may be stated with another verb
        found = [(t, UNALIGNED_CREDIT) for t in doc if t.dep_ == "ROOT" or q.slot == "manner" and _main_conjunct(t)]
    if not found and q.secondary is not None:  # "the ship seized by X called?": the seized thing
        verb, role = q.secondary
        q = replace(q, predicate=verb, slot=role, verb_class=None, passive=False)
        found = [(t, c * UNALIGNED_CREDIT) for t, c in anchors(doc, q)]
    if q.wants_name and q.predicate is None:
        # "What was the code name of X?" — "Code-named Y, the attack …", "X, known as Y": the name a naming
        # verb of the sentence gives
        named = _given_names(doc, q, LEXICAL["synonym"])
        if named:
            return named
    if q.slot == "truth" and q.comparison is not None and not found:
        return _compared(doc, q)
    if q.slot == "action":
        return _actions(doc, q)
    if q.slot == "possessor" and q.possessed:
        return _possessors(doc, q)
    if q.purpose:  # "a fund designed to rebuild the walls", "the tax, meant to pay for …": a purpose stated by its own verb
        credit = max((c for _t, c in found), default=UNALIGNED_CREDIT)
        slots += [slot for token in _intended(doc) if (slot := _constituent(token, q, credit)) is not None]
    if (q.negated or q.refusal) and q.slot != "truth" and q.head and not found:
        # "Which colony did not V / refused to V?" — "each of the colonies except Y": the exception among the asked kind
        slots += [slot for token in _exceptions_of_kind(doc, q.head)
                  if (slot := _constituent(token, q, UNALIGNED_CREDIT))]
    if q.slot == "quantity" and q.head:
        slots += _counted(doc, q, max((c for _t, c in found), default=UNALIGNED_CREDIT))
        if q.head_role:  # "How many X were indicted?" — "indicted twenty-two leaders": the count of the argument
            slots += [slot for anchor, credit in found for slot in _argument_counts(anchor, q, credit)]
    own = {w for w in q.content} | set(q.names)
    converse = {t.i: role for t, _c, role in converse_anchors(doc, q)}
    for anchor, credit in [(a, c) for a, c in found if a.i in converse]:
        # "Who received X?" — "Y gave X to Z": the asked argument in the converse verb's role for it
        slots += [slot for token in role_fillers(anchor, converse[anchor.i]) if not _question_name(token, q)
                  for filler in _named_by_apposition(token, q) + _name_after(token)
                  if (slot := _constituent(filler, q, credit)) is not None
                  and not _only_question_words(doc.text[slot.start:slot.end], own)]
    found = [(a, c) for a, c in found if a.i not in converse and not _other_doer(a, q)]
    for anchor, credit in found:
        if other_object(anchor, q):
            continue  # "X led a congressional effort" does not say who led "Japan's delegation"
        if q.negated and q.slot != "truth" and not _negated(anchor):
            # "Which X did not V?": an affirmative statement names those who did; only the
            # exception of "every X except Y V-ed" answers
            slots += [slot for token in _exceptions(anchor) if (slot := _constituent(token, q, credit))]
            # "When did X not V?" — "X V-ed in T": T is when the act happened, the opposite of what is asked;
            # its filler is kept marked (as a denied act's is for an affirmative question), so it is no answer
            slots += [replace(slot, negated=True) for token in _others_than_asked(_fillers(anchor, q), q)
                      if not _question_name(token, q) and (slot := _constituent(token, q, credit)) is not None]
            continue
        before = len(slots)
        # "A signed it; B did not sign it", "had X refused, it would have gone to Y": a denied or supposed
        # act fills its slot, but says nothing of who or what did it (kept, marked, so the filler is no answer)
        denied = not q.negated and q.slot != "truth" and (_negated(anchor) or counterfactual(anchor))
        for token in _others_than_asked(_fillers(anchor, q), q):
            if _question_name(token, q):
                continue  # "What power did X give the general?" — the recipient the question names
            for filler in _named_by_apposition(token, q) + _name_after(token):
                slot = _means(filler, q, credit) if q.slot == "manner" else \
                    _constituent(filler, q, credit * (_purpose_share(filler, q.purpose) if q.slot == "reason" else 1.0))
                if slot is not None and not _only_question_words(doc.text[slot.start:slot.end], own):
                    slots.append(replace(slot, negated=True) if denied else slot)
        if len(slots) == before and _retained_object(anchor, q):
            # "Who was given the medal?" — "gave the medal to Y": a passive with its object kept asks the recipient
            slots += [slot for token in role_fillers(anchor, "recipient") if not _question_name(token, q)
                      if (slot := _constituent(token, q, credit)) is not None]
        if q.slot == "truth":
            negated = _negated(anchor) ^ _excepted(anchor, own) ^ _opposite(anchor, q) ^ _other_side(doc, q)
            if not negated and (anchor.pos_ == "NOUN" or _irrealis(anchor) or _qualified(anchor)
                                or credit < LEXICAL["synonym"]):
                # "requested approval", "the struggle to ratify", "would ratify if …": the act is
                # named, wanted or supposed, not asserted to have happened; a verb only broader or
                # narrower than the asked one ("returned" for "paid") asserts another act
                credit *= UNASSERTED_CREDIT
            slots.append(Slot(anchor.idx, anchor.idx + len(anchor.text), "truth", credit, anchor.text,
                              negated=negated))
    if _describing(q) and q.slot in ("object", "manner", "complement"):
        # "How did X describe Y?" — "X referred to Y as “…”": the quoted description is what was said of Y
        for anchor, credit in found:
            span = characterisation(anchor) if anchor.pos_ == "VERB" and anchor.dep_ != "amod" else None
            if span is not None and _describes_asked(anchor, span[0], q):
                first, last = doc[span[0]], doc[span[1]]
                slot = Slot(first.idx, last.idx + len(last.text), "np", credit, first.text)
                if not any((x.start, x.end) == (slot.start, slot.end) for x in slots):
                    slots.append(slot)
    if q.slot == "time":  # "bapt. 3 Feb 1862 Samuel …": a record's act is dated by the date written after it
        slots += [slot for anchor, credit in found if (slot := _record_date(doc, anchor, credit)) is not None]
    if q.expects == "list" and q.slot.startswith("prep:"):
        # "In which places did X V?" — "V-ed in A, in B, or C": the coordinated phrases, however the parser hung them
        runs = [longer for slot in slots if (longer := _coordinated_phrases(doc, slot)) is not None]
        slots += [r for r in runs if not any(o.start < r.start and r.end <= o.end for o in runs)]  # the whole run
    if q.predicate is not None and _asks_name(q):
        # "What was the name of the force X trained?", "What was the deal that restored X called?" — the
        # sentence stating the act may give the name with a naming verb ("…, known as Y"), not as the
        # verb's own argument: the name counts as filling the slot, at the credit of the act's alignment
        credit = max((c for _a, c in found), default=0.0) * CONVERSE["naming_share"]
        if credit:
            slots += _given_names(doc, q, credit)
    return slots


def _record_date(doc: Any, anchor: Any, credit: float) -> Slot | None:
    """The date written right after a record abbreviation standing for the asked act ("bur. 22 Jan 1864 X"): its
    numbers and the month name between them, at most ``RECORD_DATE_TOKENS`` tokens; None for another anchor."""
    if not RECORD_DATE_TOKENS or not record_verbs().get(anchor.lower_.rstrip(".")):
        return None
    i = anchor.i + 1
    while i < len(doc) and doc[i].is_punct and doc[i].text == ".":
        i += 1
    last = None
    for token in doc[i : i + RECORD_DATE_TOKENS]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if not (token.like_num or token.is_alpha and following is not None and following.like_num):
            break
        last = token
    if last is None or not last.like_num:
        return None
    return Slot(doc[i].idx, last.idx + len(last.text), "np", credit, last.text)


def _coordinated_phrases(doc: Any, slot: Slot) -> Slot | None:
    """The slot extended over the prepositional phrases and adverbs coordinated after it (", in B, or C"), ending
    with a coordinating conjunction's member; None when no such run follows."""
    after = next((t for t in doc if t.idx >= slot.end), None)
    end, i, joined = slot.end, after.i if after is not None else len(doc), False
    while i < len(doc) and doc[i].text == "," or i < len(doc) and doc[i].pos_ == "CCONJ":
        j = i + 1 if doc[i].text != "," or i + 1 >= len(doc) or doc[i + 1].pos_ != "CCONJ" else i + 2
        cc = doc[j - 1].pos_ == "CCONJ"
        if j >= len(doc):
            break
        member = doc[j]
        if member.pos_ == "ADP" and any(c.dep_ == "pobj" for c in member.children):
            last = max(t.i for c in member.children if c.dep_ == "pobj" for t in c.subtree)
        elif member.pos_ == "ADV" or cc and member.pos_ in ("NOUN", "ADJ") and not any(member.children):
            last = member.i  # "or underwater": a bare word closing the run
        else:
            break
        end, i, joined = doc[last].idx + len(doc[last].text), last + 1, joined or cc
        if cc:
            break
    return replace(slot, end=end) if joined and end > slot.end else None


def _others_than_asked(tokens: list[Any], q: Question) -> list[Any]:
    """"Which two envoys signed … alongside X?" — "X and the other two envoys, A and B, signed": a coordination
    headed by a name of the question answers by its other members."""
    if q.expects not in ("list", "person"):
        return tokens
    out = []
    for token in tokens:
        members = [c for c in token.children if c.dep_ == "conj"]
        if members and token.pos_ == "PROPN" and fold(token.text) in q.names:
            for member in members:  # "the other two envoys, A and B": the names in apposition
                named = [c for c in member.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                out += named if member.pos_ == "NOUN" and named else [member]
        else:
            out.append(token)
    return out


def _asks_name(q: Question) -> bool:
    """The question asks what something was called: "the name of X", "… X called?" (its secondary verb a
    naming verb); not "What did X call Y?" (the naming verb is the predicate, read as its complement)."""
    return q.wants_name or q.secondary is not None and verb_class(q.secondary[0]) == "naming"


def _given_names(doc: Any, q: Question, credit: float) -> list[Slot]:
    """The names the sentence's naming verbs give ("known as Y", "code-named Y"), each without its verb."""
    return [_after(replace(slot, kind="name"), verb) for verb in _naming_verbs(doc)
            if not _so_called(verb) or _so_called_asked(verb, q) for filler in _complement(verb)
            if (slot := _constituent(filler, q, credit)) is not None]


def _retained_object(anchor: Any, q: Question) -> bool:
    """A passive who-question keeping its object ("Who was given the medal?") whose object the sentence's
    verb has as its own: the asked one is the recipient, not the thing given."""
    if not (q.passive and q.slot == "object" and q.objects and anchor.pos_ == "VERB") or _passive(anchor):
        return False
    said = {b for o in _children(anchor, "dobj") for t in o.subtree for b in base_forms(t.text)}
    return bool(said & {b for w in q.objects for b in base_forms(w)})


def _after(slot: Slot, verb: Any) -> Slot:
    """The slot without the naming verb modifying its name ("Code-named X" -> "X")."""
    end = verb.idx + len(verb.text)
    if not slot.start <= verb.idx < slot.end:
        return slot
    rest = verb.doc.text[end:slot.end]
    return replace(slot, start=end + len(rest) - len(rest.lstrip())) if rest.strip() else slot


def _compared(doc: Any, q: Question) -> list[Slot]:
    """"Was X heavier than Y?" — "X was still lighter than Y": a comparison of the sentence with the same
    thing after "than" decides it, by the same adjective or a WordNet synonym (yes) or antonym (no); "less"
    on either side turns it; a negation turns it again."""
    if q.comparison is None or (said := comparative(doc)) is None:
        return []
    adjective, more, against = q.comparison
    word, base, said_more, words = said
    if against and not against & (words | {b for w in words for b in base_forms(w)}):
        return []  # compared with something else
    if base == adjective or related(adjective, "a").get(base, 0.0) >= LEXICAL["synonym"]:
        opposite, credit = False, 1.0 if base == adjective else LEXICAL["synonym"]
    elif base in antonyms(adjective) or adjective in antonyms(base):
        opposite, credit = True, LEXICAL["antonym"]
    else:
        return []  # another quality: the sentence does not say
    negated = opposite ^ (more != said_more) ^ _negated(word.head if word.dep_ == "acomp" else word)
    return [Slot(word.idx, word.idx + len(word.text), "truth", credit, word.text, negated=negated)]


def _naming_verbs(doc: Any) -> list[Any]:
    """Verbs that give a name: WordNet's naming verbs (call, dub, name, code-name) and the naming phrases
    of lexicon ``qa_naming`` ending in "as" ("known as", "referred to as")."""
    phrases = lexicon.words("qa_naming")
    out = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if any(verb_class(b) == "naming" for b in base_forms(verb.text)) \
                or following is not None and following.lower_ == "as" and f"{verb.lower_} as" in phrases:
            out.append(verb)
    return out


def _possessors(doc: Any, q: Question) -> list[Slot]:
    """"Whose murder …?" — "the assassination of X", "X's assassination", "assassinated X": the
    possessor or of-object of the asked noun (or its verb's object)."""
    out = []
    for anchor, credit in _anchors_for(doc, replace(q, predicate=None), q.possessed):
        if anchor.pos_ == "NOUN":
            fillers = _children(anchor, "poss") + [p for prep in _children(anchor, "prep") if prep.lower_ == "of"
                                                   for p in _children(prep, "pobj")]
        else:
            fillers = _children(anchor, "nsubjpass") if _passive(anchor) else _children(anchor, "dobj")
        out += [slot for t in fillers for f in _named_by_apposition(t, q) + _name_after(t)
                if (slot := _constituent(f, q, credit)) is not None]
    return out


def _question_name(token: Any, q: Question) -> bool:
    """A proper name the question itself names heads the phrase ("President X" for a question naming
    X), with no other name joined to it: the question's own entity, never its answer."""
    names = set(q.names)
    if token.pos_ != "PROPN" or fold(token.text) not in names or any(c.dep_ == "conj" for c in token.children):
        return False
    others = [fold(t.text) for t in token.lefts for t in t.subtree if t.dep_ != "det" and not t.is_punct]
    return all(w in names or category(w) == "person" for w in others)  # a title ("President") is no other name


def _named_by_apposition(token: Any, q: Question) -> list[Any]:
    """"its ruler, Sultan X", "another privateer, the Y": a common noun's proper-name apposition
    names it. The name of a noun the question speaks of replaces the phrase around it."""
    own = {b for w in q.content for b in base_forms(w)}
    for noun in token.subtree:
        if noun.pos_ == "NOUN" and noun.i != token.i and base_forms(noun.text) & own:
            names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            if names:
                return names
    names = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return [token, *names] if token.pos_ == "NOUN" else [token]


def _name_after(token: Any) -> list[Any]:
    """A proper name right after a common noun phrase and a comma ("by its chief consultant,
    Robert Oppenheimer, …"), however the parser attached it: the apposition that names it."""
    if token.pos_ != "NOUN":
        return []
    after = token.right_edge.i + 1
    doc = token.doc
    if after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].pos_ != "PROPN":
        return []
    name = doc[after + 1]
    while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN":
        name = doc[name.i + 1]  # the name's last word heads it ("Robert Oppenheimer")
    return [name] if name.head.i != token.i else []


def _only_question_words(text: str, own: set[str]) -> bool:
    """The question's own entity is never its answer ("What did X tell Congress?" -> not Congress)."""
    from vitrina.qa.text import STOPWORDS, words

    content = [w for w in words(text) if w not in STOPWORDS]
    return bool(content) and all(w in own or base_forms(w) & own for w in content)


def _passive(verb: Any) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")  # "the accord signed by …"


def _children(token: Any, *deps: str) -> list[Any]:
    return [c for c in token.children if c.dep_ in deps]


def _subject(verb: Any) -> list[Any]:
    """The doer: nsubj, or the head a relative clause modifies, or the subject a conjoined verb shares."""
    found = _children(verb, *SUBJECT_DEPS)
    if found:
        return [_relative_antecedent(t) for t in found]
    if verb.dep_ == "conj":
        return _subject(verb.head)
    if verb.dep_ in ("xcomp",):
        return _subject(verb.head)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN":
        noun = verb.head  # "the first ship to sail": the ship sails …
        if noun.dep_ == "attr":  # … and "Y became the first ship to sail": Y is that ship
            return _children(noun.head, "nsubj") or [noun]
        return [noun]
    return []


def _relative_antecedent(token: Any) -> Any:
    """"that"/"who"/"which" as a relative clause's subject stands for the noun the clause modifies."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _agent(verb: Any) -> list[Any]:
    return [p for a in _children(verb, "agent") for p in _children(a, "pobj")]


def _fillers(anchor: Any, q: Question) -> list[Any]:
    slot = q.slot
    noun = anchor.pos_ == "NOUN"
    if slot == "subject":
        if noun:
            return _nominal_agent(anchor)
        if _passive(anchor):
            return _agent(anchor)
        return _subject(anchor)
    if slot == "attr" and noun:
        return _holder(anchor)
    if slot in ("object", "attr"):
        if noun:
            return [p for prep in _children(anchor, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")] \
                + _identified(anchor) + [c for c in _children(anchor, "acl") if _infinitive(c)]
        if _passive(anchor):
            found = _children(anchor, "nsubjpass")
            if not found and anchor.dep_ in ("acl", "relcl"):
                found = [anchor.head]
            return found
        found = [c for c in _children(anchor, *OBJECT_DEPS) if c.pos_ != "ADP"]
        if q.unit == "quote" or q.verb_class == "saying":
            found += _children(anchor, "ccomp") + _quoted_as(anchor)
        if not found:  # "pledged to participate …, to refrain …, and to grant …": the infinitive is what was
            found = [c for c in _children(anchor, "xcomp") if _infinitive(c)]  # pledged, promised, agreed to
        return found
    if slot == "complement":
        return _complement(anchor)
    if slot.startswith("prep:"):
        prep = slot[5:]
        holders = [anchor, *_children(anchor, "dobj")]
        found = [p for h in holders for c in _children(h, "prep") if c.lower_ == prep
                 for p in _children(c, "pobj", "pcomp") if p.dep_ == "pobj" or p.tag_ == "VBG"]
        # "from issuing X": a gerund clause too
        if not found and not noun and q.expects == "named" and q.head is None:
            # "What did X agree on?" — "X agreed to fight until …": the verb's clausal complement is
            # what the prepositional object would name
            found = _children(anchor, "xcomp", "ccomp")
        return found
    if slot == "reason":
        return _reason(anchor) + _motive_of_person(anchor, q) + (_object_purposes(anchor) if q.purpose else [])
    if slot == "manner":
        return _manner(anchor)
    if slot == "time":
        return _dated_names(_circumstances(anchor), q)
    if slot == "place":
        return _circumstances(anchor, place=True)
    if slot == "quantity" and q.unit == "duration":  # "took almost a month", "returned within three weeks"
        return _children(anchor, "dobj", "npadvmod") + _circumstances(anchor)
    return []


def _dated_names(found: list[Any], q: Question) -> list[Any]:
    """"established in A in 1844, B in 1856, and C in 1881" asked of B: a time phrase hanging on a name
    dates that name's act; the one on the question's name answers, when there is one."""
    def named(token: Any) -> str | None:
        holder = token.head.head if token.head.dep_ == "prep" else None
        return fold(holder.text) if holder is not None and holder.pos_ == "PROPN" else None

    def dated(token: Any) -> bool:  # a year or day, a month's name
        return any(t.like_num or t.lower_ in lexicon.words("months") for t in token.subtree)

    own = [t for t in found if dated(t) and named(t) in q.names]
    return own or found  # no date on the question's name: "attacked X in May" may hang the date on X


def _identified(noun: Any) -> list[Any]:
    """"Y was the only acquisition of …": the subject of a copula whose predicate nominal is the
    aligned noun is the thing that noun names (for "What did X acquire?")."""
    head = noun.head
    if noun.dep_ != "attr" or head.lemma_ != "be":
        return []
    return [_relative_antecedent(t) for t in _children(head, "nsubj")]


def _circumstances(anchor: Any, place: bool = False) -> list[Any]:
    """Objects of prepositions and bare noun adverbials in the anchor's clause, nearest first.

    A nominal anchor ("launched the invasion") also takes those of the verb governing it.
    """
    holders = [anchor]
    if anchor.pos_ == "NOUN" and anchor.head.pos_ == "VERB":
        holders.append(anchor.head)
    found = []
    for holder in holders:
        for token in holder.subtree:
            if place and token.dep_ == "prep" and token.head.pos_ == "PROPN" and token.head.dep_ == "pobj":
                continue  # "(took the fort) of Varn in the Northern Sea": the phrase locates a place
                # named by a prepositional object, which answers "where" ("signed X in Y" still gives Y)
            if token.dep_ in ("prep", "agent") and _same_clause(token, holder):
                found += _children(token, "pobj")
            elif token.dep_ == "npadvmod" and token.head.i == holder.i:
                found.append(token)
    return sorted(dict.fromkeys(found), key=lambda t: abs(t.i - anchor.i))


def _same_clause(token: Any, holder: Any) -> bool:
    """True when no other verb's clause lies between ``token`` and ``holder``."""
    node = token.head
    while node.i != holder.i and node.head.i != node.i:
        if node.pos_ == "VERB" and node.dep_ in ("relcl", "advcl", "ccomp"):
            return False
        node = node.head
    return True


def _holder(role: Any) -> list[Any]:
    """Who holds a role: "Minister X" / "the minister, X" / "X was the minister" / "X, the minister"."""
    found = [c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if role.dep_ in ("compound", "nmod") and role.head.pos_ == "PROPN":
        found.append(role.head)
    if role.dep_ == "attr":
        found += [c for c in role.head.children if c.dep_ == "nsubj"]
    if role.dep_ == "appos" and role.head.pos_ == "PROPN":
        found.append(role.head)
    return found


def _nominal_agent(noun: Any) -> list[Any]:
    """The doer of a nominalised action: "the leadership of X", "X's leadership", "led by X"."""
    found = [p for prep in _children(noun, "prep") if prep.lower_ in ("of", "by") for p in _children(prep, "pobj")]
    found += _children(noun, "poss")
    return found


def _complement(verb: Any) -> list[Any]:
    """What a naming verb assigns: "called it X", "known as X", "code-named X" (the object only
    when there is no complement: "calling himself X" names X, not himself)."""
    if verb.pos_ == "PROPN":  # "the city of X (Y)": the name in parentheses
        return _parenthesised_names(verb)
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.head.i == verb.i and following.dep_ in ("prep", "prt") \
            and following.lower_ != "as":
        return []  # a phrasal verb ("calling on X to …", "called for"): another sense, no naming
    # a name is a noun phrase: an infinitive clause names nothing
    found = [c for c in _children(verb, "oprd", "attr", "xcomp") if c.pos_ not in ("VERB", "AUX")]
    found += [p for c in _children(verb, "prep") if c.lower_ == "as" for p in _children(c, "pobj")]
    if not found:
        found = [c for c in _children(verb, "dobj") if c.pos_ != "PRON"]
    if verb.dep_ in ("acl", "relcl", "amod") and not found:
        found = [verb.head]  # "a plan, code-named X" may attach the name elsewhere: the noun itself
    return found


def _reason(verb: Any) -> list[Any]:
    """The clause giving a reason or purpose: because/since/as …, (in order) to …, because of X.

    Searched in the aligned verb's own clause, nearest first (the purpose of
    "recommended that X acquire Y in order to Z" hangs on "acquire").
    """
    found = []
    scope = sorted((t for t in verb.subtree if t.pos_ in ("VERB", "AUX")), key=lambda t: abs(t.i - verb.i))
    if verb.pos_ == "NOUN" and verb.dep_ == "nsubj":  # "The closing of X was due to Y": the copula's phrases
        scope.append(verb.head)
    reason_nouns = lexicon.words("qa_reason_nouns")
    reason_preps = lexicon.words("qa_reason_prepositions")
    for head in scope:
        for clause in _children(head, "advcl", "xcomp"):
            marks = {m.lower_ for m in _children(clause, "mark", "aux")}
            if marks & REASON_MARKS or ("to" in marks and clause.dep_ == "advcl") or _motive(clause):
                found.append(clause)
        preps = _children(head, "prep") + [p for a in _children(head, "acomp") if a.lower_ in reason_preps
                                           for p in _children(a, "prep")]  # "was due to X"
        for prep in preps:
            objects = [p for p in prep.subtree if p.dep_ == "pobj"][:1]
            if prep.lower_ in reason_preps or prep.head.lower_ in reason_preps:
                found += objects
            elif any(base_forms(p.text) & reason_nouns for p in objects):
                found.append(prep)  # "in response to X", "for fear of X", "out of fear of X", "in an effort to V"
    return found + _causes(verb) + _premise_of_consequence(verb) + _subject_state(verb)


def _intended(doc: Any) -> list[Any]:
    """The infinitives of the sentence's verbs of intending (lexicon ``qa_purpose_intending``: "designed to V",
    "intended to V", "meant to V"): the purpose they state of the thing or act they describe."""
    return [c for t in doc if t.pos_ == "VERB" and has_sense(t.text, "v", lexicon.words("qa_purpose_intending"))
            for c in _children(t, "xcomp") if _infinitive_of(c)]


def _object_purposes(verb: Any) -> list[Any]:
    """For a question asking a purpose ("What was X meant to do?"): the infinitive after the verb's object, which
    the parser reads as the verb's complement ("announced the plan *to cut costs*", "created a bank to finance
    trade"): what the act on the object was for. Without an object the infinitive is the verb's own complement
    ("wanted to leave"), no purpose."""
    objects = [c.i for c in _children(verb, "dobj")]
    return [c for c in _children(verb, "xcomp") if objects and c.i > max(objects) and _infinitive_of(c)]


def _manner(verb: Any) -> list[Any]:
    """The means of the act: a means preposition ("by decree", "by using force", "with an embargo",
    lexicon qa_manner_prepositions) on the verb or on a verb it governs through an infinitive or a
    predicate adjective ("decided to arm the ships by decree", "was able to pay with a loan"); the
    preposition is kept. A proper name after it is a partner, not a means ("agreed with Spain")."""
    preps = lexicon.words("qa_manner_prepositions")
    found = []
    for holder in _governed_verbs(verb):
        # the parser often hangs the phrase on the object ("armed the barges | by decree")
        for prep in [p for h in [holder, *_children(holder, "dobj")] for p in _children(h, "prep", "agent")]:
            objects = _children(prep, "pobj", "pcomp")
            if prep.lower_ in preps and objects and not any(_doer(o) for o in objects) \
                    and (prep.dep_ == "prep" or all(o.pos_ == "NOUN" for o in objects)):
                found.append(prep)  # a passive's "by" phrase is a means only when it names no doer
    return found


def _doer(token: Any) -> bool:
    """A name, a pronoun, or a noun whose most frequent WordNet sense is a person or a group ("the
    council"): a partner or an agent, not a means ("by arbitration", "with an embargo")."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    wn = wordnet()
    senses = wn.synsets(token.lemma_ or token.lower_, "n") if wn is not None and token.pos_ == "NOUN" else []
    return bool(senses) and senses[0].lexname() in ("noun.person", "noun.group")


def _means(prep: Any, q: Question, credit: float) -> Slot | None:
    """The means phrase with its preposition, answering as a clause does (not the whole sentence); a
    noun object's relative clause is an aside ("through the guild system, in which …")."""
    objects = _children(prep, "pobj")
    inner = _constituent(objects[0], q, credit) if objects else _constituent(prep, q, credit)
    if inner is None:
        return None
    end = min([inner.end, *(c for c in [purpose_after_comma(prep)] if c is not None)])
    return replace(inner, start=min(inner.start, prep.idx), end=end, kind="clause")


def purpose_after_comma(prep: Any) -> int | None:
    """The offset of the comma before an infinitive of purpose inside a means phrase ("by persuading X that …, to
    bolster Y, and to weaken Z": the phrase ends at "Y" — what the act was for is no part of how), else None."""
    for token in prep.subtree:
        if token.i > prep.i and token.pos_ in ("VERB", "AUX") and token.dep_ in ("advcl", "conj", "xcomp") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            before = token.doc[token.left_edge.i - 1] if token.left_edge.i > prep.i else None
            if before is not None and before.text == ",":
                return int(before.idx)
    return None


def _main_conjunct(token: Any) -> bool:
    """A verb joined to the sentence's main verb ("X passed A, and Y supported it by …")."""
    return token.dep_ == "conj" and token.pos_ == "VERB" and token.head.dep_ == "ROOT"


def _governed_verbs(verb: Any) -> list[Any]:
    """``verb`` and the verbs it governs through infinitives and predicate adjectives ("moved to strip",
    "was able to settle"), nearest first."""
    out, todo = [], [verb]
    while todo:
        token = todo.pop(0)
        out.append(token)
        todo += [c for c in token.children if c.dep_ in ("xcomp", "acomp")]
    return out


def _subject_state(verb: Any) -> list[Any]:
    """"The council, worried that X, closed the port": a mental state said of the doer in a modifier
    (WordNet verb.emotion / verb.cognition with a complement) is its motive."""
    return [c for subject in _subject(verb) if subject.pos_ in ("NOUN", "PROPN") for c in subject.children
            if c.dep_ in ("acl", "amod", "appos") and c.tag_ in ("VBN", "VBG", "JJ")
            and _children(c, "ccomp", "prep", "xcomp") and _mental(c)]


def _consequence_marker(token: Any) -> Any | None:
    """The "so" / "thus" child of a clause that opens the consequence conjoined to it, if any."""
    markers = lexicon.words("qa_consequence_markers")
    return next((c for c in token.children if c.dep_ in ("cc", "advmod") and c.lower_ in markers), None)


def _premise_of_consequence(verb: Any) -> list[Any]:
    """"A, so B" / "A; thus B": the clause A is the reason for B (``verb`` inside B); a clause
    that has a consequence joined to it is itself a reason when the question's act is not found."""
    token = verb
    while token.dep_ == "conj":
        head = token.head
        marker = _consequence_marker(token)
        if marker is not None and head.i < marker.i < token.i:
            return [head]  # "A, and so B": the verb of A
        token = head
    marker = _consequence_marker(token)
    if marker is None:
        return []
    # "A, so B" parsed with A as a clause of B's verb, before the connective
    before = [c for c in _children(token, "ccomp", "advcl") if c.i < marker.i]
    if before:
        return before
    if token.i < marker.i and token.dep_ == "ROOT" and any(c.dep_ == "conj" and c.i > marker.i for c in token.children):
        return [token]  # "A, so B" as conjoined clauses: A's verb heads it (its constituent ends at "so")
    return []


def _motive_of_person(verb: Any, q: Question) -> list[Any]:
    """"… unnerved X, who feared that …": a relative clause of a mental state on a person the
    question names gives that person's motive (WordNet verb.emotion / verb.cognition with a complement)."""
    found = []
    names = set(q.names)
    for noun in verb.sent:
        if noun.pos_ != "PROPN" or fold(noun.text) not in names:
            continue
        for clause in _children(noun, "relcl"):
            if _children(clause, "ccomp") and _mental(clause):
                found.append(clause)
    return found


def _mental(verb: Any) -> bool:
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    base = wn.morphy(verb.lower_, "v") if wn is not None else None
    senses = wn.synsets(base, "v")[:1] if wn is not None and base else []
    return any(x.lexname() in MOTIVE_LEXNAMES for x in senses)


def _motive(clause: Any) -> bool:
    """A participle clause of a mental state, without a subordinator: "…, fearing that X",
    "believing X", "convinced that X" — the doer's motive (WordNet verb.emotion / verb.cognition)."""
    if clause.dep_ != "advcl" or _children(clause, "mark"):
        return False
    if clause.tag_ not in ("VBG", "VBN") or _children(clause, "nsubj"):
        # "X, worried that Y, closed …" (parsed as a clause of its own): only with its complement
        return bool(_children(clause, "ccomp")) and _mental(clause)
    return _mental(clause)  # sentences are parsed without spaCy's lemmatizer: WordNet's morphology gives the verb


def _purpose_share(clause: Any, purpose: bool = False) -> float:
    """A purpose ("to V") states what the act was for; a why-question asks first for a cause
    ("because", "since", a motive): a purpose clause counts this share. A question asking the purpose
    (``Question.purpose``: "What was X meant to do?") turns it round: any other reason counts the share."""
    marks = {m.lower_ for m in _children(clause, "mark", "aux")}
    purposive = clause.pos_ in ("VERB", "AUX") and "to" in marks and not marks & REASON_MARKS
    if not purpose:
        return PURPOSE_SHARE if purposive else 1.0
    # "with the intent to V", "in an effort to V": a reason noun's infinitive is a purpose too
    purposive = purposive or clause.dep_ == "prep" and any(
        v.pos_ == "VERB" and _infinitive_of(v) for o in _children(clause, "pobj") for v in o.children)
    return 1.0 if purposive else PURPOSE_ASKED_OTHER


def _infinitive_of(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _causes(verb: Any) -> list[Any]:
    """The subject of a verb of causation whose complement holds the asked event: "the attack
    prompted the council *to close* the port", "the floods led to *the closure*"."""
    node, causal = verb, lexicon.words("qa_causal_verbs")
    for _step in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep") or node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ == "VERB" and base_forms(node.text) & causal:  # sentences are parsed without lemmas
            return [s for s in _children(node, "nsubj") if s.pos_ not in ("PRON",)]
    return []


def _other_doer(anchor: Any, q: Question) -> bool:
    """The sentence's verb has a named subject that is none of the question's ("which Vell had
    invaded" for "When did Lind invade…"): not the asked event."""
    if not q.subject or q.slot == "subject" or anchor.pos_ != "VERB":
        return False
    if q.passive:  # a passive question's subject is the patient ("Was X invited?" — "Y invited Z": not X)
        if q.slot != "truth":
            return False
        arguments = _object(anchor)
    else:
        arguments = _subject(anchor)
    doers = [t for s in arguments if s.pos_ == "PROPN" for t in s.subtree if t.pos_ == "PROPN"]
    if not doers:
        return False
    names = {fold(t.text) for t in doers}
    wanted = q.subject | set(q.names) | q.others | {d for n in q.subject for d in demonyms(n)}
    initials = "".join(t.text[0] for t in doers).lower()  # "United States" is the question's "US" / "U.S."
    return not (names & wanted or {b for n in names for b in base_forms(n)} & wanted
                or len(initials) > 1 and initials in {w.replace(".", "") for w in wanted})


def other_object(anchor: Any, q: Question) -> bool:
    """A who-did-V-X question, the sentence's verb having an object that shares no word (nor a
    WordNet relative) with X: another act ("led a congressional effort" for "led the delegation")."""
    if q.slot != "subject" or not q.objects or anchor.pos_ != "VERB":
        return False
    objects = _children(anchor, "nsubjpass") if _passive(anchor) else _children(anchor, "dobj")
    # the object noun and its own modifiers ("a congressional effort"), not its clauses
    words = {t.text for o in objects for t in (o, *_children(o, "compound", "amod", "poss", "nmod"))
             if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    if not words:
        return False  # no object stated (or a pronoun): nothing contradicts
    if q.objects <= set(q.names) and all(_definite_common(o) for o in objects):
        return False  # "joined the league" for "joined X": a definite description may stand for the name
    wanted = {b for w in q.objects for b in base_forms(w)} | q.others
    near = {r for w in q.objects for r in related(w, "n")}
    return not any(base_forms(w) & (wanted | near) for w in words)


def _definite_common(noun: Any) -> bool:
    """A common noun with a definite article and no modifier of its own ("the forum", not "a
    congressional effort" nor "the Senate delegation")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in noun.children)


def _opposite(token: Any, q: Question) -> bool:
    """The sentence's word is a WordNet opposite of the question's ("acquitted" for "convicted", "fell" for
    "increase"), and no nearer relative of it."""
    if not q.predicate:
        return False
    forms = base_forms(token.text)
    if forms & base_forms(q.predicate):
        return False
    opposite = max((c for w, c in _opposites(q, q.predicate).items() if w in forms), default=0.0)
    near = related(q.phrasal[0], "v") if q.phrasal else related(q.predicate, "v")  # "go down", not "go"
    same = max((c for w, c in near.items() if w in forms), default=0.0)
    return opposite > same  # a word both near and opposite (in two senses) is read as near


def _opposites(q: Question, key: str) -> dict[str, float]:
    """Opposites of the question's predicate (and of its phrasal verb: "go down" / rise)."""
    found = dict(opposites(key, "v" if q.predicate else None))
    if q.phrasal and key == q.predicate:
        for other, credit in opposites(q.phrasal[0], "v").items():
            found[other] = max(found.get(other, 0.0), credit)
    return found


def _actions(doc: Any, q: Question) -> list[Slot]:
    """"What did Maine do?": the verb phrase (with its conjoined verbs) whose subject is the question's."""
    if q.act_focus is not None:
        return [Slot(s, e, "clause", credit, head) for s, e, credit, head in predicate_spans(doc, q.act_focus)]
    names = {b for n in q.names for b in base_forms(n)}
    out = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        if subjects and names & {b for t in subjects for b in base_forms(t.text)}:
            tokens = [verb, *[t for c in verb.children if c.dep_ not in ("nsubj", "punct", "advcl", "mark", "aux")
                              and c.i > verb.i for t in c.subtree]]
            tokens = contiguous(sorted(tokens, key=lambda t: t.i), verb)
            last = tokens[-1]
            out.append(Slot(verb.idx, last.idx + len(last.text), "clause", 1.0, verb.text))
    return out


def _exceptions(verb: Any) -> list[Any]:
    """The excluded members of "every X except Y", "all but Y" in the verb's clause."""
    return [p for token in verb.subtree if token.lower_ in ("except", "but") and token.dep_ == "prep"
            for p in _children(token, "pobj")]


def _exceptions_of_kind(doc: Any, head: str) -> list[Any]:
    """The excluded members of "every/each of the X except Y" where X is the asked noun."""
    kind = base_forms(head)

    def of_kind(token: Any) -> bool:  # "the colonies except Y", "each of the colonies except Y"
        group = [token.head, *(c for c in token.head.subtree if c.dep_ == "pobj" and c.head.lower_ == "of")]
        return any(base_forms(t.text) & kind or t.pos_ == "NOUN" and same_noun_sense(t.text, head) for t in group)

    return [p for token in doc if token.lower_ in ("except", "but") and token.dep_ == "prep" and of_kind(token)
            for p in _children(token, "pobj")]


def _excepted(verb: Any, names: set[str]) -> bool:
    """"Every X except Y joined": the statement is false of Y, a name of the question."""
    for token in verb.subtree:
        if token.lower_ in ("except", "but") and token.dep_ == "prep":
            excluded = {w for t in token.subtree for w in base_forms(t.text)}
            if excluded & names:
                return True
    return False


def _other_side(doc: Any, q: Question) -> bool:
    """The question asks "before X" and the sentence is framed "after/following X" (or the reverse):
    the act happened on the other side of X."""
    if q.when is None:
        return False
    from vitrina.qa.question import temporal_frame

    frame = temporal_frame(doc)
    return frame is not None and frame[1] >= q.when[1] and frame[0] != q.when[0]


def _qualified(verb: Any) -> bool:
    """"recognized X as a belligerent, but not a sovereign state": a negation inside the statement's
    complement restricts what is asserted."""
    return any(t.dep_ == "neg" and t.head.i != verb.i for t in verb.subtree)


def counterfactual(verb: Any) -> bool:
    """A verb in the conditional perfect ("would have gone", "might have won") or in a clause of supposition
    by inversion ("had the council refused"): an act the sentence says did not happen."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = [c for c in auxes if "have" in base_forms(c.text)]  # the parse here has no lemmatiser
    modal_perfect = verb.tag_ == "VBN" and bool(perfect) and any(c.tag_ == "MD" for c in auxes)
    inverted = verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(c.i == verb.left_edge.i for c in perfect)
    return modal_perfect or inverted


def _irrealis(verb: Any) -> bool:
    """A verb under a modal, in a conditional clause, or an infinitive not governed by a positive
    implicative ("willing to ratify", "the struggle to ratify" — but "managed to ratify")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not infinitive:
        return False
    return not (verb.dep_ == "xcomp" and base_forms(verb.head.text) & lexicon.words("qa_implicatives"))


def _constituent(token: Any, q: Question, credit: float) -> Slot | None:
    """The span of ``token``'s phrase: its subtree without relative clauses or trailing punctuation."""
    if token.lower_ in PRONOUNS:
        return Slot(token.idx, token.idx + len(token.text), "np", credit, token.text, pronoun=True)
    tokens = [token]
    kind = "clause" if token.pos_ in ("VERB", "AUX") else "np"
    marker = _consequence_marker(token) if kind == "clause" else None
    renamed = _renaming(token, q) if kind == "np" else None
    asides = []
    for child in token.children:
        if marker is not None and child.i >= marker.i:
            continue  # "A, so B": the clause A ends before its consequence
        if renamed is not None and child.i >= renamed[0]:
            continue  # "the large business groups, or X" asked "What were the X?": the gloss is the answer
        if kind == "np" and child.dep_ in ("relcl", "acl") and child.i > token.i and child.tag_ != "VBN" \
                and not _infinitive_complement(child):
            continue  # a relative clause is an aside; "authority to defend X" says what the noun is
        if kind == "np" and child.dep_ == "appos" and any(t.is_punct for t in token.doc[token.i:child.i]):
            tokens.extend(_names_joined_to(child, token))  # "X, former chairman…, and Y": Y still counts
            asides.append(child)
            continue  # "X, the first president…": an aside, not part of the name
        if kind == "np" and child.dep_ == "conj":
            tokens.extend(_member(child))
            continue
        tokens.extend(child.subtree)
    if kind == "clause":
        tokens.extend(m for m in token.children if m.dep_ == "mark")
    last_kept = max((t.i for t in tokens if not t.is_punct and t.dep_ != "cc"), default=token.i)
    for aside in asides:  # "A, assistant to X, and B": an aside between the members of a coordination stays
        if aside.right_edge.i < last_kept:
            tokens.extend(aside.subtree)
    tokens.sort(key=lambda t: t.i)
    if kind == "np":
        tokens += _last_member(tokens)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in "”\"’)" or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and (tokens[0].is_punct and tokens[0].text not in "“\"(" or tokens[0].dep_ in ("cc", "prep")) \
            and tokens[0].i != token.i:  # a phrase headed by its preposition keeps it: "in response to X"
        tokens.pop(0)
    if tokens and tokens[0].text == "(" and (tokens[-1].text == ")" or not any(t.text == ")" for t in tokens)):
        # "(Y)" or "(Y" of "X (Y)": the brackets set the name off, they are no part of it
        tokens = [t for t in tokens[1:] if not (t is tokens[-1] and t.text == ")")]
    if not tokens:
        return None
    tokens = contiguous(tokens, token)
    first, last = tokens[0], tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    return Slot(start, end, kind, credit, token.text)


def _member(conj: Any) -> list[Any]:
    """A conjoined member's words without the aside closing it ("…, and B, an adviser to X": B)."""
    tree = list(conj.subtree)
    for aside in _children(conj, "appos"):
        after = [t for t in tree if t.i > aside.right_edge.i and not t.is_punct]
        if not after and any(t.is_punct for t in conj.doc[conj.i:aside.i]):
            inside = {t.i for t in aside.subtree}
            tree = [t for t in tree if t.i not in inside]
    return tree


def _renaming(head: Any, q: Question) -> tuple[int, int] | None:
    """(first, last) token index of a gloss conjoined by a comma and "or" whose words are the question's
    own ("the large business groups, or X" for "What were the X?"): another name, not another member."""
    own = {b for w in q.content for b in base_forms(w)}
    for conj in _children(head, "conj"):
        before = head.doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
        comma = head.doc[before.i - 1] if before is not None and before.i > 0 else None
        if before is None or before.lower_ != "or" or comma is None or comma.text != ",":
            continue
        words = [t for t in conj.subtree if not t.is_punct and not t.is_stop]
        if words and all(base_forms(t.text) & own for t in words):
            return comma.i, conj.right_edge.i
    return None


def _last_member(tokens: list[Any]) -> list[Any]:
    """An enumeration whose parse ends at its conjunction ("lard, peas, flour, and" with "pasteurized
    milk" attached elsewhere as a verb): the words after the conjunction up to the next noun's
    phrase end are its last member."""
    last = tokens[-1] if tokens else None
    if last is None or last.dep_ != "cc":
        return []
    doc = last.doc
    end = None
    for j in range(last.i + 1, min(len(doc), last.i + 1 + LAST_MEMBER_WORDS)):
        if doc[j].is_punct or doc[j].pos_ in ("AUX", "CCONJ", "SCONJ"):
            break
        if doc[j].pos_ in ("NOUN", "PROPN"):
            end = j
        elif end is not None:
            break
    return list(doc[last.i + 1:end + 1]) if end is not None else []


def _infinitive(verb: Any) -> bool:
    """A verb marked by "to" ("to grant religious freedom")."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _infinitive_complement(clause: Any) -> bool:
    """"the authority to defend X": an infinitive right after the noun it completes."""
    return clause.dep_ == "acl" and clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in clause.children)


def _names_joined_to(aside: Any, head: Any) -> list[Any]:
    """Tokens from ``head`` to a proper name conjoined under its aside ("X, former chairman of Z and Y")."""
    joined = [c for c in aside.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if not joined:
        return []
    last = joined[-1]
    return list(aside.doc[head.i + 1:last.i + 1])


def enumerations(doc: Any) -> list[tuple[int, int, int]]:
    """Coordinated noun phrases of a parse, "a merchant navy, a battleship navy, and naval bases":
    (start, end, number of members) in character offsets, the whole phrase of each member."""
    out = []
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "conj":
            continue
        members = [token]
        while True:
            nxt = [c for c in members[-1].children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            if not nxt:
                break
            members.append(nxt[0])
        if len(members) < 2:
            continue
        first = min(token.left_edge.i, *(m.left_edge.i for m in members))
        last = max(m.right_edge.i for m in members)
        while last > first and doc[last].is_punct:
            last -= 1
        out.append((doc[first].idx, doc[last].idx + len(doc[last].text), len(members)))
    return out
