"""A heading's own number over the kicker line set above it (round 54, structset72): headings opening on bare
numbers that count on are labelled by them, not by the kicker closing on a year over them. Every text is
invented."""

from __future__ import annotations

import pytest

from vitrina.structure import ownnumbers
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines
from vitrina.structure.ownnumbers import own_numbers_over_kickers

TITLES = ["1 The Kilns of the Valley", "2 Salt and Smoke", "3 The Last Firing"]


def _entries(titles: list[str], labels: list[tuple[str | None, int]]) -> list:
    lines = split_lines("\n".join([*titles, "Some text of the section."])).lines
    body = Fragment("paragraph", [lines[-1]])
    out: list = []
    for line, (label, skip) in zip(lines[:-1], labels, strict=True):
        out += [Heading(label, [line], skip), body]
    return out


def _labels(entries: list) -> list[tuple[str | None, int]]:
    return [(e.label, e.skip_words) for e in entries if isinstance(e, Heading)]


def test_kickers_taken_as_labels_give_way_to_the_headings_own_numbers() -> None:
    kicked = _entries(TITLES, [("UNTIL 1820", 0), ("1820", 0), ("AFTER 1820", 0)])
    assert _labels(own_numbers_over_kickers(kicked)) == [("1", 1), ("2", 1), ("3", 1)]
    mixed = _entries(TITLES, [("UNTIL 1820", 0), ("2", 1), ("3", 1)])  # the others already labelled by number
    assert _labels(own_numbers_over_kickers(mixed)) == [("1", 1), ("2", 1), ("3", 1)]


def test_numbers_that_do_not_count_on_or_are_too_few_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    gapped = _entries(["1 The Kilns", "4 Salt and Smoke", "9 The Last Firing"], [("A", 0), ("B", 0), ("C", 0)])
    assert _labels(own_numbers_over_kickers(gapped)) == [("A", 0), ("B", 0), ("C", 0)]
    two = _entries(TITLES[:2], [("UNTIL 1820", 0), ("1820", 0)])
    assert _labels(own_numbers_over_kickers(two)) == [("UNTIL 1820", 0), ("1820", 0)]
    kicked = _entries(TITLES, [("UNTIL 1820", 0), ("1820", 0), ("AFTER 1820", 0)])
    monkeypatch.setitem(ownnumbers.OWN_NUMBERS, "on", 0)
    assert _labels(own_numbers_over_kickers(kicked))[0] == ("UNTIL 1820", 0)


def test_kickers_read_apart_over_the_other_headings_are_table_blocks() -> None:
    lines = split_lines("\n".join(["1820", "AFTER 1820", "Some text of the section.", *TITLES])).lines
    year, after, body, first, second, third = lines
    entries = [Heading("UNTIL 1820", [first], 0), Fragment("paragraph", [body]), Fragment("paragraph", [year]),
               Heading("2", [second], 1), Fragment("paragraph", [body]), Heading(None, [after], 0),
               Heading("3", [third], 1), Fragment("paragraph", [body])]
    found = own_numbers_over_kickers(entries)
    assert [e.kind for e in found if isinstance(e, Fragment)] == ["paragraph", "table", "paragraph", "table", "paragraph"]
    assert [(e.label, e.skip_words) for e in found if isinstance(e, Heading)] == [("1", 1), ("2", 1), ("3", 1)]
