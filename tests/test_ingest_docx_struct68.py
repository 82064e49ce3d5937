"""DOCX reader, round 53 (struct68): headings in a series of one word and a counting number before a
separator ("Stage 1 — The Quarry", "Stage 2 — The Kiln") carry that word and number as their label
(``_captions.worded_labels``); a heading with no text of its own right over deeper headings groups them and is
no section (``grouping_headings``). Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
import pytest

from vitrina.ingest import _captions
from vitrina.ingest import docx as docx_reader
from vitrina.ingest._captions import worded_labels
from vitrina.ingest.docx import DOCX_SWITCHES

ONE = "The lime works burned chalk from the hill above the river for nearly a century."
TWO = "Quarrymen cut the chalk by hand and loaded it into carts that ran down a short incline."
THREE = "The kilns were fired for three days at a time, and the lime was shipped by barge."


def _document() -> bytes:
    document = docx.Document()
    document.add_heading("The Lime Works", level=0)
    document.add_paragraph(ONE)
    document.add_heading("Along the Path", level=1)
    document.add_heading("Stage 1 — The Quarry", level=2)
    document.add_paragraph(TWO)
    document.add_heading("Stage 2 — The Kiln", level=2)
    document.add_paragraph(THREE)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _sections() -> list[tuple[str | None, str]]:
    [doc] = docx_reader.read(_document(), "lime.docx")
    return [(s.label, s.title) for s in doc.sections]


def test_worded_series_labels_and_the_grouping_heading_is_no_section() -> None:
    assert _sections() == [(None, "The Lime Works"), ("Stage 1", "The Quarry"), ("Stage 2", "The Kiln")]


def test_without_the_mechanisms_the_old_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(DOCX_SWITCHES, "grouping_headings", 0)
    monkeypatch.setattr(_captions, "WORDED_LABEL_SERIES", 0)
    sections = _sections()
    assert (None, "Along the Path") in sections
    assert any(title.startswith("Stage 1") for _, title in sections)


def test_worded_labels_need_a_counting_series() -> None:
    assert worded_labels(["Leg 1: The Pass", "Leg 2: The Lake"]) == {0: ("Leg 1", 7), 1: ("Leg 2", 7)}
    assert worded_labels(["Rover 4 — A Wheel", "Other Things"]) == {}  # alone: a name, no unit
    assert worded_labels(["Flight 12 — North", "Flight 19 — South"]) == {}  # numbers that do not count on
    assert worded_labels(["Room II - East", "Room III - West"]) == {0: ("Room II", 10), 1: ("Room III", 11)}
