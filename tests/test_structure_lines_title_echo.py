"""A running head that opens on a whole line of the title before a name of its own (a
paper's name over an issue's) is a running line (vitrina.structure.lines._title_echoes).
Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import lines, rebuild

PAGE_ONE = [
    "The Harbour Gazette",
    "Lamps on the Breakwater",
    "The first lamp on the breakwater was lit in the winter of the great gale.",
    "Keepers rowed out to it every evening with oil and a box of new wicks.",
    "In a storm they stayed in the hut at its foot until the sea went down.",
]
PAGE_TWO = [
    "The Harbour Gazette Spring Issue",
    "The lamp burned until the new lighthouse on the point was finished.",
    "Its iron post still stands at the end of the breakwater today.",
]


def _text() -> str:
    return "\n".join(PAGE_ONE) + "\n\f" + "\n".join(PAGE_TWO) + "\n\f"


def test_a_head_opening_on_the_title_before_a_name_is_running(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = rebuild(_text(), "gazette", "gazette.txt", "text")
    assert "Spring Issue" not in doc.text
    monkeypatch.setitem(lines.ECHO_SWITCHES, "title_first", 0)
    doc = rebuild(_text(), "gazette", "gazette.txt", "text")
    assert "Spring Issue" in doc.text
