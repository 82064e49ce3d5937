"""cluster's lookups: the mentions near a span, found by bisection, are those a scan finds."""

from __future__ import annotations

import random

from vitrina.extract.cluster import _Near
from vitrina.extract.entities import RawMention


def test_mentions_near_a_span_are_every_one_inside_or_across_it_in_list_order() -> None:
    rng = random.Random(7)
    mentions = []
    for _ in range(300):
        start = rng.randrange(0, 2_000)
        mentions.append(RawMention(start, start + rng.randint(1, 40), "place", "GPE"))
    near = _Near(mentions)
    for _ in range(200):
        a = rng.randrange(0, 2_000)
        b = a + rng.randint(1, 60)
        close = near.around(a, b)
        wanted = [m for m in mentions if a <= m.start and m.end <= b or m.start < a < m.end or m.start < b < m.end]
        assert [m for m in close if m in wanted] == wanted  # all of them, in the list's order
        assert close == [m for m in mentions if m in close]


def test_an_acronyms_long_form_is_found_after_a_very_long_run_of_capitals():
    from vitrina.extract import cluster as cluster_module

    text = "Q" * 5_000 + " then the Harbour Board of Works (HBW) met."
    (found,) = list(cluster_module._ACRONYM_WORDS.finditer(text))
    assert cluster_module.acronym_long_form(found.group(2), found.group(1)) == "Harbour Board of Works"
    assert len(found.group(1)) < 200  # a name word is at most NAME_WORD_CHARS long: the run is not scanned whole
