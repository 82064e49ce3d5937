"""Plain-text reader, round 47 (structset58): a letter-spaced line opening a page, right after
its form feed, is closed up like any other (a running head letter-spaced on every page reads the
same on each and is dropped as running; ``SPACING_SWITCHES["page_openings"]``). Invented text."""

from __future__ import annotations

import pytest

from vitrina.ingest import text

PAGE = ("T H E H A R B O U R B O A R D\n"
        "The harbour wall was built of granite blocks brought by sea from a quarry across the bay, each one\n"
        "dressed by hand before it was lowered into place, and the work took eleven years to fin-\n")
SECOND = ("T H E H A R B O U R B O A R D\n"
          "ish. The light on the pier was lit for the first time on a winter night, and the boats came in by it.\n")


def test_a_spaced_line_after_a_form_feed_is_closed_up() -> None:
    resolved = text.extraction_marks_resolved(PAGE + "\f" + SECOND)
    assert resolved.count("THE HARBOUR BOARD") == 2


def test_the_running_head_stays_out_of_the_word_broken_at_the_page_turn() -> None:
    [doc] = text.read((PAGE + "\f" + SECOND).encode(), "harbour.txt")
    assert "to finish." in doc.text and "H A R" not in doc.text


def test_with_the_switch_off_the_second_page_keeps_its_spacing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(text.SPACING_SWITCHES, "page_openings", 0)
    assert "T H E H A R B O U R" in text.extraction_marks_resolved(PAGE + "\f" + SECOND)
