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
