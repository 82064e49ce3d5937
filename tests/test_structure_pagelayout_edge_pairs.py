"""Round 42 (structset46): a header or footer set as a pair on one baseline -- a name flush left,
another part flush right -- is running even on a page of its own, where nothing can repeat; and a
visitor's address block (name, street, a line of opening hours) is not text. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BODY = [
    "The ferry crossed the estuary twice a day in summer, carrying carts, cattle and the post",
    "to the market town on the far shore, and in winter once a day when the tide allowed it.",
    "The ferryman kept a book of every crossing and of every toll he took, a penny a head and",
    "twopence for a cart, and the book was read aloud at the manor court at Michaelmas each year.",
    "When the bridge opened upstream the crossings fell away, and the last boat was laid up.",
]
LEFT, RIGHT = 40.0, 40.0 + 5 * max(len(line) for line in BODY)


def _flush_right(top: float, text: str, size: float) -> object:
    return glyph_line(1, RIGHT - len(text) * size / 2, top, text, size)


def _panel(head_size: float = 10.0) -> PdfContent:
    lines = [
        glyph_line(1, LEFT, 20, "Estuary Museum", head_size, bold=True),
        _flush_right(20, "Crossings and Tolls", head_size),
        glyph_line(1, LEFT, 50, "GALLERY 2 · THE TIDEWAY", 10),
        glyph_line(1, LEFT, 70, "The Last Ferry", 28, bold=True),
    ]
    lines += [glyph_line(1, LEFT, 120 + 13 * k, text, 10) for k, text in enumerate(BODY)]
    lines += [glyph_line(1, LEFT, 540, "* The toll book is kept in the county record office.", 8)]
    lines += [glyph_line(1, LEFT, 560, "Estuary Museum of the Tideway", 8), _flush_right(560, "Panel 3.1", 8)]
    return PdfContent([PageGeometry(1, 595, 595, lines)])


def _blocks(content: PdfContent) -> list[str]:
    doc = rebuild_pdf(content, "ferry", "/tmp/ferry.pdf")
    return [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks]


def test_the_pairs_at_the_edges_are_running() -> None:
    blocks = _blocks(_panel())
    assert blocks[0] == "The Last Ferry"
    assert not any(part in block for block in blocks for part in (
        "Estuary Museum", "Crossings and Tolls", "Panel 3.1"))


def test_without_the_rule_the_pairs_are_read(monkeypatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "edge_pairs", 0)
    text = " ".join(_blocks(_panel()))
    assert "Crossings and Tolls" in text and "Panel 3.1" in text


def test_a_pair_in_type_larger_than_the_body_is_no_header() -> None:
    text = " ".join(_blocks(_panel(head_size=14.0)))
    assert "Crossings and Tolls" in text


ADDRESS = ["Estuary Museum", "Quay Street, Saltmouth", "Open Tuesday to Sunday, 10–5"]


def _back_panel(hours: str = ADDRESS[2]) -> PdfContent:
    lines = [glyph_line(1, LEFT, 70, "The Last Ferry", 28, bold=True)]
    lines += [glyph_line(1, LEFT, 120 + 13 * k, text, 10) for k, text in enumerate(BODY)]
    lines += [glyph_line(1, LEFT, 300 + 12 * k, text, 9) for k, text in enumerate([*ADDRESS[:2], hours])]
    lines += [glyph_line(1, LEFT, 400, "Please leave the guide in the rack by the door.", 8)]
    return PdfContent([PageGeometry(1, 595, 595, lines)])


def test_an_address_block_ending_on_opening_hours_is_not_text() -> None:
    text = " ".join(_blocks(_back_panel()))
    assert not any(part in text for part in ADDRESS)


def test_without_the_rule_the_address_block_is_read(monkeypatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "address_lines", 0)
    text = " ".join(_blocks(_back_panel()))
    assert "Quay Street, Saltmouth" in text


def test_a_stack_without_hours_is_read() -> None:
    text = " ".join(_blocks(_back_panel("Open every day in summer")))
    assert "Quay Street, Saltmouth" in text


def _numbered_panel() -> PdfContent:
    """Round 43: the footer pair's right part a number alone ("4.2", the panel's number)."""
    lines = [glyph_line(1, LEFT, 70, "The Last Ferry", 28, bold=True)]
    lines += [glyph_line(1, LEFT, 120 + 13 * k, text, 10) for k, text in enumerate(BODY)]
    lines += [glyph_line(1, LEFT, 540, "* The toll book is kept in the county record office.", 8)]
    lines += [glyph_line(1, LEFT, 560, "Estuary Museum of the Tideway", 8), _flush_right(560, "4.2", 8)]
    return PdfContent([PageGeometry(1, 595, 595, lines)])


def test_a_pair_of_a_name_and_a_number_alone_is_running(monkeypatch) -> None:
    text = " ".join(_blocks(_numbered_panel()))
    assert "Estuary Museum of the Tideway" not in text and "4.2" not in text
    monkeypatch.setitem(pagelayout.LIMITS, "edge_pair_numbers", 0)
    assert "Estuary Museum of the Tideway" in " ".join(_blocks(_numbered_panel()))
