"""A collection that changes under a named folder, read by a program (round 42 red team D2, D3, D6, D11): files
deleted, renamed and copied, two files of one name, and ids that do not depend on the order of the build."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.pipeline import build
from vitrina.provenance import cited_passages
from vitrina.store import reading

QUARRY = "Quarry Notes\n\nThe slate quarry at Penmorva closed in 1911 after the flood.\n"
FERRY = "Ferry Notes\n\nThe ferry to Lannock ran twice a week until 1934.\n"


def _documents(db: Path) -> dict[str, str]:
    with reading(db) as kb:
        return {row["id"]: row["source"] for row in kb.document_titles()}


@pytest.fixture()
def shelf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "box").mkdir()
    (tmp_path / "box" / "quarry.txt").write_text(QUARRY)
    (tmp_path / "box" / "ferry.txt").write_text(FERRY)
    return tmp_path


def test_a_file_deleted_from_a_named_folder_is_dropped_and_named(shelf: Path) -> None:
    db = shelf / "x.db"
    build(["box"], db, jobs=1)
    (shelf / "box" / "ferry.txt").unlink()
    report = build(["box"], db, jobs=1)
    assert report.gone == [("box/ferry.txt", "box")]
    assert _documents(db) == {"quarry": "box/quarry.txt"}


def test_a_file_named_alone_does_not_drop_the_rest_of_its_folder(shelf: Path) -> None:
    db = shelf / "x.db"
    build(["box"], db, jobs=1)
    report = build(["box/quarry.txt"], db, jobs=1)
    assert report.gone == []
    assert set(_documents(db)) == {"quarry", "ferry"}


def test_a_renamed_file_keeps_its_analysis_under_its_new_name(shelf: Path) -> None:
    db = shelf / "x.db"
    build(["box"], db, jobs=1)
    (shelf / "box" / "ferry.txt").rename(shelf / "box" / "ferry_1934.txt")
    report = build(["box"], db, jobs=1)
    assert report.renamed == [("box/ferry.txt", "box/ferry_1934.txt")]
    assert (report.analysed, report.gone) == (0, [])
    assert _documents(db) == {"quarry": "box/quarry.txt", "ferry_1934": "box/ferry_1934.txt"}


def test_a_renamed_files_citations_name_its_new_file(shelf: Path) -> None:
    """Round 56 red team D-RENAME-STALE-SOURCE: the source map follows the file (citations, annotations, TEI and
    the pages' source disclosure read it), not only the document's id and source."""
    db = shelf / "x.db"
    build(["box"], db, jobs=1)
    (shelf / "box" / "ferry.txt").rename(shelf / "box" / "ferry_1934.txt")
    build(["box"], db, jobs=1)
    with reading(db) as kb:
        cited = cited_passages(kb, [{"document": "ferry_1934", "start": 0, "end": 5}])
    assert [c["source"]["file"] for c in cited] == ["box/ferry_1934.txt"]


def test_a_copy_is_kept_once_as_a_source(shelf: Path) -> None:
    db = shelf / "x.db"
    (shelf / "box" / "quarry_copy.txt").write_text(QUARRY)
    report = build(["box"], db, jobs=1)
    assert report.copies == [("box/quarry_copy.txt", "box/quarry.txt")]
    with reading(db) as kb:
        assert [h.document for h in kb.search(["slate", "quarry"])] == ["quarry"]
    (shelf / "box" / "a_copy.txt").write_text(FERRY)  # a later copy, first in the folder's order
    report = build(["box"], db, jobs=1)
    assert sorted(report.copies) == [("box/a_copy.txt", "box/ferry.txt"), ("box/quarry_copy.txt", "box/quarry.txt")]
    assert set(_documents(db)) == {"quarry", "ferry"} and report.analysed == 0


def test_two_files_of_one_name_differ_by_folder_in_ids_and_citations(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for folder, text in (("east", QUARRY), ("west", FERRY)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notes.txt").write_text(text)
    db = tmp_path / "x.db"
    build(["east", "west"], db, jobs=1)
    assert _documents(db) == {"notes": "east/notes.txt", "west-notes": "west/notes.txt"}
    build(["west", "east"], db, jobs=1)  # named the other way round: the ids stay
    assert _documents(db) == {"notes": "east/notes.txt", "west-notes": "west/notes.txt"}
    with reading(db) as kb:
        cited = cited_passages(kb, [{"document": d, "start": 0, "end": 5} for d in ("notes", "west-notes")])
    assert [c["source"]["file"] for c in cited] == ["east/notes.txt", "west/notes.txt"]


def test_namesakes_keep_their_ids_when_another_document_goes(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "box").mkdir()
    lines = {"a.txt": "Dear Peter, the harbour at Lannock froze in 1888.",
             "b.txt": "Peter was christened at Penmorva in 1861.",
             "c.txt": "Peter left for Cardiff in 1880 on the mail coach."}
    for name, line in lines.items():
        (tmp_path / "box" / name).write_text(line + "\n")
    db = tmp_path / "x.db"

    def hedda() -> dict[str, set[str]]:
        with reading(db) as kb:
            return {e.id: {m.document for m in kb.mentions(entity=e.id)} for e in kb.entities()
                    if e.name == "Peter"}

    build(["box"], db, jobs=1)
    before = hedda()
    assert len(before) == 3 and all(i.startswith("person-peter-") for i in before)
    (tmp_path / "box" / "a.txt").unlink()
    build(["box"], db, jobs=1)
    after = hedda()
    assert after == {i: docs for i, docs in before.items() if docs != {"a"}}


def test_the_build_names_what_it_dropped_renamed_and_kept_once(shelf: Path) -> None:
    db = str(shelf / "x.db")
    runner = CliRunner()
    assert runner.invoke(main, ["build", "-j", "1", "--db", db, "box"]).exit_code == 0
    (shelf / "box" / "ferry.txt").rename(shelf / "box" / "ferry_old.txt")
    (shelf / "box" / "quarry_copy.txt").write_text(QUARRY)
    (shelf / "box" / "quarry.txt").unlink()
    result = runner.invoke(main, ["build", "-j", "1", "--db", db, "box"])
    assert result.exit_code == 0
    assert "Renamed: box/ferry.txt → box/ferry_old.txt" in result.stderr
    (shelf / "box" / "ferry_copy.txt").write_text(FERRY)
    (shelf / "box" / "ferry_old.txt").unlink()
    (shelf / "box" / "quarry_copy.txt").unlink()
    result = runner.invoke(main, ["build", "-j", "1", "--db", db, "box"])
    assert "Dropped: box/quarry_copy.txt — no longer in box" in result.stderr
    assert "Renamed: box/ferry_old.txt → box/ferry_copy.txt" in result.stderr
    (shelf / "box" / "ferry_more.txt").write_text(FERRY)
    result = runner.invoke(main, ["build", "-j", "1", "--db", db, "box"])
    assert "Copy: box/ferry_more.txt has the same bytes as box/ferry_copy.txt" in result.stderr
