"""A label–value table whose column heads row names the label column too ("Ship  Built
Fate"), under its title: heads and title go with the table (``LIMITS["label_heads"]``).
Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import keytables
from vitrina.structure.cues import date_alone
from vitrina.structure.geometry import TextLine


def _line(text: str, x0: float, top: float, bold: bool = False, size: float = 10.0) -> TextLine:
    boxes = [v for i in range(len(text)) for v in (x0 + 5 * i, top, x0 + 5 * i + 5, top + size)]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=bold, italic=False)


def _table() -> list[TextLine]:
    lines = [_line("The yard built wooden ships until the last one was launched.", 40, 60),
             _line("Three ships of the yard", 300, 100, bold=True),
             _line("Ship Built Fate", 300, 120, bold=True)]
    for k, (ship, fate) in enumerate([("Curlew", "1861 Wrecked"), ("Heron", "1866 Sold abroad"),
                                      ("Plover", "1870 Broken up")]):
        lines += [_line(ship, 300, 140 + 18 * k, bold=True), _line(fate, 360, 140 + 18 * k)]
    return lines


def test_the_heads_row_and_the_title_over_it_go_with_the_table():
    assert keytables.key_table_lines(_table()) == set(range(1, 9))


def test_without_the_rule_the_title_stays(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(keytables.LIMITS, "label_heads", 0)
    assert 1 not in keytables.key_table_lines(_table())


def test_a_date_alone():
    assert date_alone("1872") and date_alone("Mar 1895") and date_alone("4 Jun 1905")
    assert not date_alone("1872 Ferry licence granted") and not date_alone("Ferry") and not date_alone("12")
