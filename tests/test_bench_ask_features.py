"""bench/ask_features.py: a group's rows are asked once and read again only under the same code, database and
questions (round 40)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_features  # noqa: E402


class Asker:
    """A collector that counts its calls and returns one row naming the group and the database's bytes."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, db: Path, group: str, files: list[Path]) -> list[dict]:
        self.calls.append(group)
        return [{"group": group, "db": db.read_text(encoding="utf-8"), "questions": len(files)}]


@pytest.fixture
def setting(tmp_path: Path) -> tuple[Path, Path, Path]:
    db = tmp_path / "exhibit.db"
    db.write_text("first build", encoding="utf-8")
    questions = tmp_path / "ask_vx.jsonl"
    questions.write_text('{"id": "q1"}\n', encoding="utf-8")
    return tmp_path / "cache", db, questions


def test_a_group_is_asked_once_and_then_read_from_its_file(setting: tuple[Path, Path, Path]) -> None:
    directory, db, questions = setting
    asker = Asker()
    first = ask_features.Cache(directory, "rev-a", asker).rows("vx", [questions], db)
    again = ask_features.Cache(directory, "rev-a", asker).rows("vx", [questions], db)
    assert asker.calls == ["vx"]
    assert first == again == [{"group": "vx", "db": "first build", "questions": 1}]


def test_another_code_revision_asks_again_and_drops_the_stale_file(setting: tuple[Path, Path, Path]) -> None:
    directory, db, questions = setting
    asker = Asker()
    ask_features.Cache(directory, "rev-a", asker).rows("vx", [questions], db)
    ask_features.Cache(directory, "rev-b", asker).rows("vx", [questions], db)
    assert asker.calls == ["vx", "vx"]
    assert len(list(directory.glob("vx.*.json"))) == 1


def test_a_rebuilt_database_is_never_read_from_the_old_rows(setting: tuple[Path, Path, Path]) -> None:
    directory, db, questions = setting
    asker = Asker()
    ask_features.Cache(directory, "rev-a", asker).rows("vx", [questions], db)
    db.write_text("second build", encoding="utf-8")
    rows = ask_features.Cache(directory, "rev-a", asker).rows("vx", [questions], db)
    assert rows[0]["db"] == "second build"


def test_an_edited_question_file_is_a_new_key(setting: tuple[Path, Path, Path]) -> None:
    directory, db, questions = setting
    asker = Asker()
    ask_features.Cache(directory, "rev-a", asker).rows("vx", [questions], db)
    questions.write_text('{"id": "q1", "answer": "fixed"}\n', encoding="utf-8")
    ask_features.Cache(directory, "rev-a", asker).rows("vx", [questions], db)
    assert asker.calls == ["vx", "vx"]


def test_groups_keep_their_own_files(setting: tuple[Path, Path, Path]) -> None:
    directory, db, questions = setting
    asker = Asker()
    cache = ask_features.Cache(directory, "rev-a", asker)
    cache.rows("vx", [questions], db)
    cache.rows("vy", [questions], db)
    cache.rows("vx", [questions], db)
    assert asker.calls == ["vx", "vy"]
    assert cache.asked == ["vx", "vy"]


def test_the_code_revision_follows_any_source_edit(tmp_path: Path) -> None:
    source = tmp_path / "src" / "vitrina"
    source.mkdir(parents=True)
    module = source / "rank.py"
    module.write_text("WEIGHT = 1.0\n", encoding="utf-8")
    before = ask_features.code_revision(tmp_path)
    (source / "__pycache__").mkdir()
    (source / "__pycache__" / "rank.cpython.pyc").write_bytes(b"compiled")
    assert ask_features.code_revision(tmp_path) == before
    module.write_text("WEIGHT = 2.0\n", encoding="utf-8")
    assert ask_features.code_revision(tmp_path) != before


def test_a_red_team_group_needs_its_own_database(tmp_path: Path) -> None:
    db = tmp_path / "main.db"
    chosen = ask_features.groups({}, db)
    assert all(g not in chosen for g in ask_features.F.REDTEAM)
    assert all(path == db for _files, path in chosen.values())
    if ask_features.F.REDTEAM:
        red = next(iter(ask_features.F.REDTEAM))
        own = tmp_path / "own.db"
        assert ask_features.groups({red: own}, db)[red][1] == own
        with pytest.raises(SystemExit):
            ask_features.groups({}, db, [red])
