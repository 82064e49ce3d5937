"""The pairs of a block of sentences retold that may be comparable (round 55, issue #18), on statements of our own:
the pairs left out are exactly pairs the first tests of ``_retold_participants`` refuse, so the pass finds what it
found judging every pair of each block."""

from __future__ import annotations

import random
from itertools import combinations

from vitrina import compare as C

_DAYS = ["1888-04-02", "1889-11-30", "1893-07-14", "1921-01-05", "1923-06-20", "1950-02-28"]
_UNITS = ["ton", "tons", "mile", "weeks", "days", "month", "guinea"]


def _statement(rng: random.Random, n: int) -> C.Statement:
    """A date (a day, a span of days or a day before the year 0), an amount, a count or a quotation of one of
    four documents; its sentence repeats one formula."""
    document, kind = f"doc{rng.randrange(4)}", rng.choice(["date", "date", "quantity", "count", "quote"])
    sentence = (n * 100, n * 100 + 60)
    text = "The schooner Wren carried coal to the quay at Tallin that spring."
    if kind == "date":
        first = rng.choice(_DAYS)
        last = rng.choice([first, f"{first[:4]}-12-31", f"{int(first[:4]) + 5}-01-01"])
        if rng.random() < 0.15:
            first = last = rng.choice(["-0044-03-15", "-0043-01-01"])  # a signed year: met with every other date
        return C.Statement("happening-date", document, n * 100, n * 100 + 10, first, sentence, text, (),
                           (first, last, ("carried",)))
    if kind == "quote":
        return C.Statement("quote", document, n * 100, n * 100 + 10, "coal", sentence, text, (), ("coal",))
    unit = rng.choice(_UNITS) if kind == "quantity" else rng.choice(["carry/", "carry/coal", "load/coal"])
    value = float(rng.randrange(10, 400))
    return C.Statement("quantity", document, n * 100, n * 100 + 10, str(value), sentence, text, (),
                       (value, unit, ()), counted=kind == "count")


def _may_keep(a: C.Statement, b: C.Statement) -> bool:
    """The first tests of ``_retold_participants``: comparable values, dates not further apart than the window."""
    if not (C._comparable(a, b) or C._durations_in_two_units(a, b)):
        return False
    return a.kind not in C._DATE_KINDS or C._date_gap_days(a.value[:2], b.value[:2]) <= C.WEIGHTS.same_event_window_days


def test_the_pairs_kept_hold_every_pair_the_first_tests_keep_in_combinations_order():
    rng = random.Random(55)
    for _case in range(30):
        local = {n: _statement(rng, n) for n in sorted(rng.sample(range(200), 40))}
        members = sorted(local)
        kept = C._maybe_comparable(members, local)
        every = list(combinations(members, 2))
        assert kept == [p for p in every if p in set(kept)]  # a subsequence of combinations' order
        assert {p for p in every if _may_keep(local[p[0]], local[p[1]])} <= set(kept)


def test_the_pass_finds_the_pairs_judging_every_pair_of_each_block_found(monkeypatch):
    rng = random.Random(7)
    statements = [_statement(rng, n) for n in range(60)]
    statements = [C.replace(s, name_spans=((s.sentence[0] + 4, s.sentence[0] + 16, "vessel-wren", "vessel"),))
                  for s in statements]
    monkeypatch.setattr(C, "_retold_participants", _may_keep)
    monkeypatch.setattr(C, "context_shingles", lambda *args, **kwargs: ["schooner wren", "carried coal"])
    found = [(a.start, b.start) for a, b in C._retold_pairs(statements)]
    monkeypatch.setattr(C, "_maybe_comparable", lambda members, local: list(combinations(members, 2)))
    assert found == [(a.start, b.start) for a, b in C._retold_pairs(statements)]
    assert found  # the case has pairs to find
