"""Round 59 redask59: an answer with complete hand-set evidence is kept when the gate nearly agrees (ask.py
`_complete_evidence_kept`, qa/weights.py COMPLETE_EVIDENCE)."""
import pytest

from vitrina import ask as ask_module
from vitrina.qa.weights import COMPLETE_EVIDENCE, LEARNED_THRESHOLD

kept = ask_module._complete_evidence_kept


@pytest.fixture(autouse=True)
def switched_on(monkeypatch):
    """The table ships switched off (qa/weights.py); these tests read the rule itself."""
    monkeypatch.setitem(COMPLETE_EVIDENCE, "on", 1.0)


def test_complete_evidence_and_a_near_gate_answer():
    near = (COMPLETE_EVIDENCE["gate_floor"] + LEARNED_THRESHOLD) / 2
    assert kept(near, 1.0) >= LEARNED_THRESHOLD


def test_incomplete_evidence_leaves_the_gate_alone():
    near = (COMPLETE_EVIDENCE["gate_floor"] + LEARNED_THRESHOLD) / 2
    assert kept(near, COMPLETE_EVIDENCE["rule"] - 0.05) == near


def test_a_gate_far_below_is_not_overruled():
    low = COMPLETE_EVIDENCE["gate_floor"] - 0.1
    assert kept(low, 1.0) == low


def test_a_gate_above_the_threshold_is_unchanged():
    assert kept(0.95, 1.0) == 0.95


def test_withheld_when_switched_off(monkeypatch):
    monkeypatch.setitem(COMPLETE_EVIDENCE, "on", 0.0)
    near = (COMPLETE_EVIDENCE["gate_floor"] + LEARNED_THRESHOLD) / 2
    assert kept(near, 1.0) == near

