"""Shared by the plain-text layout tests: an invented two-section prose panel and its rebuild."""

from __future__ import annotations

from vitrina.structure import rebuild

ORCHARD = [
    "The Orchard House",
    "A walled garden of pears and apples was planted on the slope above the river in the 1790s,",
    "and its trees were grafted from cuttings that the owner carried home from his travels abroad.",
    "1 The Garden Walls",
    "The walls were built of brick so that the warmth of the sun would be kept through the night,",
    "and the pears trained flat against them ripened weeks before those of the open orchards. The",
    "gardeners lit small stoves behind the walls in the coldest weeks of the spring to keep",
    "frost from the blossom, a practice copied from the market gardens along the river.",
]


def orchard_doc(lines: list[str]):
    """``lines`` rebuilt as one page of a plain text."""
    return rebuild("\n".join(lines) + "\n\f", "orchard", "orchard.txt", "text")


def paragraphs(doc) -> list[str]:
    """The texts of ``doc``'s paragraph blocks, in order."""
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
