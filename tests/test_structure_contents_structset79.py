"""Round 58 (structset79): the back panel's repeated title broken into other lines than the cover's ("The Rope
Walk of Bridport" on one line under the cover's "The Rope Walk" / "of Bridport") opens no section
(``repeated_titles_rewrapped``); a heading sharing only the title's first word stays one. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import contents
from vitrina.structure.contents import repeated_titles_apart
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines

TEXT = ["The Rope Walk", "of Bridport", "The spinners walked backwards all day.", "The Wheel",
        "A boy turned the wheel.", "The Rope Walk of Bridport", "Printed for the rope walk trust."]


def _titles(repeat: str) -> list[str]:
    lines = split_lines("\n".join([*TEXT[:5], repeat, TEXT[6]])).lines
    entries = [Heading(None, lines[0:2], 0), Fragment("paragraph", [lines[2]]), Heading(None, [lines[3]], 0),
               Fragment("paragraph", [lines[4]]), Heading(None, [lines[5]], 0), Fragment("paragraph", [lines[6]])]
    return [" ".join(line.text for line in e.lines) for e in repeated_titles_apart(entries) if isinstance(e, Heading)]


@pytest.mark.parametrize("switch", [2, 0])
def test_the_title_said_again_in_other_lines_opens_no_section(monkeypatch: pytest.MonkeyPatch, switch: int) -> None:
    monkeypatch.setitem(contents.CONTENTS, "repeated_titles_rewrapped", switch)
    assert _titles("The Rope Walk of Bridport").count("The Rope Walk of Bridport") == (1 if switch else 2)


def test_a_heading_sharing_one_word_with_the_title_stays_one() -> None:
    assert "The Weavers" in _titles("The Weavers")
