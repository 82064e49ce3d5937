"""Round 59 (issues #14, #13): the round-59 red team's defects fixed by helper redmisc59, each with the test
that failed before its fix (docs/reliability.md, "Round 59 redmisc59"). Invented text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from vitrina.cli import main

PROSE = "The Ferry Log\n\nIn 1907 Oskar Brandt sailed the ferry from Tarnow Quay to the island.\n"


def run(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(main, list(args))


# ---------------------------------------------------------------- D18: an empty file in a folder


def test_an_empty_and_a_blank_file_in_a_folder_are_skipped_not_errors(tmp_path: Path) -> None:
    """An empty `.txt` found in a folder failed the build (exit 1) though the rest was built."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "log.txt").write_text(PROSE)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\n")
    result = run("build", "-j", "1", "--verbose", "--db", str(tmp_path / "x.db"), str(folder))
    assert result.exit_code == 0, result.output
    assert "Error:" not in result.stderr
    assert "1 file built, 2 skipped: 2 empty" in result.stderr
    assert f"Skipped {folder / 'empty.txt'}: empty file" in result.stderr


def test_an_empty_file_named_on_the_command_line_is_still_an_error(tmp_path: Path) -> None:
    (tmp_path / "log.txt").write_text(PROSE)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", "-j", "1", "--db", str(tmp_path / "x.db"), str(tmp_path / "log.txt"),
                 str(tmp_path / "empty.txt"))
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'empty.txt'}: empty file" in result.stderr
