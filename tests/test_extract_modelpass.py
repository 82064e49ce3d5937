"""The model's pass split across processes gives exactly the serial result."""

from __future__ import annotations

import os
import signal

import numpy as np
import pytest

from vitrina import workers
from vitrina.extract import modelpass
from vitrina.extract.modelpass import _split, analyse_pieces
from vitrina.workers import CORES_VARIABLE, HelperStopped

BASE = [
    "In 1907 the keeper Ada Moreau rowed to Kestrel Bay. She logged forty ships that spring.",
    "The Harbour Board met in Stonegate on 3 May 1911, and Tomas Brandt said, “We sail at dawn.”",
    "Millbrook's mill burned in 1923; Ilse Varga rebuilt it with 200 workers from Old Harbour.",
]
# twelve different pieces (a repeated piece is read once, see the last test)
PROSE = [text if n == 0 else f"{text} Ledger {n} records it." for n in range(4) for text in BASE]


@pytest.mark.parametrize("parts", [1, 2, 3, 5])
def test_split_keeps_order_and_balances_characters(parts: int) -> None:
    texts = [f"{n} " * (n % 7 + 1) for n in range(40)]
    runs = _split(texts, parts)
    assert [t for run in runs for t in run] == texts
    assert len(runs) == parts
    sizes = [sum(len(t) for t in run) for run in runs]
    assert max(sizes) - min(sizes) <= 2 * max(len(t) for t in texts)


def test_parallel_pass_equals_the_serial_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CORES_VARIABLE, "1")
    serial = analyse_pieces(PROSE, 4)
    monkeypatch.setenv(CORES_VARIABLE, "3")
    monkeypatch.setitem(modelpass.LIMITS, "parallel_chars", 300)
    assert modelpass._processes(sum(len(t) for t in PROSE)) == 3
    parallel = analyse_pieces(PROSE, 4)
    # tok2vec's vectors differ in the last bits with the batch a piece was in; all else is equal
    assert [p._replace(vectors=b"") for p in parallel] == [p._replace(vectors=b"") for p in serial]
    for a, b in zip(parallel, serial, strict=True):
        assert np.allclose(np.frombuffer(a.vectors, np.float32), np.frombuffer(b.vectors, np.float32), atol=1e-4)
    assert serial[0].ents and serial[0].tokens and serial[0].sentence_starts == [0, 52]


def test_a_helper_that_dies_leaves_its_part_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CORES_VARIABLE, "1")
    serial = analyse_pieces(PROSE, 4)
    monkeypatch.setenv(CORES_VARIABLE, "2")
    monkeypatch.setitem(modelpass.LIMITS, "parallel_chars", 300)
    monkeypatch.setattr(workers, "_helper_main", lambda *_args: os._exit(3))
    parallel = analyse_pieces(PROSE, 4)
    # tok2vec's vectors differ in the last bits with the batch a piece was in; all else is equal
    assert [p._replace(vectors=b"") for p in parallel] == [p._replace(vectors=b"") for p in serial]
    for a, b in zip(parallel, serial, strict=True):
        assert np.allclose(np.frombuffer(a.vectors, np.float32), np.frombuffer(b.vectors, np.float32), atol=1e-4)


def test_small_batches_stay_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CORES_VARIABLE, "8")
    assert modelpass._processes(modelpass.LIMITS["parallel_chars"] - 1) == 1
    assert modelpass._processes(3 * modelpass.LIMITS["parallel_chars"]) == 3
    monkeypatch.setattr(modelpass, "start_helper", lambda *_args: pytest.fail("forked for a small batch"))
    assert len(analyse_pieces(PROSE[:2], 4)) == 2


@pytest.mark.parametrize("how", ["SIGKILL", "SIGXCPU"])
def test_a_helper_killed_by_a_limit_stops_the_file_with_a_message(monkeypatch: pytest.MonkeyPatch,
                                                                     how: str) -> None:
    """Killed by the kernel (its CPU limit, the out-of-memory killer) or by the pool: the
    part is not quietly redone; the file stops with a message naming the cause."""
    monkeypatch.setenv(CORES_VARIABLE, "2")
    monkeypatch.setitem(modelpass.LIMITS, "parallel_chars", 300)
    signum = getattr(signal, how)
    monkeypatch.setattr(workers, "_helper_main", lambda *_args: os.kill(os.getpid(), signum))
    with pytest.raises(HelperStopped, match=f"helper process analysing part of it was stopped \\(killed by {how}\\)"):
        analyse_pieces(PROSE, 4)


def test_warm_up_sets_the_collector_thresholds_of_a_worker():
    import gc

    from vitrina.extract import GC_THRESHOLDS, warm_up

    before = gc.get_threshold()
    try:
        warm_up()
        assert gc.get_threshold() == GC_THRESHOLDS
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_a_repeated_piece_is_read_once_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CORES_VARIABLE, "1")
    alone = analyse_pieces(BASE, 4)
    read: list[list[str]] = []
    real = modelpass._analyse
    monkeypatch.setattr(modelpass, "_analyse", lambda texts, size: read.append(texts) or real(texts, size))
    repeated = analyse_pieces([BASE[0], BASE[1], BASE[0], BASE[0], BASE[2], BASE[0]], 4)
    assert read == [BASE]  # each text once, in order of first appearance
    assert repeated[0] == repeated[2] == repeated[3] == repeated[5] == alone[0]
    assert [repeated[1], repeated[4]] == [alone[1], alone[2]]
