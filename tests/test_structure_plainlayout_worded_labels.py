"""Raw text, round 43: number words alone on their lines ("One" / "Two" / "Three"), each over a
heading and counting up through the text, are the headings' labels, even with no unit word
("Part") before them and after a table's rows (``plainlayout.worded_alone_labels``). Every
text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.lines import split_lines
from vitrina.structure.plainlayout import unit_alone_labels, worded_alone_labels

WORDED = [
    "Bells of the Valley, 1820",
    "The foundry by the mill race cast bells for every parish church between the hills and the sea.",
    "One",
    "Sand and Clay",
    "The moulds were built of loam and horse hair in a pit dug in front of the furnace door.",
    "A bell took three days to cool before the founders could dig it out and tune it by ear.",
    "Two",
    "The Long Road",
    "Oxen hauled the largest bells over the pass on sledges when the ground was frozen hard.",
    "Each journey cost the parish more than the metal itself, and some waited years for theirs.",
    "Prices of the foundry",
    "1821 twelve pounds a bell",
    "1822 fourteen pounds",
    "1823 nineteen pounds",
    "Three",
    "Silent Towers",
    "The foundry closed in 1850 when the railway brought cheaper bells from the city works.",
    "Its last bell still hangs in the chapel above the village and rings on the feast day.",
]


def _sections(lines: list[str]) -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "bells", "bells.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_counted_number_words_alone_label_the_headings_under_them() -> None:
    found = _sections(WORDED)
    assert ("One", "Sand and Clay") in found and ("Two", "The Long Road") in found
    assert ("Three", "Silent Towers") in found  # after the table's rows, which end no sentence


def test_a_number_word_alone_that_counts_no_series_is_no_label() -> None:
    lines = split_lines("\n".join(WORDED) + "\n").lines
    assert sorted(worded_alone_labels(lines).values()) == ["One", "Three", "Two"]
    uncounted = [text for text in WORDED if text != "Two"]  # One, Three: no series
    assert worded_alone_labels(split_lines("\n".join(uncounted) + "\n").lines) == {}
    assert ("One", "Sand and Clay") not in _sections(uncounted)


CAPITAL_UNITS = [
    "Bells of the Valley, 1820",
    "The foundry by the mill race cast bells for every parish church between the hills and the sea.",
    "YARD A",
    "Sand and Clay",
    "The moulds were built of loam and horse hair in a pit dug in front of the furnace door.",
    "YARD B",
    "The Long Road",
    "Oxen hauled the largest bells over the pass on sledges when the ground was frozen hard.",
    "YARD C",
    "Silent Towers",
    "The foundry closed in 1850 when the railway brought cheaper bells from the city works.",
]


def test_a_word_in_capitals_and_a_counting_letter_alone_label_the_headings_under_them() -> None:
    found = _sections(CAPITAL_UNITS)
    assert found[1:] == [("YARD A", "Sand and Clay"), ("YARD B", "The Long Road"), ("YARD C", "Silent Towers")]
    lines = split_lines("\n".join(CAPITAL_UNITS) + "\n").lines
    assert sorted(unit_alone_labels(lines).values()) == ["YARD A", "YARD B", "YARD C"]


def test_capital_unit_lines_that_count_no_series_are_no_labels() -> None:
    skipped = [text.replace("YARD B", "YARD D") for text in CAPITAL_UNITS]  # A, D, C: no series
    assert unit_alone_labels(split_lines("\n".join(skipped) + "\n").lines) == {}
    two = [text for text in CAPITAL_UNITS if text != "YARD C"]  # fewer than ``unit_series``
    assert unit_alone_labels(split_lines("\n".join(two) + "\n").lines) == {}
