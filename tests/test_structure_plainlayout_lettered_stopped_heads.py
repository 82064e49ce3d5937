"""Raw text: lettered heads set with stops ("A. The Title. Text …") are parted from the
text they run into, a title going on to close on the next line and a head filling its line
counted in the series; a caption's credit after a sentence closed by a reference mark, the
mark left out (vitrina.structure.plainlayout ``run_in_lettered_stops``, ``credit_after_call``,
``caption_mark_calls``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS, _lettered_stopped_series, _sentence_closed

TEXT = [
    "The Canal Company",
    "In the spring of 1790 a company of merchants asked leave to dig a canal from the coast to the mill towns.",
    "A. A Survey of the Whole",
    "Valley. In 1791 the engineer",
    "walked the line of the canal",
    "from the estuary to the hills,",
    "and his report was printed at",
    "the company's own expense.",
    "Below: The engineer's chain, used",
    "on the first survey in 1791.*",
    "Saltcoats Harbour Museum, Survey Collection no.",
    "1187",
    "B. The Locks at Ferry Bridge.",
    "The locks were built of stone",
    "from the company's quarry, and",
    "each took a year to finish.",
    "C. Water for the Summit. The",
    "reservoirs on the moor kept the",
    "summit full in the dry months,",
    "and they are still in use now.",
    "* The chain shown is a copy; the original is kept in the store.",
]


def _doc(lines: list[str] = TEXT):
    return rebuild("\n".join(lines), "canal", "canal.txt", "text")


def test_lettered_stopped_heads_are_sections_without_their_stops() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections if s.label] == [
        ("A", "A Survey of the Whole Valley"), ("B", "The Locks at Ferry Bridge"), ("C", "Water for the Summit")]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.startswith("In 1791 the engineer walked") for p in paragraphs)
    assert any(p.startswith("The reservoirs on the moor") for p in paragraphs)


def test_the_caption_keeps_its_credit_and_loses_the_mark() -> None:
    doc = _doc()
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert [doc.text[b.start : b.end] for b in captions] == ["The engineer's chain, used on the first survey in 1791."]
    assert captions[0].credit == "Saltcoats Harbour Museum, Survey Collection no. 1187"


def test_a_series_shorter_than_three_is_left_alone() -> None:
    from vitrina.structure.lines import split_lines

    lines = split_lines("\n".join(TEXT[:12])).lines
    assert _lettered_stopped_series(lines) == ({}, set())


def test_a_sentence_closed_by_a_reference_mark() -> None:
    assert _sentence_closed("1791.*")
    assert _sentence_closed("survey.†")
    assert not _sentence_closed("3.5")


def test_with_the_switch_off_the_heads_stay_in_their_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "run_in_lettered_stops", 0)
    assert "Water for the Summit" not in [section.title for section in _doc().sections]
