"""Helpers for the DOCX tests: build the pieces of OOXML python-docx has no API for."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def frame(paragraph, width: int = 4000) -> None:
    """Make ``paragraph`` a text frame (``w:framePr``) ``width`` twentieths of a point wide, wrapped, at the right."""
    properties = OxmlElement("w:framePr")
    properties.set(qn("w:w"), str(width))
    properties.set(qn("w:wrap"), "around")
    properties.set(qn("w:xAlign"), "right")
    paragraph._p.get_or_add_pPr().append(properties)
