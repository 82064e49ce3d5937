"""The grouping's merges and the date windows of the blocking keys (round 44, issue #18), on statements of our own."""

from __future__ import annotations

import random

from vitrina import compare as C


def _date(document: str, start: int, day: str, about: tuple[str, ...] = ("person-ida-moss",),
          last: str | None = None) -> C.Statement:
    return C.Statement("happening-date", document, start, start + 10, day, (start, start + 40), "a sentence", about,
                       (day, last or day, ("sailed", "harbour", "lisbon")))


def _random_case(rng: random.Random) -> tuple[dict[int, C.Statement], dict[tuple[int, int], str]]:
    """Statements of a few documents (some of one document on other days: they disagree) and random links
    between statements of two documents."""
    statements = {n: _date(f"doc{rng.randrange(6)}", n * 50, f"1901-0{1 + rng.randrange(3)}-01") for n in range(24)}
    same = {(i, j): rng.choice(("the same act", "nearly the same words"))
            for i in statements for j in statements
            if i < j and statements[i].document != statements[j].document and rng.random() < 0.3}
    return statements, same


def test_mergeable_counts_through_the_links_as_over_every_pair_of_the_two_groups():
    rng = random.Random(44)
    for _case in range(40):
        statements, same = _random_case(rng)
        partners: dict[int, set[int]] = {}
        for i, j in same:
            partners.setdefault(i, set()).add(j)
            partners.setdefault(j, set()).add(i)
        numbers = list(statements)
        rng.shuffle(numbers)
        cut = rng.randrange(1, len(numbers))
        a, b = numbers[:cut], numbers[cut:]
        assert C._mergeable(a, b, statements, same, partners) == C._mergeable(a, b, statements, same)


def test_two_groups_found_not_mergeable_are_not_asked_again_until_one_grows(monkeypatch):
    # three statements of one day in documents a and b, linked every way; one statement of document a of another
    # day (it disagrees with a's statements), linked to each of b's: its group and b's are asked once
    statements = {0: _date("a", 0, "1901-05-04"), 1: _date("b", 0, "1901-05-04"), 2: _date("b", 100, "1901-05-04"),
                  3: _date("a", 200, "1901-06-09")}
    same = {(0, 1): "the same act", (0, 2): "the same act", (1, 2): "the same act", (1, 3): "the same act",
            (2, 3): "the same act"}
    asked: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    mergeable = C._mergeable

    def counted(a, b, *rest):
        asked.append((tuple(a), tuple(b)))
        return mergeable(a, b, *rest)

    monkeypatch.setattr(C, "_mergeable", counted)
    groups = C._groups(statements, same)
    assert [sorted((s.document, s.start) for s in kept) for kept, *_rest in groups][0] == \
        [("a", 0), ("b", 0), ("b", 100)]
    refused = [pair for pair in asked if 3 in pair[0] + pair[1]]
    assert len(refused) == 1  # (1, 3) asked; (2, 3) meets the same two groups: not asked again


def test_the_grouping_is_that_of_merging_pair_by_pair_without_remembering():
    """The groups are those of the merge asked anew for every link (the refusals remembered change nothing)."""
    rng = random.Random(7)
    for _case in range(25):
        statements, same = _random_case(rng)
        found = {tuple(sorted((s.document, s.start) for s in kept)) for kept, _why, _judged, tie
                 in C._groups(statements, same) if tie[0] == 0}
        group_of = {i: [i] for i in sorted(statements)}
        for i, j in sorted(same, key=lambda ij: (C._strength(same[ij]), ij)):
            gi, gj = group_of[i], group_of[j]
            if gi is not gj and C._mergeable(gi, gj, statements, same):
                merged = gi + gj
                for k in merged:
                    group_of[k] = merged
        expected = {tuple(sorted((statements[k].document, statements[k].start) for k in g))
                    for g in group_of.values() if len(g) > 1}
        assert found == expected


def test_dates_of_one_entity_near_in_time_share_a_window_key_and_dates_decades_apart_do_not():
    width = C.WEIGHTS.date_window_days
    first = set(C._date_window_keys(_date("a", 0, "1901-05-04")))
    assert first and all(k.startswith("when:person-ida-moss:") for k in first)
    near = set(C._date_window_keys(_date("b", 0, "1901-05-04")))
    assert first == near
    for gap_days in (1, 30, width // 2 - 1):
        later = C._date_window_keys(_date("b", 0, _plus_days("1901-05-04", gap_days)))
        assert first & set(later), gap_days
    assert not first & set(C._date_window_keys(_date("b", 0, "1931-05-04")))
    assert not first & set(C._date_window_keys(_date("b", 0, "1901-05-04", about=("place-porto",))))


def test_a_date_wider_than_the_window_has_no_window_key():
    assert C._date_window_keys(_date("a", 0, "1900-01-01", last="1909-12-31")) == []
    assert C._date_window_keys(_date("a", 0, "1901-01-01", last="1901-12-31"))


def _plus_days(iso: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()
