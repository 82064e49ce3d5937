"""A quotation's source on a line opening with a dash typed as a hyphen ("- Ann Reed, 1850": a producer printing
ASCII alone), round 53 (structset70): raw text (``assemble.QUOTE_SWITCHES["typed_dashes"]``) and a PDF page
whose display quote is set in from the column's edge, its source flush left under it
(``pagelayout.LIMITS["indented_quote_sources"]``, ``"flush_left_dashes"``). Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from tests._plain_helpers import ORCHARD, orchard_doc, paragraphs
from vitrina.structure import assemble, pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

SOURCE = "- Letter from a market gardener, 1851"
QUOTED = [
    *ORCHARD[:4],
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears trained flat against them ripened weeks before those of the open orchards.",
    "‘A wall that holds the sun will give you pears",
    "in a summer that gives your neighbours none.’",
    SOURCE,
    "2 The Fruit Room",
    "The fruit room kept the apples through the winter on slatted shelves in the dark and cool,",
    "and the gardeners turned each one by hand every week until the spring markets opened.",
]


def test_raw_text_source_typed_with_a_hyphen_goes_with_its_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not any("market gardener" in text for text in paragraphs(orchard_doc(QUOTED)))
    monkeypatch.setitem(assemble.QUOTE_SWITCHES, "typed_dashes", 0)
    assert any("market gardener" in text for text in paragraphs(orchard_doc(QUOTED)))


BODY = [
    "The walls were built of brick so that the warmth of the sun would be",
    "kept through the night, and the pears trained flat against them ripened",
    "weeks before those of the open orchards along the river below the house.",
]


def _page() -> PdfContent:
    lines = [glyph_line(1, 40, 14, "The Orchard House", 24, True), glyph_line(1, 40, 60, "1 The Garden Walls", 14, True)]
    lines += [glyph_line(1, 40, 82 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    lines += [glyph_line(1, 54, 136, "A wall that holds the sun will give", 17),
              glyph_line(1, 54, 158, "you pears when your neighbours have none.", 17),
              glyph_line(1, 54, 181, SOURCE, 9.5)]
    lines += [glyph_line(1, 40, 214, "2 The Fruit Room", 14, True)]
    lines += [glyph_line(1, 40, 236 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [])])


def _texts(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


@pytest.mark.parametrize("switch", ["", "indented_quote_sources", "flush_left_dashes"])
def test_pdf_source_flush_left_under_an_indented_quote(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    if switch:
        monkeypatch.setitem(pagelayout.LIMITS, switch, 0)
    texts = _texts(rebuild_pdf(_page(), "orchard", "/tmp/orchard.pdf"))
    assert not any("holds the sun" in text for text in texts)
    assert any("market gardener" in text for text in texts) is bool(switch)
