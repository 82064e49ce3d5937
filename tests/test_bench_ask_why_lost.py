"""bench/ask_why_lost.py: the WordNet kin that class a question's broader or narrower word."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_why_lost  # noqa: E402


def test_a_broader_question_word_has_the_sentence_word_below_it() -> None:
    assert "ship" in ask_why_lost._kin("vessel", down=True)  # "Which vessel …?" / "the ship …"
    assert "aircraft" in ask_why_lost._kin("airplane", down=False)  # two steps up: heavier-than-air craft, aircraft
    assert "aircraft" not in ask_why_lost._kin("airplane", down=True)
