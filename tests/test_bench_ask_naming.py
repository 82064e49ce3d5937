"""bench/ask_naming.py: the naming questions it selects and the form of a top candidate, on invented questions."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_naming  # noqa: E402


def test_select_writes_only_the_questions_asking_a_name(tmp_path: Path) -> None:
    questions = tmp_path / "set.jsonl"
    rows = [{"id": "a", "question": "What nickname did the toll bridge of Orlen get?", "answer": "the Weavers' Folly"},
            {"id": "b", "question": "Who built the toll bridge of Orlen?", "answer": "the abbot"},
            {"id": "c", "question": "What do the weavers call the spring fair?", "answer": ""}]
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "ids.jsonl"
    ask_naming.select(out, [str(questions)])
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(f["id"], f["how"]) for f in found] == [("a", "noun"), ("c", "verb")]
    assert found[1]["answer"] is None


def test_the_form_of_a_top_candidate() -> None:
    assert ask_naming.top_form(None) == "none"
    assert ask_naming.top_form("“the Lantern Fair”") == "quoted"
    assert ask_naming.top_form("the Lantern Fair") == "other"
    assert ask_naming.top_form("Lantern Fair") == "capitalised"
    assert ask_naming.top_form("initially") == "modifier"  # no noun sense: a modifier, not a name
