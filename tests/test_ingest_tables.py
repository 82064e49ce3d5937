"""Tables setting text out vs data tables (vitrina.ingest._tables). Invented rows."""

from __future__ import annotations

from vitrina.ingest._tables import prose_rows, separator


def test_prose_rows_needs_short_labels_and_text_in_the_last_cell() -> None:
    assert prose_rows([["1794", "The lock opens."], ["1802", "A cottage is built."]])
    assert not prose_rows([["1794", "The lock opens."], ["1802", "310"]])  # a figure
    assert not prose_rows([["a", "b", "c", "The lock opens to barges."]])  # four columns
    assert not prose_rows([["the keeper of the upper lock and his two sons", "They opened the gates."]])
    assert not prose_rows([["The lock opens to barges."]])  # one cell: nothing to join


def test_a_header_row_is_left_out_of_the_decision() -> None:
    rows = [["Year", "Event"], ["1794", "The lock opens to barges."], ["1802", "A cottage is built."]]
    assert separator(rows) == " "
    assert separator([["Year", "Tolls"], ["1794", "310"], ["1802", "251"]]) == " | "
