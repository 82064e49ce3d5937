"""A plain-text byline is a credit block, not a section heading (round 38 red team D-title)."""

from __future__ import annotations

import pytest

from vitrina.ingest import text
from vitrina.structure.bylines import is_byline


@pytest.mark.parametrize("line", ["By A. Writer", "By Ann Vale, Staff Correspondent", "Our own correspondent",
                                  "Staff correspondent", "Special Reporter", "Photographed by Lena Orme"])
def test_bylines(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", ["By the River", "By Night", "The Writer", "Chapter One", "Harvest on the Fens", "Lost in the Sand", "Mary Shelley",
                                  "By Order of the Board of Trade and the Harbour Commissioners Assembled"])
def test_headings_that_are_no_bylines(line: str) -> None:
    assert not is_byline(line)


def test_a_plain_text_clipping_keeps_its_byline_out_of_the_headings() -> None:
    clip = ("THE HALVERTON GAZETTE\nMonday, May 6, 1901.\n\nFLOOD ON THE LOWER FENS\n\n"
            "By A. Writer, Staff Correspondent\n\nELY, May 4 — The river rose four feet overnight and the lower "
            "fields were under water by dawn.\n\nFarmers moved their stock to the higher ground near the church.\n")
    doc = text.read(clip.encode(), "clip.txt")[0]
    kinds = {doc.text[b.start:b.end]: b.kind for b in doc.blocks}
    assert kinds["By A. Writer, Staff Correspondent"] == "credit"
    assert "Writer" not in doc.title
