"""bench/ask_size.py: outcomes of a question on a small and a large build, and the gate inputs that move most."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_size  # noqa: E402

ITEM = {"id": "k1", "question": "When was the ferry bridge opened?", "answer": "1911", "alternatives": [],
        "document": "ferries", "citation": "The ferry bridge was opened in 1911."}
CITED = [{"text": "The ferry bridge was opened in 1911.", "document": "harbour-ferries"}]


def test_a_right_a_wrong_and_a_withheld_answer_are_told_apart() -> None:
    right = ask_size.outcome("g", ITEM, {"answer": "1911", "confidence": 0.9, "citations": CITED}, None)
    wrong = ask_size.outcome("g", ITEM, {"answer": "1913", "confidence": 0.85, "citations": CITED}, None)
    withheld = ask_size.outcome("g", ITEM, {"answer": None, "confidence": 0.0, "citations": []}, None)
    assert [right["outcome"], wrong["outcome"], withheld["outcome"]] == ["R", "W", "-"]
    assert "right   1 withheld   1 wrong   1 (>= 0.8: 1)" in ask_size.summary([right, wrong, withheld])


def test_an_unanswerable_question_answered_is_counted() -> None:
    unanswerable = {**ITEM, "answer": None}
    answered = ask_size.outcome("g", unanswerable, {"answer": "1911", "confidence": 0.5, "citations": CITED}, None)
    kept = ask_size.outcome("g", unanswerable, {"answer": None, "confidence": 0.0, "citations": []}, None)
    assert (answered["outcome"], kept["outcome"]) == ("A", "-")
    assert ask_size.summary([answered, kept]).endswith("unanswerable answered 1/2")


def _row(ident: str, top_score: float, entropy: float) -> dict:
    return {"group": "g", "id": ident, "answerable": True, "outcome": "R", "confidence": 0.9, "gate": 0.9,
            "inputs": {"top_score": top_score, "entropy": entropy}}


def test_the_input_whose_shift_moves_the_gate_most_comes_first() -> None:
    large = [_row("a", 1.0, 0.30), _row("b", 1.2, 0.30)]
    small = [_row("a", 1.5, 0.31), _row("b", 1.7, 0.31)]
    lines = ask_size.input_shift(small, large)
    assert lines[0].startswith("  2 answerable questions")
    assert lines[2].split()[0] == "top_score"


def test_no_common_question_is_said() -> None:
    assert "no answerable question" in ask_size.input_shift([_row("a", 1.0, 0.3)], [])[0]


def test_a_question_is_about_the_small_build_only_when_no_other_document_matches_its_reference() -> None:
    small, others = ["1801-1829-canal-treaty"], ["1901-1910-canal-treaty", "1901-1910-tariff"]
    assert not ask_size.about({"document": "canal-treaty"}, small, others)
    assert ask_size.about({"document": "1801-1829-canal-treaty"}, small, others)
    assert not ask_size.about({"document": "tariff"}, small, others)
