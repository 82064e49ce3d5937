"""A caption set beside the text, its lines read among the text's lines by their height
(vitrina.structure.pagelayout._Flow, ``LIMITS["caption_beside_reach"]``): the body lines beside it
keep it open, so its credit in smaller type under its last sentence is its credit, not a caption of
its own. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.layout import Fragment
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import LIMITS, Placed, _Flow

BODY = [  # size 10 at the column's left, 36 characters a line (18 pt wide each: x 40-220)
    "The ferry ran from the slip at dawn,",
    "and carts crossed first while the tide",
    "was high. Cattle went over in the hold",
    "and the post went across in a locked",
    "box kept by the master under his bunk",
    "at night, and nobody else held a key.",
]
CAPTION = [(240.0, 8.0, "Right: The old ferry at the slip,"), (240.0, 8.0, "about the year 1900."),
           (240.0, 6.5, "Lent by the Quay Trust, QT 1977.4")]


def _run(tops: list[float]) -> list[object]:
    """The body lines 14 pt apart from 100; the caption's lines at ``tops``, right of them, all
    read in one column by their height."""
    lines: list[tuple[TextLine, str]] = [(glyph_line(1, 40, 100.0 + 14 * k, text, 10.0), "body")
                                         for k, text in enumerate(BODY)]
    lines += [(glyph_line(1, x, top, text, size), "caption") for (x, size, text), top in zip(CAPTION, tops, strict=True)]
    lines.sort(key=lambda pair: pair[0].top)
    placed = []
    for line, kind in lines:
        p = Placed(line, (1, 0), 40.0, 400.0)
        p.kind = kind
        placed.append(p)
    text_lines = split_lines("\n".join(line.text for line, _kind in lines)).lines
    page = PageGeometry(1, 595, 842, [line for line, _kind in lines])
    return _Flow(placed, text_lines, PdfContent([page])).run()


def _captions(entries: list[object]) -> list[Fragment]:
    found = []
    for entry in entries:
        if isinstance(entry, Fragment):
            found += [f for f in [entry, *entry.deferred] if f.kind == "caption"]
    return found


TOPS = [126.0, 136.0, 146.0]  # the credit read after the body line beside it (top 142)


def test_a_credit_read_past_body_lines_beside_the_caption_is_its_credit() -> None:
    captions = _captions(_run(TOPS))
    assert len(captions) == 1
    assert captions[0].credit is not None and len(captions[0].lines) == 3


def test_without_the_reach_the_body_lines_cut_the_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "caption_beside_reach", 0)
    captions = _captions(_run(TOPS))
    assert len(captions) > 1 and all(len(c.lines) < 3 for c in captions)


def test_a_caption_line_far_under_the_caption_opens_another() -> None:
    assert len(_captions(_run([100.0, 110.0, 190.0]))) == 2  # past the reach: no line of the first
