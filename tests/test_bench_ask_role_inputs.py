"""bench/ask_role_inputs.py: the role rule's inputs derived from fit_ask rows, and how many not-first questions
they could reach (invented rows)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_role_inputs as roles  # noqa: E402


def test_a_person_filling_the_asked_slot_and_one_off_it() -> None:
    person = {"asks_person": 1.0}
    assert roles.derive({"in_slot": 1.0}, person) == {"person_filled": 1.0, "named_filled": 1.0, "person_off": 0.0}
    assert roles.derive({"role_slot": 1.0}, person)["person_filled"] == 1.0
    assert roles.derive({"kind_person": 1.0}, person) == {"person_filled": 0.0, "named_filled": 0.0,
                                                          "person_off": 1.0}
    assert roles.derive({"in_slot": 1.0}, {"asks_named": 1.0}) == {"person_filled": 0.0, "named_filled": 1.0,
                                                                   "person_off": 0.0}
    assert roles.derive({"in_slot": 1.0, "kind_person": 1.0}, {"asks_date": 1.0}) == dict.fromkeys(roles.INPUTS, 0.0)


def _row(outcome: str) -> dict:
    winner = {"bm25_share": 1.0, "kind_person": 1.0}
    right = {"bm25_share": 0.0, "kind_person": 1.0, "in_slot": 1.0}  # the winner leads by BM25 alone
    return {"outcome": outcome, "asks": {"asks_person": 1.0},
            "candidates": [{"members": [dict(winner)], "right_members": [False]},
                           {"members": [dict(right)], "right_members": [True]}]}


def test_the_reach_counts_not_first_questions_where_only_the_right_one_has_an_input() -> None:
    rows = roles.add_inputs([_row("a2 not first"), _row("right")])
    counted = roles.reach(rows, {"bm25_share": 1.0})
    assert counted == {"person_filled: right has it, winner not": 1, "named_filled: right has it, winner not": 1,
                       "person_off: winner has it, right not": 1}


def test_main_writes_the_parts_with_the_inputs(tmp_path, capsys) -> None:
    part = tmp_path / "toy.json"
    part.write_text(json.dumps([_row("a2 not first")]), encoding="utf-8")
    assert roles.main([str(part), "--out", str(tmp_path / "out")]) == 0
    written = json.loads((tmp_path / "out" / "toy.json").read_text(encoding="utf-8"))
    assert written[0]["candidates"][1]["members"][0]["person_filled"] == 1.0
    assert "person_filled: right has it, winner not 1" in capsys.readouterr().out
