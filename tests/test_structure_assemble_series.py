"""Section labels known by the document's own series: one unit word and a counting identifier."""

from __future__ import annotations

from vitrina.structure.assemble import with_series_labels
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines


def _entries(titles: list[str]) -> list:
    lines = split_lines("\n".join([*titles, "Some text of the section."])).lines
    body = Fragment("paragraph", [lines[-1]])
    out: list = []
    for line in lines[:-1]:
        out += [Heading(None, [line], 0), body]
    return out


def _labels(entries: list) -> list[tuple[str | None, int]]:
    return [(e.label, e.skip_words) for e in entries if isinstance(e, Heading)]


def test_a_word_and_a_number_counting_on_over_three_headings_is_their_label() -> None:
    entries = with_series_labels(_entries(["Kiln 1 Clay from the Pits", "Kiln 2 The Firing", "Kiln 3 Salt Glaze"]))
    assert _labels(entries) == [("Kiln 1", 2), ("Kiln 2", 2), ("Kiln 3", 2)]
    signed = with_series_labels(_entries(["§1 The Charter", "§2 The Fairs", "§3 The Tolls"]))
    assert _labels(signed) == [("§1", 1), ("§2", 1), ("§3", 1)]
    panels = with_series_labels(_entries(["Panel I The Ford", "Panel II The Bridge", "Panel III The Toll"]))
    assert _labels(panels) == [("I", 2), ("II", 2), ("III", 2)]  # a lexicon unit word: the identifier


def test_titles_that_merely_open_alike_keep_their_words() -> None:
    few = ["Route 66 Diners", "Route 67 Motels"]  # two only
    assert _labels(with_series_labels(_entries(few))) == [(None, 0), (None, 0)]
    gapped = ["Apollo 8 Around the Moon", "Apollo 11 The Landing", "Apollo 13 The Return"]  # not counting on
    assert _labels(with_series_labels(_entries(gapped))) == [(None, 0)] * 3
    mixed = ["Kiln 1 Clay", "Oven 2 Bread", "Kiln 3 Salt"]  # not one unit word
    assert _labels(with_series_labels(_entries(mixed))) == [(None, 0)] * 3
