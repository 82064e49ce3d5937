"""Round 57 (structset77): a contents list read as one paragraph under a lead line closing on a colon, each
line a number and a later heading's title, is table blocks (``CONTENTS["listed_lines"]``). Every text is
invented."""

from __future__ import annotations

import pytest

from vitrina.structure import contents
from vitrina.structure.contents import listed_contents_apart
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines

TEXT = ["The Rope Walk", "Inside:", "1 The Spinners", "2 The Wheel", "1 The Spinners",
        "The spinners walked backwards all day.", "2 The Wheel", "A boy turned the wheel."]


def _entries(texts: list[str]) -> list:
    lines = split_lines("\n".join(texts)).lines
    return [Heading(None, [lines[0]], 0), Fragment("paragraph", lines[1:4]), Heading("1", [lines[4]], 1),
            Fragment("paragraph", [lines[5]]), Heading("2", [lines[6]], 1), Fragment("paragraph", [lines[7]])]


def _kinds(entries: list) -> list[str]:
    return [e.kind for e in entries if isinstance(e, Fragment)]


def test_a_lead_over_numbered_heading_titles_is_a_contents_list(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _kinds(listed_contents_apart(_entries(TEXT))) == ["table", "table", "table", "paragraph", "paragraph"]
    monkeypatch.setitem(contents.CONTENTS, "listed_lines", 0)
    assert _kinds(listed_contents_apart(_entries(TEXT))) == ["paragraph", "paragraph", "paragraph"]


def test_a_numbered_line_naming_no_heading_keeps_the_paragraph() -> None:
    texts = [*TEXT[:3], "2 The Hemp Barges", *TEXT[4:]]
    assert _kinds(listed_contents_apart(_entries(texts)))[0] == "paragraph"
