"""Roles and record fields as answers: what a sentence states in an apposition or a labelled field, not a clause.

"Who chaired the meeting?" is answered by "Jane Roe (chair) opened it", "Chair: Jane Roe" or "Jane Roe, the
society's chair, …"; "How old was X?" by "X, aged 26, of Y"; "Where was X born?" by "X, born 1850 in Y". The
sentence's spaCy parse gives the structures:

* a **role** (`role_words`): the question's asked noun ("Who was the *treasurer* …?") or the person nouns
  WordNet derives from its verb ("Who *interviewed* X?": interviewer), with their WordNet synonyms among person
  nouns ("chair": chairman, chairperson, president); the sentence names the role by lemma in a parenthesis after
  a name ("Jane Roe (chair)"), a label before a colon ("Interviewer: Jane Roe"), or an apposition ("Jane Roe,
  the chair," / "the chair, Jane Roe,") — the name is the candidate;
* a **record field** (`field_words`): a participle or noun of a comma-delimited record naming the asked property
  — for "How old …?" the noun WordNet gives as the adjective's attribute (old → age: "aged 26"), for "Where/When
  was X V-ed?" the question's verb as a bare participle ("born Exeter", "born 1850 in Y") — whose value (a number,
  a name, a date) is the candidate, when the record's subject is the question's name.

Nothing here lists role words: WordNet and spaCy's lemmas decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vitrina.qa.lexical import base_forms, category, fold, wordnet
from vitrina.qa.parse import parse
from vitrina.qa.question import Question

PERSON = "noun.person"  # WordNet's lexicographer file of person nouns: the roles people hold


@dataclass(frozen=True)
class Read:
    """A constituent a role or field structure gives for the asked slot: sentence offsets, the candidate's
    kind (person, place, quantity, date) and the structure that gave it."""

    start: int
    end: int
    kind: str
    structure: str  # parenthesis, label, apposition, field


@lru_cache(maxsize=4096)
def _person_synonyms(noun: str) -> frozenset[str]:
    """The noun and its synonyms in WordNet's person senses ("chair": chairman, chairperson, president)."""
    wn = wordnet()
    out = {noun}
    if wn is None:
        return frozenset(out)
    for synset in wn.synsets(noun, "n"):
        if _role_sense(synset):
            out |= {fold(lemma.name().replace("_", " ")) for lemma in synset.lemmas() if lemma.name()[:1].islower()}
    return frozenset(out)


def _role_sense(synset: Any) -> bool:
    """A person noun's sense that names a kind of person (a role), not one person ("Hale": Nathan Hale)."""
    return synset.lexname() == PERSON and not synset.instance_hypernyms()


