"""Raw text, round 50 (structset63): a quotation whose source line wraps still closes the paragraph
apart (``wrapped_attributions``). Every text is invented; the test fails with its switch off.
(``wide_caption_past_paragraph`` is measured on the bench: an invented page that sets a wide caption's
shape with the switch off sets the box's own measure too.)"""

from __future__ import annotations

import pytest

from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure.plainlayout import PLAIN_LIMITS

PROSE = ORCHARD[:6]
_doc = orchard_doc
_paragraphs = paragraphs


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

