"""Raw text, round 47 (struct56b): a note's reference symbol printed alone inside its sentence is
its call, no text (footnotes ``symbol_calls_alone``); a credit lead in lower case inside a sentence
closes no caption (``lower_leads_in_sentence``); a block set wider or narrower than the columns is a
caption only up to ``shape_caption_words`` words (a closing paragraph across the columns is text); a
run closed by a credit that breaks short more than once (a table's rows, a heading over a side-bar)
is no caption (``caption_early_breaks``); a title-case deck under the opening title is the title's
second part (``deck_joins_title``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.footnotes import NOTE_LIMITS
from vitrina.structure.plainlayout import PLAIN_LIMITS

NOTED = """The Salt Road
Carts carried salt from the pans on the coast to the market town for three centuries, and the
drovers stopped at the same inns on every journey. A loaded cart took about four days to
cover the distance in summer; in winter it could take twice as long, about nine or ten
*
days.
The inns along the road kept ledgers of the carts that passed, and several of them survive in
the county archive with the names of the drovers and the weight of each load they carried.
The last cart went along the road in the spring of the year the railway reached the town.
* The distance by the old road was about sixty miles, measured by the county surveyor.
"""

HEAD = ["The Harbour Boats", "A Yard at the River Mouth, 1880",
"In the last years of sail a small yard at the mouth of the river built boats for the herring",
"fleet, and the families of the town worked in it from one generation to the next.",
"STAGE 1", "Building the Boats"]
COL = [
"The yard's master hoped the herring trade",
"might grow large enough to keep his sons",
"at home and the slipway busy all winter.",
"In the spring of 1881, with timber and",
"ropemakers lent by their neighbours",
"Carrick, he laid down three keels at once",
"and launched the first before midsummer.",
"The men worked from first light until the",
"tide came in over the lower end of the slip,",
"and the boys carried the tar from the shed.",
"STAGE 2", "Launching Day",
"Each new boat was launched at high water",
"with the whole town on the quay to watch,",
"and the owner's family rode in her stern.",
]
MORE = [
"The boats were clinker built of larch on",
"oak frames, and each was fitted with two",
"masts and a lugsail that the crew could",
"lower quickly when the nets were shot.",
"A boat cost about as much as a house in",
"the town, and most were owned in shares",
"by the families who sailed them, with a",
"share kept back for the yard's own use.",
]
WIDE = [
"The yard closed in 1931, when the herring left the coast and the last boats were sold to owners in the north. Its",
"slipway is still used by the rowing club, and the steam box stands by the wall where it was built a century",
"ago, its iron bands rusted through and its lid long gone to a garden shed in the town.",
]
TABLE = ["The yard in figures", "Opened 1862", "Boats built 214", "Largest keel 52 ft",
         "Last launch May 1930", "Another Yard Upstream",
         "A second yard stood a mile upstream at the ford, where smaller",
         "boats were built for the river trade in coal and grain. It closed",
         "before the first war and its sheds are now a boat store.",
         "Harbour Museum of Fishing"]

COVER = """Harbour Museum · Boat Room
Page 1 of 2
BOAT
ROOM
·
SHEET
4
The Herring Boats
Thomas Harland at the River Mouth, 1880
In the last years of sail a small yard at the mouth of the river built boats for the herring
fleet, and the families of the town worked in it from one generation to the next, as their
fathers had done before them.
STAGE 1
Building the Boats
The boats were clinker built of larch on
oak frames, and each was fitted with two
masts and a lugsail that the crew could
lower quickly when the nets were shot.
A boat cost about as much as a house in
the town, and most were owned in shares
by the families who sailed them, with a
share kept back for the yard's own use.
Each boat was launched at high water with
the whole town on the quay to watch, and
the owner's family rode in her stern as she
slid down the slip into the river.
The yard's master hoped the herring trade
might grow large enough to keep his sons
at home and the slipway busy all winter.
The men worked from first light until the
tide came in over the lower end of the slip,
and the boys carried the tar from the shed
to the boats on the stocks in iron pails.
Timber came down the river on rafts from
the estates, and the planks were steamed
in a long box by the slipway before they
were bent to the frames one by one.
STAGE 2
Launching Day
Each new boat was launched at high water
with the whole town on the quay to watch,
and the owner's family rode in her stern
while the band played on the harbour wall.
A dinner followed in the net loft, paid for
by the owner, and the yard was shut for the
rest of that day whatever the weather.
\fHarbour Museum · Boat Room
Page 2 of 2
STAGE 3
Selling the Catch
The herring were landed on the quay in
baskets and sold by auction at first light
to the curers, who packed them in salt in
barrels for the markets across the sea.
"""


def _blocks(text: str) -> list[tuple[str, str, str | None]]:
    doc = rebuild(text, "t", "t.txt", "text")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split()), b.credit) for b in doc.blocks]


def _titles(text: str) -> list[str]:
    return [s.title for s in rebuild(text, "t", "t.txt", "text").sections]


def test_a_lone_symbol_inside_a_sentence_calls_its_note() -> None:
    paragraphs = [text for kind, text, _ in _blocks(NOTED) if kind == "paragraph"]
    assert any(text.endswith("about nine or ten days.") for text in paragraphs)
    assert not any("ten * days" in text for text in paragraphs)


def test_without_the_switch_the_symbol_stays_in_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(NOTE_LIMITS, "symbol_calls_alone", 0)
    assert any("ten * days" in text for _, text, _ in _blocks(NOTED))


def test_a_lower_case_lead_inside_a_sentence_closes_no_caption() -> None:
    text = "\n".join(HEAD + COL) + "\n"
    assert not any(kind in ("caption", "credit") for kind, _, _ in _blocks(text))


def test_without_the_switch_the_sentence_is_read_as_a_credited_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "lower_leads_in_sentence", 0)
    text = "\n".join(HEAD + COL) + "\n"
    assert ("credit", "lent by their neighbours", None) in _blocks(text)


def _closing() -> str:
    return "\n".join(HEAD + COL + MORE + WIDE + TABLE) + "\n"


def test_a_wide_closing_paragraph_and_a_table_over_a_side_bar_are_no_captions() -> None:
    blocks = _blocks(_closing())
    assert any(kind == "paragraph" and "The yard closed in 1931" in text for kind, text, _ in blocks)
    assert ("table", "The yard in figures Opened 1862 Boats built 214 Largest keel 52 ft Last launch May 1930",
            None) in blocks
    assert not any(kind == "caption" and ("The yard" in text or "Opened 1862" in text) for kind, text, _ in blocks)


def test_a_block_read_after_a_paragraph_that_opens_on_a_fact_table_is_kept() -> None:
    """The side-bar read after the table's paragraph (its deferred block) is not lost when the paragraph
    becomes the table (it is still read as a credited caption: a heading after a table's rows is not found)."""
    text = " ".join(text for _, text, _ in _blocks(_closing()))
    assert "A second yard stood a mile upstream at the ford" in text


def test_without_the_word_limit_the_wide_block_is_a_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "shape_caption_words", 0)
    assert any(kind == "caption" and "The yard closed in 1931" in text for kind, text, _ in _blocks(_closing()))


def test_without_the_early_breaks_the_rows_are_a_credited_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "caption_early_breaks", 0)
    assert any(kind == "caption" and credit == "Harbour Museum of Fishing" for kind, _, credit in _blocks(_closing()))


def test_a_title_case_deck_is_the_titles_second_part() -> None:
    assert _titles(COVER)[0] == "The Herring Boats Thomas Harland at the River Mouth, 1880"


def test_without_the_switch_the_deck_is_a_heading_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "deck_joins_title", 0)
    assert _titles(COVER)[0] == "The Herring Boats"
