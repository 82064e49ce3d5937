"""bench/ask_rankfit.py: a group's rows as arrays, decided and counted as from the rows (round 42)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_added_weight  # noqa: E402
import ask_features  # noqa: E402
import ask_rankfit  # noqa: E402
import fit_ask as F  # noqa: E402


def candidate(text: str, members: list[dict], right: bool, sentences: int = 1) -> dict:
    return {"text": text, "members": members, "right_members": [right] * len(members), "sentences": sentences,
            "stating": [right] * len(members), "member_sentences": list(range(len(members))),
            "member_documents": ["d"] * len(members), "rule": 0.5}


def rows() -> list[dict]:
    """Two questions of my own: the first ranks a wrong date above the right one on coverage, the second has no
    candidate at all."""
    first = {"group": "v3", "id": "q1", "question": "When did the harbour open?", "answerable": True,
             "expected": "1850", "shown_right": False, "shown": "1849", "confidence": 0.4, "rule": 0.9,
             "asks": {"asks_date": 1.0}, "outcome": "a2 not first",
             "candidates": [candidate("1849", [{"coverage": 0.9, "kind_date": 1.0}], False, sentences=3),
                            candidate("1850", [{"coverage": 0.5, "kind_date": 1.0, "in_slot": 1.0},
                                               {"coverage": 0.4, "kind_date": 1.0}], True)]}
    second = {"group": "v3", "id": "q2", "question": "Who painted the ceiling?", "answerable": False,
              "expected": None, "shown_right": True, "shown": None, "confidence": 0.0, "rule": 0.0,
              "asks": {"asks_person": 1.0}, "outcome": "unanswerable", "candidates": []}
    return [first, second]


def group() -> ask_rankfit.Group:
    return ask_rankfit.Group.of(ask_rankfit.arrays_of(rows()))


def test_the_arrays_give_fit_asks_ranker_arrays() -> None:
    names = ["coverage", "in_slot", "kind_date", "never_seen"]
    mine = group().rank_arrays(names)
    F.ARRAYS.clear()
    theirs = F.rank_arrays(rows(), names)
    F.ARRAYS.clear()
    for a, b in zip(mine, theirs, strict=True):
        for x, y in zip(a, b, strict=True):
            assert np.array_equal(x, y)
    assert mine[0][0][:, 3].tolist() == [0.0, 0.0, 0.0]  # a name no member has reads 0


def test_a_member_and_a_candidate_are_read_back() -> None:
    g = group()
    assert g.member(0, 1)["in_slot"] == 1.0 and g.member(0, 0)["in_slot"] == 0.0
    assert g.text(0, 1) == "1850" and g.asked(1) == {"asks_date": 0.0, "asks_person": 1.0}
    assert [r["id"] for r in g.rows] == ["q1", "q2"] and "candidates" not in g.rows[0]


def test_decided_as_ask_added_weight_decides_with_the_shipped_tables() -> None:
    names, w = ask_rankfit.shipped_tables()
    g = group()
    mine = ask_rankfit.decide(g, ask_rankfit.tops(g, g.rank_arrays(names), names, w),
                              ask_rankfit.CALIBRATION, ask_rankfit.GATE)
    F.ARRAYS.clear()
    theirs = ask_added_weight.decide(rows(), F.rank_arrays(rows(), names), w, names)
    F.ARRAYS.clear()
    for (r1, p1, ok1, g1), (r2, p2, ok2, g2) in zip(mine, theirs, strict=True):
        assert r1["id"] == r2["id"] and ok1 == ok2
        assert (p1 is None and p2 is None) or abs(p1 - p2) < 1e-12
        assert (g1 is None and g2 is None) or abs(g1 - g2) < 1e-12


def test_a_not_first_case_names_what_puts_the_winner_ahead() -> None:
    names = ["coverage", "in_slot"]
    w = np.array([2.0, 0.5])
    g = group()
    cases = ask_rankfit.not_first(g, g.rank_arrays(names), names, w)
    assert len(cases) == 1
    case = cases[0]
    assert (case["winner"], case["right"]) == ("1849", "1850")
    assert case["parts"] == [("coverage", pytest.approx(0.8)), ("in_slot", pytest.approx(-0.5))]
    assert case["margin"] == pytest.approx(0.8 - 0.5 + case["bonus"])
    assert case["deciding"] == ["coverage"]  # without coverage's 0.8 the winner would trail
    counted = ask_rankfit.census(cases)
    assert counted["largest"] == {"coverage": 1} and counted["alone"]["coverage"] == 1


def test_several_inputs_together_decide_when_none_alone_does() -> None:
    parts = [("coverage", 0.3), ("exact", 0.3), ("fit", -0.1)]
    assert ask_rankfit.deciding(parts, 0.5) == []
    assert ask_rankfit.census([{"parts": parts, "deciding": []}])["alone"]["(no one input alone)"] == 1


def test_families_hold_out_whole_groups() -> None:
    assert ask_rankfit.fold_of("dev") == ask_rankfit.fold_of("v12") == "dev-v12"
    assert ask_rankfit.fold_of("v12") != ask_rankfit.fold_of("v13") == ask_rankfit.fold_of("v25")
    assert ask_rankfit.fold_of("v42") == ask_rankfit.fold_of("v34") == "v34-"
    assert ask_rankfit.fold_of("redteam39") == ask_rankfit.fold_of("redteam41") == "redteam"


def test_the_inputs_keep_ranker_only_ones_out_of_the_calibration() -> None:
    names, cnames = ask_rankfit.input_names({"coverage", "argument_match"}, {"asks_date"}, ["question_repeat"])
    assert {"coverage", "argument_match", "question_repeat"} <= set(names)
    assert "coverage" in cnames and "asks_date" in cnames
    assert "argument_match" not in cnames and "question_repeat" not in cnames


def test_the_arrays_are_made_once_from_the_cached_rows(tmp_path: Path) -> None:
    cache = ask_features.Cache(tmp_path, revision="r1", collector=lambda _db, _g, _f: [])
    questions, db = tmp_path / "q.jsonl", tmp_path / "x.db"
    questions.write_text("{}\n", encoding="utf-8")
    db.write_bytes(b"db")
    assert ask_rankfit.ensure(cache, "v3", [questions], db) is None  # no rows cached: nothing made
    cache.path("v3", [questions], db).write_text(json.dumps(rows()), encoding="utf-8")
    path = ask_rankfit.ensure(cache, "v3", [questions], db)
    assert path is not None and path.suffix == ".npz"
    made = path.stat().st_mtime_ns
    g = ask_rankfit.cached_group(cache, "v3", [questions], db)
    assert g is not None and g.text(0, 0) == "1849" and path.stat().st_mtime_ns == made


def test_a_group_read_with_some_columns_keeps_those_alone() -> None:
    g = ask_rankfit.Group.of(ask_rankfit.arrays_of(rows()), keep={"coverage", "in_slot"})
    assert g.names == ["coverage", "in_slot"] and g.features.shape == (3, 2)
    assert g.member(0, 1) == {"coverage": 0.5, "in_slot": 1.0}


def test_an_input_left_out_of_the_ranker_stays_in_the_calibration() -> None:
    names, cnames = ask_rankfit.input_names({"coverage", "rule_share"}, set(), ["-rule_share"])
    assert "rule_share" not in names and "coverage" in names
    assert "rule_share" in cnames
