"""Raw text: a first line opening with its page's number over a running head ("12 The
Harbour Guide"), the next page opening with the next number, is a running head, not part
of the title (vitrina.structure.plainlayout ``folio_heads``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.plainlayout import PLAIN_LIMITS

BODY = [
    "The harbour was dug by hand in the years after the great storm, when the old quay had",
    "gone into the sea and the boats had nowhere to lie through the winter gales of the coast.",
    "Each family gave a week's work a year, and the wall rose a few feet in every summer until",
    "the whole basin was closed and the boats could lie safe behind it in any weather at all.",
]
PAGE_TWO = [
    "The Harbour Guide",
    "The lamp on the end of the wall was lit by the harbour master's wife for forty winters,",
    "and the boats that came home in the dark steered for it past the rocks at the entrance.",
]


def _title(first: str, folio: str = "13") -> str:
    text = "\n".join([first, "Building the Harbour Wall", *BODY]) + "\n\f" + folio + "\n" + "\n".join(PAGE_TWO) + "\n"
    return rebuild(text, "harbour", "harbour.txt", "text").sections[0].title


def test_a_numbered_running_head_over_the_title_is_no_part_of_it() -> None:
    assert _title("12 The Harbour Guide") == "Building the Harbour Wall"


def test_without_the_next_page_counting_on_the_number_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _title("12 The Harbour Guide", folio="20") != "Building the Harbour Wall"
    assert _title("12 The Harbour Guide", folio="13 The Lamp") != "Building the Harbour Wall"
    monkeypatch.setitem(PLAIN_LIMITS, "folio_heads", 0)
    assert _title("12 The Harbour Guide") != "Building the Harbour Wall"
