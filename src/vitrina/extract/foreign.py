"""Sentences in another language than English, which the English model's entities are not taken from.

The model is English: over a French or German passage it types common nouns as people or organizations
("Monsieur le Ministre", "Vertrag"), and those went into the knowledge base. A sentence identified as surely
not English (``vitrina.language.identify`` with :data:`FOREIGN`'s thresholds; a sentence too short to tell, in a
block so identified, too) stays in the document, its
sentences and its search index, and is stored with its language (``Document.languages``: spans of runs of
such sentences in one block, each with its BCP 47 tag); the mentions the model and the place rules found in
it are dropped, but for a name the document also names outside such text (English text that names "Paris"
or "Voltaire" vouches for the same words in the French passage).
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from typing import Protocol, TypeVar

from vitrina.extract.spans import Enclosing
from vitrina.language import Identification, identify, surely_english
from vitrina.model import LanguageSpan


class _Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_Span = TypeVar("_Span", bound=_Located)

# Every threshold of the sentence test, in one table (``identify`` reads the shared keys).
FOREIGN: dict[str, float] = {
    # letters a sentence needs before the n-gram identifier is asked (short text is guessed badly)
    "min_letters": 24,
    # lower-case words a Latin-script sentence needs: names do not tell a language, and an English line naming
    # someone in full holds up to four of another's ("diplomat X de Y, duc de Z": particles and a title)
    "min_words": 6,
    # the identifier's probability for its best language, at least, to name it
    "min_probability": 0.95,
    # ... or, for a Latin-script sentence not English by its words, the identifier's probability for English
    # at most: the sentence is not English, its language the one its stop words lean to (Latin has no
    # n-gram profile)
    "max_english_probability": 0.05,
    # words the stop words lean to one language more than to any other, to name it
    "min_lean": 2,
    # a sentence whose lower-case words are this share or more English stop words is English
    "english_stop_share": 0.2,
    # ... or whose lower-case words are this share or more English (a stop word or known to WordNet)
    "english_word_share": 0.5,
    # letters of a word WordNet knows for it to count as English
    "min_known_letters": 4,
    # the share of a sentence's letters its main script needs to name its script
    "script_share": 0.6,
    # characters of a sentence read by the identifier, at most
    "max_chars": 300,
    # 1: a mention in such a sentence is kept when the document names the same words outside such text
    "keep_named_elsewhere": 1,
}


def language_spans(text: str, sentences: Sequence[tuple[int, int]],
                   blocks: Sequence[tuple[int, int]]) -> list[LanguageSpan]:
    """Runs of sentences of ``text`` surely not English, each run within one block and of one tag: a sentence
    identified so, or one too short to tell in a block identified so."""
    ordered = sorted(blocks)
    starts = [start for start, _ in ordered]
    in_blocks: dict[int, Identification | None] = {}
    out: list[LanguageSpan] = []
    last_block = -1
    for start, end in sentences:
        block = bisect.bisect_right(starts, start)
        found = identify(text[start:end], FOREIGN)
        if found is None and block > 0 and end <= ordered[block - 1][1] and not surely_english(text[start:end], FOREIGN):
            if block not in in_blocks:  # a block surely not English: its short sentences ("Oui, monsieur.") too
                in_blocks[block] = identify(text[slice(*ordered[block - 1])], FOREIGN)
            found = in_blocks[block]
        if found is None:
            continue
        if out and out[-1].lang == found.tag and last_block == block and not text[out[-1].end:start].strip():
            out[-1] = LanguageSpan(out[-1].start, end, found.tag)
        else:
            out.append(LanguageSpan(start, end, found.tag))
        last_block = block
    return out


def outside_foreign(text: str, found: list[_Span], spans: Sequence[LanguageSpan]) -> list[_Span]:
    """The mentions (raw or clustered: anything with ``start`` and ``end``) not lying in text of another
    language, but for those whose words the document also mentions outside it (``keep_named_elsewhere``): the
    same words, letter case and accents aside ("Montréal" and "Montreal"), or a run of a longer name's words
    ("Phoenix Bridge Company" of "the Phoenix Bridge Company of Pennsylvania")."""
    if not spans:
        return found
    inside = Enclosing([(s.start, s.end) for s in spans])
    foreign = [inside.holds(m.start, m.end) for m in found]
    vouched = {_key(text[m.start:m.end]) for m, away in zip(found, foreign, strict=True) if not away}
    keep = FOREIGN["keep_named_elsewhere"]
    return [m for m, away in zip(found, foreign, strict=True)
            if not away or (keep and _named_in(_key(text[m.start:m.end]), vouched))]


def _key(name: str) -> str:
    """A name's words, case-folded and without accents, each framed by a space."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " " + " ".join(bare.casefold().split()) + " "


def _named_in(key: str, names: set[str]) -> bool:
    """``key`` is one of ``names`` or a run of whole words of one."""
    return key.strip() != "" and (key in names or any(key in name for name in names))
