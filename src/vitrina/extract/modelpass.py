"""The model's pass over a batch of pieces, split across cores when the batch is large.

spaCy's small English model reads about 20,000 words a second on one core
(tok2vec, tagger, senter, ner), so a megabyte of dense prose costs several
seconds in the model alone. Pieces (``chunks.pieces``) are analysed
independently, so a large batch is cut into contiguous parts: the first is
analysed here, each other part by a helper process forked from this one
(it shares the loaded model's memory, so it starts in milliseconds) that
sends back plain :class:`~vitrina.extract.nlp.Piece` summaries.

Batches under ``LIMITS["parallel_chars"]`` -- every ordinary document -- are
analysed here exactly as before. A helper that cannot start or dies leaves
its part to be analysed here, so the result never depends on the helpers.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from typing import Any

from vitrina.extract.nlp import Piece, get_nlp, summarise
from vitrina.workers import available_cores

LIMITS = {
    # characters of model text worth one more process: below this a batch is analysed in
    # this process (forking and sending results back cost ~0.1 s; the model needs ~1.5 s
    # for 200,000 characters of prose), so ordinary documents never leave it
    "parallel_chars": 200_000,
}


def analyse_pieces(texts: list[str], batch_size: int) -> list[Piece]:
    """The model's summary of each text, in order."""
    parts = _split(texts, _processes(sum(len(t) for t in texts)))
    helpers = [_start_helper(part, batch_size) for part in parts[1:]]
    out = _analyse(parts[0], batch_size)
    for part, helper in zip(parts[1:], helpers, strict=True):
        out += _collect(helper) or _analyse(part, batch_size)
    return out


def _processes(chars: int) -> int:
    """How many processes a batch of ``chars`` characters is worth."""
    return max(1, min(available_cores(), chars // LIMITS["parallel_chars"]))


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


Helper = tuple[Any, Any]  # (process, receiving end of its pipe), or None when it did not start


def _start_helper(texts: list[str], batch_size: int) -> Helper | None:
    try:
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_helper_main, args=(texts, batch_size, sender), name="vitrina-model")
        process.start()
    except (OSError, ValueError, AssertionError):  # no fork here, no resources, a daemonic parent
        return None
    sender.close()
    return process, receiver


def _helper_main(texts: list[str], batch_size: int, sender: Any) -> None:
    _die_with_parent()
    sender.send(_analyse(texts, batch_size))
    sender.close()


def _collect(helper: Helper | None) -> list[Piece] | None:
    """A helper's pieces, or None when it failed (its part is then analysed here)."""
    if helper is None:
        return None
    process, receiver = helper
    try:
        return receiver.recv()
    except (EOFError, OSError):
        return None
    finally:
        receiver.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()


def _die_with_parent() -> None:
    """Linux: the kernel kills this helper if the process analysing the file is killed
    (over its time or memory limit)."""
    with contextlib.suppress(Exception):
        import ctypes

        PR_SET_PDEATHSIG = 1  # noqa: N806 - the name in <sys/prctl.h>
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
