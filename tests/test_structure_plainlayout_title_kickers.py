"""Raw text, round 44: a heading in capitals right over the document's title, read after a caption
that kept it from being the text's first line, is the title's kicker, left out; where the text's
other headings are in capitals it stays a heading (``_title_kickers_out``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS


def _lines(second_head: str) -> list[str]:
    return [
        "Left: A salt cart on the hill road, from a drawing made for the",
        "gallery after an old engraving.",
        "Drawing: Saltings Harbour Museum, SHM 2020.4",
        "GALLERY NOTES",
        "Salt on the Hill Roads:",
        "The Carters, 1790",
        "For two hundred years the salt of the coastal pans came up the river to the market towns, and the",
        "carters paid a toll at every bridge on the way to the hill country beyond it and back again.",
        second_head,
        "The pans were shallow pools cut into the clay above the tide line and were lined with flat stones,",
        "and the women of the village raked the salt each evening, a lesson their daughters learnt in turn.",
    ]


def _headings(second_head: str = "The Pans by the Shore") -> list[str]:
    doc = rebuild("\n".join(_lines(second_head)) + "\n", "salt", "salt.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "heading"]


def test_a_capitals_kicker_over_the_title_is_left_out() -> None:
    heads = _headings()
    assert "GALLERY NOTES" not in heads and "The Pans by the Shore" in heads


def test_without_the_rule_the_kicker_is_a_heading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "title_kickers", 0)
    assert "GALLERY NOTES" in _headings()


def test_where_headings_are_set_in_capitals_it_stays() -> None:
    assert "GALLERY NOTES" in _headings("THE PANS BY THE SHORE")
