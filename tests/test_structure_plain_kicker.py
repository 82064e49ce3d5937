"""Raw text opening on a kicker in capitals (letter-spaced, as extracted) over a title
whole by its colon, with a comma in it. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

BODY = [
    "For two hundred years the salt of the coastal pans came up the river to the market towns by cart and",
    "later by barge, and the towns on the road grew rich on the tolls they took from the carters.",
    "Tolls at Every Bridge",
    "The carters paid a toll at every bridge on the way, which made salt dearer with every mile it went",
    "inland, and the tolls were fixed by each town's council in the spring.",
]


def test_a_kicker_over_a_title_whole_by_its_colon_is_left_out() -> None:
    lines = ["H A L L O F S A L T", "Carts, Barges and Tolls:", "The Salt Road of the Estuary", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert [s.title for s in doc.sections] == ["Carts, Barges and Tolls: The Salt Road of the Estuary",
                                               "Tolls at Every Bridge"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("For two hundred years")


def test_a_title_in_capitals_over_its_subtitle_stays() -> None:
    lines = ["THE SALT ROAD", "Carts and Barges", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "salt", "salt.txt", "text")
    assert "THE SALT ROAD" in " ".join(doc.text[b.start : b.end] for b in doc.blocks)
