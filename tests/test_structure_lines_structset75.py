"""Running lines, round 56 (structset75): a running line whose folio closes it on one page and opens it on
another is running when the folios rise with the pages though not by one (``rising_folios``: a newsletter's
pages 1 and 4); a jump line after its story's slug stays for the reader to pair (``slugged_jumps_kept``).
Invented pages."""

from __future__ import annotations

import pytest

from vitrina.structure.lines import ECHO_SWITCHES, split_lines

PAGE_ONE = [
    "Carts from the hills brought salt down to the valley every week in the eighteenth century,",
    "and the town grew up around the inn where the carters rested their horses overnight.",
    "The Valley Gazette - Winter Number 1",
]
PAGE_FOUR = [
    "4 The Valley Gazette - Winter Number",
    "Tolls, continued from page 1",
    "The market was held in the open square until the merchants were granted a charter in 1750.",
]


def _texts() -> list[str]:
    return [line.text for line in split_lines("\n".join(PAGE_ONE) + "\n\f" + "\n".join(PAGE_FOUR) + "\n\f").lines]


def test_folios_rising_by_more_than_one_mark_running_lines() -> None:
    assert not any("Gazette" in text for text in _texts())


def test_without_the_switch_the_lines_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ECHO_SWITCHES, "rising_folios", 0)
    assert sum("Gazette" in text for text in _texts()) == 2


def test_a_slugged_jump_line_at_a_page_head_stays() -> None:
    assert "Tolls, continued from page 1" in _texts()


def test_without_the_switch_the_slugged_jump_line_is_running(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ECHO_SWITCHES, "slugged_jumps_kept", 0)
    assert "Tolls, continued from page 1" not in _texts()


BODY = ["Carts from the hills brought salt down to the valley every week in the eighteenth century,",
        "and the town grew up around the inn where the carters rested their horses overnight."]
MORE = ["The market was held in the open square until the merchants were granted a charter, and the",
        "hall they built with the tolls of the bridge still stands at the end of the street."]


def _heads(first: str, second: str) -> list[str]:
    text = "\n".join([first, *BODY]) + "\n\f" + "\n".join([second, *MORE]) + "\n\f"
    return [line.text for line in split_lines(text).lines]


def test_page_heads_sharing_their_first_part_are_running() -> None:
    texts = _heads("Valley Notes - The Salt Road", "Valley Notes - The Market Hall")
    assert not any("Valley Notes" in text for text in texts)


def test_page_heads_with_other_first_parts_stay() -> None:
    texts = _heads("Valley Notes - The Salt Road", "Hill Farms - The Market Hall")
    assert sum("-" in text for text in texts) == 2


def test_without_the_switch_the_shared_part_heads_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ECHO_SWITCHES, "shared_part_heads", 0)
    assert sum("Valley Notes" in text for text in _heads("Valley Notes - The Salt Road", "Valley Notes - The Market Hall")) == 2
