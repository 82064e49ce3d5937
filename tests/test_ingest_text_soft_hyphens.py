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


CUT = ("The mill stood on the river bank for three hundred\n"
       "years, and its wheel turned through every flood of the\n"
       "valley until a miller's appren\u00ad\n"
       "tice left it open.\n"
       "The water took the wheel and half the wall with it.")
BROKEN = ("The mill stood on the river bank for three hundred\n"
          "years, and its wheel turned through every flood of the\n"
          "valley until the new miller's unfortunate appren\u00ad\n"
          "tice left the sluice open one winter night.\n"
          "The water took the wheel and half the wall with it.")


def test_a_line_cut_at_a_soft_hyphen_the_page_did_not_break_at_is_one_line() -> None:
    assert "valley until a miller's apprentice left it open.\n" in extraction_marks_resolved(CUT)


def test_a_word_broken_at_a_full_line_end_keeps_its_break() -> None:
    assert extraction_marks_resolved(BROKEN) == BROKEN


def test_the_rule_off_keeps_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.ingest import text

    monkeypatch.setitem(text.TEXT_LIMITS, "soft_line_window", 0)
    assert extraction_marks_resolved(CUT) == CUT
