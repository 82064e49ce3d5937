"""MultiScan: one pass, the same matches as each pattern's own finditer."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vitrina.extract.dates import _scanner
from vitrina.extract.multiscan import DIGIT, SPACES, MultiScan, leading_heads


def spans(matches: list[list[re.Match[str]]]) -> list[list[tuple[int, int, str]]]:
    return [[(m.start(), m.end(), m.group()) for m in ms] for ms in matches]


def one_by_one(patterns: list[re.Pattern[str]], text: str) -> list[list[tuple[int, int, str]]]:
    return spans([[m for m in p.finditer(text) if m.end() > m.start()] for p in patterns])


def test_heads_of_simple_patterns() -> None:
    assert leading_heads(re.compile(r"(?:the\s+)?sun", re.I)) == {
        ("t", "h", "e", SPACES, "s", "u", "n"), ("s", "u", "n")}
    assert leading_heads(re.compile(r"[12]\d{3}", re.I)) == {("1", DIGIT), ("2", DIGIT)}
    assert leading_heads(re.compile(r"\w+ing", re.I)) is None  # any letter may start it
    assert leading_heads(re.compile(r"x?", re.I)) is None  # may match nothing
    assert leading_heads(re.compile(r"spring")) is None  # case-sensitive: not handled
    assert leading_heads(re.compile(r"(?-i:Spring)", re.I)) is None  # flags inside


def test_every_date_rule_has_heads() -> None:
    """Otherwise the rule is scanned whole again: right, but the one-pass speed is lost."""
    _rules, scan = _scanner()
    assert scan.whole == []


def test_same_matches_on_prose_with_dates() -> None:
    rules, scan = _scanner()
    patterns = [r.scanner for r in rules]
    text = ("In the spring of 1861 the mill closed; by early May it was sold. Two years later, on "
            "3 June 1863, the new owners (from 1863 to 1870) rebuilt it. The 1880s were quiet, the "
            "nineteenth century ended, and that same winter a flood came -- the day after, in "
            "mid-1901 or c. 1902? -- SPRING  1903 and the following year; the ſpring of\u00a01904.")
    assert spans(scan.finditer(text)) == one_by_one(patterns, text)


# pieces of dates, look-alikes and characters that fold or count as digits/spaces elsewhere
PIECES = ["the", "The", "THE", "spring", "ſpring", "of", "in", "from", "to", "between", "and", "early",
          "mid", "late", "-", "–", "—", "/", "'s", "s", "0", "1", "2", "9", "19", "1861", "2100", "٣",
          "May", "may", "Jan.", "June", "3rd", "21st", "nineteenth", "century", "Kelvin", "\u212a",
          "two", "a", "an", "years", "later", "that", "day", "after", "within", "c.", "circa", "?",
          ",", ".", "(", ")", " ", "  ", "\n", "\u00a0", "\t", "x", "é"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.booleans())
def test_same_matches_as_finditer_on_any_text(pieces: list[str], glue: bool) -> None:
    text = ("" if glue else " ").join(pieces)
    rules, scan = _scanner()
    assert spans(scan.finditer(text)) == one_by_one([r.scanner for r in rules], text)


def test_patterns_without_heads_are_scanned_whole() -> None:
    patterns = [re.compile(r"\w+ly", re.I), re.compile(r"(?<!\w)the\s+end", re.I)]
    scan = MultiScan(patterns)
    assert scan.whole == [0]
    text = "Finally, the   end came slowly; THE END."
    assert spans(scan.finditer(text)) == one_by_one(patterns, text)


def test_heads_read_back_from_the_table_cache_are_the_ones_read(tmp_path, monkeypatch) -> None:
    from vitrina import tablecache
    from vitrina.extract.multiscan import all_leading_heads

    rules, _scan = _scanner()
    patterns = [r.scanner for r in rules]
    monkeypatch.setenv(tablecache.CACHE_VARIABLE, str(tmp_path))
    direct = [leading_heads(p) for p in patterns]
    assert all_leading_heads(patterns, "test-heads") == direct  # built and written
    assert all_leading_heads(patterns, "test-heads") == direct  # read back
    assert len(list(tmp_path.glob("test-heads-*.marshal"))) == 1
    assert all_leading_heads(patterns[:2], "test-heads") == direct[:2]  # other patterns: another key
