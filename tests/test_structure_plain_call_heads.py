"""Raw text: a paragraph closing on a note's call glued after its stop ("… that year.1") ends
its block, so the numbered heading on the next line opens a section rather than running into
the paragraph (``PLAIN_LIMITS["end_call_heads"]``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

LINES = [
    "A School on the Island",
    "1 The First Term",
    "The island school opened in the autumn with eleven children and one teacher, who had",
    "come over from the mainland on the mail boat with a trunk of books and slates for them.",
    "The board paid her wages from the rent of the glebe land until the end of that year.1",
    "2 The Long Winter",
    "The winter that followed was the hardest the islanders could remember. The boat could",
    "not cross for six weeks, and the school ran out of paper, so the children wrote on slates.",
    "3 The Second Teacher",
    "When the boat came again in March it brought paper, a new stove and a letter from the",
    "board promising a second teacher, who arrived in the summer with her own books.",
    "1",
    "The glebe was the field that went with the minister's house.",
]


def _sections() -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(LINES) + "\n\f", "school", "school.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_a_numbered_heading_after_a_call_closing_the_paragraph_opens_a_section(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ("2", "The Long Winter") in _sections()
    monkeypatch.setitem(PLAIN_LIMITS, "end_call_heads", 0)
    assert ("2", "The Long Winter") not in _sections()
