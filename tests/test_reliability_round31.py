"""Round 31 (issue #14): the round-31 red team's defects D1, D2 and D7, each with the test that failed
before its fix (docs/reliability.md, "Round 31 red team"). Invented text."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from vitrina.cli import main

BELLS = b"Bell log\n" + b"\x07\x08\x1b[2J" * 30 + b" done\n"  # a terminal log: control bytes throughout
PROSE = "The Ferry Log\n\nIn 1907 Oskar Brandt sailed the ferry from Tarnow Quay to the island.\n"


def run(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(main, list(args))


# ---------------------------------------------------------------- D2: a skipped file never fails a build


def test_a_text_of_control_bytes_and_a_pipe_in_a_folder_are_skipped_not_errors(tmp_path: Path) -> None:
    """A `.txt` refused as binary data and a named pipe, both found in a folder, made the build exit 1 with
    `Error:` though they were counted as skipped and the database was written."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "log.txt").write_text(PROSE)
    (folder / "bells.txt").write_bytes(BELLS)
    os.mkfifo(folder / "pipe.txt")
    result = run("build", "-j", "1", "--verbose", "--db", str(tmp_path / "x.db"), str(folder))
    assert result.exit_code == 0, result.output
    assert "Error:" not in result.stderr
    assert "1 file built, 2 skipped: " in result.stderr
    assert "1 unsupported" in result.stderr and "1 not a file" in result.stderr
    assert f"Skipped {folder / 'bells.txt'}: unsupported format (binary data)" in result.stderr
    assert f"Skipped {folder / 'pipe.txt'}: not a regular file (a named pipe (FIFO))" in result.stderr


def test_the_same_files_named_on_the_command_line_are_still_errors(tmp_path: Path) -> None:
    (tmp_path / "log.txt").write_text(PROSE)
    (tmp_path / "bells.txt").write_bytes(BELLS)
    result = run("build", "-j", "1", "--db", str(tmp_path / "x.db"), str(tmp_path / "log.txt"),
                 str(tmp_path / "bells.txt"))
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'bells.txt'}: unsupported format (binary data)" in result.stderr
