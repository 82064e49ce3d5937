"""Raw text, round 55 (structset73): a note opening with a reference symbol runs unfinished to its page's foot
(``footnotes.NOTE_LIMITS["carried_symbol_notes"]``); a note numbered in plain figures answers a raised call
(``raised_called_notes``) and the text reads on past it, no caption (``held_stop_insets``); a credit opened by a
sentence of its own goes on after a comma (``credit_last_sentence``); a table of labelled figures and a map's key
set inside a sentence are no text (``labelled_figure_rows``, ``key_rows``); a timeline row left open on a function
word wraps (``timelines.TIMELINE_LIMITS["open_rows"]``) and the quotation under the rows with its source is set
apart (``assemble.QUOTE_SWITCHES["quotes_after_tables"]``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure import assemble, footnotes, rebuild, timelines
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = [
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears trained flat against them ripened weeks before those of the open orchards. The",
    "gardeners lit small stoves behind the walls in the coldest weeks of the spring to keep",
    "frost from the blossom, a practice copied from the market gardens along the river.",
]


def _pages(*pages: list[str]):
    return rebuild("".join("\n".join(page) + "\n\f" for page in pages), "orchard", "orchard.txt", "text")


def _text_paragraphs(doc) -> list[str]:
    """The paragraphs outside the closing notes section."""
    notes = {s.id for s in doc.sections if s.title == assemble.NOTES_TITLE}
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section not in notes]


CARRIED = (
    [
        *ORCHARD[:3],
        "1 The Garden Walls",
        "The walls were built of brick by the estate's own masons,* so that the warmth of the sun",
        "would be kept through the night, and the pears trained flat against them ripened weeks",
        "before those of the open orchards in the valley below the house.",
        "* The masons also built the ice house and the boat shed beside the river, and their",
        "marks can still be found on the bricks of both buildings, cut before the",
        "The Orchard House · Page 1",
    ],
    [
        "2 The Fruit Room",
        *BODY,
        "Surveyors from the county recorded the marks in 1911 and printed them in a small book.",
        "The Orchard House · Page 2",
    ],
)


def test_a_symbol_note_running_on_over_the_page_is_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    wanted = ("The walls were built of brick by the estate's own masons, so that the warmth of the sun would be kept"
              " through the night, and the pears trained flat against them ripened weeks before those of the open"
              " orchards in the valley below the house.")
    found = _text_paragraphs(_pages(*CARRIED))
    assert wanted in found
    assert not any("Surveyors from the county" in p for p in found)  # the note's end at the next page's foot
    monkeypatch.setitem(footnotes.NOTE_LIMITS, "carried_symbol_notes", 0)
    found = _text_paragraphs(_pages(*CARRIED))
    assert wanted not in found
    assert any("Surveyors from the county" in p for p in found)


RAISED = [
    *ORCHARD,
    "The head gardener kept a diary of the work through forty years.¹",
    "2 The Fruit Room",
    "The fruit room was built against the north wall, where the air stayed cool through the summer, by the",
    "Marlow Estate Office, and the apples were laid out on slatted shelves in rows",
    "1 The diary is now kept in the county record office.",
    "so that no two touched. The keeper turned them every week through the winter.",
]


def test_a_plain_numbered_note_answers_a_raised_call(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = ("The fruit room was built against the north wall, where the air stayed cool through the summer, by the"
             " Marlow Estate Office, and the apples were laid out on slatted shelves in rows so that no two touched."
             " The keeper turned them every week through the winter.")
    assert whole in paragraphs(orchard_doc(RAISED))
    monkeypatch.setitem(footnotes.NOTE_LIMITS, "raised_called_notes", 0)
    monkeypatch.setitem(PLAIN_LIMITS, "held_stop_insets", 0)
    assert whole not in paragraphs(orchard_doc(RAISED))


CREDITED = [
    *ORCHARD,
    "Right: A pruning knife with",
    "a horn handle, used on the",
    "wall trees.",
    "English, about 1850. Lent by",
    "the Marlow Garden Trust,",
    "Henley, MGT 12/4",
    "2 The Fruit Room",
    *BODY,
]


def test_a_credit_opened_by_a_sentence_goes_on_after_its_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    def credit() -> str | None:
        doc = orchard_doc(CREDITED)
        return next((b.credit for b in doc.blocks if b.kind == "caption"), None)

    assert credit() == "English, about 1850. Lent by the Marlow Garden Trust, Henley, MGT 12/4"
    monkeypatch.setitem(PLAIN_LIMITS, "credit_last_sentence", 0)
    assert credit() != "English, about 1850. Lent by the Marlow Garden Trust, Henley, MGT 12/4"


TABLED = [
    *ORCHARD[:3],
    "1 The Garden Walls",
    "The walls were built of brick so that the warmth of the sun would be kept through",
    "the night, and the pears trained against them ripened weeks before those of the or-",
    "Walls of the kitchen garden",
    "Wall Year Length",
    "North Wall 1790 120 yards",
    "East Wall 1794 86 yards",
    "West Wall 1801–02 86 yards",
    "chards. The gardeners lit stoves behind the walls in the coldest weeks of spring.",
]

KEYED = [
    *ORCHARD[:3],
    "1 The Garden Walls",
    "The walls were built of brick so that the warmth of the sun would be kept through",
    "the night, and the pears trained against them ripened weeks before those of the or-",
    "1 Ice House",
    "2 Boat Shed",
    "3 Fruit Room",
    "Buildings on the plan",
    "chards. The gardeners lit stoves behind the walls in the coldest weeks of spring.",
]


@pytest.mark.parametrize(("text", "switch"), [(TABLED, "labelled_figure_rows"), (KEYED, "key_rows")])
def test_a_table_set_inside_a_sentence_is_no_text(text: list[str], switch: str, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = ("The walls were built of brick so that the warmth of the sun would be kept through the night, and the"
             " pears trained against them ripened weeks before those of the orchards. The gardeners lit stoves"
             " behind the walls in the coldest weeks of spring.")
    assert whole in paragraphs(orchard_doc(text))
    monkeypatch.setitem(PLAIN_LIMITS, switch, 0)
    assert whole not in paragraphs(orchard_doc(text))


STRIP = [
    *ORCHARD,
    "The last gardener left in 1911, and the walls stood empty for many years until the house and",
    "its gardens were sold.",
    "1 1790", "Fruit trees planted", "along the wall", "2 1801", "Stoves built in", "the back walls",
    "3 1911", "Garden given to the", "parish",
    "\u201cA wall of pears is worth a field of wheat in a cold spring.\u201d",
    "\u2014 a gardener\u2019s almanac, 1802",
    "2 The Fruit Room",
    *BODY,
]


def test_a_strip_row_left_open_wraps_and_the_quote_under_it_is_set_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = orchard_doc(STRIP)
    assert not any("wall of pears" in p or "parish" in p for p in paragraphs(doc))
    monkeypatch.setitem(timelines.TIMELINE_LIMITS, "open_rows", 0)
    monkeypatch.setitem(assemble.QUOTE_SWITCHES, "quotes_after_tables", 0)
    doc = orchard_doc(STRIP)
    assert any("wall of pears" in p for p in paragraphs(doc))


DATED_KICKER = ["NORFOLK, ABOUT 1790", *ORCHARD]


def test_a_place_and_date_in_capitals_over_the_title_is_its_kicker(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not any("NORFOLK" in p for p in paragraphs(orchard_doc(DATED_KICKER)))
    assert orchard_doc(DATED_KICKER).sections[0].title == "The Orchard House"
    monkeypatch.setitem(PLAIN_LIMITS, "dated_kickers", 0)
    doc = orchard_doc(DATED_KICKER)
    assert any("NORFOLK" in p for p in paragraphs(doc)) or doc.sections[0].title != "The Orchard House"


SOURCED = [
    *ORCHARD,
    "The last gardener left in 1911, and the walls stood empty until the house was sold to the",
    "Parish Council, who let the garden to a market grower.",
    "\u2014 from the parish minutes, 1923",
    "2 The Fruit Room",
    *BODY,
]


def test_lines_over_a_source_line_are_no_caption_inside_the_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    def captions() -> list[str]:
        doc = orchard_doc(SOURCED)
        return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "caption"]

    assert not captions()
    monkeypatch.setitem(PLAIN_LIMITS, "sourced_no_inset", 0)
    assert captions()
