"""Judgements kept between builds (``vitrina.keptjudgements``): read back as made, only for the same code version,
nothing read from a damaged table, no more kept than the cap, and the digests the same for equal statements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vitrina.keptjudgements import HEAD_KEY, KEY_PREFIX, KeptJudgements, statement_digest

A, B, C = b"a" * 16, b"b" * 16, b"c" * 16


@dataclass(frozen=True)
class _Said:
    words: tuple[str, ...]
    names: frozenset[str]


def _reader(entries: dict[str, str]) -> Callable[[str], str | None]:
    return entries.get


def _judging(results: dict[tuple[str, str], object]) -> tuple[list[tuple[str, str]], Callable]:
    asked: list[tuple[str, str]] = []

    def judge(a: str, b: str) -> object:
        asked.append((a, b))
        return results[(a, b)]
    return asked, judge


def _first_build(limits: dict[str, int] | None = None) -> dict[str, str]:
    kept = KeptJudgements("v1", None, limits)
    _asked, judge = _judging({("x", "y"): "one clock told twice", ("y", "z"): None, ("x", "z"): True})
    kept.judged("same", A, B, "x", "y", judge)
    kept.judged("same", B, C, "y", "z", judge)
    kept.judged("retold", A, C, "x", "z", judge)
    assert (kept.read, kept.made) == (0, 3)
    return dict(kept.entries())


def test_a_judgement_kept_is_read_back_and_not_made_again():
    earlier = _first_build()
    kept = KeptJudgements("v1", _reader(earlier))
    asked, judge = _judging({("x", "y"): "made again", ("x", "z"): False, ("z", "x"): False})
    assert kept.judged("same", A, B, "x", "y", judge) == "one clock told twice"
    assert kept.judged("same", B, C, "y", "z", judge) is None
    assert kept.judged("retold", A, C, "x", "z", judge) is True
    assert kept.judged("retold", C, A, "z", "x", judge) is False  # the other way round is another judgement
    assert asked == [("z", "x")] and (kept.read, kept.made) == (3, 1)


def test_the_entries_of_a_build_are_what_it_asked_for_whatever_was_read():
    earlier = _first_build()
    again = KeptJudgements("v1", _reader(earlier))
    _asked, judge = _judging({})
    again.judged("same", A, B, "x", "y", judge)
    again.judged("same", B, C, "y", "z", judge)
    again.judged("retold", A, C, "x", "z", judge)
    assert dict(again.entries()) == earlier
    fewer = KeptJudgements("v1", _reader(earlier))
    fewer.judged("same", A, B, "x", "y", judge)  # a statement gone: its pairs are no longer asked for
    assert set(dict(fewer.entries())) == {HEAD_KEY, KEY_PREFIX + "digests:00000001", KEY_PREFIX + "same:00000001"}


def test_another_version_or_a_damaged_table_reads_nothing():
    earlier = _first_build()
    for entries in ({**earlier}, {**earlier, KEY_PREFIX + "same:00000001": "{not json"},
                    {k: v for k, v in earlier.items() if "digests" not in k},
                    {**earlier, KEY_PREFIX + "same:00000001": earlier[KEY_PREFIX + "same:00000001"].replace(
                        '"results":["one clock told twice",null]', '"results":[{"c":"Statement","f":[]},null]')}):
        version = "v2" if entries == earlier else "v1"
        kept = KeptJudgements(version, _reader(entries))
        asked, judge = _judging({("x", "y"): "made"})
        assert kept.judged("same", A, B, "x", "y", judge) == "made" and asked == [("x", "y")]


def test_no_more_judgements_are_kept_than_the_cap_and_large_tables_come_in_parts():
    earlier = _first_build({"pairs": 1, "part_chars": 1_000_000})
    kept = KeptJudgements("v1", _reader(earlier))
    asked, judge = _judging({("y", "z"): None, ("x", "z"): True})
    kept.judged("same", A, B, "x", "y", judge)
    kept.judged("same", B, C, "y", "z", judge)  # past the cap: not kept, so made again
    kept.judged("retold", A, C, "x", "z", judge)
    assert asked == [("y", "z")]
    digests = [f"{n:02d}".encode() * 8 for n in range(40)]
    many = KeptJudgements("v1", None, {"pairs": 1_000, "part_chars": 100})
    for first, second in zip(digests, digests[1:], strict=False):
        many.judged("same", first, second, "x", "y", lambda a, b: True)
    entries = dict(many.entries())
    assert len([k for k in entries if k.startswith(KEY_PREFIX + "same:")]) > 1
    read = KeptJudgements("v1", _reader(entries))
    assert all(read.judged("same", first, second, "x", "y", judge) is True
               for first, second in zip(digests, digests[1:], strict=False))
    assert read.made == 0


def test_equal_statements_have_one_digest_in_any_order_of_their_sets():
    one = _Said(("held", "the", "post"), frozenset({"Oriel", "Vane", "Pell"}))
    other = _Said(("held", "the", "post"), frozenset(["Pell", "Vane", "Oriel"]))
    assert statement_digest(one) == statement_digest(other)
    assert statement_digest(one) != statement_digest(_Said(("held", "the", "post"), frozenset({"Oriel"})))


def test_results_past_the_codes_range_are_judged_again_not_kept(monkeypatch):
    import vitrina.keptjudgements as kj

    monkeypatch.setattr(kj, "_MAX_CODE", 1)  # two results' codes at most
    digests = [f"{n:02d}".encode() * 8 for n in range(4)]
    first = KeptJudgements("v1", None)
    for n, (a, b) in enumerate(zip(digests, digests[1:], strict=False)):
        first.judged("retold", a, b, "x", "y", lambda _a, _b, n=n: f"result {n}")
    read = KeptJudgements("v1", _reader(dict(first.entries())))
    asked, judge = _judging({("x", "y"): "result 2"})
    found = [read.judged("retold", a, b, "x", "y", judge) for a, b in zip(digests, digests[1:], strict=False)]
    assert found == ["result 0", "result 1", "result 2"]
    assert asked == [("x", "y")] and (read.read, read.made) == (2, 1)  # the third result had no code: made again
