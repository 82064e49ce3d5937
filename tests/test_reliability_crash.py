"""Crash safety: a SIGKILLed build never damages the exhibit; serving survives rebuilds.

The long versions (50+ kills, real CLI rebuilds under ``vitrina serve``) are
``bench/kill.py``; these are the same checks with fewer rounds.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import sample_documents, sample_entities
from vitrina.model import DocumentBuilder, Piece, SourceRef
from vitrina.store import write_exhibit

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"vitrina_bench_{name}", ROOT / "bench" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


kill = _load("kill")


@pytest.mark.slow
def test_sigkilled_builds_leave_the_earlier_or_the_complete_exhibit(tmp_path: Path) -> None:
    report = kill.kill_builds(tmp_path, kills=5, seed=7, files=4)
    print("kills:", report.as_dict())
    assert report.failures == []
    assert report.kills == 5
    assert report.old_state >= 1  # at least one kill landed before the rename


def test_check_after_kill_notices_a_half_written_document(tmp_path: Path) -> None:
    """The checker is not vacuous: a document missing its blocks is reported."""
    import contextlib
    import shutil
    import sqlite3

    docs = sample_documents()
    old_db, new_db = tmp_path / "old.db", tmp_path / "new.db"
    write_exhibit(old_db, [("a", docs[0])], docs[:1], sample_entities())
    write_exhibit(new_db, [("a", d) for d in docs], docs, sample_entities())
    old, new = kill.snapshot(old_db), kill.snapshot(new_db)
    broken = tmp_path / "broken.db"
    shutil.copy(new_db, broken)
    with contextlib.closing(sqlite3.connect(broken)) as conn:
        conn.execute("DELETE FROM blocks WHERE document = 'voyage'")
        conn.commit()
    problem = kill.check_after_kill(broken, old, new)
    assert problem and "voyage" in problem
    assert kill.check_after_kill(new_db, old, new) is None


def _third_document() -> Any:
    builder = DocumentBuilder("mill", "mill.txt", "text")
    builder.section("1", [Piece("The Water Mill", SourceRef(0, 14, 1))])
    body = "The mill at Ebbw ground oats for three villages in 1850."
    builder.block("paragraph", [Piece(body, SourceRef(16, 16 + len(body), 3))])
    doc = builder.build()
    return doc.evolve(sentences=tuple((b.start, b.end) for b in doc.blocks if b.kind == "paragraph"))


@pytest.mark.long
def test_serving_answers_from_complete_builds_while_rebuilding(tmp_path: Path) -> None:
    two = sample_documents()
    three = [*two, _third_document()]
    db = tmp_path / "exhibit.db"
    write_exhibit(db, [("s", d) for d in two], two, sample_entities())

    def rebuild(i: int) -> None:
        docs = three if i % 2 else two
        write_exhibit(db, [("s", d) for d in docs], docs, sample_entities())
        # the clients' time between two rebuilds: a write of these three documents takes ~6 ms (it took
        # ~0.4 s while every write walked the test process's whole heap), a loaded machine's request 0.1-1 s
        time.sleep(0.3)

    report = kill.serve_while_rebuilding(tmp_path, rebuild, rounds=20, expected_counts={2, 3})
    print("serve:", report.as_dict())
    assert report.errors == 0, report.failures
    assert report.rebuilds == 20 and report.requests > 20
    assert report.document_counts == {2, 3}  # both versions were seen, nothing else
