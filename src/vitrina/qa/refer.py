"""What a sentence speaks of when it does not name it: its pronoun subjects and definite descriptions, resolved.

A question names its entity ("the Geneva Naval Conference", "the Warsaw Pact", "Ada Lind"); the sentence stating
the answer often speaks of it otherwise, the name standing in the title or a sentence before: "The conference
opened in June", "The agreement bound its members …", "He succeeded …". Here a sentence's subjects (and their
possessors) that are a third-person pronoun (`qa.coref.pronoun_kinds`) or a definite description ("the N",
a common noun without a proper name in its phrase) are resolved to the nearest compatible name before them in the
document (the knowledge base's mentions and the capitalised names of the text): the sentence's own words before the
reference, then the sentences before it (nearest first, the first
compatible name of a sentence winning: subjects come first), then its section title and the document title.

Compatible: a pronoun with a name of its kind (the knowledge base's mention types: a person for "he", a thing
for "it", a group, organization or place for "they"); a description with a name whose last word is the noun or a
kind of it in WordNet (`qa.lexical.kind_of`: "Pact" is a kind of "agreement", "Conference" of "meeting"), or, for
a noun WordNet classes as a person ("the president"), a person whose name or the words just before it hold the
noun. The caller asks about its own names only (`spoken_of`): a reference counts for a name when the nearest
compatible antecedent is that name, so "the conference" after another conference speaks of the other one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vitrina.qa import coref
from vitrina.qa.coref import ANTECEDENT_TYPES, TITLE_CONTEXT, role_named
from vitrina.qa.lexical import category, fold, kind_of
from vitrina.qa.names import name_phrases
from vitrina.qa.parse import parse
from vitrina.qa.text import WORD
from vitrina.store.read import KnowledgeBase

SUBJECTS = ("nsubj", "nsubjpass")  # the dependency labels of a clause's subject


@dataclass(frozen=True)
class Reference:
    start: int  # offsets in the sentence
    end: int
    word: str  # the pronoun, or the description's noun (lower case)
    pronoun: bool


@dataclass(frozen=True)
class _Named:
    start: int  # offsets in the context text
    end: int
    text: str
    type: str | None  # the mention's type; None for a name occurrence no mention covers


def references(text: str) -> list[Reference]:
    """The sentence's subjects, and their possessors, that are a third-person pronoun or a definite description."""
    kinds = coref.pronoun_kinds(things=True)
    doc = parse(text)
    out = []
    for tok in doc:
        if tok.dep_ not in SUBJECTS:
            continue
        low = tok.lower_
        if low in kinds:
            out.append(Reference(tok.idx, tok.idx + len(tok), low, True))
            continue
        owners = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in kinds]
        out.extend(Reference(c.idx, c.idx + len(c), c.lower_, True) for c in owners)
        if tok.pos_ == "NOUN" and not owners and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(t.pos_ == "PROPN" for t in tok.subtree):
            det = min(t.idx for t in tok.subtree)
            out.append(Reference(det, tok.idx + len(tok), tok.lemma_.lower(), False))
    return out


def may_describe(noun: str, name: str) -> bool:
    """True when "the ``noun``" may stand for ``name``: its last word is the noun or a kind of it."""
    found = WORD.findall(name)
    return bool(found) and found[-1][:1].isupper() and kind_of(found[-1].lower(), noun)


DEFINITE = re.compile(r"\b[Tt]he\s+([a-z]+)")


def may_refer(text: str, names: list[str]) -> bool:
    """A cheap look before the parse: the sentence holds a third-person pronoun, or "the N" with a noun that may
    describe one of ``names`` or that names a person's role."""
    kinds = coref.pronoun_kinds(things=True)
    if any(w.lower() in kinds for w in WORD.findall(text)):
        return True
    return any(may_describe(m.group(1), name) or category(m.group(1)) == "person"
               for m in DEFINITE.finditer(text) for name in names)


