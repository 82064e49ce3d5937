"""A contents list set as a small section of its own, and a back panel's repeated title (round 54,
structset72): both are apparatus, table blocks, no section. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import contents
from vitrina.structure.contents import contents_apart, repeated_titles_apart
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines

TEXT = ["The Rope Walk", "On this sheet", "1 The Spinners", "2 The Wheel", "Back Opening Hours",
        "1 The Spinners", "The spinners walked backwards all day.", "2 The Wheel", "A boy turned the wheel.",
        "The Rope Walk", "Opening Hours", "The shed is open daily."]


def _entries(texts: list[str]) -> list:
    lines = split_lines("\n".join(texts)).lines
    heads = {0, 1, 5, 7, 9, 10}
    return [Heading(None, [line], 0) if k in heads else Fragment("paragraph", [line]) for k, line in enumerate(lines)]


def _sections(entries: list) -> list[str]:
    return [e.lines[0].text for e in entries if isinstance(e, Heading)]


def test_a_list_of_the_documents_headings_is_no_section(monkeypatch: pytest.MonkeyPatch) -> None:
    found = contents_apart(_entries(TEXT))
    assert "On this sheet" not in _sections(found)
    assert [e.lines[0].text for e in found if isinstance(e, Fragment) and e.kind == "paragraph"] == [
        "The spinners walked backwards all day.", "A boy turned the wheel.", "The shed is open daily."]
    monkeypatch.setitem(contents.CONTENTS, "min_lines", 0)
    assert "On this sheet" in _sections(contents_apart(_entries(TEXT)))


def test_a_list_naming_other_things_stays_a_section() -> None:
    texts = [*TEXT[:2], "1 The Hemp Barges", "2 The Wheel", *TEXT[4:]]  # one line no heading of the document
    assert "On this sheet" in _sections(contents_apart(_entries(texts)))


def test_the_title_repeated_over_a_back_panel_opens_no_section(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _sections(repeated_titles_apart(_entries(TEXT))).count("The Rope Walk") == 1
    monkeypatch.setitem(contents.CONTENTS, "repeated_titles", 0)
    assert _sections(repeated_titles_apart(_entries(TEXT))).count("The Rope Walk") == 2


def test_contents_read_into_one_paragraph_are_still_contents(monkeypatch: pytest.MonkeyPatch) -> None:
    # round 55 (struct71): the list's lines joined into one paragraph, each line a heading of the document
    entries = _entries(TEXT)
    joined = [*entries[:2], Fragment("paragraph", [e.lines[0] for e in entries[2:5]]), *entries[5:]]
    assert "On this sheet" not in _sections(contents_apart(joined))
    monkeypatch.setitem(contents.CONTENTS, "joined_lines", 0)
    joined = [*entries[:2], Fragment("paragraph", [e.lines[0] for e in entries[2:5]]), *entries[5:]]
    assert "On this sheet" in _sections(contents_apart(joined))


def test_the_title_repeated_over_its_colophon_opens_no_section(monkeypatch: pytest.MonkeyPatch) -> None:
    # round 55 (struct71): the back panel's title said again with the printer's lines under it
    texts = [*TEXT[:9], "The Rope Walk", "Printed for the rope walk trust.", *TEXT[10:]]
    lines = split_lines("\n".join(texts)).lines
    heads = {0, 1, 5, 7, 9, 11}

    def entries() -> list:
        return [Heading(None, [line], 0) if k in heads else Fragment("paragraph", [line])
                for k, line in enumerate(lines)]

    assert _sections(repeated_titles_apart(entries())).count("The Rope Walk") == 1
    monkeypatch.setitem(contents.CONTENTS, "repeated_titles_over_text", 0)
    assert _sections(repeated_titles_apart(entries())).count("The Rope Walk") == 2
