"""The frame of a dated or measured statement, from the dependency parse of its sentence.

"On May 4, 1921, the fleet lifted the blockade of the port" → the date hangs on
"lifted" (its *predicate*), whose object "the blockade of the port" is its
*theme*; "lift" ends something (its *aspect*); the frame's *tokens* are the
predicate's clause without the subordinate clauses that do not hold the date,
so names elsewhere in a long sentence are not taken for participants.

A value (a date, an amount) hangs on the nearest verb above it; a value inside
a noun phrase ("the May 1921 accord", "an alliance founded in 1921") also keeps
that noun. A predicate that only marks a start or an end ("began", "opened",
"lifted" — lexicon ``aspectual_verbs``) takes its object as the event ("opened
talks" and "began talks" are the same act). A relative or participle clause
("the accord they signed in May") takes the noun it describes as its theme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vitrina import lexicon
from vitrina.extract.edtf_text import YEAR_DIGITS

__all__ = ["Frame", "frame", "frames"]

# Dependencies of a verb's children that open another clause: left out of the frame unless the value is in them.
_OTHER_CLAUSE = {"advcl", "relcl", "ccomp", "conj", "parataxis", "csubj", "acl", "xcomp"}
# A verb's arguments that name what the act is done to (the theme).
_THEME_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Penn tags of a relative pronoun ("which", "that", "who"): as a relative clause's subject it stands for the noun
# the clause describes.
_RELATIVE_TAGS = {"WDT", "WP"}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
_NOUN_POS = {"NOUN", "PROPN"}


@dataclass(frozen=True)
class Frame:
    predicate: tuple[str, ...]  # the verb the value hangs on (and the event noun of an aspectual verb)
    theme: tuple[str, ...]  # content words of what the act is done to
    subject: tuple[str, ...]  # content words of who does it
    words: tuple[str, ...]  # content words of the whole frame, the value left out
    word_offsets: tuple[tuple[int, int], ...]  # each word's span in the document
    aspect: str | None  # "start" | "end" for a verb that only begins or ends the event
    offsets: tuple[tuple[int, int], ...]  # character spans (in the document) of the frame's tokens
    # the head words of who does the act and of what it is done to (its object, a passive's subject), as document
    # spans: a name standing there is a participant, a name modifying another head ("the Harlan mill") is not
    doer_heads: tuple[tuple[int, int], ...] = ()
    theme_heads: tuple[tuple[int, int], ...] = ()
    pronoun_doer: bool = False  # the doer is a personal pronoun ("She taught …"): who it is, the document says
    doer_phrase: tuple[int, int] | None = None  # the doer's words up to its head ("The Harlan mill")

    def covers(self, start: int, end: int) -> bool:
        """Does a span (a name's mention) lie within the frame's tokens?"""
        return any(s <= start < e for s, e in self.offsets) and any(s < end <= e for s, e in self.offsets)


@lru_cache(maxsize=1)
def _aspects() -> dict[str, str]:
    return {e.value.split()[0]: e.value.split()[1] for e in lexicon.entries("aspectual_verbs")}


def _aspect(word: str) -> str | None:
    """"start" or "end" for a verb that only begins or ends an event (by its base forms)."""
    from vitrina.qa.lexical import base_forms

    return next((_aspects()[f] for f in sorted(base_forms(word) | {word}) if f in _aspects()), None)


def frames(sentences: list[tuple[int, str]], values: list[list[tuple[int, int]]]) -> list[list[Frame | None]]:
    """The frame of each value span of each sentence (``(start, text)``; value spans in document offsets)."""
    from vitrina.qa.parse import parse_many

    docs = parse_many([text for _start, text in sentences])
    return [[frame(doc, start, span) for span in spans]
            for doc, (start, _text), spans in zip(docs, sentences, values, strict=True)]


def frame(doc: Any, offset: int, value: tuple[int, int]) -> Frame | None:
    """The frame of the value at ``value`` (document offsets) in the parsed sentence ``doc``
    that starts at document offset ``offset``."""
    lo, hi = value[0] - offset, value[1] - offset
    inside = [t for t in doc if t.idx < hi and t.idx + len(t.text) > lo]
    if not inside:
        return None
    root = next((t for t in inside if t.head.i not in {u.i for u in inside} or t.head.i == t.i), inside[0])
    verb, noun = _anchors(root)
    if verb is None or _offset_clause(verb, value_ids := {t.i for t in inside}):
        return None
    tokens = _clause(verb, value_ids)
    predicate, theme, aspect = _predicate(verb, noun, value_ids)
    subject = _doers(verb)
    if not subject:  # "X grew suspicious and recalled him in May": the conjoined verb's doer is X
        subject = _shared_doers(verb)
        tokens = sorted({*tokens, *(t for c in subject for t in c.subtree)}, key=lambda t: t.i)
    content = [t for t in tokens if t.pos_ in _CONTENT_POS and t.i not in value_ids and _word(t)]
    return Frame(predicate=tuple(dict.fromkeys(predicate)), theme=tuple(dict.fromkeys(theme)),
                 subject=tuple(dict.fromkeys(w for c in subject for w in _phrase_words(c, value_ids))),
                 words=tuple(_word(t) for t in content),
                 word_offsets=tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in content), aspect=aspect,
                 offsets=tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in tokens),
                 doer_heads=tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in subject),
                 theme_heads=tuple((offset + t.idx, offset + t.idx + len(t.text)) for t in verb.children
                                   if t.dep_ in _THEME_DEPS and t.i not in value_ids),
                 pronoun_doer=any(t.tag_ == "PRP" for t in subject),
                 doer_phrase=(offset + subject[0].left_edge.idx, offset + subject[0].idx + len(subject[0].text))
                 if subject else None)


def _doers(verb: Any) -> list[Any]:
    """Who does the act: the active subject, or the agent of a passive ("signed by X", "replaced by Y"); a relative
    pronoun subject is the name its clause describes ("Porto, which closed its harbor": Porto; a common noun so
    described is left out: what "a ratio which allowed 5 tons" measures is no doer)."""
    found = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        found = [verb.head if c.tag_ in _RELATIVE_TAGS and verb.head.pos_ == "PROPN" else c for c in found]
    return found


def _shared_doers(verb: Any) -> list[Any]:
    """The doers of the verb a subjectless conjoined verb is joined to ("X did A and did B")."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
        if found := _doers(node):
            return found
    return []


def _offset_clause(verb: Any, value_ids: set[int]) -> bool:
    """Is the verb's clause one that the value dates by an offset ("two days before the fleet
    sailed"): the value lies outside the clause its "before"/"after" opens."""
    marks = [c for c in verb.children if c.text.lower() in lexicon.words("relative_time_markers")
             and (c.dep_ == "mark" or c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children))]
    return any(not (m.i <= i <= verb.right_edge.i) for m in marks for i in value_ids)


