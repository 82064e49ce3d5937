"""Raw text extracted from a PDF: a soft hyphen inside a line joining two words was a
printed hyphen; one inside a word, or at a line end, marks a break. Invented sentences."""

from __future__ import annotations

import pytest

from vitrina.ingest.text import extraction_marks_resolved


@pytest.mark.parametrize(("text", "resolved"), [
    ("a north\u00adeast wind", "a north-east wind"),
    ("a thirty\u00adone gun salute", "a thirty-one gun salute"),
    ("an eighteenth\u00adcentury mill", "an eighteenth-century mill"),
    ("a compli\u00adcated lock", "a complicated lock"),
    ("the ferry\u00ad\nman waited", "the ferry\u00ad\nman waited"),
])
def test_soft_hyphens_inside_a_line(text: str, resolved: str) -> None:
    assert extraction_marks_resolved(text) == resolved
