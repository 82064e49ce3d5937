"""Days written without their month, counted from the day the passage tells of (extract/dates.py)."""

from __future__ import annotations

from vitrina.extract.dates import find_dates


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(words, EDTF, words of the anchor) of each date found."""
    return [(text[d.start : d.end], d.edtf, text[d.anchor[0] : d.anchor[1]] if d.anchor else None)
            for d in find_dates(text)]


def test_a_later_day_of_the_same_month_is_read_from_the_day_told_before_it() -> None:
    text = "The ferry left Harwich on Monday the 3rd of March 1902 and reached Esbjerg on the 5th, in a gale."
    assert _found(text)[-1] == ("the 5th", "1902-03-05", "Monday the 3rd of March 1902")


def test_an_earlier_day_is_left_unresolved_since_its_month_is_not_said() -> None:
    text = "The mill at Osk burned on 21 April 1877. On the 4th the new owner came."
    assert [f[0] for f in _found(text)] == ["21 April 1877"]


def test_a_day_is_not_read_from_a_day_told_in_another_paragraph() -> None:
    text = "The kiln was lit on 2 May 1911.\n\nOn the 9th the roof fell in."
    assert [f[0] for f in _found(text)] == ["2 May 1911"]


def test_the_following_weekday_counts_from_the_day_told_of() -> None:
    text = "We sailed from Leith on 6 June 1851. Three days later we sighted Fair Isle. The following Sunday we anchored."
    found = _found(text)
    assert found[1][:2] == ("Three days later", "1851-06-09")
    assert found[2] == ("following Sunday", "1851-06-15", "Three days later")


def test_a_day_counted_from_an_entry_heading_cites_the_heading() -> None:
    text = "Friday 9 May 1884\n\nA letter came from Ada, written on the 6th."
    assert _found(text)[-1] == ("the 6th", "1884-05-06", "Friday 9 May 1884")


def test_an_ordinal_of_a_thing_is_no_day() -> None:
    text = "On 8 July 1916 the column moved up. The 12th battalion held the road."
    assert [f[0] for f in _found(text)] == ["8 July 1916"]


def test_a_day_written_again_without_its_year_is_the_day_written_before() -> None:
    from vitrina.extract.dates import find_dates

    text = ("The inspector came on 14 March 1907. The east wing, built in 1862, was full. "
            "Count of 14 Mar: 61 beds. On 2 April the wing was shut.")
    values = {text[d.start:d.end]: d.edtf for d in find_dates(text)}
    assert values["14 Mar"] == "1907-03-14"  # the same day again, though 1862 was written between
    assert values["2 April"] == "1907-04-02"  # the passage goes on from the day it named again
