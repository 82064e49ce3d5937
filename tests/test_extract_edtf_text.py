"""to_edtf: one temporal expression -> an EDTF string the edtf package accepts."""

from __future__ import annotations

import pytest
from edtf import parse_edtf

from vitrina.extract.edtf_text import YEAR_WORD, anchor_point, interval, is_valid, to_edtf

ABSOLUTE = [
    # days
    ("March 3, 1861", "1861-03-03"),
    ("3 March 1861", "1861-03-03"),
    ("March 3rd, 1861", "1861-03-03"),
    ("the 3rd of March 1861", "1861-03-03"),
    ("Monday, March 4, 1861", "1861-03-04"),
    ("Sept. 1, 1939", "1939-09-01"),
    ("Jan 15 1919", "1919-01-15"),
    # months and years
    ("April 1865", "1865-04"),
    ("Oct. 1917", "1917-10"),
    ("in 1848", "1848"),
    ("1848", "1848"),
    ("the year 1812", "1812"),
    # ranges
    ("April–May 1865", "1865-04/1865-05"),
    ("1853–56", "1853/1856"),
    ("1899–1902", "1899/1902"),
    ("1999–2001", "1999/2001"),
    ("1898-99", "1898/1899"),
    ("from 1803 to 1815", "1803/1815"),
    ("between 1618 and 1648", "1618/1648"),
    ("July 1–3, 1863", "1863-07-01/1863-07-03"),
    ("1–3 July 1863", "1863-07-01/1863-07-03"),
    ("June 30–July 2, 1863", "1863-06-30/1863-07-02"),
    ("March 1917 to November 1918", "1917-03/1918-11"),
    ("from March 1917 until November 1918", "1917-03/1918-11"),
    ("1860s/1870s", "1860/1879"),
    # seasons
    ("the spring of 1848", "1848-21"),
    ("summer 1916", "1916-22"),
    ("Autumn 1918", "1918-23"),
    ("the fall of 1929", "1929-23"),
    ("the winter of 1812", "1812-24"),
    ("the winter of 1916–17", "1916-24"),
    ("the spring and summer of 1863", "1863-21/1863-22"),
    # decades, parts of years and months
    ("the 1920s", "192X"),
    ("1880s", "188X"),
    ("the early 1920s", "1920/1923"),
    ("the mid-1920s", "1923/1927"),
    ("the late 1920s", "1927/1929"),
    ("early 1917", "1917-01/1917-04"),
    ("mid-1917", "1917-05/1917-08"),
    ("late 1917", "1917-09/1917-12"),
    ("the end of 1917", "1917-09/1917-12"),
    ("the first half of 1917", "1917-01/1917-06"),
    ("early March 1917", "1917-03-01/1917-03-10"),
    ("mid-March 1917", "1917-03-11/1917-03-20"),
    ("late February 1917", "1917-02-21/1917-02-28"),
    ("the end of February 1916", "1916-02-21/1916-02-29"),
    # centuries, also written as "the 1800s" (a round hundred before 2000)
    ("the 1700s", "17XX"),
    ("the late 1700s", "1766/1799"),
    ("the early 1800s", "1800/1833"),
    ("the 2000s", "200X"),
    ("the later 1850s", "1857/1859"),
    ("the winter of 1916–1917", "1916-24"),
    ("the eighteenth century", "17XX"),
    ("the 18th century", "17XX"),
    ("the twentieth century", "19XX"),
    ("the twenty-first century", "20XX"),
    ("the early nineteenth century", "1800/1833"),
    ("the late nineteenth century", "1866/1899"),
    ("the first half of the nineteenth century", "1800/1849"),
    # approximate and uncertain
    ("around 1650", "1650~"),
    ("circa 1650", "1650~"),
    ("c. 1650", "1650~"),
    ("ca. 1650", "1650~"),
    ("1650?", "1650?"),
    # a circa before a range of bare years qualifies both ends; before a fuller end only the start
    ("c. 1820–1830", "1820~/1830~"),
    ("circa 300–250 BC", "-0299~/-0249~"),
    ("300–250 BC", "-0299/-0249"),
    ("c. 1820 – June 1830", "1820~/1830-06"),
    # user queries, lower case
    ("summer of 1916", "1916-22"),
    ("april 1865", "1865-04"),
]


@pytest.mark.parametrize(("expression", "expected"), ABSOLUTE)
def test_absolute_expressions(expression: str, expected: str) -> None:
    value = to_edtf(expression)
    assert value == expected
    parse_edtf(value)  # the edtf package accepts it


RELATIVE = [
    ("the following year", "1863-07-03", "1864"),
    ("the next year", "1863", "1864"),
    ("the previous year", "1863", "1862"),
    ("later that year", "1863-07", "1863"),
    ("that same year", "1863-07-03", "1863"),
    ("the next month", "1863-12-20", "1864-01"),
    ("that month", "1863-07-03", "1863-07"),
    ("the same day", "1863-07-03", "1863-07-03"),
    ("the next day", "1863-12-31", "1864-01-01"),
    ("the day before", "1863-03-01", "1863-02-28"),
    ("that night", "1863-07-03", "1863-07-03"),
    ("two years later", "1863-07-03", "1865"),
    ("a decade later", "1863", "1873"),
    ("three months earlier", "1863-02", "1862-11"),
    ("ten days later", "1863-07-03", "1863-07-13"),
    ("within two days", "1863-07-03", "1863-07-03/1863-07-05"),
    ("within two days", "1863-07", "1863-07"),  # anchor too coarse: the anchor itself
    ("within three years", "1863", "1863/1866"),
    ("that summer", "1863", "1863-22"),
    ("in the spring", "1863", "1863-21"),
    ("the following spring", "1863-07", "1864-21"),
    ("the following winter", "1863-07", "1863-24"),
    ("December 7", "1863-03", "1863-12-07"),
    ("7 December", "1863", "1863-12-07"),
    ("mid-September", "1863", "1863-09-11/1863-09-20"),
    ("May", "1863", "1863-05"),
    ("August 20–21", "1863", "1863-08-20/1863-08-21"),
    ("the following year", "1861/1865", "1866"),  # after an interval: from its end
    ("the previous year", "1861/1865", "1860"),  # before: from its start
]


