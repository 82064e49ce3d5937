"""Plain text, round 59 (structset81): a kicker closing on a number ("FROM 1921") over a title opening on its
own dotted section number is no label of it (``numbered_titles_keep_labels``); section kickers in capitals run to
``section_kicker_words`` words; a contents list's numbers label the headings it names (``contents_label_headings``);
a titled box read into a sentence is set after the body (``titled_box_title_words``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import orchard_doc
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import Line
from vitrina.structure.plainlayout import PLAIN_LIMITS, _titled_boxes_out_of_sentences

PROSE = [
    "The mill stood at the head of the creek, where the tide filled a pond twice a day and a sluice",
    "held the water back until the ebb, when it was let out to turn the great wheel for six hours.",
    "The miller's family worked the stones in shifts, and the sacks of flour went down the creek by barge.",
]
LINES = [
    "The Tide Mill",
    "For five hundred years a mill on the creek ground the parish corn with the power of the sea itself,",
    "filling its pond on the flood and working its wheel on the ebb, whatever the wind was doing.",
    "THE MEDIEVAL MILL, ABOUT 1200 TO 1500 AD",
    "1.1 A Pond Behind a Dam",
    *PROSE,
    "THE STEAM AGE, ABOUT 1850 TO 1900 AD",
    "1.2 Engines Beside the Wheel",
    *PROSE,
    "FROM 1921",
    "1.3 The Last Grinding",
    *PROSE,
]


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections]


def test_numbered_kicker_over_an_own_number_is_no_label() -> None:
    assert _sections(orchard_doc(LINES))[1:] == [
        ("1.1", "A Pond Behind a Dam"), ("1.2", "Engines Beside the Wheel"), ("1.3", "The Last Grinding")]


def test_with_the_switch_off_the_kicker_labels_the_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "numbered_titles_keep_labels", 0)
    assert ("1.3", "The Last Grinding") not in _sections(orchard_doc(LINES))


def test_kickers_longer_than_the_limit_stay_headings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "section_kicker_words", 6)
    titles = [title for _, title in _sections(orchard_doc(LINES))]
    assert "THE MEDIEVAL MILL, ABOUT 1200 TO 1500 AD" in titles


LEAFLET = [
    "The Tide Mill",
    "In this leaflet:",
    "1 A Pond Behind a Dam",
    "2 Engines Beside the Wheel",
    "For five hundred years a mill on the creek ground the parish corn with the power of the sea itself,",
    "filling its pond on the flood and working its wheel on the ebb, whatever the wind was doing.",
    "A Pond Behind a Dam",
    *PROSE,
    "Engines Beside the Wheel",
    *PROSE,
]


def test_a_contents_lists_numbers_label_the_headings_it_names() -> None:
    assert _sections(orchard_doc(LEAFLET))[1:] == [("1", "A Pond Behind a Dam"), ("2", "Engines Beside the Wheel")]


def test_with_the_switch_off_the_headings_stay_unlabelled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "contents_label_headings", 0)
    assert [label for label, _ in _sections(orchard_doc(LEAFLET))[1:]] == [None, None]



def _fragment(texts: list[str], first: int) -> Fragment:
    return Fragment("paragraph", [Line(first + k, first + k + 1, 0, text) for k, text in enumerate(texts)])


HALF = ["The great wheel, rebuilt in oak in 1790 after a winter flood had carried the old one off, and its",
        "Why a tide mill?"]
BOX = ["A river mill needs a fall of water, and the flat coast has none; the tide gives",
       "one twice a day without fail, whatever the season or the weather brings."]
REST = ["iron gearing still turn for visitors on summer weekends, grinding a little flour for the shop."]


@pytest.mark.parametrize("split", [True, False])
def test_a_titled_box_inside_a_sentence_is_read_after_the_body(split: bool) -> None:
    entries = [_fragment(HALF, 0), *([_fragment(BOX, 2), _fragment(REST, 4)] if split else [_fragment(BOX + REST, 2)])]
    out = _titled_boxes_out_of_sentences(list(entries))
    assert [line.text for line in out[0].lines] == [HALF[0], REST[0]]
    assert isinstance(out[1], Heading) and out[1].lines[0].text == HALF[1]
    assert [line.text for line in out[2].lines] == BOX


def test_a_box_that_the_sentence_does_not_go_on_after_stays() -> None:
    entries = [_fragment(HALF, 0), _fragment(BOX, 2), _fragment(["The mill closed in 1957."], 4)]
    assert _titled_boxes_out_of_sentences(list(entries)) == entries


def test_with_the_switch_off_the_box_stays_in_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "titled_box_title_words", 0)
    entries = [_fragment(HALF, 0), _fragment(BOX + REST, 2)]
    assert _titled_boxes_out_of_sentences(list(entries)) == entries
