"""Raw text, round 59 (struct80): a column's note written before the line that calls it ("Quaker1" after the note)
is a note (``plain_calls_after``); a caption and credit opening the next page inside a sentence the page turn
cut, a note between them and the sentence's end, move after the paragraph (``page_turns``)."""

from __future__ import annotations

import pytest

from vitrina.ingest import reader_for
from vitrina.structure import footnotes, insetcaptions

_TEXT = """The Orchard Year
1 The orchard was replanted twice after the great frost of that winter.
The Slope and the River
The orchard was planted on the slope above the river by a family of
growers1 who had come from Kent with grafts of their own pears and kept
them for three generations while the village grew around the trees.
In the autumn the pickers came from the town and stayed for the
whole of the harvest, sleeping in the loft over the fruit room and
taking their meals in the long kitchen with the family and two sum-
\fPear picking in the lower orchard, about 1905.
Lent by the Vale Orchard Society, Marlow; VOS 112
2 The society was founded in 1921 by the growers of the valley.
mers later the society2 bought the loft and made it a museum of the
harvest, open on Sundays.
The Fruit Room
The fruit room kept the pears cool on slatted shelves until they were
sold at the market in the town across the river each Saturday.
"""


def _blocks() -> list[tuple[str, str, str | None]]:
    doc = reader_for("text")(_TEXT.encode(), "orchard.txt")[0]
    return [(b.kind, doc.text[b.start : b.end], b.credit) for b in doc.blocks]


def test_the_caption_after_the_page_turn_leaves_the_sentence() -> None:
    blocks = _blocks()
    caption = next(b for b in blocks if b[0] == "caption")
    assert caption[1:] == ("Pear picking in the lower orchard, about 1905.",
                           "Lent by the Vale Orchard Society, Marlow; VOS 112")
    assert any("with the family and two summers later the society bought" in b[1] for b in blocks if b[0] == "paragraph")


def test_notes_before_their_calls_are_notes() -> None:
    blocks = _blocks()
    notes = [b[1] for b in blocks[[b[1] for b in blocks].index("Notes") + 1 :]]
    assert notes == ["The orchard was replanted twice after the great frost of that winter.",
                     "The society was founded in 1921 by the growers of the valley."]


def test_switches_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(insetcaptions.INSET_CAPTION_LIMITS, "page_turns", 0)
    monkeypatch.setitem(footnotes.NOTE_LIMITS, "plain_calls_after", 0)
    caption = next((b for b in _blocks() if b[0] == "caption"), None)
    assert caption is None or caption[2] is None or not caption[1].startswith("Pear picking")
