"""Scripts written without spaces between words (Chinese, Japanese, and Korean, whose words carry their endings
unspaced), made searchable word by word.

FTS5's ``unicode61`` tokenizer (and PostgreSQL's parser) make one token of a whole run of such letters: a word
inside a run of Chinese is never found ("羅盤" in a sentence written without a space). The text the index is built
from holds, beside the sentence, every letter of these runs as a token of its own (``index_text``; PostgreSQL: the
same letters spaced in its ``tsvector``, ``SPACED_SQL``), and a query word written in them is searched as the
phrase of its letters (``letters``): letters in a row, wherever they stand in a run. A sentence without such a
letter is indexed as it is written, so the ranking of other text is unchanged.
"""

from __future__ import annotations

import re

# The letters of the scripts written without word spaces (Unicode blocks): Hiragana and Katakana, Bopomofo, the
# CJK Unified Ideographs (extension A, the main block, the compatibility ideographs, extensions B to H), Katakana's
# phonetic extensions and Hangul syllables.
RANGES = (
    ("\u3040", "\u30ff"),  # Hiragana, Katakana
    ("\u3100", "\u312f"),  # Bopomofo
    ("\u31f0", "\u31ff"),  # Katakana phonetic extensions
    ("\u3400", "\u4dbf"),  # CJK extension A
    ("\u4e00", "\u9fff"),  # CJK Unified Ideographs
    ("\uac00", "\ud7af"),  # Hangul syllables
    ("\uf900", "\ufaff"),  # CJK compatibility ideographs
    ("\U00020000", "\U000323af"),  # CJK extensions B to H
)
_CLASS = "[" + "".join(f"{lo}-{hi}" for lo, hi in RANGES) + "]"
_LETTER = re.compile(_CLASS)
_RUN = re.compile(_CLASS + "+")


def _escape(ch: str) -> str:
    """A character as PostgreSQL's regular expressions write it (``\\uXXXX``, ``\\UXXXXXXXX``)."""
    return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"


# PostgreSQL: ``text`` with every such letter set apart by spaces (its parser then makes each a lexeme)
SPACED_SQL = ("regexp_replace(text, '([" + "".join(f"{_escape(lo)}-{_escape(hi)}" for lo, hi in RANGES)
              + "])', ' \\1 ', 'g')")


def index_text(text: str) -> str:
    """The text FTS5 indexes for a sentence: the sentence, then (when it holds letters of these scripts) every
    one of them as a word of its own, run after run."""
    runs = _RUN.findall(text)
    if not runs:
        return text
    return text + "\n" + " ".join(" ".join(run) for run in runs)


def letters(token: str) -> tuple[str, ...] | None:
    """A query token written wholly in these scripts and longer than a letter, as the phrase of its letters;
    None for any other token."""
    if len(token) < 2 or not _RUN.fullmatch(token):
        return None
    return tuple(token)


def has_letter(text: str) -> bool:
    return _LETTER.search(text) is not None
