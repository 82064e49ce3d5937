"""An exhibit built in two steps (A, then B added) stores the comparisons of one build of A and B together, the
per-statement key budgets included (round 45, issue #18)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from vitrina import compare
from vitrina.pipeline import build
from vitrina.store import reading

PEOPLE = ["Maren Oswick", "Tobias Quell", "Ruth Anselm"]
TOWNS = ["Hamburg", "Lisbon", "Vienna"]


def _write(folder: Path, numbers: range) -> None:
    folder.mkdir()
    for n in numbers:
        who, town = PEOPLE[n % 3], TOWNS[n // 3 % 3]
        (folder / f"note{n:02d}.txt").write_text(
            f"Note {n}\n\nOn {3 + n} June 1911, {who} opened the tram depot in {town}. About {120 + 10 * (n % 2)} "
            f"workers came, said {PEOPLE[(n + 1) % 3]} in 1912.\n", encoding="utf-8")


def _stored(db: Path) -> str | None:
    with reading(db) as kb:
        return compare.stored_text(kb)


def test_a_then_b_stores_the_comparisons_of_a_and_b_built_together(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # a budget of two others binds on every statement here (each meets eight under its commonest keys)
    monkeypatch.setattr(compare, "WEIGHTS", replace(compare.WEIGHTS, key_partners=2))
    _write(tmp_path / "a", range(0, 6))
    _write(tmp_path / "b", range(6, 9))
    build(["a"], tmp_path / "steps.db", jobs=1)
    build(["b"], tmp_path / "steps.db", jobs=1)
    build(["a", "b"], tmp_path / "whole.db", jobs=1)
    whole = _stored(tmp_path / "whole.db")
    assert whole is not None and '"verdict": "differ"' in whole
    assert _stored(tmp_path / "steps.db") == whole
