"""Raw text: dates printed in a margin column beside the paragraphs they date, set alone
between the lines or glued before a paragraph's first words, are taken out; a paragraph
opens beside each. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.lines import Line, split_lines
from vitrina.structure.margindates import MARGIN_LIMITS, margin_dates, margin_dates_out
from vitrina.structure.plainlayout import _page_widths

LINES = [
    "The Lighthouse on the Point",
    "The first light on the point was a coal fire in an iron basket, lit by the keeper",
    "whenever a ship was expected. It could be seen for a few miles on a clear night.",
    "I A Tower of Stone",
    "c. 1702",
    "The stone tower was begun in about 1702 by a company of merchants from the town, who",
    "charged a penny a ton on every ship that passed the point to pay for the building.",
    "1745",
    "In 1745 the lamp room burned out and the tower stood dark for a whole winter, while",
    "the merchants argued over who should pay for a new lantern and its glazing.",
    "II A New Lantern",
    "Mar. 1790 The new lantern was lit in the spring, and the keepers wrote in March 1790",
    "that its beam reached the far shore of the bay on all but the foggiest nights of the",
    "year, to the relief of the pilots who brought the colliers in over the bar.",
    "1811 The keepers were given a cottage at the foot of the tower and a garden behind it,",
    "built by the town in 1811 so that the men need not walk out from the harbour each day.",
]


def _lines(lines: list[str]) -> list[Line]:
    return split_lines("\n".join(lines) + "\n").lines


def _found(lines: list[str]) -> dict[int, int]:
    parsed = _lines(lines)
    return margin_dates(parsed, _page_widths(parsed))


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(lines) + "\n", "light", "light.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_margin_dates_are_found_alone_and_glued() -> None:
    found = _found(LINES)
    assert {LINES[k].split()[0]: n for k, n in found.items()} == {"c.": 2, "1745": 1, "Mar.": 2, "1811": 1}


def test_margin_dates_leave_the_paragraphs() -> None:
    found = _paragraphs(LINES)
    assert " ".join(LINES[5:7]) in found
    assert " ".join(LINES[8:10]) in found
    assert " ".join([LINES[11].removeprefix("Mar. 1790 "), *LINES[12:14]]) in found
    # the glued date opens a paragraph, though the line before it is full
    assert " ".join([LINES[14].removeprefix("1811 "), LINES[15]]) in found
    assert not any(text.startswith(("1745", "c. 1702", "Mar. 1790", "1811")) for text in found)


def test_dates_the_text_does_not_repeat_are_kept() -> None:
    lines = list(LINES)  # a timeline's labels: the entries name no year of their own
    lines[5] = lines[5].replace("in about 1702", "in those years")
    lines[8] = lines[8].replace("In 1745", "Then")
    lines[11] = lines[11].replace("in March 1790", "in the March")
    lines[15] = lines[15].replace("in 1811", "that year")
    parsed = _lines(lines)
    kept = margin_dates_out(parsed, _page_widths(parsed))
    assert [line.text for line in kept] == lines


def test_one_date_is_no_margin_column(monkeypatch) -> None:
    lines = LINES[:10]  # two dates only
    assert _found(lines) == {}
    monkeypatch.setitem(MARGIN_LIMITS, "dates", 2)
    assert len(_found(lines)) == 2


def test_the_switch_turns_it_off(monkeypatch) -> None:
    monkeypatch.setitem(MARGIN_LIMITS, "dates", 0)
    assert _found(LINES) == {}
