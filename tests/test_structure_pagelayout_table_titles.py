"""Round 43 (structraw): in a PDF's entries, an unlabelled heading over nothing but table rows
titles the table (pagelayout._table_titles): no section. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import LIMITS, _table_titles

TEXTS = ["The Tide Mill", "The mill ground the grain of the valley farms on every tide.", "Tolls of the mill",
         "1790 a penny a sack", "1820 two pence a sack", "The Miller", "Martha Dunn kept the mill for forty years."]


def _entries(rows: int = 2) -> list:
    lines = split_lines("\n".join(TEXTS) + "\n").lines
    return [Heading(None, [lines[0]], 0), Fragment("paragraph", [lines[1]]), Heading(None, [lines[2]], 0),
            *(Fragment("table", [lines[3 + k]]) for k in range(rows)), Heading(None, [lines[5]], 0),
            Fragment("paragraph", [lines[6]])]


def _kinds(entries: list) -> list[str]:
    return ["heading" if isinstance(e, Heading) else e.kind for e in entries]


def test_a_heading_over_table_rows_alone_is_the_tables_title(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _kinds(_table_titles(_entries())) == ["heading", "paragraph", "table", "table", "table", "heading",
                                                 "paragraph"]
    assert _kinds(_table_titles(_entries(rows=1)))[2] == "heading"  # one row: too little to tell
    monkeypatch.setitem(LIMITS, "table_titles", 0)
    assert _kinds(_table_titles(_entries()))[2] == "heading"


def test_a_numbered_tables_title_over_nothing_is_no_section() -> None:
    lines = split_lines("The Tide Mill\nThe mill ground grain.\nTable 2.1 Tolls of the mill\nThe Miller\n"
                        "Martha Dunn kept the mill.\nA Note on Sources\nThe Miller Again\nShe retired.\n").lines
    entries = [Heading(None, [lines[0]], 0), Fragment("paragraph", [lines[1]]), Heading(None, [lines[2]], 0),
               Heading(None, [lines[3]], 0), Fragment("paragraph", [lines[4]]), Heading(None, [lines[5]], 0),
               Heading(None, [lines[6]], 0), Fragment("paragraph", [lines[7]])]
    assert _kinds(_table_titles(entries)) == ["heading", "paragraph", "table", "heading", "paragraph", "heading",
                                              "heading", "paragraph"]  # an empty heading of other words stays


def test_a_labelled_heading_or_one_over_text_stays() -> None:
    entries = _entries()
    entries[2] = Heading("3", entries[2].lines, 0)
    assert _kinds(_table_titles(entries))[2] == "heading"
    entries = _entries()
    entries.insert(4, Fragment("paragraph", entries[1].lines))
    assert _kinds(_table_titles(entries))[2] == "heading"


def test_rows_going_on_in_lower_case_are_text_under_a_heading() -> None:
    lines = split_lines("The Tide Mill\nThe mill ground grain.\nThe Miller's Sister\nShe kept the books and\n"
                        "ran the mill when\nhe was away.\n").lines
    entries = [Heading(None, [lines[0]], 0), Fragment("paragraph", [lines[1]]), Heading(None, [lines[2]], 0),
               *(Fragment("table", [line]) for line in lines[3:])]
    assert _kinds(_table_titles(entries))[2] == "heading"
