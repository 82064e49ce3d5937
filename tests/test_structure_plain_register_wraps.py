"""Raw text: a credit whose object number wrapped onto a line of its own, after the holder's
comma ("…Rowing Club," / "KRC 1907/4") or after the register's letters ("…Archive, TRA" /
"1911/12"), keeps the number in the credit; it neither runs into the paragraph resumed under
the caption nor is taken for a folio at a page's foot (``captions.register_number_wraps``,
``PLAIN_LIMITS["register_number_wraps"]``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.captions import register_number_wraps
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = [
    "The Boat Race on the Tame",
    "The first race on the river was rowed in the wet spring of",
    "the year the new bridge opened, and the crews of both clubs",
    "Above: The winning crew at the finish, with",
    "the bridge behind them.",
    "Photo: Kettleby Rowing Club,",
    "KRC 1907/4",
    "trained on the same reach of water for a whole month before.",
    "The crowd on the towpath was the largest the town had seen.",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "race", "race.txt", "text")


def _credits(doc) -> list[str]:
    return [b.credit for b in doc.blocks if b.kind == "caption"]


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_the_number_wrapped_after_the_comma_closes_the_credit() -> None:
    doc = _doc(BODY)
    assert _credits(doc) == ["Photo: Kettleby Rowing Club, KRC 1907/4"]
    assert not any("KRC" in p for p in _paragraphs(doc))


def test_with_the_rule_off_the_number_runs_into_the_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "register_number_wraps", 0)
    monkeypatch.setitem(PLAIN_LIMITS, "comma_credit_lines", 0)  # (a credit wrapped after its comma, round 40)
    assert _credits(_doc(BODY)) == ["Photo: Kettleby Rowing Club,"]


def test_the_wrapped_number_at_a_page_foot_is_no_folio() -> None:
    lines = [
        "A Mill on the Tame",
        "The mill ground corn for the valley for three hundred years,",
        "and its wheel was turned by the river until the flood came.",
        "Right: The mill pond in a dry summer, from",
        "a sketch of about 1850.",
        "Lent by the Tame Rivers Archive, TRA",
        "1911/12",
        "\fTame Valley Papers",
        "4",
        "The flood of that winter broke the weir and the wheel stood still",
        "for a year before the millers found the money to mend it.",
        "\fTame Valley Papers",
        "5",
        "The mill closed at last when the railway brought cheap flour",
        "from the ports, and its stones were sold to a farm up the valley.",
    ]
    assert _credits(_doc(lines)) == ["Lent by the Tame Rivers Archive, TRA 1911/12"]


@pytest.mark.parametrize(("last", "text", "wraps"), [
    ("Photo: Kettleby Rowing Club,", "KRC 1907/4", True),
    ("Lent by the Tame Rivers Archive, TRA", "1911/12", True),
    ("Photo: Kettleby Rowing Club,", "KRC 1907.4", True),
    ("Photo: Kettleby Rowing Club", "KRC 1907/4", False),  # no comma: the credit may be whole
    ("Photo: Kettleby Rowing Club,", "The crews trained", False),
    ("Lent by the Tame Rivers Archive TRA", "1911/12", False),
])
def test_register_number_wraps(last: str, text: str, wraps: bool) -> None:
    assert register_number_wraps(last, text) is wraps


NARROW = [  # a caption and its credit set in a narrow column inside a paragraph
    "The Boat Race on the Tame",
    "The first race on the river was rowed in the wet",
    "spring of the year the new bridge opened, and the",
    "crews of both clubs trained on the same reach of",
    "water for a month. The boats were built in a shed",
    "by the lock and were carried down to the water by",
    "Above: The winning crew",
    "at the finish line in",
    "1907.",
    "Photograph: Kettleby",
    "Rowing Club, KRC 07-114",
    "the men themselves. The crowd on the towpath was",
    "the largest the town had seen in many long years.",
]


def test_a_credit_name_wrapped_onto_a_line_closing_on_a_hyphenated_number_goes_on() -> None:
    doc = _doc(NARROW)
    assert _credits(doc) == ["Photograph: Kettleby Rowing Club, KRC 07-114"]
    assert not any("KRC" in p for p in _paragraphs(doc))


@pytest.mark.parametrize(("text", "register"), [
    ("KRC 07-114", True), ("KRC 1907/4", True), ("KRC 07--114", False), ("KRC -114", False)])
def test_a_register_number_may_part_its_digits_by_a_hyphen(text: str, register: bool) -> None:
    from vitrina.structure.captions import REGISTER_NUMBER

    assert bool(REGISTER_NUMBER.match(text)) is register
