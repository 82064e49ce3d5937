"""Raw text: a fact table printed a row a line under its title is a table block, not a
paragraph. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = ["The Tide Mill",
        "The mill stood at the head of the creek for two hundred years, grinding the",
        "grain of the valley farms on every tide.",
        "The mill in figures",
        "Height 12 metres",
        "Built in 1790",
        "Stones 2 pairs",
        "Last worked 1957",
        "The gate shut itself as the water began to fall, and the pond held the tide",
        "until the miller let it run through the wheel race under the mill floor."]


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


def test_a_fact_table_a_row_a_line_is_a_table_block() -> None:
    blocks = _blocks(BODY)
    assert ("table", "The mill in figures Height 12 metres Built in 1790 Stones 2 pairs Last worked 1957") in blocks
    assert not any(kind == "paragraph" and "12 metres" in text for kind, text in blocks)
    assert blocks[-1] == ("paragraph", " ".join(BODY[-2:]))  # the prose after the table stays text


def test_lines_of_prose_without_figures_stay_a_paragraph() -> None:
    lines = [*BODY[:3], "The Miller", "Martha Dunn ran the mill", "For Forty Years and More", "Keeping Accounts",
             "Every Day of the Week", *BODY[-2:]]
    assert not any(kind == "table" for kind, _ in _blocks(lines))


# Round 43 (structraw): the table read straight after a paragraph's last sentence, set on a full line
# (no short line ended the paragraph there), closing the text.
CLOSING = ["The Tide Mill",
           "The mill stood at the head of the creek for two hundred years, grinding the grain of the",
           "valley farms on every tide, and the miller paid his rent to the abbey in flour and eels.",
           "Tolls of the mill 1790-1850",
           "1790-1800 a penny a sack",
           "1801-1820 two pence a sack",
           "1821-1850 three pence, paid at Lady Day"]


def test_a_fact_table_closing_a_paragraph_is_a_table_block(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks(CLOSING)
    assert ("paragraph", " ".join(CLOSING[1:3])) in blocks
    assert any(kind == "table" and text.startswith("Tolls of the mill") for kind, text in blocks)
    monkeypatch.setitem(PLAIN_LIMITS, "trailing_fact_tables", 0)
    assert ("paragraph", " ".join(CLOSING[1:3])) not in _blocks(CLOSING)


def test_prose_closing_a_paragraph_stays_in_it() -> None:
    lines = [*CLOSING[:3], "Its wheel turned", "Its stones ground", "Its sluice held", "Its miller slept"]
    assert not any(kind == "table" for kind, _ in _blocks(lines))


def test_a_heading_after_a_fact_tables_rows_opens_a_section() -> None:
    lines = [*CLOSING, "The Last Miller",
             "Martha Dunn ran the mill for forty years and kept its accounts in a ledger that still survives today."]
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    assert "The Last Miller" in [s.title for s in doc.sections]


LABELLED = ["The Tide Mill",
            "2.1 The Creek",
            "The mill stood at the head of the creek for two hundred years, grinding the",
            "grain of the valley farms on every tide.",
            "The mill in figures",
            "Height 12 metres",
            "Built in 1790",
            "Stones 2 pairs",
            "2.2 The Gate and the Pond",
            "The gate shut itself as the water began to fall, and the pond held the tide",
            "until the miller let it run through the wheel race under the mill floor."]


def _sections(lines: list[str]) -> list[tuple[str | None, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [(s.label, s.title) for s in doc.sections]


def test_a_heading_counting_on_right_under_a_fact_table_is_no_row() -> None:  # round 45 (structset53)
    assert ("2.2", "The Gate and the Pond") in _sections(LABELLED)
    assert ("table", "The mill in figures Height 12 metres Built in 1790 Stones 2 pairs") in _blocks(LABELLED)


def test_without_the_rule_the_heading_is_the_tables_last_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PLAIN_LIMITS, "fact_run_heads", 0)
    assert ("2.2", "The Gate and the Pond") not in _sections(LABELLED)
