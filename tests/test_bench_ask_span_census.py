"""bench/ask_span_census.py: a not-first or wrong-span record's cause group (invented records)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_span_census as census  # noqa: E402


def _record(question: str, answer: str, top: str, cls: str = "paraphrase") -> dict:
    return {"question": question, "answer": answer, "top": top, "class": cls, "outcome": "b wrong span"}


def test_the_span_against_the_answer() -> None:
    assert census.cause(_record("Which pact ended the feud?", "the Mill Pact",
                                "the Mill Pact, which ended the feud")) == "span too long"
    assert census.cause(_record("When did the fair run?", "May to June 1820", "June 1820")) == "span too short"


def test_the_question_decides_before_the_class() -> None:
    assert census.cause(_record("What is a tithe barn?", "a large barn", "the parish")) == "definition"
    assert census.cause(_record("What was the barn called?", "Long Barn", "the parish")) != "definition"
    assert census.cause(_record("Why did the mill close?", "the river dried up", "in 1820")) == "why / cause"
    assert census.cause(_record("What was Ada Lind's trade?", "weaver", "Hull")) == "who is X / role"


def test_the_rest_by_the_ask_classes_class() -> None:
    assert census.cause(_record("Who built the mill?", "Ada Lind", "Karl Eber", "other sentence")) == "another sentence"
    assert census.cause(_record("Who built the mill?", "Ada Lind", "Karl Eber")) == "predicate worded otherwise"


def test_a_right_answer_from_another_sentence() -> None:
    item = {"question": "Who built the mill?", "answer": "Ada Lind", "alternatives": []}
    record = {**_record("Who built the mill?", "Ada Lind", "Ada Lind"), "outcome": "a2 not first"}
    assert census.cause(record, item) == "right answer, another sentence cited"
