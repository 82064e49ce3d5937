from dataclasses import dataclass

from vitrina.qa import relative_date


@dataclass
class Row:
    start: int
    end: int
    edtf: str


def test_words_without_a_figure_resolved_to_a_day_are_relative():
    assert relative_date.relative("yesterday evening", "1903-11-02")
    assert not relative_date.relative("2 November 1903", "1903-11-02")
    assert not relative_date.relative("last spring", "1903")


def test_the_day_is_written_out():
    assert relative_date.shown("1903-11-02") == "2 November 1903"


def test_the_anchor_is_the_last_dated_text_of_that_day_before_the_phrase():
    text = "Monday 2 November 1903. We sailed this morning. Tuesday 3 November 1903."
    rows = [Row(0, 22, "1903-11-02"), Row(33, 45, "1903-11-02"), Row(47, 71, "1903-11-03")]
    found = relative_date.anchor(rows, lambda r: text[r.start:r.end], 33, "1903-11-02")
    assert found is not None and found.start == 0
