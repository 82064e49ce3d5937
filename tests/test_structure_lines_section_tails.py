"""Raw text: a running head over the second page naming the publication and then the section
in progress, one line ("Harbour Museum of Island Life The Long Winter"), whose last words are a
numbered heading of the text without its number ("2 The Long Winter"): a running line, not
text glued into the paragraph that runs over the page (``lines._section_tails``,
``ECHO_SWITCHES["section_tails"]``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.lines import ECHO_SWITCHES

PAGE_1 = [
    "A School on the Island",
    "1 The First Term",
    "The island school opened in the autumn with eleven children and one teacher, who had",
    "come over from the mainland on the mail boat with a trunk of books and slates for them.",
    "The children learned their letters by the light of the stove and the one window.",
    "2 The Long Winter",
    "The winter that followed was the hardest the islanders could remember. The boat could",
    "not cross for six weeks, and the school ran out of paper, so the children wrote on",
    "4",
]
PAGE_2 = [
    "Harbour Museum of Island Life The Long Winter",
    "the slates and rubbed them clean with their sleeves at the end of every day.",
    "When the boat came again in March it brought paper, a new stove and a letter from the",
    "board promising a second teacher, who arrived in the summer with her own books.",
    "5",
]


def _paragraphs() -> list[str]:
    doc = rebuild("\n".join(PAGE_1) + "\n\f" + "\n".join(PAGE_2) + "\n\f", "school", "school.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_a_running_head_ending_on_a_section_title_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = _paragraphs()
    assert not any("Harbour Museum" in p for p in paragraphs)
    assert any("children wrote on the slates and rubbed" in p for p in paragraphs)
    monkeypatch.setitem(ECHO_SWITCHES, "section_tails", 0)
    monkeypatch.setitem(ECHO_SWITCHES, "cut_page_heads", 0)  # (round 57 reads this head so too)
    assert any("Harbour Museum" in p for p in _paragraphs())
