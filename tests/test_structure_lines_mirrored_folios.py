"""Raw text: a running line printed with its folio at the outer edge, the folio closing
the line on one page and opening it on the next ("Museum, Town 1" / "2 Museum, Town"), is
a running line; a number opening a heading on one page is no folio. Every text is invented."""

from __future__ import annotations

from vitrina.structure.lines import split_lines

BODY = [
    "The carters paid a toll at every bridge on the way, which made salt dearer.",
    "The tolls were fixed by each town's council and written into a ledger.",
    "A barge carried as much salt as forty carts and needed a crew of three.",
    "Most of the trade moved to the water by the end of the century, they say.",
    "The carters turned to hauling timber and stone for the new river mills.",
]


def _texts(first: str, second: str) -> list[str]:
    page1 = ["The Salt Road", first, *BODY]
    page2 = ["The Salt Road", second, *BODY[::-1]]
    return [line.text for line in split_lines("\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f").lines]


def test_a_folio_changing_sides_with_the_pages_is_running() -> None:
    texts = _texts("Hall of the River Trades, Lowmarsh 1", "2 Hall of the River Trades, Lowmarsh")
    assert not any("River Trades" in text for text in texts)


def test_a_number_that_does_not_count_with_the_pages_stays() -> None:
    texts = _texts("07 Hall of the River Trades, Lowmarsh", "Hall of the River Trades, Lowmarsh 2")
    assert "07 Hall of the River Trades, Lowmarsh" in texts
