"""Written-out and digit numbers."""

from __future__ import annotations

import pytest

from vitrina.extract.numbers import find_numbers, find_ordinals, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7.0),
        ("4,250", 4250.0),
        ("1,250,000", 1250000.0),
        ("2.25", 2.25),
        ("6.4 million", 6.4e6),
        ("12 billion", 12e9),
        ("eleven", 11.0),
        ("nineteen", 19.0),
        ("forty", 40.0),
        ("forty-two", 42.0),
        ("forty two", 42.0),
        ("four hundred", 400.0),
        ("four hundred and six", 406.0),
        ("four hundred sixty-one", 461.0),
        ("a hundred", 100.0),
        ("a thousand", 1000.0),
        ("a million", 1e6),
        ("a dozen", 12.0),
        ("half a million", 5e5),
        ("two and a half", 2.5),
        ("two and a half million", 2.5e6),
        ("six million", 6e6),
        ("three million two hundred thousand", 3.2e6),
        ("Twenty-Six", 26.0),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "hundredth", "many", "several dozen", "and"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_find_numbers_respects_word_boundaries() -> None:
    text = "Often the tendons of seventeen oxen, 4,250, and often none; 2.5 million."
    spans = [(text[s:e], v) for s, e, v in find_numbers(text)]
    assert spans == [("seventeen", 17.0), ("4,250", 4250.0), ("2.5 million", 2.5e6)]


def test_find_numbers_does_not_split_grouped_digits() -> None:
    assert [v for _, _, v in find_numbers("a total of 12,400.")] == [12400.0]
    assert find_numbers("ratio 1,23") == []


def test_ordinals_in_digits_and_words_with_their_values():
    text = "The 42nd harbor master, the twenty-first of the line, ruled the fourth ward; 3rd-rate ships and the 9th-century walls stayed."
    assert [(text[x:y], v) for x, y, v in find_ordinals(text)] == [
        ("42nd", 42.0), ("twenty-first", 21.0), ("fourth", 4.0)]  # hyphenated modifiers are not counts of the noun
