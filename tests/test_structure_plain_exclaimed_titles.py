"""Raw text: a title line crying out ("Ring the Bells!") reads as a title line, so the
kicker over it is left out (vitrina.structure.plainlayout ``exclaimed_titles``). Every text
is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS, _title_text

LINES = [
    "Harbour Heritage Room Panel 3 of 7",
    "SIGNALS AT SEA",
    "Ring the Bells!",
    "The Fog Signals of the Point, 1890",
    "For forty years a bell on the end of the pier was rung by hand in every fog, and the boats that came",
    "home in the dark listened for it over the noise of the sea on the rocks at the mouth of the harbour.",
    "The bell was cast in the town and hung from a frame of oak that the keepers painted every spring.",
]


def test_a_title_line_ending_in_an_exclamation_mark_is_a_title_line() -> None:
    assert _title_text("Ring the Bells!")
    assert not _title_text("The bell rang all night!")


def test_the_kicker_over_an_exclaimed_title_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    def text() -> str:
        doc = rebuild("\n".join(LINES) + "\n\f", "bells", "bells.txt", "text")
        return " ".join(doc.text[b.start : b.end] for b in doc.blocks)

    assert "SIGNALS AT SEA" not in text()
    monkeypatch.setitem(PLAIN_LIMITS, "exclaimed_titles", 0)
    assert "SIGNALS AT SEA" in text()
