"""Raw text: a short quotation alone between a paragraph's end and the next heading is a
pull quote, not a paragraph; one in the run of the text stays. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

OPEN = ["The Tide Mill",
        "The mill stood at the head of the creek for two hundred years, grinding the",
        "grain of the valley farms on every tide."]
NEXT = ["The Pond Gate",
        "The gate shut itself as the water began to fall, and the pond held the tide",
        "until the miller let it run through the wheel race under the mill floor."]


def _paragraphs(lines: list[str]) -> list[str]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_a_quotation_alone_before_a_heading_is_a_pull_quote() -> None:
    paragraphs = _paragraphs([*OPEN, "\u201cThe tide was our clock and our master.\u201d", *NEXT])
    assert not any("our clock" in p for p in paragraphs)
    assert len(paragraphs) == 2


def test_a_quotation_in_the_run_of_the_text_stays() -> None:
    lines = [*OPEN, "\u201cThe tide was our clock and our master.\u201d",
             "So the last miller wrote in his book, and his sons kept the mill going after him.", *NEXT]
    assert any("our clock" in p for p in _paragraphs(lines))
