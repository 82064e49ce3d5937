"""Counted labels at a heading's edges in raw text from a PDF: a bare letter closing each
title (a leaflet's panels 1-4 or A-D, its back panel read first), a second counted series after a
label (an audio stop's number), a section number with dots on its own line over the title.
Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

PARA = [
    "The keepers rowed out to the rock at every low tide and carried the stores up the ladder,",
    "and when the weather turned they waited on the shore until the sea allowed them back again.",
]
TITLES = ["The Iron Ladder", "The Store Room", "The Signal Lamp", "The Relief Boat"]


def _sections(lines: list[str]) -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "rock", "rock.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_bare_identifiers_closing_titles_are_their_labels_also_read_round() -> None:
    lines = ["Life on the Rock", *PARA]
    for n, title in zip("4123", [TITLES[3], *TITLES[:3]], strict=True):
        lines += [f"{title} {n}", *PARA]
    # (numbered sections read out of order are then put in the order of their numbers)
    assert _sections(lines)[1:] == [("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2]), ("4", TITLES[3])]


def test_bare_letters_out_of_order_stay_in_the_titles() -> None:
    lines = ["Life on the Rock", *PARA]
    for letter, title in zip("BAC", TITLES, strict=False):
        lines += [f"{title} {letter}", *PARA]
    assert all(label is None for label, _ in _sections(lines))


def test_a_second_counted_series_after_a_label_is_cut_from_the_title() -> None:
    lines = ["Life on the Rock", *PARA]
    for n, title in enumerate(TITLES[:3], start=1):
        lines += [f"{n} {title} Track {20 + n}", *PARA]
    assert _sections(lines)[1:] == [(str(n), title) for n, title in enumerate(TITLES[:3], start=1)]


def test_a_dotted_section_number_over_its_title_is_its_label() -> None:
    lines = ["Life on the Rock", *PARA]
    for n, title in zip([1, 3, 4], TITLES, strict=False):  # 2.2 not read as a heading: a gap
        lines += [f"Stop 2.{n}", title, *PARA]
    labels = [label for label, _ in _sections(lines)[1:]]
    assert labels == ["Stop 2.1", "Stop 2.3", "Stop 2.4"]
