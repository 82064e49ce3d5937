"""bench/ask_frame_census.py: the frame inputs of the stating sentence against the winner's (invented rows)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_frame_census as census  # noqa: E402


def _row(outcome: str, right_frame: float, winner_frame: float) -> dict:
    winner = {"bm25_share": 1.0, "holds_frame": winner_frame}
    right = {"bm25_share": 0.0, "holds_frame": right_frame}  # the winner leads by BM25 alone
    return {"group": "toy", "id": "t1", "question": "Who signed it?", "answerable": True, "outcome": outcome,
            "candidates": [{"members": [winner], "right_members": [False]},
                           {"members": [right], "right_members": [True]}]}


def test_the_right_member_against_the_winner() -> None:
    rows = [_row("a2 not first", 1.0, 0.5), _row("a2 not first", 0.2, 0.5), _row("right", 1.0, 1.0)]
    counted = census.compare(rows, {"bm25_share": 1.0}, "a2 not first")
    assert counted["rows"] == 2
    assert counted["holds_frame higher"] == 1 and counted["holds_frame lower"] == 1
    assert counted["alone_frame equal"] == 2  # absent from both: equal
    everything = census.compare(rows, {"bm25_share": 1.0}, None)
    assert everything["rows"] == 3 and everything["holds_frame equal"] == 1


def test_main_prints_the_counts(tmp_path, capsys) -> None:
    part = tmp_path / "toy.json"
    part.write_text(json.dumps([_row("a2 not first", 1.0, 0.5)]), encoding="utf-8")
    assert census.main([str(part), "-v"]) == 0
    out = capsys.readouterr().out
    assert "holds_frame: higher 1, equal 0, lower 0" in out and "holds_frame=1.00/0.50" in out
