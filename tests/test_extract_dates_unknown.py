"""Dates the text does not give: a weekday of an undated entry, a date the writer says they do not know, a rate
after an amount of money (round 55 red team D7)."""

from vitrina.extract.dates import find_dates


def _values(text: str) -> dict[str, str]:
    return {text[d.start : d.end]: d.edtf for d in find_dates(text)}


def test_date_the_writer_cannot_remember_is_left_unread():
    text = "Log, 1922\n\n3 March 1922. Rain.\n\nFriday last (I do not remember the date) the barge sank."
    assert "Friday last" not in _values(text)


def test_forgotten_day_is_left_unread():
    text = "Log, 1922\n\n3 March 1922. Rain.\n\nOn Monday last, I forget the day, the barge sank."
    assert "Monday last" not in _values(text)


def test_never_forgetting_the_day_keeps_the_date():
    text = "Bath, 3 March 1922\n\nDear Kit,\n\nOn Monday last, I shall never forget the day, the barge sank."
    assert _values(text).get("Monday last") == "1922-02-27"


def test_weekday_heading_an_undated_entry_is_approximate():
    text = "Log, 1922\n\n3 March 1922. Rain all day.\n\nThursday. The ferry ran again."
    assert _values(text)["Thursday"].endswith("~")


def test_weekday_in_a_dated_letter_stays_exact():
    text = "Bath, 3 March 1922\n\nDear Kit,\n\nOn Monday last the barge sank."
    assert _values(text)["Monday last"] == "1922-02-27"


def test_rate_after_an_amount_is_no_date():
    text = "The cottage was taken on 1 May 1860 at £12 10s. a year thereafter, paid quarterly."
    assert all("1861" not in v for v in _values(text).values())


def test_offset_after_a_count_of_things_is_still_a_date():
    text = "The cottage was taken on 1 May 1860 with 3 fields. A year thereafter it was sold."
    assert "1861" in _values(text).values()
