"""A document's title from its own first line (ingest/headtitle.py)."""

from __future__ import annotations

from pathlib import Path

from vitrina.ingest.headtitle import (
    HEAD_TITLE,
    file_name_title,
    first_line_title,
    is_dateline,
    with_head_title,
)
from vitrina.model import DocumentBuilder


def _doc(lines: list[str], title: str | None = None, meta: dict[str, str] | None = None):
    b = DocumentBuilder("04_letter_ames", "04_letter_ames.txt", "text")
    for line in lines:
        b.block("paragraph", line)
    return b.build(title=title, meta=meta)


def test_a_file_id_title_gives_way_to_the_first_line() -> None:
    doc = with_head_title(_doc(["Journal of Cato Ames, pilot, 1851", "4 May 1851. Fog at the bar."]))
    assert doc.title == "Journal of Cato Ames, pilot, 1851"
    assert dict(doc.meta)["title_source"].startswith("text: its first line")


def test_a_dateline_title_gives_way_to_the_first_line() -> None:
    doc = with_head_title(_doc(["Letter from Cato Ames to the Harbour Master", "Wexmouth, 3rd June 1851",
                                "Sir, the buoy has drifted."], title="Wexmouth, 3rd June 1851"))
    assert doc.title == "Letter from Cato Ames to the Harbour Master"


def test_a_stated_title_stays() -> None:
    doc = with_head_title(_doc(["A first line", "Text."], title="The Pilots of Wexmouth"))
    assert doc.title == "The Pilots of Wexmouth"


def test_a_sentence_or_a_dateline_first_is_no_title() -> None:
    assert first_line_title("The buoy drifted in the night.\n\nMore.") is None
    assert first_line_title("Wexmouth, 3rd June 1851\n\nSir,") is None
    assert is_dateline("Tuesday 14 March 1826.") and is_dateline("Wexmouth, Kent, 3rd June 1851")
    assert not is_dateline("The Treaty of Wexmouth, 1851")


def test_a_file_name_titles_a_document_with_no_title_line_as_its_writer_spelled_it() -> None:
    b = DocumentBuilder("03_diary_ĉeĥa-1828", "notes/03_Diary_Ĉeĥa-1828.txt", "text")
    b.block("paragraph", "The buoy drifted in the night, and the pilot rowed out at dawn.")
    doc = with_head_title(b.build())
    assert doc.title == "03 Diary Ĉeĥa 1828"
    assert dict(doc.meta)["title_source"] == "file name"
    assert doc.id == "03_diary_ĉeĥa-1828"  # the id stays the slug


def test_file_name_title_reads_a_member_of_an_archive_by_its_own_name() -> None:
    assert file_name_title("box.zip!letters/Ames_to--Harbour Master.txt") == "Ames to Harbour Master"


def test_a_later_numbered_heading_gives_way_to_the_first_line() -> None:
    doc = with_head_title(_doc(["Review of the Flooding at Marlow Quay", "Prepared for the harbour board, 2019",
                                "1. Findings", "1.1 The sluice gate jammed."], title="Findings"))
    assert doc.title == "Review of the Flooding at Marlow Quay"
    assert "later line" in dict(doc.meta)["title_source"]


def test_a_dated_second_line_gives_way_to_the_first_line() -> None:
    doc = with_head_title(_doc(["Marlow Ferries statement on the quay closure", "Statement, 2 May 2024",
                                "The ferry will not sail this week."], title="Statement, 2 May 2024"))
    assert doc.title == "Marlow Ferries statement on the quay closure"


def test_an_unnumbered_later_heading_stays() -> None:
    doc = with_head_title(_doc(["Review of the Flooding at Marlow Quay", "Findings", "The gate jammed."],
                               title="Findings"))
    assert doc.title == "Findings"


def test_a_heading_set_before_the_first_line_gives_way_to_the_first_line_as_written() -> None:
    written = "Review of the Flooding at Marlow Quay\n\nPrepared for the harbour board\n\n2. Findings\n\n2.1 It rained.\n"
    doc = with_head_title(_doc(["Findings", "Review of the Flooding at Marlow Quay", "2.1 It rained."],
                               title="Findings"), written)
    assert doc.title == "Review of the Flooding at Marlow Quay"


def test_a_first_line_a_sentence_goes_on_from_keeps_the_numbered_heading() -> None:
    written = "The quay flooded twice in the spring, as the\n\nriver rose over the gates.\n\n3. The Harbour Board\n\nIt met.\n"
    doc = with_head_title(_doc(["The Harbour Board", "It met."], title="The Harbour Board"), written)
    assert doc.title == "The Harbour Board"


def test_a_later_dateline_of_a_season_gives_way_to_the_first_line() -> None:
    # round 44 red team L4: the dateline under a letter's title line names a season, not a day
    doc = with_head_title(_doc(["Letter from Cato Ames to his sister, Wexmouth, autumn 1851",
                                "Wexmouth, in the autumn of 1851", "Dear Sister, the buoy has drifted."],
                               title="Wexmouth, in the autumn of 1851"))
    assert doc.title == "Letter from Cato Ames to his sister, Wexmouth, autumn 1851"
    kept = with_head_title(_doc(["Notes kept at the quay", "The gales of 1851", "The buoy drifted."],
                                title="The gales of 1851"))
    assert kept.title == "The gales of 1851"  # a heading that names a time is not a dateline


def test_a_headline_in_capitals_closed_by_an_exclamation_mark_titles_a_leaflet(monkeypatch) -> None:
    doc = with_head_title(_doc(["SAVE THE OLD MILL!", "Public meeting at the corn exchange, Friday at seven."]))
    assert doc.title == "SAVE THE OLD MILL!"
    assert first_line_title("We won!\n\nThe vote was close.") is None  # a sentence in sentence case
    assert first_line_title("STOP. LOOK!\n\nText.") is None  # two sentences
    monkeypatch.setitem(HEAD_TITLE, "exclaimed_capitals", 0)
    assert first_line_title("SAVE THE OLD MILL!\n\nText.") is None


def test_a_first_line_title_loses_the_escape_sequences_and_controls_its_text_lost(tmp_path: Path) -> None:
    from vitrina.ingest import read_path

    path = tmp_path / "mill_notes.txt"
    path.write_bytes(b"The \x1b[1mOld Mill\x1b[0m at \x1b]0;HIJACK\x07Ashcombe\x08\r\n\r\n"
                     b"The mill ground corn for the village until the flood of 1852.\r\n")
    (doc,) = read_path(path)
    assert doc.title == "The Old Mill at Ashcombe"
    assert "\x1b" not in doc.title and "\x07" not in doc.title and "\x08" not in doc.title


def test_a_dateline_with_the_year_before_the_day_gives_way_to_the_first_line() -> None:
    """Round 59 red team D19: "Port Ellen, Islay, 1887 Mar. 4" (an astronomer's order) was read as a year and a day
    apart, so it was no dateline and stayed the letter's title."""
    assert is_dateline("Port Ellen, Islay, 1887 Mar. 4") and is_dateline("Port Ellen, 1887 Mar. 4.")
    assert not is_dateline("Tides for 1887 Mar. 4")
    doc = with_head_title(_doc(["Letter from Cato Ames to the Harbour Master", "Port Ellen, Islay, 1887 Mar. 4",
                                "Sir, the buoy has drifted."], title="Port Ellen, Islay, 1887 Mar. 4"))
    assert doc.title == "Letter from Cato Ames to the Harbour Master"
