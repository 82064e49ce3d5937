"""Is the answering sentence about the asked person at all? (round 54 red team D2)

Three readings, each a reason to withhold an answer whose sentence is about someone or something else:

* ``namesake``: "What was A B sentenced to?" over 'Commissioner C B replied: "…"': the sentence names a person
  sharing only the surname B with the asked one, under another given name, and never the asked given name — a
  different person the sources tell apart by name. A title before the surname ("Commissioner B", "Captain B") is no
  given name (the honorific and rank lexicons, or a word WordNet knows only as a common noun of a person or a form
  of address); an initial agrees with the given name it starts ("J. B" for "John B").
* ``distinguished``: "Where was A B born?" over "Not to be confused with A B, of …, born P": the sentence sets its
  A B apart from the one the record is about (lexicon ``distinction_phrases``: ``set_apart``), so its
  facts are another man's.
* ``predicate_unstated``: "When was A hanged at P?" over "A, discharged from P on D": the question's act (a verb
  that names one) is stated in the sentence by no form of it and no WordNet relative (synonym, hypernym, derived
  form: ``lexical.related``, or a nominalisation) while it states another act (a verb of another kind than the
  asked one by WordNet's class of its most frequent sense: "sailed" keeps "leave", both motion) — the date or place
  is another act's, and the question's premise is not stated. A line with no verb (a caption, a register's cells)
  states no other act and is left to the other checks. Only dates and places are read so: a what-question's object
  noun often carries its act ("Under what alias did A appear?" over "A, alias B").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.extract.entities import is_honorific
from vitrina.qa.lexical import base_forms, fold, loosely_related, nominalises, related, wordnet
from vitrina.qa.otheract import OTHER_ACT
from vitrina.qa.question import Question
from vitrina.qa.text import STOPWORDS
from vitrina.qa.weights import NAMESAKE

NAME_WORD = re.compile(r"[A-Z][\w'’-]*\.?")


@lru_cache(maxsize=4096)
def is_title(word: str) -> bool:
    """A word written before a surname that is no given name: an honorific, a rank or civic title, an academic
    title, or a word WordNet knows only as a common noun (lower-case lemma) of a person or a form of address."""
    bare = word.rstrip(".").lower()
    if is_honorific(word) or bare in lexicon.words("rank_titles") or bare in lexicon.words("academic_titles"):
        return True
    wn = wordnet()
    if wn is None:
        return False
    lemmas = [(lemma.name(), s.lexname()) for s in wn.synsets(bare, "n") for lemma in s.lemmas()
              if lemma.name().lower() == bare]
    proper = any(name[:1].isupper() and lexname == "noun.person" for name, lexname in lemmas)
    common = any(name.islower() and lexname in NAMESAKE["title_senses"] for name, lexname in lemmas)
    address = any(lexname == "noun.communication" for _name, lexname in lemmas)  # "Mrs", "Frau"
    return not proper and (common or address)


def given_names(words: list[str], surname_at: int) -> list[str]:
    """The words before the surname at ``surname_at`` of a name's capitalised run that are no titles."""
    return [w for w in words[:surname_at] if not is_title(w)]


def _agrees(a: str, b: str) -> bool:
    """Two given names that may be one: the same word, or an initial and a name it starts."""
    a, b = fold(a.rstrip(".")), fold(b.rstrip("."))
    return a == b or len(a) == 1 and b.startswith(a) or len(b) == 1 and a.startswith(b)


def asked_people(question: str) -> list[tuple[list[str], str]]:
    """(given names, surname) of each name of two or more capitalised words in the question that has a given
    name before its last word ("What was Ada Lind fined?": (["Ada"], "Lind"))."""
    out = []
    for run in _runs(question):
        given = given_names(run, len(run) - 1)
        if given:
            out.append((given, run[-1]))
    return out


def _runs(text: str) -> list[list[str]]:
    """The runs of capitalised words of a text (a sentence-initial question word is no name)."""
    runs: list[list[str]] = []
    current: list[str] = []
    for match in re.finditer(r"\S+", text):
        word = match.group().strip("\"'“”‘’(),;:?!")
        if NAME_WORD.fullmatch(word) and not (match.start() == 0 and fold(word) in STOPWORDS):
            current.append(word)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = []
    if len(current) >= 2:
        runs.append(current)
    return runs


def namesake(question: str, sentence: str, people: list[str]) -> str | None:
    """The person named in ``people`` (the sentence's person mentions, as written) who shares only the surname with
    a person the question names by given name and surname, when the sentence writes none of the asked person's
    given names; else None."""
    words = {fold(w.rstrip(".")) for w in re.findall(r"[\w'’.-]+", sentence)}
    for given, surname in asked_people(question):
        if any(fold(g.rstrip(".")) in words for g in given):
            continue  # the asked person's given name is there: the sentence may well be about them
        for person in people:
            run = [w.strip(",;:") for w in person.split()]
            if len(run) < 2 or fold(run[-1]) != fold(surname):
                continue
            theirs = given_names(run, len(run) - 1)
            if theirs and not any(_agrees(a, b) for a in theirs for b in given):
                return person
    return None