@lru_cache(maxsize=4096)
def _agent_nouns(verb: str) -> frozenset[str]:
    """The person nouns WordNet derives from the verb's senses ("interview": interviewer, interviewee;
    "chair": chair), each with its person synonyms."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    out: set[str] = set()
    for synset in wn.synsets(verb, "v"):
        for lemma in synset.lemmas():
            if lemma.name().lower() != verb:
                continue
            for derived in lemma.derivationally_related_forms():
                if _role_sense(derived.synset()):
                    out |= _person_synonyms(derived.name().lower())
    return frozenset(out)


def role_words(q: Question) -> frozenset[str]:
    """The lemmas naming the role a who-question asks: the asked noun when it names a person ("Who was the
    treasurer?"), else the person nouns derived from the asked verb ("Who chaired …?", "Who interviewed …?")."""
    if q.expects != "person":
        return frozenset()
    if q.head:
        if fold(q.head) in q.names:
            return frozenset()  # "What was the Lady Margaret Hale?": a name, not a role
        found = _person_synonyms(fold(q.head))
        return found if len(found) > 1 or is_person_noun(fold(q.head)) else frozenset()
    if q.predicate and q.slot == "subject" and not q.passive:
        return _agent_nouns(q.predicate)
    return frozenset()


@lru_cache(maxsize=4096)
def is_person_noun(noun: str) -> bool:
    wn = wordnet()
    return wn is not None and any(_role_sense(s) for s in wn.synsets(noun, "n"))


@lru_cache(maxsize=1024)
def _attribute_nouns(adjective: str) -> frozenset[str]:
    """The nouns WordNet gives as the attribute an adjective measures ("old": age; "tall": stature)."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    return frozenset(fold(lemma.name()) for synset in wn.synsets(adjective, "a")
                     for attribute in synset.attributes() for lemma in attribute.lemmas())


def field_words(q: Question) -> tuple[frozenset[str], str] | None:
    """(the lemmas of a record field naming the asked property, the value's kind), or None: "How old was X?"
    asks the attribute of "old" (age: "aged 26"), "Where / When was X V-ed?" the bare participle of its verb
    ("born Exeter", "born 1850")."""
    if q.expects == "quantity" and q.type in ("how much", "how many"):
        adjectives = [w for w in q.content if q.pos.get(w) == "a"]
        nouns = frozenset(n for a in adjectives[:1] for n in _attribute_nouns(a))
        return (nouns, "quantity") if nouns else None
    if q.expects in ("place", "date") and q.predicate and q.slot in ("place", "time"):
        return frozenset({q.predicate}), q.expects
    return None


def _name_run(doc: Any, token: Any) -> tuple[int, int] | None:
    """Token bounds [first, last] of the proper name headed by ``token`` (its compounds and flat parts)."""
    if token.pos_ != "PROPN":
        return None
    first = last = token.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i in (token.i, first):
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].head.i == token.i:
        last += 1
    return first, last


def _span(doc: Any, bounds: tuple[int, int]) -> tuple[int, int]:
    return doc[bounds[0]].idx, doc[bounds[1]].idx + len(doc[bounds[1]].text)


def _role(token: Any, roles: frozenset[str]) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (fold(token.lemma_) in roles or fold(token.text) in roles)


@lru_cache(maxsize=1024)
def _modifiers_of(text: str, head: str) -> frozenset[str]:
    return frozenset(fold(c.lemma_) for t in parse(text) if fold(t.lemma_) == head or fold(t.text) == head
                     for c in t.children if c.dep_ in ("amod", "compound"))


def _asked_modifiers(q: Question) -> frozenset[str]:
    """The lemmas of the adjectives and nouns qualifying the asked role noun ("the *first* director", "the *U.S.*
    ambassador"): the role the sentence names must carry them too."""
    return _modifiers_of(q.text, fold(q.head)) if q.head else frozenset()


def role_reads(doc: Any, q: Question) -> list[Read]:
    """The names the sentence gives the asked role by a parenthesis, a label or an apposition."""
    roles = role_words(q)
    if not roles:
        return []
    wanted = _asked_modifiers(q)
    out: list[Read] = []
    for token in doc:
        if not _role(token, roles) or not wanted <= {fold(c.lemma_) for c in token.children}:
            continue  # "the first director": a director not said to be the first answers nothing
        i = token.i
        # "Jane Roe (chair)": the name right before the bracket
        if i >= 2 and i + 1 < len(doc) and doc[i - 1].text == "(" and doc[i + 1].text == ")":
            run = _name_run(doc, doc[i - 2])
            if run is not None:
                out.append(Read(*_span(doc, run), "person", "parenthesis"))
                continue
        # "Interviewer: Jane Roe": the role as the label of a line, the name after the colon
        if i + 2 < len(doc) and doc[i + 1].text == ":" and (i == 0 or "\n" in doc[i - 1].text_with_ws
                                                            or doc[i - 1].is_punct):
            after = doc[i + 2]
            head = after.head if after.dep_ == "compound" else after
            run = _name_run(doc, head)
            if run is not None and run[0] == i + 2:
                out.append(Read(*_span(doc, run), "person", "label"))
                continue
        # "Jane Roe, the chair," (the role in apposition to the name) / "the chair, Jane Roe," (the name to the role)
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":
            run = _name_run(doc, token.head)
            if run is not None:
                out.append(Read(*_span(doc, run), "person", "apposition"))
                continue
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                run = _name_run(doc, child)
                if run is not None:
                    out.append(Read(*_span(doc, run), "person", "apposition"))
    return out


def _record_subject(doc: Any, end: int) -> tuple[int, int] | None:
    """The record's subject for a field at token ``end``: the first proper-name run of the sentence before it,
    after the last colon before it ("I checked the index: X, death registered 1911, Y district, aged 49"; "X
    kept the shop on Y Lane and was buried in 1864, aged 74": X, not the lane or the district)."""
    start = max((t.i + 1 for t in doc[:end] if t.text == ":"), default=0)
    for i in range(start, end):
        if doc[i].pos_ == "PROPN":
            last = i
            while last + 1 < end and doc[last + 1].pos_ == "PROPN":
                last += 1
            return i, last
    return None


def _about(doc: Any, run: tuple[int, int], q: Question) -> bool:
    """The name run is the question's name: every word of it that the question could name is one of the
    question's names, and at least one is (two when both have two)."""
    words = {fold(doc[k].text) for k in range(run[0], run[1] + 1)}
    asked = set(q.names)
    shared = words & asked
    return bool(shared) and (len(shared) >= 2 or len(words) == 1 or len(asked) == 1)


def field_reads(doc: Any, q: Question) -> list[Read]:
    """The values of the record fields naming the asked property of the question's name."""
    asked = field_words(q)
    if asked is None or not q.names:
        return []
    lemmas, kind = asked
    out: list[Read] = []
    for token in doc:
        if token.tag_ not in ("VBN", "VBD", "JJ", "NN") or not (base_forms(token.lower_) | {fold(token.lemma_)}) & lemmas:
            continue  # ("aged" is tagged an adjective: its base forms hold the verb)
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in token.children):
            continue  # a clause ("she was born in Y") is the clause reader's (qa/structure.py)
        subject = _record_subject(doc, token.i)
        if subject is None or not _about(doc, subject, q):
            continue
        value = _value(doc, token, kind)
        if value is not None:
            out.append(Read(*_span(doc, value), kind, "field"))
    return out


def _value(doc: Any, token: Any, kind: str) -> tuple[int, int] | None:
    """The field's value after its word: a number (quantity), a name (place), a date or year (date); a place
    may follow a date and its preposition ("born 1850 in Y")."""
    j = token.i + 1
    if j >= len(doc):
        return None
    if kind == "quantity":
        if not doc[j].like_num:
            return None
        k = j  # "thirty-four": the number's hyphenated parts
        while k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].like_num:
            k += 2
        return j, k
    if kind == "date":
        k = j
        while k < len(doc) and (doc[k].like_num or doc[k].ent_type_ == "DATE") and doc[k].text not in (",", ";"):
            k += 1
        return (j, k - 1) if k > j and any(doc[x].like_num for x in range(j, k)) else None
    # a place: the name right after the participle, or after its "in" / "at" ("born 1850 in Y"), never a date
    if doc[j].pos_ == "ADP" or doc[j].like_num:
        for k in range(j, min(len(doc), j + 4)):
            if doc[k].pos_ == "ADP" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() \
                    and not _other_kind(doc[k + 1]):
                j = k + 1
                break
        else:
            return None
    if not doc[j].text[:1].isupper() or doc[j].is_punct or _other_kind(doc[j]):
        return None
    k = j
    while k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and not doc[k + 1].is_punct:
        k += 1
    return j, k


def _other_kind(token: Any) -> bool:
    """A word WordNet gives a kind other than a place ("January", "Monday": dates; a person's name)."""
    kind = category(token.lower_)
    return kind is not None and kind != "place"


def reads(doc: Any, q: Question) -> list[Read]:
    """Every role and record-field read of the sentence for the question (`role_reads`, `field_reads`)."""
    return role_reads(doc, q) + field_reads(doc, q)
