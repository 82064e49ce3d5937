"""PDF reading, round 55 (struct71): a bold caption's short next line stays caption (``caption_wraps``); a
margin credit set a little under its caption goes on from it (``spaced_margin_credits``); superscript digits
glued to a figure call a note (``split_raised_digits``) and a folio under a page's called notes does not hide
them (``folios_under_notes``); a table's title carried over with a continuation mark, and its header row set
again, open no sections (``assemble.CONTINUED_TABLES``). Every line is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import assemble, pagelayout, zones
from vitrina.structure.geometry import TextLine
from vitrina.structure.layout import Fragment, Heading
from vitrina.structure.lines import split_lines


def _line(text: str, x0: float, top: float, size: float = 10.0, bold: bool = False, italic: bool = False,
          page: int = 1) -> TextLine:
    step = 0.5 * size
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + step * i, top, x0 + step * i + step, top + size]
    return TextLine(page=page, text=text, boxes=boxes, size=size, bold=bold, italic=italic)


def _placed(line: TextLine, kind: str) -> pagelayout.Placed:
    return pagelayout.Placed(line, (line.page, 0), 40, 560, kind=kind)


def test_a_bold_captions_short_next_line_stays_caption() -> None:
    above = _placed(_line("Above: The sluice gate of the tide mill, opened to show the paddles and", 40, 500, 8.5,
                          bold=True), "caption")
    rest = _placed(_line("the race.", 40, 511, 8.5, bold=True), "heading")
    pagelayout._caption_wraps([above, rest], 10.0)
    assert rest.kind == "caption"
    far = _placed(_line("The Miller", 40, 540, 8.5, bold=True), "heading")  # a line's space and more under it
    pagelayout._caption_wraps([above, far], 10.0)
    assert far.kind == "heading"
    done = _placed(_line("Above: The sluice gate of the tide mill, opened.", 40, 500, 8.5, bold=True), "caption")
    after = _placed(_line("The Miller", 40, 511, 8.5, bold=True), "heading")  # the caption ended its sentence
    pagelayout._caption_wraps([done, after], 10.0)
    assert after.kind == "heading"


def test_a_margin_credit_a_little_under_its_caption_goes_on_from_it() -> None:
    caption = _line("in the mill pond (see the plan).", 420, 450, 8.5)
    credit = _line("Creek Mill Trust, CMT 12", 420, 466, 7.5, italic=True)
    assert not pagelayout._close_below(caption, credit)
    assert pagelayout._spaced_below(caption, credit)
    assert not pagelayout._spaced_below(caption, _line("Creek Mill Trust", 420, 490, 7.5))  # far under it
    assert not pagelayout._spaced_below(caption, _line("Creek Mill Trust", 300, 466, 7.5))  # not at its edge


def test_superscript_digits_after_a_figure_call_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    line = _line("the mill was sold in 1848\u00b3 to the town", 40, 100)
    assert zones.note_calls(line) == {"3"}
    monkeypatch.setitem(zones.ZONE_LIMITS, "split_raised_digits", 0)
    assert zones.note_calls(line) == set()


def test_a_folio_under_the_called_notes_does_not_hide_them(monkeypatch: pytest.MonkeyPatch) -> None:
    foot = [_line("Weight 4 tons; oak and iron", 300, 200, 8.5), _line("\u00b3 The town bought it at auction.",
                                                                      40, 740, 7.5), _line("57", 520, 800, 9.0)]
    assert zones._called_notes_under(foot, {"3"}) == [foot[1]]
    monkeypatch.setitem(zones.ZONE_LIMITS, "folios_under_notes", 0)
    assert zones._called_notes_under(foot, {"3"}) == []


def _entry_lines(*texts: str) -> list:
    return split_lines("\n".join(texts) + "\n").lines


def test_a_carried_table_title_and_its_header_row_open_no_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _entry_lines("Rise of each lock, in feet", "Lock Feet", "Top lock 8 up",
                         "Rise of each lock, in feet (continued)", "Lock Feet", "Sea lock 9 down")

    def entries() -> list:
        return [Fragment("table", [lines[0]]), Fragment("table", [lines[1]]), Fragment("table", [lines[2]]),
                Heading(None, [lines[3]], 0), Heading(None, [lines[4]], 0), Fragment("table", [lines[5]])]

    kept = assemble.without_continued_heads(entries())
    assert not any(isinstance(e, Heading) for e in kept)
    monkeypatch.setattr(assemble, "CONTINUED_TABLES", 0)
    assert any(isinstance(e, Heading) for e in assemble.without_continued_heads(entries()))
