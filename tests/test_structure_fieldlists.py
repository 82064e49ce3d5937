"""A plain-text document's head field list: one block a field line, the line over it the title (round 45 D15)."""

from __future__ import annotations

import pytest

from vitrina.ingest import text
from vitrina.structure.fieldlists import is_field_line


@pytest.mark.parametrize("line", ["Interviewer: Ruth Amberley", "Date of recording: 2 June 2011",
                                  "Location: Harbour Museum, Whitby", "Speaker: Tomas Breen (TB)",
                                  "Session 4: Alma Price, part two"])
def test_field_lines(line: str) -> None:
    assert is_field_line(line)


@pytest.mark.parametrize("line", ["RB: I grew up by the quay.", "INTERVIEWER: Where did you grow up?",
                                  "Q: When did the mill close?", "Note that the mill closed: everyone left town in the years after it, "
                                  "one family at a time, until only the chapel stood.",
                                  "The Mill Years", "Where were you born: here or in Leeds?"])
def test_lines_that_are_no_fields(line: str) -> None:
    assert not is_field_line(line)


def _blocks(raw: str) -> tuple[str, list[tuple[str, str]]]:
    doc = text.read(raw.encode(), "ref_017_price_alma.txt")[0]
    return doc.title, [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_a_transcript_header_is_a_title_over_its_fields() -> None:
    title, blocks = _blocks(
        "Harbour Voices Recording Project\nSession 4: Alma Price, part two\nInterviewer: Ruth Amberley\n"
        "Date of recording: 2 June 2011\nLocation: Harbour Museum, Whitby\n\n"
        "[00:00:03] RA: Alma, where were you born?\n\n[00:00:07] AP: On Church Street, above the bakery.\n")
    assert title == "Harbour Voices Recording Project"
    assert blocks[0] == ("heading", "Harbour Voices Recording Project")
    assert [b for _, b in blocks[1:5]] == ["Session 4: Alma Price, part two", "Interviewer: Ruth Amberley",
                                           "Date of recording: 2 June 2011", "Location: Harbour Museum, Whitby"]
    assert blocks[5] == ("paragraph", "[00:00:03] RA: Alma, where were you born?")


def test_a_line_after_the_fields_stays_a_block_of_its_own() -> None:
    _, blocks = _blocks("Harbour Voices Recording Project\nInterviewer: Ruth Amberley\nNarrator: Alma Price\n"
                        "Recorded at Whitby in the summer of 2011\n\n[00:00:03] RA: Where were you born?\n")
    texts = [b for _, b in blocks]
    assert texts[1:4] == ["Interviewer: Ruth Amberley", "Narrator: Alma Price", "Recorded at Whitby in the summer of 2011"]


def test_one_field_line_is_no_list() -> None:
    title, blocks = _blocks("A Winter on the Quay\nNote: a draft.\n\nThe boats stayed in all January. Nobody fished.\n")
    assert not any(b == "Note: a draft." for _, b in blocks)


def test_speaker_turns_at_the_head_are_no_field_list() -> None:
    title, blocks = _blocks("Harbour talk\nRA: Where were you born?\nAP: On Church Street.\nRA: And your father?\n")
    # turns, one block each (structure.turnlines), never fields under a title taken from them
    assert [b for k, b in blocks if b.startswith(("RA:", "AP:"))] == [
        "RA: Where were you born?", "AP: On Church Street.", "RA: And your father?"]
    assert all(k == "paragraph" for k, b in blocks if b.startswith(("RA:", "AP:"))) and not title.startswith("RA")
