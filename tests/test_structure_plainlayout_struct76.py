"""Raw text, round 57 (struct76): a heading in capitals right over a later heading in mixed case, titling
nothing itself (a folded sheet's cover printed after the inside text: "SALT ROOM · CASE NOTES" over the cover's
title), is that title's kicker, left out (``PLAIN_LIMITS["kickers_over_later_titles"]``); where the text's
other headings are in capitals it stays. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

KICKER = "SALT ROOM · CASE NOTES"


def _lines(first_head: str) -> list[str]:
    return [
        first_head,
        "The pans were shallow pools cut into the clay above the tide line and were lined with flat stones,",
        "and the women of the village raked the salt each evening, a lesson their daughters learnt in turn.",
        "Boiling the Brine",
        "In winter the brine was boiled in iron pans over peat fires in low sheds along the shore, and the",
        "smoke of the sheds could be seen from the hill road on a still morning in the darkest month.",
        KICKER,
        "Salt on the Hill Roads",
        "The Carters, 1790",
        "For two hundred years the salt of the coastal pans came up the river to the market towns, and the",
        "carters paid a toll at every bridge on the way to the hill country beyond it and back again.",
    ]


def _headings(first_head: str = "The Pans by the Shore") -> list[str]:
    doc = rebuild("\n".join(_lines(first_head)) + "\n", "salt", "salt.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "heading"]


def test_a_kicker_over_a_later_title_is_left_out() -> None:
    heads = _headings()
    assert KICKER not in heads
    assert any(head.startswith("Salt on the Hill Roads") for head in heads)


def test_without_the_rule_the_kicker_is_a_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "kickers_over_later_titles", 0)
    assert KICKER in _headings()


def test_capitals_as_the_texts_heading_style_keep_it() -> None:
    assert KICKER in _headings("THE PANS BY THE SHORE")


# round 57 (struct76): a folded sheet's back panel saying the title again over its colophon opens no section
# (``PLAIN_LIMITS["repeated_titles"]``, ``contents.repeated_titles_apart``)
SHEET = [
    "Salt on the Hill Roads",
    "The Carters of the Coast, 1790",
    "For two hundred years the salt of the coastal pans came up the river to the market towns, and the",
    "carters paid a toll at every bridge on the way to the hill country beyond it and back again.",
    "The Pans by the Shore",
    "The pans were shallow pools cut into the clay above the tide line and were lined with flat stones,",
    "and the women of the village raked the salt each evening, a lesson their daughters learnt in turn.",
    "Salt on the Hill Roads",
    "Text and design: the Saltings Trust. Printed in the town, 2024.",
]


def _section_titles() -> list[str]:
    doc = rebuild("\n".join(SHEET) + "\n", "sheet", "sheet.txt", "text")
    return [section.title for section in doc.sections]


def test_the_title_said_again_on_the_back_panel_opens_no_section() -> None:
    titles = _section_titles()
    assert "Salt on the Hill Roads" not in titles
    assert titles[-1] == "The Pans by the Shore"


def test_repeated_titles_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "repeated_titles", 0)
    assert _section_titles()[-1] == "Salt on the Hill Roads"
