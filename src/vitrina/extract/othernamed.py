"""A name the document itself introduces as someone else than a namesake it has named.

Records that hold two people of one name say so: "not to be confused with X, P.C. 301", "X (no relation to
Y)", "a second X, a joiner … a different man", "another X". The name after such words is a new person even
when it is written exactly as an earlier one, so the document's clustering keeps it apart
(``cluster.Clusterer._introduced_apart``) and linking never joins it to the earlier one
(``link.kept_apart``). Two kinds of evidence, both read from the words right before the name:

* a phrase of ``lexicon/distinction_phrases.txt`` ("not to be confused with", "no relation to"), an article
  between;
* an indefinite article with a word that says "one more of that kind": an adjective of
  ``lexicon/other_person_adjectives.txt`` ("a different X", "another X") or an ordinal of
  ``lexicon/generational_words.txt`` ("a second X"; with "the" the ordinal is a generation, read elsewhere).
"""

from __future__ import annotations

import re
from functools import cache

from vitrina.lexicon import entries, words

# how far before a name the words that introduce it are looked for (the longest phrase and an article)
DISTINCTION_REACH = 60


@cache
def distinction_before() -> re.Pattern[str]:
    """A phrase of ``lexicon/distinction_phrases.txt`` ending right before a name, an article between."""
    phrases = sorted(words("distinction_phrases"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


@cache
def _another_before() -> re.Pattern[str]:
    """ "a second", "a different", "another" right before a name (an indefinite article and a word of one more)."""
    ordinals = {e.value.split()[0].lower() for e in entries("generational_words")
                if len(e.value.split()) == 2 and e.value.split()[1].strip("ivx") == ""}
    others = sorted(words("other_person_adjectives") | ordinals, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, others))
    return re.compile(rf"(?:\b(?:a|an)\s+(?:{alternatives})|\banother)\s+$", re.IGNORECASE)


def distinguished(text: str, start: int) -> bool:
    """The name starting at ``start`` follows a phrase that says it names someone else than a person the text
    is about ("he is not to be confused with X", "X's son (no relation of Y)")."""
    return distinction_before().search(text[max(0, start - DISTINCTION_REACH) : start]) is not None


def introduced_as_another(text: str, start: int) -> bool:
    """The name starting at ``start`` is introduced as a person other than a namesake: after a distinction
    phrase (``distinguished``) or after "a second", "a different", "another"."""
    window = text[max(0, start - DISTINCTION_REACH) : start]
    return distinguished(text, start) or _another_before().search(window) is not None
