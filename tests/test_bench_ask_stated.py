"""bench/ask_stated.py: the winner of "a2 not first" against the right member, and stated_role's sides (invented
rows)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_stated  # noqa: E402


def _row(outcome: str, winner_stated: float, right_stated: float) -> dict:
    winner = {"agrees": 1.0, "terminal": 0.0, "stated_role": winner_stated}  # a caption of the asked kind
    right = {"agrees": 0.0, "terminal": 1.0, "stated_role": right_stated}
    return {"group": "toy", "id": "t1", "question": "When did it fall?", "answerable": True, "outcome": outcome,
            "candidates": [{"members": [winner], "right_members": [False]},
                           {"members": [right], "right_members": [True]}]}


def test_the_pair_is_the_winner_and_the_best_right_member() -> None:
    winner, right = ask_stated.pair(_row("a2 not first", 0.0, 1.0))
    assert winner["terminal"] == 0.0 and right["terminal"] == 1.0
    assert ask_stated.pair({"candidates": []}) is None


def test_the_sides_of_stated_role() -> None:
    assert ask_stated.stated_side({"stated_role": 0.0}, {"stated_role": 0.9}) == "right only"
    assert ask_stated.stated_side({"stated_role": 1.0}, {}) == "winner only"
    assert ask_stated.stated_side({}, {}) == "neither"


def test_the_census_counts_only_not_first(capsys) -> None:
    ask_stated.census([_row("a2 not first", 0.0, 1.0), _row("right", 1.0, 1.0)])
    out = capsys.readouterr().out
    assert "a2 not first with a right member: 1" in out
    assert "right only 1" in out
    assert "winner in a caption or heading, right in running text" in out
