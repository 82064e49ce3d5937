"""Nothing is overwritten that vitrina did not make; database paths are paths."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from vitrina.errors import StoreError
from vitrina.model import DocumentBuilder
from vitrina.store import check_replaceable, connect_readonly, readonly_uri, write_exhibit
from vitrina.store.db import APPLICATION_ID


def tiny_exhibit(path: Path, sources: tuple[str, ...] = ("one.txt",)) -> None:
    docs = []
    for n, source in enumerate(sources):
        builder = DocumentBuilder(f"doc{n}", source, "text")
        builder.block("paragraph", f"A harbour wall built in 19{n:02d}.")
        docs.append(builder.build(title=f"Doc {n}"))
    write_exhibit(path, [("0" * 64, doc) for doc in docs], docs, [])


def test_written_databases_carry_the_application_id(tmp_path: Path) -> None:
    tiny_exhibit(tmp_path / "x.db")
    with sqlite3.connect(tmp_path / "x.db") as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.parametrize("content", [b"plain notes, not a database\n", b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_foreign_file_is_never_replaced(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "notes.db"
    target.write_bytes(content)
    with pytest.raises(StoreError, match="not a vitrina database; refusing"):
        check_replaceable(target)
    assert target.read_bytes() == content


def test_another_programs_sqlite_database_is_never_replaced(tmp_path: Path) -> None:
    from vitrina.pipeline import build

    target = tmp_path / "other.db"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE accounts (id INTEGER)")
    before = target.read_bytes()
    source = tmp_path / "unit.txt"
    source.write_text("The mill reopened in 1902.\n")
    with pytest.raises(StoreError, match="refusing"):
        build([source], target, fresh=True, replace_all=True)
    assert target.read_bytes() == before


def test_empty_or_absent_targets_and_vitrina_databases_are_replaceable(tmp_path: Path) -> None:
    check_replaceable(tmp_path / "absent.db")
    (tmp_path / "empty.db").write_bytes(b"")
    check_replaceable(tmp_path / "empty.db")
    tiny_exhibit(tmp_path / "x.db")
    check_replaceable(tmp_path / "x.db")


def test_rebuild_keeps_the_database_file_mode(tmp_path: Path) -> None:
    tiny_exhibit(tmp_path / "x.db")
    (tmp_path / "x.db").chmod(0o644)
    tiny_exhibit(tmp_path / "x.db")
    assert (tmp_path / "x.db").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("name", ["a?mode=rw.db", "b#frag.db", "c%3F.db", "d?vfs=unix-none&mode=rwc.db"])
def test_database_paths_are_quoted_never_pasted_into_the_uri(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    tiny_exhibit(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    uri = readonly_uri(path)
    assert uri.endswith("?mode=ro") and uri.count("?") == 1 and "#" not in uri
    conn = connect_readonly(path)
    try:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM documents")
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no stray files


def test_fresh_keeps_other_documents_and_replace_all_names_what_it_drops(tmp_path: Path) -> None:
    from vitrina.pipeline import build

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("The Ropewalk\n\nIn 1790 the ropewalk at Chatham spun hemp for the fleet.\n")
    second.write_text("The Signal Station\n\nIn 1855 the station sent its first message.\n")
    db = tmp_path / "x.db"
    assert build([first, second], db, jobs=1).documents == 2
    report = build([first], db, fresh=True, jobs=1)
    assert report.documents == 2 and report.dropped == []
    report = build([first], db, replace_all=True, jobs=1)
    assert report.documents == 1 and report.dropped == [str(second)]


def test_replace_all_with_nothing_buildable_leaves_the_exhibit_as_it_was(tmp_path: Path) -> None:
    from vitrina.pipeline import build

    good, junk = tmp_path / "good.txt", tmp_path / "junk.txt"
    good.write_text("The Ropewalk\n\nIn 1790 the ropewalk at Chatham spun hemp for the fleet.\n")
    junk.write_bytes(b"x\0\1\2\3\4\5")
    db = tmp_path / "x.db"
    assert build([good], db, jobs=1).documents == 1
    before = db.read_bytes()
    report = build([junk], db, replace_all=True, jobs=1)
    assert report.built == 0 and report.dropped == [] and len(report.errors) == 1
    assert db.read_bytes() == before


@pytest.mark.long
def test_a_file_read_again_keeps_its_place_in_the_exhibit(tmp_path: Path) -> None:
    from vitrina.pipeline import build
    from vitrina.store import reading

    files = []
    for name, text in (("a.txt", "The Ropewalk\n\nIn 1790 the ropewalk spun hemp for the fleet.\n"),
                       ("b.txt", "The Signal Station\n\nIn 1855 the station sent its first message.\n"),
                       ("c.txt", "The Dry Dock\n\nIn 1871 the dock held its first ship.\n")):
        files.append(tmp_path / name)
        files[-1].write_text(text)
    db = tmp_path / "x.db"
    build(files, db, jobs=1)
    files[1].write_text("The Signal Station\n\nIn 1856 the station sent its first message.\n")
    build([files[1]], db, jobs=1)  # edited and rebuilt alone
    build([files[0]], db, fresh=True, jobs=1)
    extra = tmp_path / "d.txt"
    extra.write_text("The Chain Store\n\nIn 1902 the store kept the cables.\n")
    build([extra], db, jobs=1)
    with reading(db) as kb:
        assert [row["source"].rsplit("/", 1)[-1] for row in kb.document_titles()] == [
            "a.txt", "b.txt", "c.txt", "d.txt"]


def test_replace_all_naming_only_a_file_that_now_fails_writes_nothing(tmp_path: Path) -> None:
    """The failed file's earlier document was kept as "built", so the exhibit was rewritten without the
    other documents while the command line said the database was left unchanged."""
    from vitrina.pipeline import build

    good, spoiled = tmp_path / "good.txt", tmp_path / "spoiled.md"
    good.write_text("The Ropewalk\n\nIn 1790 the ropewalk at Chatham spun hemp for the fleet.\n")
    spoiled.write_text("# The Signal Station\n\nIn 1855 the station sent its first message.\n")
    db = tmp_path / "x.db"
    assert build([good, spoiled], db, jobs=1).documents == 2
    before = db.read_bytes()
    spoiled.write_bytes(b"x\0\1\2\3\4\5" * 40)  # now unreadable
    report = build([spoiled], db, replace_all=True, jobs=1)
    assert report.built == 0 and report.dropped == [] and len(report.errors) == 1
    assert db.read_bytes() == before


def test_replace_all_replaces_a_truncated_vitrina_database_and_nothing_else(tmp_path: Path) -> None:
    from vitrina.pipeline import build
    from vitrina.store import DamagedDatabase

    whole, damaged = tmp_path / "whole.db", tmp_path / "damaged.db"
    tiny_exhibit(whole, ("one.txt", "two.txt"))
    damaged.write_bytes(whole.read_bytes()[:5000])  # header (application id) kept, pages gone
    source = tmp_path / "dock.txt"
    source.write_text("The Dry Dock\n\nIn 1871 the dry dock took its first hull.\n")
    with pytest.raises(DamagedDatabase, match="damaged vitrina database"):
        build([source], damaged, jobs=1)
    assert damaged.read_bytes() == whole.read_bytes()[:5000]
    report = build([source], damaged, replace_all=True, jobs=1)
    assert report.documents == 1 and report.dropped and "damaged" in report.dropped[0]
    with connect_readonly(damaged) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
