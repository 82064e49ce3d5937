"""Raw text, round 54 (structraw): a one-page sheet's last line, a name in title case after the last sentence of
its prose, is the sheet's footer (``lines.ECHO_SWITCHES["closing_footer"]``): running, no paragraph of its own.
A caption's credit after its short lines, a credit with its lead and a table's last row stay. Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure import lines

FOOTER = "Hollins Museum of Rural Crafts"
PROSE = [
    *ORCHARD,
    "2 The Fruit Room",
    "The fruit room kept the apples through the winter on slatted shelves in the dark and cool air,",
    "and the best of the pears were wrapped one by one in paper and laid out where no two touched.",
]


def _last_kept(tail: list[str]) -> bool:
    """Whether the rebuilt text of PROSE and ``tail`` still holds ``tail``'s last line."""
    doc = orchard_doc([*PROSE, *tail])
    return tail[-1] in doc.text


def test_a_name_after_the_last_sentence_is_the_footer() -> None:
    doc = orchard_doc([*PROSE, FOOTER])
    assert FOOTER not in doc.text
    assert paragraphs(doc)[-1].endswith("where no two touched.")


@pytest.mark.parametrize("tail", [
    ["Photo: Ada Marr"],  # a credit opened by its lead
    ["Fig. 3", "A pear tree trained against", "the south wall.", "Collection of Ruth and Owen Pask"],  # a caption's credit
    ["Trees planted 140", "Walls built 1794"],  # a table's last row
    ["The gardeners kept their tools in a shed by the gate"],  # a sentence in sentence case
    ["Panel 4"],  # a label alone may head what follows
])
def test_other_closing_lines_stay(tail: list[str]) -> None:
    assert _last_kept(tail)


def test_off_switch_keeps_the_footer() -> None:
    switches = dict(lines.ECHO_SWITCHES)
    lines.ECHO_SWITCHES["closing_footer"] = 0
    try:
        assert _last_kept([FOOTER])
    finally:
        lines.ECHO_SWITCHES.clear()
        lines.ECHO_SWITCHES.update(switches)
