"""Raw text: a question set as the title over short lines, and a picture credit wrapped
before the year of the photograph. Every text is invented."""

from __future__ import annotations

from vitrina.structure import rebuild

BODY = [
    "In the spring of 1820 the sluice gate of the tide mill",
    "was found broken open, and the pond ran dry in a night.",
    "Nobody in the village would say who had done it, and the",
    "miller never ground another sack of grain at the mill.",
    "The Pond Gate",
    "The gate was made of oak and shut itself as the water fell,",
    "so that the pond held the tide until the miller let it go.",
]


def test_a_question_title_over_short_lines_is_the_title() -> None:
    lines = ["Who Broke", "the Sluice", "Gate?", *BODY]
    doc = rebuild("\n".join(lines) + "\n\f", "gate", "gate.txt", "text")
    assert [s.title for s in doc.sections] == ["Who Broke the Sluice Gate?", "The Pond Gate"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0].startswith("In the spring of 1820")


def test_a_credit_wrapped_before_its_year_closes_the_caption() -> None:
    lines = [
        "The Tide Mill",
        "The mill stood at the head of the",
        "creek for two hundred years, and",
        "its pond filled through a gate that",
        "closed itself as the water began",
        "Left: The mill pond at low",
        "water in the summer.",
        "Photograph © Tomas",
        "Reilly, 1998",
        "to fall, so the stones turned for",
        "hours on the ebb of every tide.",
    ]
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    credits = [b.credit for b in doc.blocks if b.kind == "caption"]
    assert credits == ["Photograph © Tomas Reilly, 1998"]
    assert "1998" not in " ".join(doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph")