def compatible(ref: Reference, named: _Named, context: str) -> bool:
    """True when ``named`` (a name in ``context``) may be what ``ref`` refers to."""
    if ref.pronoun:
        wanted = ANTECEDENT_TYPES.get(coref.pronoun_kinds(things=True).get(ref.word, ""), frozenset())
        return (named.type or "other") in wanted
    if named.type == "person":
        if category(ref.word) != "person":
            return False
        return role_named(context[max(0, named.start - TITLE_CONTEXT):named.end], ref.word)
    return may_describe(ref.word, named.text)


def _occurrences(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """Where the names stand in ``text`` (whole words, case as written)."""
    out = []
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            out.append((m.start(), m.end(), name))
    return out


def _named_in(text: str, offset: int, mentions: list[tuple[int, int, str, str]], names: list[str]) -> list[_Named]:
    """The names of a context text, in order: the knowledge base's mentions (document offsets, ``offset`` the
    text's) and the asked names where they stand (typed by a mention they overlap)."""
    found = [_Named(a - offset, b - offset, text[a - offset:b - offset], t) for a, b, t, _e in mentions
             if a >= offset and b - offset <= len(text)]
    for a, b, name in _occurrences(text, names):
        inside = [n for n in found if n.start <= a and b <= n.end]
        found.append(_Named(a, b, name, inside[0].type if inside else None))
    for a, b, name in _occurrences(text, name_phrases(text)):  # other names the knowledge base did not type
        if not any(n.start < b and a < n.end for n in found):
            found.append(_Named(a, b, name, None))
    return sorted(found, key=lambda n: (n.start, -n.end))


def antecedent(ref: Reference, contexts: list[tuple[str, list[_Named]]]) -> _Named | None:
    """The nearest compatible name: ``contexts`` nearest first, the first compatible one of each."""
    for text, named in contexts:
        for n in named:
            if compatible(ref, n, text):
                return n
    return None


def _words(text: str) -> set[str]:
    return {re.sub(r"'s?$", "", fold(w)) or fold(w) for w in WORD.findall(text)}


def is_named(named: _Named, names: list[str], others: dict[str, list[tuple[str, ...]]] | None = None) -> str | None:
    """The asked name ``named`` is, else None: it holds all the words of the name or of one of its other names
    (``others``: the name's other names as folded words, "FDR" for Roosevelt), or it is the name's last words
    ("the Alabama" for the CSS Alabama)."""
    own = _words(named.text)
    for name in names:
        words = _words(name)
        last = [fold(w) for w in WORD.findall(name)][-1:]
        if words and (words <= own or own <= words and set(last) <= own) \
                or any(v and set(v) <= own for v in (others or {}).get(name, [])):
            return name
    return None


def spoken_of(conn: KnowledgeBase, sentence: dict, names: list[str], window: int, titles: tuple[str, ...] = (),
              others: dict[str, list[tuple[str, ...]]] | None = None) -> list[tuple[Reference, str]]:
    """The references of ``sentence`` (a row: id, document, start, text) that stand for one of ``names``, each with
    that name: the nearest compatible antecedent among its own words before it, the ``window`` sentences before it
    in its document, then ``titles`` (its section's, its document's); ``others``: each name's other names (`is_named`)."""
    refs = references(sentence["text"])
    if not refs or not names:
        return []
    rows = {r["id"]: r for r in conn.sentence_rows([sentence["id"] - k for k in range(1, window + 1)])}
    before = [rows[i] for i in range(sentence["id"] - 1, sentence["id"] - window - 1, -1)
              if i in rows and rows[i]["document"] == sentence["document"]]
    lo = min([r["start"] for r in before], default=sentence["start"])
    mentions = conn.mentions_inside(sentence["document"], lo, sentence["start"] + len(sentence["text"]))
    earlier = [(r["text"], _named_in(r["text"], r["start"], mentions, names)) for r in before]
    heads = [(t, _named_in(t, 0, [], names)) for t in titles if t]
    own_named = _named_in(sentence["text"], sentence["start"], mentions, names)
    out = []
    for ref in refs:
        own = [n for n in own_named if n.end <= ref.start]
        found = antecedent(ref, [(sentence["text"], own), *earlier, *heads])
        name = is_named(found, names, others) if found else None
        if name:
            out.append((ref, name))
    return out
