"""bench/ask_first_refit.py and bench/ask_first_pairs.py: the ranker moved from the shipped weights with a penalty on
the change, the inputs crossed with what is asked, and the "not first" pair (invented rows)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_first_pairs  # noqa: E402
import ask_first_refit  # noqa: E402
import fit_ask  # noqa: E402


def _row(winner: dict, right: dict, asks: dict | None = None, sentences: tuple[int, int] = (1, 2)) -> dict:
    return {"group": "toy", "id": "t1", "question": "Who signed the charter?", "answerable": True,
            "asks": asks if asks is not None else {"asks_person": 1.0},
            "candidates": [{"text": "the harbour", "members": [winner], "right_members": [False],
                            "member_sentences": [sentences[0]], "sentences": 1},
                           {"text": "Ada Lind", "members": [right], "right_members": [True],
                            "member_sentences": [sentences[1]], "sentences": 1}]}


def _arrays(rows: list[dict], names: list[str]) -> list[fit_ask.Arrays]:
    fit_ask.ARRAYS.clear()
    return fit_ask.rank_arrays(rows, names)


def test_the_change_moves_the_ranking_toward_the_right_candidates() -> None:
    names = ["a", "b"]  # "a" marks the wrong candidates, "b" the right ones
    rows = [_row({"a": 1.0, "b": 0.0}, {"a": 0.0, "b": 1.0}) for _ in range(5)]
    base = np.array([1.0, 0.0])
    w = ask_first_refit.fit_change(_arrays(rows, names), base, np.ones(2), l2=0.1)
    assert w[1] - w[0] > base[1] - base[0]


def test_a_large_penalty_or_a_fixed_input_keeps_the_shipped_weight() -> None:
    names = ["a", "b"]
    rows = [_row({"a": 1.0, "b": 0.0}, {"a": 0.0, "b": 1.0}) for _ in range(5)]
    data, base = _arrays(rows, names), np.array([1.0, 0.0])
    stiff = ask_first_refit.fit_change(data, base, np.ones(2), l2=1e6)
    assert np.allclose(stiff, base, atol=0.01)
    only_b = ask_first_refit.fit_change(data, base, np.array([0.0, 1.0]), l2=0.1)
    assert only_b[0] == base[0] and only_b[1] > base[1]


def test_crosses_are_made_for_the_asked_kind_only() -> None:
    rows = [_row({"agrees": 1.0}, {"agrees": 0.0}, asks={"asks_person": 1.0, "asks_place": 0.0})]
    made = ask_first_refit.add_crosses(rows, ["agrees"])
    assert made == ["asks_person*agrees"]
    assert rows[0]["candidates"][0]["members"][0]["asks_person*agrees"] == 1.0
    assert "asks_person*agrees" not in rows[0]["candidates"][1]["members"][0]


def test_the_pair_sets_the_winner_against_the_best_right_member() -> None:
    names = ["agrees", "kind_person", "kind_span"]
    rows = [_row({"agrees": 1.0, "kind_person": 1.0}, {"kind_span": 1.0}, sentences=(3, 3))]
    d = _arrays(rows, names)[0]
    p = ask_first_pairs.pair(rows[0], d, np.array([1.0, 0.5, -3.0]), names)
    assert p is not None
    assert (p["winner"], p["right"], p["win_kind"], p["right_kind"]) == ("the harbour", "Ada Lind", "person", "span")
    assert p["same_sentence"] and p["asked"] == "person" and p["right_rank"] == 2
    assert p["margin"] == 4.5 and p["lead"][0] == ("kind_span", 3.0)
    assert ask_first_pairs.pair(rows[0], d, np.array([0.0, 0.0, 3.0]), names) is None  # the right one first
