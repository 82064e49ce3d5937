"""Raw text, round 53 (structset70): a footer read before the footnotes set under it at a page's foot is still at
the page's edge (``lines.ECHO_SWITCHES["footers_over_notes"]``): running, out of the paragraph that goes on over
the page turn (the switch is tested where it acts: the page's edge lines without the notes). Every text is invented."""

from __future__ import annotations

from vitrina.structure import lines, rebuild

FOOTER = "Hollins Museum of Farming | The Orchard Gallery"
PAGE_ONE = [
    "The Orchard House",
    "1 The Garden Walls",
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears trained flat against them ripened weeks before those of the open orchards.1",
    "The gardeners lit small stoves behind the walls in the coldest weeks of the spring, and",
    FOOTER,
    "1 J. Marlow, A Treatise on Fruit Walls, London, 1801.",
    "2 The stoves burned charcoal, carried up from the woods below the house.",
]
PAGE_TWO = [
    "kept the frost from the blossom, a practice copied from the market gardens.2",
    "2 The Fruit Room",
    "The fruit room kept the apples through the winter on slatted shelves in the dark and cool.",
    FOOTER,
]


def _paragraphs() -> list[str]:
    doc = rebuild("\n".join(PAGE_ONE) + "\n\f" + "\n".join(PAGE_TWO) + "\n\f", "orchard", "orchard.txt", "text")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_footer_over_footnotes_is_running() -> None:
    assert not any("Hollins Museum" in text for text in _paragraphs())


def test_the_closing_notes_are_looked_past() -> None:
    page = lines.split_lines("\n".join(PAGE_ONE) + "\n").lines
    kept = [line.text for line in lines._without_closing_notes(page)]
    assert kept[-1] == FOOTER
    assert [line.text for line in lines._without_closing_notes(page[:-2])] == PAGE_ONE[:-2]  # no notes: all kept
