"""Plain text's paragraph ends where the measure narrows and widens line by line (text
flowing round a picture): a last line is judged against the narrowed lines around it
(vitrina.structure.plainlayout ``local_measure_lines``). Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import plainlayout, rebuild

# the page's full measure, across the top
WIDE = [
    "The lighthouse on the point was lit for the first time on a winter night in the year",
    "the harbour wall was finished, and for a century its keepers kept a log of every ship",
    "that passed and every wreck on the rocks.",
]
# beside a round picture the lines narrow, then widen again as the circle curves away
ROUND = [
    "The first keeper was a fisherman's son who had",
    "lost a leg at sea, and yet he climbed the stair",
    "twice a night to trim the wicks, and his wife",
    "kept the log of the light in a fine clear hand.",
    "In the great storm the sea broke right over the gallery",
    "and put the light out for an hour, and the keeper went",
    "up with a lamp in his hand to light the wicks once again",
    "while the whole tower shook under the weight of the waves.",
]


def _paragraphs(reach: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "local_measure_lines", reach)
    doc = rebuild("\n".join(["The Point Light", *WIDE, *ROUND]) + "\n", "light", "light.txt", "text")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_paragraph_ends_short_against_the_wider_lines_round_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # "His wife kept the log in a fair hand." fills its own paragraph's narrow lines, but the
    # next word would have fitted on the wider lines right after it: the paragraph ends there
    found = _paragraphs(4, monkeypatch)
    assert found == [" ".join(WIDE), " ".join(ROUND[:4]), " ".join(ROUND[4:])]


def test_on_its_own_measure_alone_the_paragraph_runs_on(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _paragraphs(0, monkeypatch)
    assert found == [" ".join(WIDE), " ".join(ROUND)]


def test_a_strip_of_a_few_words_a_line_is_no_narrowed_measure(monkeypatch: pytest.MonkeyPatch) -> None:
    # a quotation set two or three words a line is no prose beside a picture: the wider
    # lines round it do not end it where it closes a sentence
    strip = ["“The sea came", "up the stair", "to the lamp.”", "Then it", "went down."]
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "local_measure_lines", 4)
    doc = rebuild("\n".join(["The Point Light", *WIDE, *strip, *ROUND[4:]]) + "\n", "light", "light.txt", "text")
    on = [doc.text[b.start : b.end] for b in doc.blocks]
    monkeypatch.setitem(plainlayout.PLAIN_LIMITS, "local_measure_lines", 0)
    doc = rebuild("\n".join(["The Point Light", *WIDE, *strip, *ROUND[4:]]) + "\n", "light", "light.txt", "text")
    assert on == [doc.text[b.start : b.end] for b in doc.blocks]
