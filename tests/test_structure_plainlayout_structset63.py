"""Raw text, round 50 (structset63): a quotation whose source line wraps still closes the paragraph
apart (``wrapped_attributions``). Every text is invented; the test fails with its switch off.
(``wide_caption_past_paragraph`` is measured on the bench: an invented page that sets a wide caption's
shape with the switch off sets the box's own measure too.)"""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

PROSE = [
    "The Orchard House",
    "A walled garden of pears and apples was planted on the slope above the river in the 1790s,",
    "and its trees were grafted from cuttings that the owner carried home from his travels abroad.",
    "1 The Garden Walls",
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears trained flat against them ripened weeks before those of the open orchards. The",
]


def _doc(lines: list[str]):
    return rebuild("\n".join(lines) + "\n\f", "orchard", "orchard.txt", "text")


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


WRAPPED = PROSE + [
    "gardeners lit small stoves behind the walls in the coldest weeks of the spring to keep it warm.",
    "“Nothing grew here until the",
    "walls went up.”",
    "— Jo Haddon, head gardener at the house from",
    "then on",
]


def test_a_quotation_with_a_wrapped_source_is_parted(monkeypatch: pytest.MonkeyPatch) -> None:
    def closing(doc) -> bool:
        return any("keep it warm." in text and "Haddon" in text for text in _paragraphs(doc))

    assert not closing(_doc(WRAPPED))
    monkeypatch.setitem(PLAIN_LIMITS, "wrapped_attributions", 0)
    assert closing(_doc(WRAPPED))

