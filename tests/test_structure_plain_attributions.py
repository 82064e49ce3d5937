"""Raw text: a pull quote's attribution line ("— from a diary, 1851") ends the quotation's
block, so the next heading is read, and the quotation with it is a pull quote between
sections; a credit opening with the picture's medium before its lead ("Glass negative lent
by …") is the credit whole. Every text is invented."""

from __future__ import annotations

from vitrina.structure import plainlayout, rebuild

QUOTED = """The Long Road
Part 1 The Start
The carts left the town on a wet morning in May, and the drivers walked beside
the oxen for the first ten miles because the road was too soft to ride.
By the evening they had reached the river.
“We walked more than we rode, and we sang more than we walked.”
— from a driver’s diary, 1851
Part 2 The River
The ferry took three days to carry the whole train across, one cart at a time,
and two of the oxen were lost in the current on the second day.
Part 3 The Hills
Beyond the river the hills began, and the road climbed for a week.
"""

CREDITED = """The Long Road
Part 1 The Start
The carts left the town on a wet morning in May, and the drivers walked beside
the oxen for the first ten miles because the road was too soft to ride.
By the evening they had reached the river, and the ferry was waiting there.
Above:
The ferry at the crossing
in the summer of 1851,
from a glass negative.
Glass negative lent by the
Riverside Camera Club,
RCC 14
Part 2 The River
The ferry took three days to carry the whole train across, one cart at a time,
and two of the oxen were lost in the current on the second day.
"""


def _texts(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_a_heading_after_a_pull_quotes_attribution_opens_its_section():
    doc = rebuild(QUOTED, "road", "road.txt", "text")
    assert [s.title for s in doc.sections][1:] == ["The Start", "The River", "The Hills"]
    assert not any("We walked" in text for text in _texts(doc, "paragraph"))


def test_without_attributions_the_heading_is_read_into_a_paragraph(monkeypatch):
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "quote_attributions", 0)
    doc = rebuild(QUOTED, "road", "road.txt", "text")
    assert "The River" not in [s.title for s in doc.sections]


def test_a_credit_opening_with_the_pictures_medium_is_whole():
    doc = rebuild(CREDITED, "road", "road.txt", "text")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert doc.text[caption.start : caption.end].endswith("from a glass negative.")
    assert caption.credit == "Glass negative lent by the Riverside Camera Club, RCC 14"


def test_without_the_medium_rule_the_medium_stays_in_the_caption(monkeypatch):
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "credit_medium_words", 0)
    doc = rebuild(CREDITED, "road", "road.txt", "text")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert doc.text[caption.start : caption.end].endswith("Glass negative")


WRAPPED = CREDITED.replace("Glass negative lent by the\nRiverside Camera Club,\nRCC 14\n",
                           "Lent by the Riverside\nCamera Club, RCC 14\n")


def test_a_wrapped_credit_closing_on_a_register_number_is_whole():
    doc = rebuild(WRAPPED, "road", "road.txt", "text")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.credit == "Lent by the Riverside Camera Club, RCC 14"


def test_without_register_tails_the_credits_last_line_is_cut_off(monkeypatch):
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "register_tails", 0)
    doc = rebuild(WRAPPED, "road", "road.txt", "text")
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.credit == "Lent by the Riverside"
