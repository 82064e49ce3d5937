"""Round 57 (struct76): two facing catalogue pages extracted raw, each page with a running head of its own
(the book's name on the left, the chapter's on the right). The left page's folio is read after its opening
paragraph (``folios_inside_pages``); the right page's head and folio open the page inside the sentence the
turn cut (``heads_inside_turned_sentences``); with both found and the left page's folio not 1, the left page's
opening name line, over the title, is its head (``first_page_heads``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import lines
from vitrina.structure.lines import split_lines

PAGES = """A Guide to the River Mills
The Fulling Mill at Ashcombe
Cloth and Water in the Valley
The mill stood on a leat cut from the river above the weir, and its hammers beat the woollen cloth
of the valley's weavers for almost three hundred years before the trade moved north.
112
The Hammers and the Wheel
The wheel turned a shaft set with cams that lifted two heavy oak hammers in turn, and the
cloth was laid in a trough of water and fuller's earth beneath them to be pounded
until the weave closed up and the cloth grew thick enough to shed the rain.
The fullers worked in shifts through the winter, when the river ran strongest, and they
dried the finished lengths on tenter frames set out on the slope behind the mill, where
the hooks that held the cloth can still be found in the turf by anyone who looks for
\fWool and Water
113
them.
A flood in 1868 carried away the wheel, and the owners never replaced it, for the steam mills of
the north could finish a length of cloth in a fraction of the time their hammers had taken.
\f"""


def _texts(text: str = PAGES) -> list[str]:
    return [line.text for line in split_lines(text).lines]


def test_facing_pages_heads_and_folios_are_running() -> None:
    texts = _texts()
    for running in ("A Guide to the River Mills", "112", "Wool and Water", "113"):
        assert running not in texts
    assert texts[0] == "The Fulling Mill at Ashcombe"
    assert texts[texts.index("them.") - 1].endswith("by anyone who looks for")


@pytest.mark.parametrize(
    ("switch", "stays"),
    [("folios_inside_pages", "112"), ("heads_inside_turned_sentences", "Wool and Water"),
     ("first_page_heads", "A Guide to the River Mills")],
)
def test_each_rule_has_its_switch(monkeypatch: pytest.MonkeyPatch, switch: str, stays: str) -> None:
    monkeypatch.setitem(lines.ECHO_SWITCHES, switch, 0)
    monkeypatch.setitem(lines.ECHO_SWITCHES, "cut_page_heads", 0)  # structset77's rule removes the same head
    assert stays in _texts()


def test_a_page_numbered_one_keeps_its_opening_line() -> None:
    first = PAGES.replace("\n112\n", "\n1\n").replace("\n113\n", "\n2\n")
    assert _texts(first)[0] == "A Guide to the River Mills"


def test_a_sentence_ended_before_the_turn_leaves_the_name() -> None:
    ended = PAGES.replace("by anyone who looks for\n", "by anyone who looks.\n").replace("\nthem.\n", "\nThey stay.\n")
    assert "Wool and Water" in _texts(ended)


def test_two_lone_numbers_inside_a_page_are_no_folio() -> None:
    twice = PAGES.replace("The Hammers and the Wheel\n", "The Hammers and the Wheel\n40\n")
    assert "112" in _texts(twice)
