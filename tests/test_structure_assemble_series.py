"""Section labels known by the document's own series: one unit word and a counting identifier."""

from __future__ import annotations

from vitrina.structure.assemble import with_labels_under_titles, with_series_labels
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


def _titled(pairs: list[tuple[str, str]], own: bool) -> list:
    """Title headings each with its label set under it: as the heading's last line, or
    (``own``) as a heading of its own between the title and the section's text."""
    texts = [t for pair in pairs for t in pair]
    lines = split_lines("\n".join([*texts, "Some text of the section."])).lines
    body = Fragment("paragraph", [lines[-1]])
    out: list = []
    for n in range(0, len(texts), 2):
        title, label = lines[n], lines[n + 1]
        out += [Heading(None, [title], 0), Heading(None, [label], 0)] if own else [Heading(None, [title, label], 0)]
        out.append(body)
    return out


def _titles(entries: list) -> list[tuple[str | None, str]]:
    return [(e.label, " ".join(line.text for line in e.lines)) for e in entries if isinstance(e, Heading)]


def test_a_counting_label_set_under_each_title_is_that_titles_label() -> None:
    pairs = [("The Quarry Road", "Halt 1"), ("Cutting the Blocks", "Halt 2"), ("The Cranes", "Halt 3")]
    expected = [("Halt 1", "The Quarry Road"), ("Halt 2", "Cutting the Blocks"), ("Halt 3", "The Cranes")]
    assert _titles(with_series_labels(_titled(pairs, own=False))) == expected
    assert _titles(with_series_labels(_titled(pairs, own=True))) == expected
    panels = [("Salt Pans", "Panel 1"), ("The Brine Well", "Panel 2"), ("Carting", "Panel 3")]
    assert [label for label, _ in _titles(with_series_labels(_titled(panels, own=True)))] == ["1", "2", "3"]


def test_labels_under_titles_need_a_counting_series() -> None:
    two = [("The Quarry Road", "Halt 1"), ("Cutting the Blocks", "Halt 2")]
    assert [label for label, _ in _titles(with_series_labels(_titled(two, own=True)))] == [None] * 4
    gapped = [("The Quarry Road", "Halt 1"), ("Cutting the Blocks", "Halt 4"), ("The Cranes", "Halt 5")]
    assert [label for label, _ in _titles(with_series_labels(_titled(gapped, own=False)))] == [None] * 3


def test_a_label_over_its_title_is_not_taken_by_the_title_before() -> None:
    # "Halt 2" is followed by its title, not by text: it labels the heading under it
    lines = split_lines("Halt 1\nThe Quarry Road\nHalt 2\nCutting the Blocks\nHalt 3\nThe Cranes\nText.").lines
    body = Fragment("paragraph", [lines[-1]])
    entries: list = []
    for n in range(0, 6, 2):
        entries += [Heading(None, [lines[n]], 0), Heading(None, [lines[n + 1]], 0), body]
    out = with_labels_under_titles(entries)
    assert out == entries


def test_a_unit_word_set_in_capitals_counts_as_a_unit_word() -> None:
    """(round 50) "BAY 1 …", "BAY 2 …": the series names its unit in capitals; kept as printed."""
    entries = with_series_labels(_entries(["BAY 1 The Lime Kilns", "BAY 2 The Quarry Face", "BAY 3 The Tramway"]))
    assert _labels(entries) == [("BAY 1", 2), ("BAY 2", 2), ("BAY 3", 2)]
    rooms = with_series_labels(_entries(["ROOM 1 The Hall", "ROOM 2 The Stair", "ROOM 3 The Loft"]))
    assert _labels(rooms) == [("1", 2), ("2", 2), ("3", 2)]  # a lexicon unit word in capitals: the identifier
    titles = ["NATO 1 Members", "NATO 3 Summits", "NATO 4 Treaties"]  # capitals not counting on
    assert _labels(with_series_labels(_entries(titles))) == [(None, 0)] * 3
