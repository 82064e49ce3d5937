"""Is a piece of text language the model can read? A test run before the model (its words through
``vitrina.language``, the one identification API; its thresholds in :data:`LIMITS`).

The model costs ~9 s of CPU per megabyte on one core whatever it reads, and on
text that is not language (random syllables, keyboard noise, identifiers, an
encoded blob that has spaces in it) it finds nothing worth that time. A piece
is *not language* when enough of its lower-case words are known, and too few
of them are English words or word forms: those spaCy's English lexeme table
lists at least ``wordfreq.WORDFREQ["known_logprob"]`` (``extract.wordfreq``).

Only lower-case ASCII words count: capitalised words are names or sentence
starts (a list of names is read by the model), and words with other letters
are not in the table's ASCII forms (French or German prose scores 0.8-0.9,
English 0.97-1.00, invented syllables 0.2-0.3: measured on the sample corpus
and bench/hostile.py's generators; a text in another script has too few
counted words and is read). A piece whose tokens are mostly single characters
(a Markdown table of one-letter cells: 400 KB cost 15 s in the model and 1.5 GB)
is not language either, nor is a piece of figures and marks without a letter (a column of
numbered lines: the model reads ~3 tokens a line and finds no name or word in it).
"""

from __future__ import annotations

import re

from vitrina.language import known_share, lowercase_ascii_words

LIMITS = {
    # share of known lower-case words under which a piece is not language: English prose
    # scores 0.97-1.00 per 10,000 characters, French/German prose ~0.8, word salad <= 0.3
    "known_share": 0.5,
    # lower-case words a piece needs before it is judged (a short piece, a table of
    # figures or a list of names is always read)
    "min_words": 50,
    # characters per whitespace-separated token under which a piece is not language:
    # English words average ~4.7 letters, so prose has 5-6 characters per token with its
    # space; at 2 every token is a single character (a grid of one-letter table cells,
    # spaced-out letters), which costs the model per token and holds no names
    "min_chars_per_token": 2.5,
}

_LETTER = re.compile(r"[^\W\d_]")


def is_language(text: str) -> bool:
    """Whether ``text`` reads as language: tokens of word length, and too few counted words
    or enough of them known."""
    tokens = len(text.split())
    if tokens >= LIMITS["min_words"] and (len(text) < LIMITS["min_chars_per_token"] * tokens
                                          or not _LETTER.search(text)):
        return False
    words = lowercase_ascii_words(text)
    return len(words) < LIMITS["min_words"] or known_share(words) >= LIMITS["known_share"]
