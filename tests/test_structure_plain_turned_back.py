"""Raw text of a folded leaflet whose back panel was set head down beside its cover: the extraction
printed the back one word a line at the head of the first page; it is read after the inside pages
(round 54, struct69). Every text is invented."""

from __future__ import annotations

from vitrina.structure import plainlayout, rebuild

BACK = ("The mill opens on summer weekends from ten until four, and the orchard behind it is open "
        "every day of the year. Parties of more than twelve are asked to write ahead to the keeper, "
        "who will open the wheel house for them. There is no charge, but a box by the gate takes gifts.")
COVER = ["The Tide Mill", "A walk round the mill pond and the creek."]
INSIDE = [
    "The Pond",
    "The tide filled the pond twice a day through a gate that shut as the water",
    "began to fall, and the wheel turned on the ebb for four hours or more.",
]


def _doc(back_first: bool = True):
    first = [*BACK.split(), *COVER] if back_first else COVER
    return rebuild("\n".join(first) + "\n\f" + "\n".join(INSIDE) + "\n", "mill", "mill.txt", "text")


def test_the_back_printed_one_word_a_line_is_read_after_the_inside() -> None:
    text = " ".join(_doc().text.split())
    assert text.index("The Tide Mill") < text.index("The tide filled the pond") < text.index("The mill opens")


def test_with_the_rule_off_the_back_comes_first(monkeypatch) -> None:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "turned_back_last", 0)
    text = " ".join(_doc().text.split())
    assert text.index("The mill opens") < text.index("The tide filled the pond")


def test_a_one_page_card_keeps_its_order() -> None:
    doc = rebuild("\n".join([*BACK.split(), *COVER]) + "\n", "mill", "mill.txt", "text")
    text = " ".join(doc.text.split())
    assert text.index("The mill opens") < text.index("A walk round")
