"""A name a sentence gives by quoting it (round 57 askv57, issue #12).

A question asking a name ("What was X called?", "What nickname did X get?", "What was the name of the plan …?") is
answered by the name a sentence gives. Round 40's ``named_by`` reads a naming word before the candidate ("known as",
"dubbed"); a source also marks a coined name or term by quotation marks alone: 'the towns joined the “river league,”
which …', 'mocked as “the paper navy” by its critics'. A short quotation in running text — at most
``QUOTED_NAME["words"]`` words, not a question or an exclamation — is read as such a name: a candidate of its own
(typed or parse candidates often cut it or miss it). A longer quotation is what someone said, which a naming question
does not ask. The ranker input ``quoted_name`` (``RANKER_ADDED``) is 1 for a name a sentence gives either way — by
quotation marks or by a naming word (``named_by``) — so that a quoted term does not outrank a name given by "known
as" merely for its marks: the sentence's other evidence decides between them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from vitrina.qa import lexical
from vitrina.qa.shaped import fills
from vitrina.qa.weights import LEXICAL, QUOTED_NAME

QUOTED = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")  # a double-quoted stretch (curly or straight)
INNER_END = ",.;:"  # punctuation the quotation holds before its closing mark ("movement,”)
WORD_EDGE = "“”\"'‘’.,;:()!?"  # marks around a written word
UTTERANCE_END = "?!"  # a quoted question or exclamation is said, not a name


def asked(q: Any) -> bool:
    """The question asks a thing's name — a naming verb, a name noun or naming words (qa/question.py), a thing
    expected (not a reason: "Why did X call it Y?") — and the switch is on. Naming words alone ask a name when the
    wh-word is theirs ("What slogan did X raise?", "What was the catchphrase of X?"), not when it is the object of
    what the named thing does ("What was X's message meant to announce?")."""
    if not LEXICAL["quoted_name"] or q.expects != "named":
        return False
    if q.naming or q.wants_name:
        return True
    return bool(q.name_words) and not (q.slot == "object" and q.head not in q.name_words)


def person_asked(q: Any) -> bool:
    """The name asked is a person's own: the question holds a WordNet name of a person's family, given or assumed
    name ("maiden name", "surname", "pen name": lexical.PERSONAL_NAMES). (An asked noun that is a kind of person
    does not say so: "What did X call the rebels?" asks a coined name of a group, which a quotation gives.)"""
    return _personal_name_in(q.text)


@lru_cache(maxsize=256)
def _personal_name_in(text: str) -> bool:
    """`person_asked` of a question's text, read once a question (``tied`` asks it of every examined sentence)."""
    wn = lexical.wordnet()
    if wn is None:
        return False
    words = [w.strip(WORD_EDGE).lower() for w in text.split()]
    pairs = words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    own = [wn.synset(name) for name in lexical.PERSONAL_NAMES]
    return any(lexical.under(wn.synsets(w, "n")[:1], own, instances=False) for w in pairs if w)


def described(q: Any) -> set[str]:
    """The nouns the question describes the named thing by ("What was the name of the 1949 *document* … *policy*?",
    "What was Hitler's *invasion* … called?"): its asked noun and common nouns that are not names nor naming words,
    and the WordNet compounds two of them make in order ("table tennis"), spaced."""
    nouns = [w for w in q.content if q.pos.get(w) == "n" and w not in q.names and w not in q.name_words
             and not w.isdigit()]
    wn = lexical.wordnet()
    pairs = {f"{a} {b}" for a, b in zip(nouns, nouns[1:], strict=False)
             if wn is not None and wn.synsets(f"{a}_{b}", "n")}
    head = {q.head} if q.head and q.head not in q.name_words else set()
    return head | set(nouns) | pairs


def person_reached(q: Any) -> bool:
    """The questions ``quoted_name_person`` changes (bench/ask_switch_ab.py ``--reached``): a name asked, a person's."""
    return asked(q) and person_asked(q)


def sentence_words(doc: Any) -> set[str]:
    """A parsed sentence's folded words and lemmas, its adjacent word pairs spaced ("ping pong") and its hyphenated
    words spaced ("ping-pong" -> "ping pong": the parser splits them)."""
    words = [t.lower_ for t in doc]
    hyphened = {w.strip(WORD_EDGE).replace("-", " ") for w in doc.text.lower().split() if "-" in w}
    return {*words, *(t.lemma_.lower() for t in doc), *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False)),
            *hyphened}


def names_something(doc: Any) -> bool:
    """The sentence has a verb of naming ("is sometimes called", "dubbed"): a quotation there is a name it gives."""
    return any(t.pos_ == "VERB" and lexical.verb_class(t.lemma_.lower()) == "naming" for t in doc)


def _kin(noun: str) -> set[str]:
    """The noun and its WordNet relatives, spaced ("ping-pong" -> "ping pong")."""
    kin = {noun, *lexical.related(noun.replace(" ", "_") if " " in noun else noun, "n")}
    return {k.replace("-", " ").replace("_", " ") for k in kin}


def tied(q: Any, doc: Any) -> bool:
    """The parsed sentence ``doc`` may give the name of the thing asked: the name asked is not a person's, and the
    sentence names something by a verb of naming (`names_something`) or holds a noun the question describes the
    thing by or a WordNet relative of one (`sentence_words`). With no such noun in the question ("What was X
    called?") any sentence may; with the switch ``quoted_name_tie`` off (shipped), any does. With
    ``quoted_name_person`` on, a person's name asked (`person_asked`) takes no quotation whatever the other switch."""
    if LEXICAL["quoted_name_person"] and person_asked(q):
        return False
    if not LEXICAL["quoted_name_tie"]:
        return True
    nouns = described(q)
    if not nouns or names_something(doc):
        return True
    words = sentence_words(doc)
    return any(words & _kin(n) for n in nouns)


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each short quotation's words, without its marks and inner closing punctuation."""
    out = []
    for m in QUOTED.finditer(text):
        start, end = m.span(1)
        while end > start and (text[end - 1].isspace() or text[end - 1] in INNER_END):
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        words = text[start:end].split()
        if not words or len(words) > QUOTED_NAME["words"] or text[end - 1] in UTTERANCE_END:
            continue
        out.append((start, end))
    return out


def quoted(start: int, end: int, found: list[tuple[int, int]]) -> float:
    """1.0 when the candidate (sentence offsets) is one of the quoted names or most of one (qa/shaped.fills: an
    article or a preposition before the opening mark does not matter)."""
    return fills(start, end, found)


def given(start: int, end: int, found: list[tuple[int, int]], named_by: float, q: Any) -> float:
    """The ranker input: 1.0 when a thing's name is asked and the candidate is a name its sentence gives, by quotation
    marks (`quoted`) or by a naming word before it (``named_by``, rank.named_by); else 0."""
    return max(quoted(start, end, found), named_by) if asked(q) else 0.0
