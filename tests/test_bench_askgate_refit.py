"""bench/askgate_refit.py: families, a question decided again by a new gate, the threshold chosen (round 52)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import askgate_refit as A  # noqa: E402


def item(group: str, ident: str, answerable: bool, gate: float, shown: bool, right: bool = True,
         checks: tuple[str, ...] = ()) -> A.Item:
    """An Item as load() makes it, its gate and ask's outcome given."""
    row = {"group": group, "id": ident, "question": "Who built the mill?", "answerable": answerable,
           "shown": "Ann Roe" if shown else None, "shown_right": (shown and right) if answerable else not shown,
           "confidence": 0.7, "asks": {}, "outcome": "right" if shown and right else "c withheld",
           "checks": list(checks), "candidates": [{"text": "Ann Roe", "members": []}]}
    return A.Item(row, ({}, gate, right))


def test_families_group_the_sets_by_age() -> None:
    assert A.family_of("dev") == "dev"
    assert A.family_of("v3") == "v1-v15"
    assert A.family_of("v50") == "v48-v53"
    assert A.family_of("v53") == "v48-v53"  # round 53: the newest fresh set joins the deciding family
    assert A.family_of("redteam40") == "rt37-rt47"
    assert A.family_of("redteam52") == "rt48-rt52"


def test_a_new_gate_moves_only_what_the_gate_decides() -> None:
    withheld = item("v1", "a", True, 0.85, shown=False)
    checked = item("v1", "b", True, 0.95, shown=False, checks=("unmet_premise",))
    assert withheld.follows and checked.follows
    assert withheld.decided(True)[:2] == (True, True)  # released, right
    assert checked.decided(True)[:2] == (False, False)  # the check still withholds it
    off_path = item("v1", "c", True, 0.95, shown=False)  # the rows say answer, ask withheld: ask's outcome kept
    assert not off_path.follows and off_path.decided(True)[0] is False


def test_the_threshold_keeps_each_groups_abstentions() -> None:
    items = [item("v1", "a", True, 0.87, shown=False), item("v1", "u", False, 0.80, shown=False),
             item("v2", "a", True, 0.86, shown=False), item("v2", "u", False, 0.865, shown=False)]
    chosen = A.choose(items, A.Variant("threshold"))
    assert 0.865 < chosen <= 0.87  # releases v1's right answer, not v2's unanswerable question
    tally = A.tally(items, np.array([i.gate for i in items]), chosen)
    assert tally["abstained"] == 2 and tally["answered"] == 1