def _anchors(root: Any) -> tuple[Any | None, Any | None]:
    """The verb a value hangs on, and the noun between them if the value sits in a noun phrase."""
    node, noun = root, None
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node, noun
        if node.pos_ in _NOUN_POS and noun is None:
            noun = node
    if node.pos_ in _NOUN_POS:  # a verbless caption or heading: the phrase itself
        return node, noun if noun is not None and noun.i != node.i else None
    return node, noun


def _clause(verb: Any, value_ids: set[int]) -> list[Any]:
    """The verb's clause without subordinate clauses that do not hold the value; a relative
    or participle clause adds the noun it describes."""
    fronted = min(value_ids) < verb.left_edge.i or any(
        c.dep_ in {"prep", "npadvmod", "advmod"} and c.i < verb.i and any(t.i in value_ids for t in c.subtree)
        for c in verb.children)
    skipped = [c for c in verb.children
               if c.dep_ in _OTHER_CLAUSE and c.pos_ in {"VERB", "AUX"} and not any(t.i in value_ids for t in c.subtree)
               and not (fronted and c.dep_ == "conj" and not _dated(c))]
    left_out = {t.i for c in skipped for t in c.subtree}
    tokens = [t for t in verb.subtree if t.i not in left_out]
    if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
        described = verb.head
        tokens += [t for t in described.subtree if t.i < verb.left_edge.i]
        if described.dep_ == "attr":  # "the accord was a pact signed in 1921": the accord is named too
            tokens += [t for c in described.head.children if c.dep_ == "nsubj" for t in c.subtree]
    return sorted(set(tokens), key=lambda t: t.i)


def _dated(clause: Any) -> bool:
    """Does a clause write a date of its own (a year, or a month name)? A date fronted before a coordination
    ("By May 1921, X had secured A and announced B") dates every conjunct that has none of its own."""
    return any(_YEAR_OR_MONTH.fullmatch(t.text) for t in clause.subtree)


_YEAR_OR_MONTH = re.compile(rf"{YEAR_DIGITS}|January|February|March|April|June|July|August|September|October|"
                            r"November|December")


