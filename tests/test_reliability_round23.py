"""Round 23 (issue #14): the cross-document stages' caps per document, shown as per-file warnings."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from vitrina.cli import main
from vitrina.limits import CROSS_DOCUMENT_LIMITS

ESSAY = ("The Ferry Guild was founded in 1851 by six boatmen of Kestrel Bay. "
         "In March 1862 the guild bought a second ferry for 400 pounds. "
         "The ferry sank in a storm on 4 November 1870 with 12 passengers aboard.\n")
RETOLD = ("The Ferry Guild was founded in 1853 by boatmen of Kestrel Bay. "
          "The guild bought its second ferry in March 1862 for 450 pounds.\n")


@pytest.fixture
def two_essays(tmp_path: Path) -> list[Path]:
    first, second = tmp_path / "guild.txt", tmp_path / "ferries.txt"
    first.write_text("The guild\n\n" + ESSAY)
    second.write_text("Ferries\n\n" + RETOLD)
    return [first, second]


@pytest.mark.long
def test_a_capped_document_is_a_warning_line_naming_its_file(two_essays: list[Path], tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparisons stage's caps (``limits.CROSS_DOCUMENT_LIMITS``) reach the user as ``Warning: <file>: …``
    lines, like a file analysed in reduced mode, and the build still succeeds; an uncapped build says nothing."""
    db = tmp_path / "x.db"
    whole = CliRunner().invoke(main, ["build", "-j", "1", "--db", str(db), *map(str, two_essays)])
    assert whole.exit_code == 0, whole.output
    assert "Warning" not in whole.stderr
    monkeypatch.setitem(CROSS_DOCUMENT_LIMITS, "statements", 1)
    monkeypatch.setitem(CROSS_DOCUMENT_LIMITS, "sentences", 1)
    capped = CliRunner().invoke(main, ["build", "-j", "1", "--fresh", "--db", str(db), *map(str, two_essays)])
    assert capped.exit_code == 0, capped.output
    warnings = [line for line in capped.stderr.splitlines() if line.startswith("Warning: ")]
    guild = [line for line in warnings if "guild.txt: comparisons: " in line]
    assert len(guild) == 1, warnings  # one line per file, every pass's reason in it
    assert "only the first 1 statements" in guild[0] and "only the first 1 sentences" in guild[0]
    assert "2 documents" in capped.stderr  # both built


def test_the_build_report_carries_the_notes_and_the_exhibit_keeps_them(two_essays: list[Path], tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.pipeline import build
    from vitrina.store import reading
    from vitrina.store.db import stage_notes

    monkeypatch.setitem(CROSS_DOCUMENT_LIMITS, "sentence_chars", 40)
    report = build(two_essays, tmp_path / "x.db", jobs=1)
    assert report.documents == 2 and not report.errors
    notes = [w for w in report.warnings if ": comparisons: " in w]
    assert len(notes) == 2 and all("over 40 characters are not compared" in w for w in notes)
    with reading(tmp_path / "x.db") as kb:
        assert stage_notes(kb) == notes


@pytest.mark.long
def test_a_note_is_warned_once_and_only_for_the_files_a_build_analyses(
        two_essays: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A raw log line repeated each ``Warning:`` line, and every later build repeated the notes of documents
    it did not read again."""
    from vitrina.pipeline import build

    monkeypatch.setitem(CROSS_DOCUMENT_LIMITS, "sentence_chars", 40)
    db = tmp_path / "x.db"
    with caplog.at_level("WARNING", logger="vitrina"):
        first = build(two_essays, db, jobs=1)
    assert len([w for w in first.warnings if ": comparisons: " in w]) == 2
    assert not [r for r in caplog.records if r.name.startswith("vitrina")]  # reported once, by the report
    again = build(two_essays[1:], db, jobs=1)  # unchanged: reused, not analysed
    assert again.documents == 2 and not [w for w in again.warnings if ": comparisons: " in w]
    fresh = build(two_essays[1:], db, fresh=True, jobs=1)
    notes = [w for w in fresh.warnings if ": comparisons: " in w]
    assert len(notes) == 1 and notes[0].startswith(str(two_essays[1]))