@lru_cache(maxsize=1)
def _distinction_before() -> re.Pattern[str]:
    """A phrase of lexicon ``distinction_phrases`` ending right before a name, an article between (the reading
    ``link`` keeps such people apart by; written here so that ask reads the store's text, not the linker)."""
    phrases = sorted(lexicon.words("distinction_phrases"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


def set_apart(text: str, start: int) -> bool:
    """The name at ``start`` of the sentence follows a phrase saying it names someone else ("not to be confused
    with", "no relation of"), within ``NAMESAKE["distinction_reach"]`` characters."""
    reach = int(NAMESAKE["distinction_reach"])
    return _distinction_before().search(text[max(0, start - reach):start]) is not None


def distinguished(question: str, people: list[str]) -> str | None:
    """The person of ``people`` (the sentence's person mentions that follow a phrase setting them apart from the
    person the text is about: ``set_apart``) whose surname is that of a person the question names by given
    name and surname ("Not to be confused with A B, of …, born P": the sentence's facts are the other A B's); else
    None."""
    asked = {fold(surname) for _given, surname in asked_people(question)}
    return next((p for p in people if p.split() and fold(p.split()[-1].strip(",;:")) in asked), None)


def _forms(word: str) -> frozenset[str]:
    low = word.lower()
    return frozenset({low, *base_forms(low)})


def predicate_unstated(q: Question, doc: Any) -> str | None:
    """The question's act when the parsed sentence ``doc`` states another act and not it (``states_act``), for a
    question that names someone and asks the date or place of an act (the kinds of answer another act of the same
    person also has); else None."""
    predicate = q.predicate
    if q.expects not in NAMESAKE["act_expects"] or not predicate or not q.names or predicate in q.light:
        return None
    if not any(pos == "v" and predicate in _forms(word) for word, pos in q.pos.items()):
        return None  # the predicate is no verb of the question's (a noun's verb, "the *sentence* for …")
    if predicate in OTHER_ACT["light"] or q.verb_class in NAMESAKE["unstated_classes"] or q.naming or q.phrasal:
        return None
    others = [t for t in doc if t.pos_ == "VERB" and not _forms(t.text) & OTHER_ACT["light"]]
    if not others:
        return None  # a line that states no act (a caption, a register's cells) dates no other one
    return None if states_act(q, doc) else predicate


def states_act(q: Question, doc: Any) -> bool:
    """Whether the parsed sentence states the question's act: a form of its verb or a WordNet relative (synonym,
    hypernym, derived form; a rarer sense's synonym or narrow hypernym, ``loosely_related``), a nominalisation, a noun naming a kind of the act ("conference" for "meet": a sense
    under the act's noun), or a verb of the act's kind (WordNet's class of the most frequent senses: "sailed" for
    "leave", both motion)."""
    predicate = q.predicate or ""
    # a rarer sense's synonyms and narrow hypernyms too ("strike" / attacked): the check only withholds, so a
    # looser word the question uses for the sentence's act must not make it the other act
    asked = {predicate, *related(predicate, "v"), *related(predicate), *loosely_related(predicate, "v")}
    if q.nominal:
        asked |= {q.nominal, *related(q.nominal)}
    own = _first_class(predicate)
    acts = _act_nouns(predicate)
    for token in doc:
        if _forms(token.text) & asked or token.lemma_.lower() in asked \
                or any(nominalises(token.lower_, a) for a in _forms(predicate)):
            return True
        if token.pos_ == "VERB" and own is not None and _first_class(token.text) == own:
            return True
        if token.pos_ in ("NOUN", "PROPN") and acts and _kind_of(token.lower_, acts):
            return True
    return False


@lru_cache(maxsize=4096)
def _act_nouns(predicate: str) -> frozenset[Any]:
    """The noun senses derived from the verb's senses ("meet" -> meeting.n.01 …)."""
    wn = wordnet()
    if wn is None:
        return frozenset()
    return frozenset(d.synset() for s in wn.synsets(predicate, "v") for lemma in s.lemmas()
                     for d in lemma.derivationally_related_forms() if d.synset().pos() == "n")


def _kind_of(noun: str, acts: frozenset[Any]) -> bool:
    """A sense of the noun lies under one of ``acts`` within ``NAMESAKE["kind_depth"]`` hypernym steps."""
    wn = wordnet()
    depth = int(NAMESAKE["kind_depth"])
    for sense in wn.synsets(noun, "n") if wn is not None else []:
        level = {sense}
        for _step in range(depth):
            level = {h for s in level for h in s.hypernyms()}
            if level & acts:
                return True
    return False


def _first_class(word: str) -> str | None:
    """The WordNet lexicographer class of the most frequent verb sense of the word's base forms ("hang":
    verb.contact, "sail" and "leave": verb.motion), or None."""
    wn = wordnet()
    if wn is None:
        return None
    for form in sorted(_forms(word), key=lambda f: f != word.lower()):
        senses = wn.synsets(form, "v")
        if senses:
            return str(senses[0].lexname())
    return None
