"""bench/ask_reach_sets.py: one cause per never-examined stating sentence (invented rows)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import ask_reach_sets  # noqa: E402


def row(step: str, lacking: dict[str, str], place: str = "document retrieved") -> dict:
    return {"set": "s", "id": "q1", "question": "Why did the garrison of Varnholt give up in 1644?", "step": step,
            "place": place, "lacking": lacking}


def test_a_name_only_in_the_title_comes_before_the_step() -> None:
    assert ask_reach_sets.cause(row("below floor", {"varnholt": "in the title"})) == "name only in the title"
    assert ask_reach_sets.cause(row("not retrieved", {"1644": "in a neighbour sentence"})) \
        == "name in an earlier sentence"


def test_a_common_word_in_the_title_is_no_name() -> None:
    assert ask_reach_sets.cause(row("below gap", {"garrison": "in the title"})) == "cut (floor, gap, depth)"


def test_not_retrieved_by_place_then_wordnet_tie() -> None:
    assert ask_reach_sets.cause(row("not retrieved", {"give": "synonym"}, "document not retrieved")) \
        == "document not retrieved"
    assert ask_reach_sets.cause(row("not retrieved", {"give": "synonym"})) == "paraphrase, WordNet-tied"
    assert ask_reach_sets.cause(row("not retrieved", {"give": "nowhere near"})) == "paraphrase beyond WordNet"
