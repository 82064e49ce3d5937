"""A short line alone in a corner of a large drawn box names the picture the box stands for (round 54,
structset72): the picture's words, no caption and no text. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import zones
from vitrina.structure.geometry import PageGeometry
from vitrina.structure.zones import picture_labels


def _page(text: str, box: tuple[float, float, float, float]) -> PageGeometry:
    line = glyph_line(1, 310, 236, text, 8)
    body = [glyph_line(1, 40, 100 + 14 * n, "The rope walk ran behind the dockyard wall for a mile.", 10) for n in range(6)]
    return PageGeometry(1, 612, 792, [line, *body], [], [box])


def _labels(page: PageGeometry) -> list[str]:
    return [line.text for line in page.lines if id(line) in picture_labels(page)]


def test_a_short_line_alone_in_a_large_box_is_the_pictures_label(monkeypatch: pytest.MonkeyPatch) -> None:
    large = (305.0, 230.0, 540.0, 400.0)
    assert _labels(_page("Yard plan", large)) == ["Yard plan"]
    assert _labels(_page("The yard was planned in 1790.", large)) == []  # a sentence: text
    assert _labels(_page("2", large)) == []  # the picture's key, which a caption elsewhere cites
    assert _labels(_page("Yard plan", (305.0, 230.0, 360.0, 248.0))) == []  # a band the line fills: its title
    monkeypatch.setitem(zones.ZONE_LIMITS, "lone_label_share", 0)
    assert _labels(_page("Yard plan", large)) == []
