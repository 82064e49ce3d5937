"""A pull quote alone in a narrow side column beside the text, in the text's own type
(vitrina.structure.pagelayout, ``side_quotes``): one quotation in quotation marks from its
first word to its last is out of the text; a side column's plain statement stays. Every
text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import LIMITS, Placed, classify

BODY = [
    "The ferrymen of the lower river were licensed by the town and wore a brass badge",
    "on the left arm, and each kept his own boat moored at the stairs below the inn.",
    "They rowed passengers across for a penny and carried the mail at night when the",
    "bridge was closed, and in the great frost they walked the letters over the ice.",
    "Most of them learned the trade from their fathers and knew every eddy and every",
    "sandbank of the reach, and few of them ever learned to swim in all their lives.",
]
QUOTE = ["\u201cThey knew every eddy", "and every sandbank of", "the reach.\u201d"]
PLAIN = ["Ferry fares were set", "by the town council", "every spring."]


def _kinds(side: list[str]) -> list[str]:
    body = [glyph_line(1, 150, 100 + 13 * k, text, 10.0) for k, text in enumerate(BODY * 2)]
    margin = [glyph_line(1, 40, 140 + 13 * k, text, 10.0) for k, text in enumerate(side)]
    placed = [Placed(line, (1, 1), 150.0, 560.0) for line in body]
    placed += [Placed(line, (1, 0), 40.0, 130.0) for line in margin]
    classify(placed, PdfContent([PageGeometry(1, 612, 792, body + margin)]))
    return [p.kind for p in placed[len(body):]]


def test_a_quotation_alone_in_the_side_column_is_out_of_the_text() -> None:
    assert _kinds(QUOTE) == ["quote"] * 3


def test_without_the_switch_it_stays_body_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "side_quotes", 0)
    assert _kinds(QUOTE) == ["body"] * 3


def test_a_plain_statement_in_the_side_column_stays() -> None:
    assert _kinds(PLAIN) == ["body"] * 3


def test_a_quotation_in_a_column_as_wide_as_the_text_stays() -> None:
    body = [glyph_line(1, 40, 100 + 13 * k, text, 10.0) for k, text in enumerate(BODY)]
    other = [glyph_line(1, 320, 100 + 13 * k, text, 10.0) for k, text in enumerate(QUOTE)]
    placed = [Placed(line, (1, 0), 40.0, 300.0) for line in body] + [Placed(line, (1, 1), 320.0, 580.0) for line in other]
    classify(placed, PdfContent([PageGeometry(1, 612, 792, body + other)]))
    assert [p.kind for p in placed[len(body):]] == ["body"] * 3
