"""PDF layout, round 52 red team D6: one type throughout, loose leading (every line, wrapped or not, the
same pitch apart): a line that ran full to the measure and ended no sentence goes on into the next; a short
line or a sentence's end still closes its paragraph. Pages drawn with reportlab; every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.structure import pagelayout

LINES = [
    "Lock keepers of the canal (1850-1910)",
    "Martha Oakley, keeper of the Wrenbury lock from 1871 to 1899, retired to Nantwich on 4 June",
    "1902.",
    "She kept the lock through the frost of 1881 without a day lost.",
    "Her son took the key in the spring.",
]


def _draw(c, page: int) -> None:
    c.setFont("Helvetica", 12)
    for k, line in enumerate(LINES):
        c.drawString(36, 740 - 23 * k, line)


def _paragraphs() -> list[str]:
    [doc] = pdf.read(canvas_pdf(_draw), "locks.pdf")
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks]


def test_a_full_line_ending_no_sentence_goes_on_at_the_usual_pitch() -> None:
    got = _paragraphs()
    assert "Martha Oakley, keeper of the Wrenbury lock from 1871 to 1899, retired to Nantwich on 4 June 1902." in got
    assert got[0] == LINES[0] and LINES[3] in got and LINES[4] in got


def test_without_the_switch_the_pitch_parts_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "wrapped_goes_on", 0)
    assert "1902." in _paragraphs()
