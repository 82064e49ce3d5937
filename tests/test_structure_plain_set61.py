"""Raw-text reader, round 49 (structset61): a question in capitals right over a labelled heading is
that section's kicker, as a statement in capitals is (invented text)."""

from __future__ import annotations

import pytest

from vitrina.ingest import reader_for
from vitrina.structure import plainlayout

TEXT = """The Tide Mill
The mill stood on a dam across the creek and ground corn for the village whenever
the sea ran out. Its wheel was turned by the water held back at high tide.
WHY A MILL?
3.1 The Sluice Gates
The miller kept the sluice gates himself and knew every sandbank of the channel.
He opened them at the turn of the tide and closed them when the pond was full.
ON THE CREEK
3.2 The Barges
Barges brought the grain up on the flood and carried the flour away on the ebb.
The bargemen paid a toll at the mill for every load they landed on the quay.
"""


def _sections() -> list[tuple[str | None, str]]:
    [doc] = reader_for("text")(TEXT.encode(), "mill.txt")
    return [(s.label, s.title) for s in doc.sections]


def test_a_question_in_capitals_over_a_labelled_heading_is_its_kicker() -> None:
    assert _sections() == [(None, "The Tide Mill"), ("3.1", "The Sluice Gates"), ("3.2", "The Barges")]


def test_without_question_kickers_the_kickers_stay_headings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "question_kickers", 0)
    assert (None, "WHY A MILL?") in _sections()
