"""Raw text of a typed sheet whose two columns were drawn row by row and extracted one row
a line, the columns' lines joined by a space (``rawcolumns.rows_parted``); a heading
carried over under its label with a continuation mark; a typed note call in brackets
closing a sentence. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import plainlayout, rebuild
from vitrina.structure.lines import split_lines
from vitrina.structure.rawcolumns import RAWCOLUMN_LIMITS, parted_rows, rows_parted

WIDTH = 38  # the typed columns' measure
LEFT = [
    "The mill stood beside a narrow stream",
    "that turned its wheel for most of the",
    "year. In a dry summer the miller clo-",
    "sed the sluice and waited for rain,",
    "while the villagers carried their",
    "grain to a market town some miles aw-",
    "ay. When the autumn storms came the",
    "wheel turned again and the stones gro-",
    "und the corn day and night until all",
    "the stores were full.",
]
RIGHT = [
    "Wagons crossed the hill on a new road",
    "that the carters cut in the spring, so",
    "they could reach the market without",
    "crossing the ford, which had drowned a",
    "horse in an earlier flood. Money for",
    "the road came from a toll collected at",
    "a wooden gate, and the keeper lived in",
    "a cottage beside it with his family.",
]


def _rows() -> list[str]:
    return [" ".join(part for part in (LEFT[k] if k < len(LEFT) else "", RIGHT[k] if k < len(RIGHT) else "") if part)
            for k in range(max(len(LEFT), len(RIGHT)))]


def test_each_row_is_parted_into_its_columns_lines():
    assert all(len(line) <= WIDTH for line in LEFT + RIGHT)
    parts = parted_rows(_rows())
    assert [left for left, _ in parts] == LEFT
    assert [right for _, right in parts if right] == RIGHT


def test_the_text_reads_column_by_column():
    doc = rebuild("\n".join(_rows()) + "\n", "sheet", "sheet.txt", "text")
    text = " ".join(doc.text.split())
    assert "the miller closed the sluice and waited for rain" in text
    assert "Wagons crossed the hill on a new road that the carters cut" in text


def test_without_words_broken_inside_the_lines_nothing_is_parted():
    lines = [f"{left} {right}" for left, right in zip(LEFT[:2], RIGHT[:2], strict=True)]
    assert parted_rows(lines + LEFT[4:6]) is None


def test_with_the_rule_off_the_rows_stay(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(RAWCOLUMN_LIMITS, "least_inner_breaks", 0)
    lines = split_lines("\n".join(_rows()) + "\n").lines
    assert rows_parted(lines) is lines


CARRIED = """Harbour Talk
A short talk on the harbour and its trade, given in the gallery.
Harbour Talk \u00b7 a gallery talk 1 / 4
\fPart 1
The Quay
The quay was built of granite in the spring of 1820.
Harbour Talk \u00b7 a gallery talk 2 / 4
\fPart 2
The Warehouses
The warehouses stood along the water and held grain,
wool and timber brought in by ships from the
Harbour Talk \u00b7 a gallery talk 3 / 4
\fPart 2
The Warehouses (continued)
Baltic. They burned down in 1871 and were never rebuilt.
Harbour Talk \u00b7 a gallery talk 4 / 4
"""


def _read_text(text: str):
    from vitrina.ingest import reader_for

    return reader_for("text")(text.encode(), "talk.txt")[0]


def test_a_carried_heading_and_its_label_are_held_out():
    doc = _read_text(CARRIED)
    assert [(s.label, s.title) for s in doc.sections if s.label] == [("1", "The Quay"), ("2", "The Warehouses")]
    text = " ".join(doc.text.split())
    assert "ships from the Baltic. They burned down" in text


def test_with_the_rule_off_the_carried_heading_stays(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "continued_heads", 0)
    doc = _read_text(CARRIED)
    assert "(continued)" in doc.text


def test_a_typed_call_in_brackets_closes_no_sentence_of_its_own():
    assert plainlayout._without_end_call("all of them by hand.(1)") == "all of them by hand."
    assert plainlayout._without_end_call("as shown in figure (1)") == "as shown in figure (1)"
