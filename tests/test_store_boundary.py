"""Only the store speaks SQL: every other module reads through vitrina.store's API."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import vitrina

SOURCE = Path(vitrina.__file__).parent
SQL_CALL = re.compile(r"\.(execute|executemany|executescript)\(")


def sql_calls_outside_store(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] == "store":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if SQL_CALL.search(line):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def test_no_module_outside_the_store_executes_sql() -> None:
    assert sql_calls_outside_store(SOURCE) == []


def test_the_check_finds_a_call(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "ok.py").write_text('conn.execute("SELECT 1")\n')
    (tmp_path / "pages.py").write_text('rows = conn.execute("SELECT 1").fetchall()\n')
    assert sql_calls_outside_store(tmp_path) == ['pages.py:1: rows = conn.execute("SELECT 1").fetchall()']


def test_a_postgresql_url_without_the_driver_is_an_error_line(monkeypatch) -> None:
    from click.testing import CliRunner

    from vitrina.cli import main

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as after a plain `pip install .`
    result = CliRunner().invoke(main, ["search", "words", "--db", "postgresql://nobody@localhost/exhibit"])
    assert result.exit_code == 1
    assert result.output.startswith("Error:") and "pip install 'vitrina[postgres]'" in result.output
