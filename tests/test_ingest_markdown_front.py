"""Markdown with front matter and no top-level heading: the title opens the unit. Invented text."""

from __future__ import annotations

from vitrina.ingest import markdown

PAGE = """---
title: "Flour and Tide: The Estuary Mills"
layout: exhibit
---

![A tide mill at dusk](img/mill.png)
*The mill from the sea wall at low water. Photo: Ines Caddow / Marsh Country Archive*

## Panel 1: The Pond

The pond behind the mill filled with every flood tide and was let out through the wheel on the ebb.
"""


def test_front_matter_title_opens_the_unit_before_its_first_panel() -> None:
    (doc,) = markdown.read(PAGE.encode(), "mill.md")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Flour and Tide: The Estuary Mills"), ("1", "The Pond")]
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.section == doc.sections[0].id
    heading = doc.blocks[0]
    where = doc.source_map.locate(heading.start, heading.end)
    assert where is not None and where.line == 2
    assert PAGE[where.start : where.end] == "Flour and Tide: The Estuary Mills"
