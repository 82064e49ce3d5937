"""A timeline in note form (rows opening with a date, none ending a sentence) is a table
block with its title, no section; rows written as sentences stay paragraphs. Every text is
invented."""

from __future__ import annotations

from vitrina.structure import rebuild
from vitrina.structure.cues import date_lead

PROSE = ["The Tide Mill",
         "The mill stood at the head of the creek for two hundred years, grinding the",
         "grain of the valley farms on every tide."]


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    doc = rebuild("\n".join(lines) + "\n\f", "mill", "mill.txt", "text")
    return [(b.kind, " ".join(doc.text[b.start : b.end].split())) for b in doc.blocks]


def test_a_date_opening_a_row_is_its_lead() -> None:
    assert date_lead("1794 Mill built on the creek") == 1
    assert date_lead("12 Sept 1801 Flood takes the wheel") == 3
    assert date_lead("1880–1895 Stones dressed again") == 1
    assert date_lead("12 sacks a day") == 0  # no year
    assert date_lead("1794") == 0  # a date alone: no row
    assert date_lead("In 1794 the mill") == 0


def test_a_timeline_in_note_form_is_a_table_with_its_title() -> None:
    rows = ["Mill Dates", "1794 Mill built on the creek", "1801 Flood takes the wheel and the",
            "sluice gate", "1850 Steam engine added", "1957 Last grinding"]
    for text in (PROSE + rows, [*PROSE, "", *rows]):  # a text a line a row, or blank-separated
        blocks = _blocks(text)
        assert blocks[-1] == ("table", " ".join(rows))
        assert ("heading", "Mill Dates") not in blocks


def test_a_timeline_written_as_sentences_stays_text() -> None:
    rows = ["1794 The mill was built on the creek.", "1801 A flood took the wheel.",
            "1850 A steam engine was added.", "1957 The last grain was ground."]
    blocks = _blocks(PROSE + ["Mill Dates", *rows])
    assert not any(kind == "table" for kind, _ in blocks)


def test_a_long_run_of_paragraphs_is_scanned_once(monkeypatch) -> None:  # noqa: ANN001 - pytest fixture
    """Round 32 red team (D3): each paragraph of a text rescanned the run of paragraphs after it (quadratic:
    900 KB of short paragraphs, ~4,000 of them, cost 8.6 million tests); now the run is found once."""
    from vitrina.structure import timelines

    tests = 0
    plain = timelines._plain_paragraph

    def counted(entry):  # noqa: ANN001, ANN202
        nonlocal tests
        tests += 1
        return plain(entry)

    monkeypatch.setattr(timelines, "_plain_paragraph", counted)
    paragraphs = [f"In {1800 + k % 90} the miller sold {k} sacks of grain at the quay." for k in range(1_500)]
    rows = ["Mill Dates", "1794 Mill built on the creek", "1850 Steam engine added", "1957 Last grinding"]
    blocks = _blocks(["The Tide Mill", "", "\n\n".join(paragraphs), "", *rows])
    assert blocks[-1] == ("table", " ".join(rows))
    assert tests < 10 * len(paragraphs)


def test_dates_set_alone_over_their_events_are_rows_and_a_title_after_them_heads_its_box() -> None:
    prose = ["The Tide Mill",
             "The mill stood at the head of the creek for two hundred years, grinding the",
             "grain of the valley farms on every tide until the last miller retired."]
    rows = ["1794", "Mill built on the creek", "12 Sept 1801", "Flood takes the wheel",
            "1850", "Steam engine added", "1957", "Last grinding"]
    box = ["The Miller's House", "The miller lived in the house beside the sluice, where",
           "the family kept the accounts of every sack ground for",
           "the farms of the valley, and his wife kept the books."]
    blocks = _blocks([*prose, "Mill Dates", *rows, *box])
    assert ("table", " ".join(rows)) in blocks
    assert ("heading", "The Miller's House") in blocks
    assert blocks[-1] == ("paragraph", " ".join(box[1:]))
