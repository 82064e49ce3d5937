"""Raw text: a pull quote set beside the text in a narrow measure, one quoted statement with
no label and no credit, interrupting a paragraph that goes on after it, is left out (not a
caption); a labelled or credited quotation stays a caption. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

OPEN = [
    "The Rope Walk",
    "For two hundred years the longest building in the town was a shed a quarter of a mile",
    "long, where hemp was spun into yarn and the yarn laid into rope for the ships that the",
    "yards built on the river below. A visitor in 1790 wrote that the spinners",
]
QUOTE = [
    "“They walk backwards all day",
    "and never once look round.”",
]
REST = [
    "walked backwards down the shed from dawn to dusk, paying out the fibre from a bundle",
    "tied round the waist, and that a good spinner covered twenty miles without leaving it.",
]


def _captions(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(lines) + "\n", "rope", "rope.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "caption"]


def test_a_quoted_statement_inside_a_paragraph_is_no_caption() -> None:
    assert _captions([*OPEN, *QUOTE, *REST]) == []


def test_a_credited_quotation_stays_a_caption() -> None:
    captions = _captions([*OPEN, *QUOTE, "Photograph: Harrowby Town Museum", *REST])
    assert captions and captions[0].startswith("“They walk backwards")


def test_the_switch_keeps_it(monkeypatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "quoted_captions", 0)
    assert _captions([*OPEN, *QUOTE, *REST]) == [" ".join(QUOTE)]
