"""A document's identity is its file, not the working folder it was named from (round 37 red team D5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vitrina.ingest.member import Member
from vitrina.pipeline import build, renamed_sources
from vitrina.store import reading


def _sources(db: Path) -> list[str]:
    with reading(db) as kb:
        return [row["source"] for row in kb.document_titles()]


def test_one_file_named_from_two_folders_is_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shelf = tmp_path / "shelf" / "notes"
    shelf.mkdir(parents=True)
    (shelf / "mill.txt").write_text("The Mill\n\nThe mill ground its last grain in 1958.\n")
    db = tmp_path / "x.db"
    monkeypatch.chdir(tmp_path / "shelf")
    build(["notes"], db, jobs=1)  # stored as given: notes/mill.txt
    monkeypatch.chdir(tmp_path)
    report = build(["shelf/notes/mill.txt"], db, jobs=1)
    assert (report.documents, report.reused) == (1, 1)
    assert _sources(db) == ["shelf/notes/mill.txt"]
    (shelf / "mill.txt").write_text("The Mill\n\nThe mill ground its last grain in 1959.\n")
    monkeypatch.chdir(shelf)
    report = build([str(shelf / "mill.txt")], db, jobs=1)  # changed, named absolutely: still the one document
    assert (report.documents, report.analysed) == (1, 1)
    assert _sources(db) == [str(shelf / "mill.txt")]


def test_an_unchanged_relative_build_keeps_its_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("The Quay\n\nThe quay was paved in 1880.\n")
    db = tmp_path / "x.db"
    monkeypatch.chdir(tmp_path)
    build(["a.txt"], db, jobs=1)
    report = build(["a.txt"], db, jobs=1)
    assert (report.documents, report.reused) == (1, 1)
    assert _sources(db) == ["a.txt"]


def test_renamed_sources_match_the_file_not_its_name(tmp_path: Path) -> None:
    (tmp_path / "one" / "box").mkdir(parents=True)
    (tmp_path / "two" / "box").mkdir(parents=True)
    first, second = tmp_path / "one" / "box" / "p.txt", tmp_path / "two" / "box" / "p.txt"
    for path in (first, second):
        path.write_text("x\n")
    earlier = {"box/p.txt", str(second), "elsewhere/p.txt"}
    assert renamed_sources([first], earlier) == {"box/p.txt": str(first)}  # a tail of its path, not another file's
    assert renamed_sources([second], {str(second), "box/p.txt"}) == {}  # named as before: nothing renamed
    assert renamed_sources([Path(os.path.relpath(second))], {str(second)}) == {str(second): os.path.relpath(second)}
    member = Member(str(tmp_path / "one" / "a.zip"), ("box/p.txt",), first)
    assert renamed_sources([member], {"one/a.zip!box/p.txt", "one/a.zip!box/q.txt"}) == {
        "one/a.zip!box/p.txt": member.shown}
