"""Paragraphs running round a float whose caption is read level with the short lines beside it
(vitrina.structure.pagelayout._Flow._breaks): a sentence ending on a short line that fills the
measure beside the float goes on, a word broken before the caption goes on after it however far
in its rest starts, and the float's clearance under a line ending no sentence opens nothing.
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.lines import split_lines
from vitrina.structure.pagelayout import LIMITS, Placed, _Flow

LONG = "The ferry ran from the slip at dawn, and carts crossed first"  # 60 characters: the full measure
SHORT = [  # 36 characters each: set beside the float
    "Cattle went over in the hold, and so",
    "the post went across in a locked box",
    "kept by the master under his bunk at",
    "night. He held a meeting every week.",
    "Then the owners sold the ferry boat.",
]
CAPTION = ["Below: the old ferry", "at the slip, about", "the year 1900."]


def _flow(body: list[tuple[float, float, str]], captions: list[tuple[float, str]]) -> tuple[_Flow, list[Placed]]:
    """Body lines (left, top, text) in size 10 and caption lines (top, text) in size 8 right of the
    short lines, the caption read as one block where its first line stands among the body's."""
    lines: list[tuple[TextLine, str]] = [(glyph_line(1, x, top, text, 10.0), "body") for x, top, text in body]
    block = [(glyph_line(1, 240, top, text, 8.0), "caption") for top, text in captions]
    at = next((k for k, (line, _kind) in enumerate(lines) if line.top > block[0][0].top), len(lines))
    lines[at:at] = block
    placed = []
    for line, kind in lines:
        p = Placed(line, (1, 0), 40.0, 340.0)
        p.kind = kind
        placed.append(p)
    text_lines = split_lines("\n".join(line.text for line, _kind in lines)).lines
    page = PageGeometry(1, 595, 842, [line for line, _kind in lines])
    return _Flow(placed, text_lines, PdfContent([page])), placed


def _held_body() -> list[tuple[float, float, str]]:
    """Six full lines, then the short lines beside the float (the caption read among them)."""
    return [(40.0, 72.0 + 14 * k, LONG) for k in range(6)] + [
        (40.0, 156.0 + 14 * k, text) for k, text in enumerate(SHORT)]


def _at(placed: list[Placed], start: str) -> int:
    return next(k for k, p in enumerate(placed) if p.line.text.startswith(start))


def test_a_sentence_ending_full_beside_a_float_past_its_caption_goes_on() -> None:
    flow, placed = _flow(_held_body(), [(162.0 + 10 * k, text) for k, text in enumerate(CAPTION)])
    night, then = _at(placed, "night."), _at(placed, "Then")
    assert then == night + 1  # the caption is read among the lines above
    assert not flow._breaks(night, then)


def test_with_the_skip_off_the_caption_hides_the_held_edge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "held_edge_skip", 0)
    flow, placed = _flow(_held_body(), [(162.0 + 10 * k, text) for k, text in enumerate(CAPTION)])
    assert flow._breaks(_at(placed, "night."), _at(placed, "Then"))


def test_a_word_broken_before_the_caption_goes_on_after_it() -> None:
    body = [(40.0, 100.0 + 14 * k, LONG) for k in range(4)]
    body += [(52.0, 156.0, "The owners sold the old boat and con-"), (180.0, 172.0, "tinued the crossing with a"),
             (180.0, 186.0, "new one, built on the Clyde.")]
    captions = [(160.0 + 10 * k, text) for k, text in enumerate(CAPTION)]
    flow, placed = _flow(body, captions)
    # (the caption stands left of the rest here: the rest is set in from the column's edge)
    for p in placed:
        if p.kind == "caption":
            p.line = glyph_line(1, 40, p.line.top, p.line.text, 8.0)
    flow.indent_style = True  # a document opening its paragraphs indented
    assert not flow._breaks(_at(placed, "The owners"), _at(placed, "tinued"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(LIMITS, "hyphen_goes_on", 0)  # else the rest's inset reads as an indent
        assert flow._breaks(_at(placed, "The owners"), _at(placed, "tinued"))


def test_the_clearance_under_a_float_caption_opens_no_paragraph() -> None:
    body = [(40.0, 100.0 + 14 * k, LONG) for k in range(4)]
    body += [(40.0, 156.0, SHORT[0]), (40.0, 170.0, SHORT[1]), (40.0, 212.0, LONG)]
    captions = [(158.0 + 10 * k, text) for k, text in enumerate(CAPTION)]  # its last line under "the post …"
    flow, placed = _flow(body, captions)
    post = _at(placed, "the post")
    after = next(k for k in range(post + 1, len(placed)) if placed[k].kind == "body")
    assert not flow._breaks(post, after)
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(LIMITS, "float_clearance", 0)
        assert flow._breaks(post, after)
    # a line ending a sentence before the wide gap: the gap may open a paragraph
    placed[post].line = glyph_line(1, 40, 170.0, "the post went over in a locked box.", 10.0)
    assert flow._breaks(post, after)