@pytest.mark.parametrize(("expression", "anchor", "expected"), RELATIVE)
def test_relative_expressions(expression: str, anchor: str, expected: str) -> None:
    value = to_edtf(expression, anchor)
    assert value == expected
    parse_edtf(value)


@pytest.mark.parametrize(
    "expression",
    ["the following year", "that summer", "two years later", "December 7", "mid-September"],
)
def test_relative_without_anchor_is_none(expression: str) -> None:
    assert to_edtf(expression) is None


@pytest.mark.parametrize(
    ("expression", "anchor"),
    [("the next day", "1863"), ("three months later", "1863"), ("the same day", "186X")],
)
def test_relative_needs_fine_enough_anchor(expression: str, anchor: str) -> None:
    assert to_edtf(expression, anchor) is None


@pytest.mark.parametrize(
    "expression",
    [
        "the end of the war",
        "$11 billion",
        "3,600 tanks",
        "7 percent",
        "Route 66",
        "1,941",
        "fifteen miles",
        "may",
        "February 30, 1863",
        "1999–1850",
        "the thirtieth century",
        "",
    ],
)
def test_not_dates(expression: str) -> None:
    assert to_edtf(expression) is None


def test_interval_widens_unspecified_and_rejects_reversed() -> None:
    assert interval("186X", "187X") == "1860/1879"
    assert interval("1865", "1861") is None
    assert interval("1861", "1861") == "1861"


def test_anchor_point_reads_sides_and_seasons() -> None:
    assert anchor_point("1861-04-12/1865-05-09", "start").day == 12
    assert anchor_point("1861-04-12/1865-05-09", "end").year == 1865
    assert anchor_point("1863-22").season == 22
    assert anchor_point("186X") is None
    assert anchor_point("1650~").year == 1650


FAST_FORMS = [
    "1863", "1863-07", "1863-07-03", "1863~", "1863?", "1863-07~", "1863-21", "1863-24",
    "186X", "18XX", "1863/1865", "1863-07/1864-02", "1863-21/1863-22", "1860/1879",
    "1863-07-01/1863-07-03", "1863-22/1864",
]  # fmt: skip


@pytest.mark.parametrize("value", FAST_FORMS)
def test_fast_validation_only_accepts_what_edtf_accepts(value: str) -> None:
    assert is_valid(value)
    parse_edtf(value)


@pytest.mark.parametrize(
    "value", ["1863-02-30", "1863-13", "1863-00", "1863-22~", "63", "1863--01"]
)
def test_invalid_values_rejected(value: str) -> None:
    assert not is_valid(value)


def test_a_year_word_is_four_digits_of_a_year_standing_alone() -> None:
    assert YEAR_WORD.findall("signed in 1921 and again in 2004, ratified 1922–23") == ["1921", "2004", "1922"]
    assert not YEAR_WORD.search("a hull of 12500 tons, 900 men, 3000 BC")  # 3000 is out of range
    assert not YEAR_WORD.search("room 21005")


@pytest.mark.parametrize(
    ("text", "written", "edtf"),
    [  # Round 35 red team D15: the second year of a double-dated day and of a season across two years was dropped
        ("The lease began on 3 February 1688/9 by the old reckoning.", "3 February 1688/9", "1689-02-03"),
        ("The lease began on March 20, 1731/32.", "March 20, 1731/32", "1732-03-20"),
        ("The vestry met in January 1750/51.", "January 1750/51", "1751-01"),
        ("In the winter of 1766-7 the canal froze.", "the winter of 1766-7", "1766-24"),
        ("In the winter of 1829-30 the canal froze.", "the winter of 1829-30", "1829-24"),
        ("In the summer of 1766-7 the canal was dug.", "the summer of 1766-7", "1766-22/1767-22"),
    ],
)
def test_a_second_year_written_after_a_slash_or_dash_is_read(text: str, written: str, edtf: str) -> None:
    from vitrina.extract.dates import find_dates

    # a double-dated day is Old Style: the value as written is its ``julian``, ``edtf`` its Gregorian day (round 41)
    assert [(text[d.start:d.end], d.julian or d.edtf) for d in find_dates(text)] == [(written, edtf)]


def test_day_roman_month_year() -> None:
    from vitrina.extract.dates import find_dates
    from vitrina.extract.edtf_text import to_edtf

    assert to_edtf("4.xi.1903") == "1903-11-04"
    assert to_edtf("28/IX/1877") == "1877-09-28"
    text = "Trapped on 30.ii.1903 and again on 7.vii.1903."
    assert [d.edtf for d in find_dates(text)] == ["1903", "1903-07-07"]  # no 30 February: the year alone
