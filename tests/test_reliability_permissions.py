"""File permissions through the real CLI: an unreadable file or folder, a read-only output
folder, an unreadable database each give one ``Error: <file>: <reason>`` line and the rest
builds.

File modes bind only a user without the right to override them. As a normal user the CLI
runs as it is; as root (CI runs as root) it runs under ``setpriv`` with the capabilities
that let root read and write past file modes (``CAP_DAC_OVERRIDE``,
``CAP_DAC_READ_SEARCH``) dropped, so root obeys the modes like anyone else. The tests are
skipped only where neither is possible (root without a working ``setpriv``).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
DROP = "-dac_override,-dac_read_search"
TEXT = "The Ferry Across the Narrows\n\nIn 1903 the pilot Tomas Brandt carried 40 passengers a day to Cork.\n"


@functools.cache
def unprivileged() -> list[str] | None:
    """The command prefix that runs a program bound by file modes, or None when none can."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, f"--bounding-set={DROP}", f"--inh-caps={DROP}", "--"]
    probe = Path(os.environ.get("TMPDIR", "/tmp")) / f"vitrina-mode-probe-{os.getpid()}"
    probe.write_text("x")
    probe.chmod(0)
    try:
        denied = subprocess.run([*prefix, "cat", str(probe)], capture_output=True).returncode != 0
    finally:
        probe.unlink()
    return prefix if denied else None


def cli(args: list[str], cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    prefix = unprivileged()
    if prefix is None:
        pytest.skip("running as root without setpriv: file modes cannot bind")
    env = {k: v for k, v in os.environ.items() if k != "VITRINA_DEBUG"}
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    return subprocess.run([*prefix, sys.executable, "-m", "vitrina.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env=env)


def errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert "Traceback" not in result.stderr + result.stdout and "internal error" not in result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


@pytest.fixture
def modes(tmp_path: Path):  # noqa: ANN201 - a generator fixture
    """Paths whose mode the test takes away, given back afterwards (so they can be removed)."""
    taken: list[Path] = []

    def take(path: Path, mode: int) -> Path:
        path.chmod(mode)
        taken.append(path)
        return path

    yield take
    for path in reversed(taken):
        path.chmod(0o700)


def test_unreadable_files_and_folders_are_reported_and_the_rest_builds(tmp_path: Path, modes) -> None:
    folder = tmp_path / "panels"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(TEXT)
    (folder / "secret.txt").write_text(TEXT.replace("Ferry", "Secret"))
    (folder / "locked" / "inner.txt").write_text(TEXT)
    (tmp_path / "named.txt").write_text(TEXT)
    (tmp_path / "shut").mkdir()
    modes(folder / "secret.txt", 0)
    modes(folder / "locked", 0)
    modes(tmp_path / "named.txt", 0)
    modes(tmp_path / "shut", 0)

    result = cli(["build", "panels", "named.txt", "shut", "--db", "ex.db"], tmp_path)

    assert result.returncode == 1, result.stderr
    lines = errors(result)
    for name, reason in [("panels/secret.txt", "cannot read"), ("panels/locked", "cannot read folder"),
                         ("named.txt", "cannot read"), ("shut", "cannot read folder")]:
        assert sum(line.startswith(f"Error: {name}: {reason}") for line in lines) == 1, (name, result.stderr)
    assert "1 file built" in result.stderr
    assert (tmp_path / "ex.db").exists()


def test_a_database_in_a_read_only_folder_is_one_line_naming_it(tmp_path: Path, modes) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "out").mkdir()
    modes(tmp_path / "out", 0o555)

    result = cli(["build", "a.txt", "--db", "out/ex.db"], tmp_path, timeout=60)

    assert result.returncode == 1
    assert errors(result) == ["Error: out/ex.db: cannot write in its folder out (permission denied); "
                              "nothing was built"]
    assert list((tmp_path / "out").iterdir()) == []


def test_an_unreadable_database_is_one_line_not_a_usage_error(tmp_path: Path, modes) -> None:
    db = tmp_path / "ex.db"
    db.write_bytes(b"")
    modes(db, 0)
    for command in (["search", "ferry"], ["export", "--format", "json"], ["build", "missing.txt"]):
        result = cli([*command, "--db", "ex.db"], tmp_path, timeout=60)
        assert result.returncode == 1, (command, result.stderr)
        assert errors(result) == ["Error: ex.db: cannot read the database (permission denied)"]


def test_exports_into_a_read_only_folder_are_one_line(tmp_path: Path, modes) -> None:
    from vitrina.ingest.text import read
    from vitrina.store import write_exhibit

    [doc] = read(TEXT.encode(), "a.txt")
    write_exhibit(tmp_path / "ex.db", [("sha", doc)], [doc], [])
    (tmp_path / "ro").mkdir()
    modes(tmp_path / "ro", 0o555)
    for args, target in ((["export", "--format", "json", "-o", "ro/out.json"], "ro/out.json"),
                         (["export", "--format", "csv", "-o", "ro/csv"], "ro/csv"),
                         (["publish", "--static", "ro/site"], "ro/site")):
        result = cli([*args, "--db", "ex.db"], tmp_path, timeout=120)
        assert result.returncode == 1, (args, result.stderr)
        assert errors(result) == [f"Error: {target}: permission denied"], args
    assert list((tmp_path / "ro").iterdir()) == []
