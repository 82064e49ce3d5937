"""PDF reading, round 51 (structset65): a paragraph's number hung in the margin ("¶ 3") is no text
(``paragraph_marks``); a lone number four times larger than the type after it parts a line off its
baseline (``giant_ratio``); a unit's label right over its heading at a page's top is no facing running head
(``edge_labels_kept``); a strip of level cells under two text columns is read after the page's text
(``strips_apart``); a run closing on an abbreviation's stop in a short last line is closed
(``short_close``). Every line is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from vitrina.ingest import pdf
from vitrina.structure import pagelayout
from vitrina.structure.geometry import TextLine


def _line(text: str, x0: float, top: float, size: float = 10.0, step: float = 5.0) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + step * i, top, x0 + step * i + step, top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=False, italic=False)


def test_a_paragraph_mark_hung_in_the_margin_is_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _line("\u00b6 3 The walls were built of brick", 40, 100)
    shifted = [b + 12 if k % 2 == 0 else b for k, b in enumerate(plain.boxes[4 * 4 :])]  # a wide gap after the mark
    marked = TextLine(page=1, text=plain.text, boxes=[*plain.boxes[: 4 * 4], *shifted], size=10.0, bold=False,
                      italic=False)
    column = [_line("so that the warmth of the sun was kept", marked.boxes[4 * 4], 114 + 14 * k) for k in range(3)]
    out = pdf._without_paragraph_marks([marked, *column])
    assert out[0].text == "The walls were built of brick"
    alone = _line("\u00b6 4", 20, 200)
    assert alone not in pdf._without_paragraph_marks([alone, _line("The stoves were lit at night", 40, 200)])
    monkeypatch.setitem(pdf.LINE_LIMITS, "paragraph_marks", 0)
    assert pdf._without_paragraph_marks([marked, *column])[0].text.startswith("\u00b6")


def test_a_label_over_its_heading_is_no_running_head(monkeypatch: pytest.MonkeyPatch) -> None:
    label, heading = _line("Stage 1", 40, 40, 8.5), _line("A Quarrel over the Orchard", 38, 54, 13.5)
    content = SimpleNamespace(pages=[SimpleNamespace(number=1, lines=[label, heading])])
    assert pagelayout._label_over_heading(label, content)
    assert not pagelayout._label_over_heading(heading, content)
    monkeypatch.setitem(pagelayout.LIMITS, "edge_labels_kept", 0)
    assert not pagelayout._label_over_heading(label, content)


def test_a_strip_under_two_columns_is_read_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    left = [_line("The walls were built of brick so the sun", 40, 100 + 14 * k) for k in range(4)]
    right = [_line("The stoves were lit in the coldest weeks", 300, 100 + 14 * k) for k in range(4)]
    side = [_line("A side column of notes", 620, 100 + 14 * k) for k in range(3)]  # beside the strip
    years = [_line(str(1790 + 20 * k), 40 + 110 * k, 200, 12.0) for k in range(5)]
    notes = [_line(f"Event {k}", 40 + 110 * k, 220, 8.0) for k in range(5)]
    body, cells = pagelayout._strip_apart([*left, *right, *side, *years, *notes], 10.0)
    assert len(cells) == 5 and [cell[0].text for cell in cells] == [ln.text for ln in years]
    assert all(ln in body for ln in left + right + side)
    assert pagelayout._strip_apart([*left, *right, *years, *notes], 10.0)[1] == []  # the page's whole width
    monkeypatch.setitem(pagelayout.LIMITS, "cell_strips", 6)
    assert pagelayout._strip_apart([*left, *right, *side, *years, *notes], 10.0)[1] == []


def test_a_short_last_line_on_an_abbreviation_closes_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    run = [pagelayout.Placed(_line("The gardeners lit the stoves each evening", 300, 100), (1, 1), 300, 500),
           pagelayout.Placed(_line("out by six a.m.", 300, 112), (1, 1), 300, 500)]
    assert pagelayout._run_closed(run)
    monkeypatch.setitem(pagelayout.LIMITS, "short_close", 0)
    assert not pagelayout._run_closed(run)


def test_a_huge_lone_number_parts_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pdf._giant_beside(96.0, 11.0) and not pdf._giant_beside(20.0, 11.0)
    assert pdf._lone_number(list("4")) and not pdf._lone_number(list("The Retort"))
    monkeypatch.setitem(pdf.LINE_LIMITS, "giant_ratio", 0)
    assert not pdf._giant_beside(96.0, 11.0)
