"""bench/small_docs.py: the generated records and what it reads of a build."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import small_docs  # noqa: E402


def test_the_first_records_of_a_longer_run_are_those_of_a_shorter_one_and_they_differ():
    short, longer = small_docs.texts(5), small_docs.texts(8)
    assert longer[:5] == short
    assert len(set(longer)) == 8 and all(t.startswith(f"Record {n}\n") for n, t in enumerate(longer))


def test_records_are_written_numbered_from_the_first_asked(tmp_path):
    small_docs.write(tmp_path, small_docs.texts(3)[1:], first=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rec00001.txt", "rec00002.txt"]


def test_the_stored_comparisons_are_read_in_the_order_of_their_keys(tmp_path):
    db = tmp_path / "x.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [("comparisons:00000002", "[2]"), ("title", "t"),
                                                            ("comparisons:00000001", "[1]")])
    assert small_docs.stored_comparisons(db) == "[1]\n[2]"


def test_edited_records_are_spread_over_the_folder_and_changed_in_place(tmp_path):
    small_docs.write(tmp_path, small_docs.texts(6))
    before = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    edited = small_docs.edit(tmp_path, 2)
    assert [p.name for p in edited] == ["rec00001.txt", "rec00004.txt"]
    after = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    assert {name for name in before if before[name] != after[name]} == {"rec00001.txt", "rec00004.txt"}
    assert "people attended" in after["rec00001.txt"]