def _predicate(verb: Any, noun: Any | None, value_ids: set[int]) -> tuple[list[str], list[str], str | None]:
    head = _word(verb)
    themes = [c for c in verb.children if c.dep_ in _THEME_DEPS and c.i not in value_ids]
    idiom = next((t for t in themes if t.dep_ == "dobj" and _verb_idiom(verb.text.lower(), t.text.lower())), None)
    if idiom is not None:  # "take place", "make peace": one verb in WordNet, its object no theme
        themes = [t for t in themes if t.i != idiom.i]
    if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
        themes = _described_for_relative(themes, verb.head)
    if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i and not themes:
        themes = [verb.head]  # "the accord they signed", "an alliance founded in 1921"
        if verb.head.dep_ == "attr":  # "the accord was a pact signed in 1921": the accord too
            themes += [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    said = [] if themes else [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                              and not any(t.i in value_ids for t in c.subtree)]
    if said:  # "announced that it would close the port": what is said is the theme (its verb and object)
        themes = [g for c in said for g in c.children if g.dep_ in _THEME_DEPS]
    aspect = _aspect(head) if head else None
    if aspect and not themes:  # "the talks began": the subject is what begins
        themes = [c for c in verb.children if c.dep_ == "nsubj"]
    predicate = [head] if head and verb.pos_ != "AUX" else []
    phrasal = _phrasal_verb(verb)
    if phrasal and verb.pos_ != "AUX":  # "set up an office": also "set_up", one WordNet verb (establish)
        predicate.append(phrasal)
    if idiom is not None and verb.pos_ != "AUX":  # "left office": also "leave_office", one WordNet verb (resign)
        predicate.append(_idiom_verb(verb.text.lower(), idiom.text.lower()))
    if not themes:  # "the meeting took place in May": the subject names the event
        predicate += [_word(c) for c in verb.children if c.dep_ == "nsubj" and _word(c) and is_event_noun(_word(c))]
    if aspect or not predicate:
        predicate += [_word(t) for t in _event_heads(themes) if _word(t)]
    if noun is not None and noun.i not in value_ids and _word(noun) and is_event_noun(_word(noun)):
        predicate.append(_word(noun))
    theme = [_word(c) for c in said if _word(c)] + [w for t in themes for w in _phrase_words(t, value_ids)]
    return [p for p in predicate if p], theme, aspect


def _described_for_relative(themes: list[Any], described: Any) -> list[Any]:
    """A relative pronoun as what the act is done to ("the accord, which they signed", "the accord that was signed")
    stands for the noun its clause describes, as in "the accord they signed"."""
    return [described if t.tag_ in _RELATIVE_TAGS else t for t in themes]


def _event_heads(themes: list[Any]) -> list[Any]:
    """The nouns naming the event begun or ended: "a series of talks" → talks."""
    out = []
    for t in themes:
        out.append(t)
        if is_event_noun(t.text.lower()):
            continue  # "the invasion of a country": the invasion is the event
        out += [g for p in t.children if p.dep_ == "prep" and p.text.lower() == "of"
                for g in p.children if g.dep_ == "pobj"]
    return out


def _phrasal_verb(verb: Any) -> str:
    """A verb and its particle as one WordNet verb ("set up" → "set_up", "broke off" → "break_off"), else ""."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    if particle is None:
        return ""
    return _wordnet_verb(verb.text.lower(), particle.text.lower())


@lru_cache(maxsize=4096)
def _wordnet_verb(verb: str, particle: str) -> str:
    """The first base form of the verb (WordNet's morphology: the parse keeps no lemmas) that makes a WordNet verb
    with the particle."""
    from vitrina.qa.lexical import base_forms, wordnet

    wn = wordnet()
    if wn is None or not (verb.isalpha() and particle.isalpha()):
        return ""
    return next((f"{form}_{particle}" for form in sorted(base_forms(verb) | {verb})
                 if wn.synsets(f"{form}_{particle}", "v")), "")


@lru_cache(maxsize=4096)
def _idiom_verb(verb: str, noun: str) -> str:
    """The WordNet verb a verb and its object make ("took office" → "take_office"), else ""."""
    from vitrina.qa.lexical import base_forms, wordnet

    wn = wordnet()
    if wn is None or not (verb.isalpha() and noun.isalpha()):
        return ""
    return next((f"{form}_{noun}" for form in sorted(base_forms(verb) | {verb}) if wn.synsets(f"{form}_{noun}", "v")),
                "")


@lru_cache(maxsize=4096)
def _verb_idiom(verb: str, noun: str) -> bool:
    """Is "verb noun" (the verb in any form: "took place") one verb in WordNet ("take place", "make peace")?"""
    return bool(_idiom_verb(verb, noun))


@lru_cache(maxsize=8192)
def is_event_noun(word: str) -> bool:
    """A noun WordNet derives from a verb (invasion/invade, meeting/meet, conference/confer)."""
    from vitrina.qa.lexical import wordnet

    wn = wordnet()
    if wn is None:
        return False
    for synset in wn.synsets(word, "n"):
        for lemma in synset.lemmas():
            if any(d.synset().pos() == "v" for d in lemma.derivationally_related_forms()):
                return True
    return False


def _phrase_words(head: Any, value_ids: set[int]) -> list[str]:
    """Content words of a noun phrase: its head and what modifies it before a clause opens."""
    out = []
    for t in head.subtree:
        if t.dep_ in _OTHER_CLAUSE and t.i != head.i:
            break
        if t.i not in value_ids and t.pos_ in _NOUN_POS | {"ADJ"} and _word(t):
            out.append(_word(t))
    return out


def _word(token: Any) -> str:
    """A token's lowercase form when it is a content word, else ""."""
    word = token.text.lower().replace("’", "'")
    return word if word.isalpha() and len(word) > 2 and word not in _stop_words() else ""


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | lexicon.words("months")
