"""Raw text of a folded brochure: a cover caption set wider than the panel's text right
before a numbered heading, and an imprint on the back panel as the text's last line.
Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

COVER = [
    "The Salt Road:",
    "Carts and Barges",
    "For two hundred years salt came up",
    "from the coastal pans to the river",
    "towns by cart and later by barge,",
    "and the towns grew rich on its tolls.",
    "A loaded barge at the weir above the ferry, with its",
    "crew standing on the deck at dawn.",
    "1. Tolls at Every Bridge",
    "The carters paid a toll at every",
    "bridge on the way, which made salt",
    "dearer with every mile it travelled",
    "inland, and the tolls were fixed by",
    "each town's council every spring.",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")  # one page, as pdftotext ends it


def test_a_wide_caption_right_before_a_numbered_heading_is_a_caption() -> None:
    doc = _doc(COVER)
    captions = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "caption"]
    assert captions == ["A loaded barge at the weir above the ferry, with its crew standing on the deck at dawn."]
    assert [s.label for s in doc.sections][-1] == "1"


def test_an_imprint_closing_the_text_is_a_running_line() -> None:
    doc = _doc([*COVER, "Salt Road Museum · Summer Guide"])
    body = [doc.text[b.start : b.end] for b in doc.blocks]
    assert not any("Summer Guide" in text for text in body)


def test_a_credit_with_a_slash_closing_the_text_stays() -> None:
    doc = _doc([*COVER, "The weir in winter.", "Photo: Ada Marr / Dene Archive"])
    assert "Photo: Ada Marr / Dene Archive" in doc.text


def test_a_counted_title_line_after_a_short_footer_line_opens_its_section() -> None:
    """A leaflet's footer read between two panels ("Salt Museum – Leaflet 3"), then a title
    line opening with the next number of the series: the footer is no part of the title."""
    body = [
        "The carters paid a toll at every bridge on the way to the river towns, which",
        "made salt dear long before it reached the markets of the inland counties.",
    ]
    first = ["The Salt Road", *body, "1 Tolls at Every Bridge", *body]
    second = ["Salt Museum – Leaflet 3", "2 Barges on the River", *body, "3 The Last Pans", *body]
    doc = rebuild("\n".join(first) + "\n\f" + "\n".join(second) + "\n", "salt", "salt.txt", "text")
    assert ("2", "Barges on the River") in [(s.label, s.title) for s in doc.sections]


def test_a_title_line_read_after_an_address_opens_the_title_going_on_in_lower_case() -> None:
    """A leaflet's cover title over three lines ("A Road" / "of Salt:" / "Carts and Barges")
    read right after the back panel's address: its first line is no part of the address."""
    body = [
        "For two hundred years salt came up from the coastal pans to the river towns,",
        "by cart and later by barge, and the towns grew rich on the tolls it paid.",
    ]
    lines = ["The Salt Museum", "Quay Street, Harwick", "Open May to September", "A Road", "of Salt:",
             "Carts and Barges", *body, "1 Tolls at Every Bridge", *body, "2 Barges on the River", *body]
    doc = rebuild("\n".join(lines) + "\n", "salt", "salt.txt", "text")
    assert (None, "A Road of Salt: Carts and Barges") in [(s.label, s.title) for s in doc.sections]
