"""bench/ask_align_census.py: which round-43 link aligns a sentence (invented questions and sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import ask_align_census as census  # noqa: E402

from vitrina.qa.question import analyse  # noqa: E402
from vitrina.qa.weights import LEXICAL  # noqa: E402


def test_each_sentence_counts_in_the_first_kind_that_aligns_it() -> None:
    beat = analyse("Whom did the guild of Varn beat at the fair?")
    assert census.kind("The guild of Varn beat the weavers at the fair.", beat) == "already"
    assert census.kind("After the defeat of the weavers at the fair, the guild of Varn grew rich.", beat) == "event noun"
    pay = analyse("What did the abbey of Orlen pay for its bells?")
    assert census.kind("The abbey of Orlen purchased its bells in 1740.", pay) == "entailing verb"
    assert census.kind("The abbey of Orlen rang its bells in 1740.", pay) == "none"


def test_the_links_are_restored_after_a_census_step() -> None:
    before = {key: LEXICAL[key] for key in census.LINKS.values()}
    with census.links(()):
        assert all(LEXICAL[key] == 0.0 for key in census.LINKS.values())
    assert {key: LEXICAL[key] for key in census.LINKS.values()} == before
