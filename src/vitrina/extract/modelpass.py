"""The model's pass over a batch of pieces, split across cores when the batch is large.

spaCy's small English model reads about 20,000 words a second on one core
(tok2vec, tagger, senter, ner), so a megabyte of dense prose costs several
seconds in the model alone. Pieces (``chunks.pieces``) are analysed
independently, so a large batch is cut into contiguous parts: the first is
analysed here, each other part by a helper process forked from this one
(it shares the loaded model's memory, so it starts in milliseconds) that
sends back plain :class:`~vitrina.extract.nlp.Piece` summaries. Helpers run
under the file's limits (``workers.start_helper``): one killed by a limit
stops the file with that message.

Batches under ``LIMITS["parallel_chars"]`` -- every ordinary document -- are
analysed here exactly as before. A helper that cannot start or fails with an
error leaves its part to be analysed here, so the result never depends on
the helpers.

A piece that is not language (``extract.language``: random syllables, noise) is
not given to the model at all: it comes back with its lines as sentences and
no tokens or entities, so the regex stages (dates, quantities) still read it.
"""

from __future__ import annotations

import re

from vitrina.extract.language import is_language
from vitrina.extract.nlp import Piece, get_nlp, summarise
from vitrina.workers import available_cores, collect, start_helper

LIMITS = {
    # characters of model text worth one more process: below this a batch is analysed in
    # this process (forking and sending results back cost ~0.1 s; the model needs ~1.5 s
    # for 200,000 characters of prose), so ordinary documents never leave it
    "parallel_chars": 200_000,
}


def analyse_pieces(texts: list[str], batch_size: int) -> list[Piece]:
    """The model's summary of each text, in order (an unread piece for text that is not
    language). A text that occurs more than once (a running header, a repeated caption, a
    panel's letter) is read once and its summary shared: the model reads each piece on its
    own, so every copy would get the same tags, sentences and entities."""
    unique = list(dict.fromkeys(texts))
    readable = {t: is_language(t) for t in unique}
    read = [t for t in unique if readable[t]]
    analysed = dict(zip(read, _analyse_in_parts(read, batch_size) if read else [], strict=True))
    return [analysed[t] if readable[t] else unread_piece(t) for t in texts]


def _analyse_in_parts(texts: list[str], batch_size: int) -> list[Piece]:
    parts = _split(texts, _processes(sum(len(t) for t in texts)))
    helpers = [start_helper(_analyse, part, batch_size) for part in parts[1:]]
    out = _analyse(parts[0], batch_size)
    for part, helper in zip(parts[1:], helpers, strict=True):
        out += collect(helper) or _analyse(part, batch_size)
    return out


_LINE_START = re.compile(r"(?:^|\n)(?=[^\n])")


def unread_piece(text: str) -> Piece:
    """What stands for a piece the model did not read: each line a sentence, no tokens."""
    return Piece([], [m.end() for m in _LINE_START.finditer(text)], [])


def _processes(chars: int) -> int:
    """How many processes a batch of ``chars`` characters is worth: one per started
    ``parallel_chars``, at most one per core (a part of a large document, ~333,000
    characters of a 1 MB text, takes two; ``chars // parallel_chars`` had kept every
    such part in one process)."""
    if chars <= LIMITS["parallel_chars"]:
        return 1
    return max(1, min(available_cores(), -(-chars // LIMITS["parallel_chars"])))


def _split(texts: list[str], parts: int) -> list[list[str]]:
    """``texts`` cut into ``parts`` contiguous runs of about equal characters."""
    if parts <= 1:
        return [texts]
    share = sum(len(t) for t in texts) / parts
    out: list[list[str]] = [[]]
    done = 0
    for text in texts:
        if done >= share * len(out) and len(out) < parts:
            out.append([])
        out[-1].append(text)
        done += len(text)
    return [part for part in out if part] or [[]]


def _analyse(texts: list[str], batch_size: int) -> list[Piece]:
    return [summarise(sdoc) for sdoc in get_nlp().pipe(texts, batch_size=batch_size)]
