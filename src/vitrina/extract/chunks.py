"""What the model reads: bounded pieces of text, with pathological runs blanked.

spaCy's tokenizer strips prefixes and suffixes one at a time from a
whitespace-free run, and each step searches the rest of the run again, so
its cost grows with the square of the run: a 40 KB line of ``"`` took
105 s. One spaCy document also costs memory in proportion to its tokens
(a 900 KB hyphen chain needed 9.7 GB), and spaCy refuses a text over
``nlp.max_length`` (E088).

So the model never sees a run longer than a word can be, and reads each
block in pieces of bounded size. Both changes keep every offset: runs are
blanked with spaces of the same length, and pieces are spans of the block.
Only the model's view changes; the document text and every regex stage
still see the original characters.
"""

from __future__ import annotations

import re

# Limits of the model's view, each a property of language, not of an input.
LIMITS = {
    # punctuation and symbols in a row the model still sees ("?!…", "---", "**"); the
    # rest of a longer run (a line of quotes, a bar of dashes) carries no words
    "punctuation_run": 8,
    # characters of a whitespace-free run the model still sees: past the longest
    # words and most URLs; hyphen chains, base64 and glued text are cut here
    "word_run": 64,
    # characters per spaCy document: a few paragraphs, so memory stays flat and
    # sentence splitting keeps its context, far below spaCy's max_length
    "piece": 10_000,
    # characters of one sentence at most: the model's sentence splitter gives a text with no
    # sentence end (a 1 MB line of notes) as one sentence per piece, and the stages that compare
    # each date or name of a sentence with the others (clauses, coordinated phrases) cost the
    # square of its length; past the longest sentence of the corpus (704 characters) and the
    # events' run-on sentence of 150 tokens (``events.LONG_SENTENCE_TOKENS``: ~1,400 characters
    # of "in 1701, in 1702, …", labelled by windows), it is cut at its last clause break
    "sentence": 2_000,
    # characters the model analyses in one batch: its working memory grows with this
    # (64 pieces of 10,000 characters held 1.4 GB)
    "batch_chars": 100_000,
    # pieces in one batch at most, however short: spaCy pays a fixed cost per batch and per
    # component call, so many one-line blocks went ~2x slower in batches of 64
    # (bench/fuzz.py's panel-letters: 4.5 -> 2.6 CPU s; same tags and entities)
    "batch_pieces": 1024,
}


def batch_size(lengths: list[int]) -> int:
    """How many pieces ``nlp.pipe`` may batch, given the pieces' lengths."""
    longest = max(lengths, default=1)
    return max(1, min(LIMITS["batch_pieces"], LIMITS["batch_chars"] // max(longest, 1)))

_PUNCTUATION_RUN = re.compile(rf"[^\w\s]{{{LIMITS['punctuation_run'] + 1},}}")
_WORD_RUN = re.compile(rf"\S{{{LIMITS['word_run'] + 1},}}")
# Where a piece may end, best first: a paragraph or line break, a sentence end, a space.
_BREAKS = (re.compile(r"\n"), re.compile(r"[.!?][\"'”’)\]]*\s"), re.compile(r"\s"))
# Where an over-long sentence may be cut, best first: a line break, a clause's punctuation, a space.
_CLAUSE_BREAKS = (re.compile(r"\n"), re.compile(r"[;:,—–][\"'”’)\]]*\s"), re.compile(r"\s"))


def model_view(text: str) -> str:
    """``text`` with over-long runs blanked by spaces and the long s read as "s" ("Boſton": the model has no
    such letter; same length, same offsets)."""

    def blank(keep: int):  # noqa: ANN202 - a re.sub callback
        return lambda m: m.group()[:keep] + " " * (len(m.group()) - keep)

    text = _PUNCTUATION_RUN.sub(blank(LIMITS["punctuation_run"]), text.replace("ſ", "s"))
    return _WORD_RUN.sub(blank(LIMITS["word_run"]), text)


def pieces(text: str, start: int, end: int, size: int = LIMITS["piece"],
           breaks: tuple[re.Pattern[str], ...] = _BREAKS) -> list[tuple[int, int]]:
    """``[start, end)`` of ``text`` cut into spans of at most ``size`` characters.

    Each cut falls at the last line break, else sentence end, else space
    before the limit (a hard cut only in a run with no space at all).
    """
    out: list[tuple[int, int]] = []
    while end - start > size:
        cut = _last_break(text, start + size // 2, start + size, breaks) or start + size
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def sentence_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence ``[start, end)`` of ``text`` as it is, or cut into parts of at most ``LIMITS["sentence"]``
    characters when it is longer, each cut at the last line break, else clause punctuation, else space."""
    return pieces(text, start, end, LIMITS["sentence"], _CLAUSE_BREAKS)


def _last_break(text: str, low: int, high: int, breaks: tuple[re.Pattern[str], ...] = _BREAKS) -> int | None:
    for pattern in breaks:
        last = None
        for match in pattern.finditer(text, low, high):
            last = match.end()
        if last is not None and low < last <= high:
            return last
    return None
