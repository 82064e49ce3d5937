"""A day of the month written alone is read in the month named last before it (round 55 red team D1)."""

from vitrina.extract.dates import find_dates
from vitrina.extract.daymonth import day_in_month, named_month


def _values(text: str) -> dict[str, str]:
    return {text[d.start : d.end]: d.edtf for d in find_dates(text)}


def test_day_takes_month_named_in_its_sentence():
    text = ("Log of the sloop, 1874\n\n2 June 1874. Left harbour at dawn.\n\n18 June. Calm all day.\n\n"
            "Towards the middle of July, maybe the 14th. Reached the islands.")
    assert _values(text)["the 14th"] == "1874-07-14?"


def test_day_takes_month_heading_its_entry():
    text = ("Notes kept in 1930\n\n5 October 1930. The mill closed.\n\n"
            "November. The river rose. It fell again on the 20th.")
    assert _values(text)["the 20th"] == "1930-11-20"


def test_day_without_month_named_keeps_its_old_reading():
    text = "Notes kept in 1930\n\n5 October 1930. The mill closed.\n\nThe weather broke on the 2nd."
    assert _values(text).get("the 2nd", "1930-10-02") == "1930-10-02"


def test_month_of_another_years_date_is_not_the_days_month():
    text = ("Notes kept in 1930\n\n5 October 1930. The mill closed. My father was born in May 1870."
            " The weather broke on the 2nd.")
    assert _values(text).get("the 2nd", "") != "1930-05-02"


def test_month_named_after_a_later_month_turns_the_year():
    text = "Winter book\n\n20 December 1911. Snow.\n\nJanuary. Ice on the pond; we skated on the 3rd."
    assert _values(text)["the 3rd"] == "1912-01-03"


def test_modal_may_is_no_month():
    text = "Ada went to town. May I say she was right? She came back on the 6th."
    assert named_month(text, text.index("the 6th"), 1900, [], frozenset({"in", "of"})) is None


def test_day_past_the_months_end_is_none():
    assert day_in_month(31, 6, 1900) is None
    assert day_in_month(29, 2, 1904) == "1904-02-29"


def test_day_takes_month_written_as_a_run_in_heading():
    text = ("Diary of Ida, 1911\n\n22 March 1911. The ferry is late. Rain all day. April. Uncle R. (Mr Ralph Venn) "
            "came from Hull, aged 70. Left for home on the 9th.")
    assert _values(text)["the 9th"] == "1911-04-09"


def test_run_in_month_heading_gives_way_to_a_day_written_after_it():
    text = "Diary of Ida, 1911\n\n22 March 1911. Late. April. On 3 May 1911 we sailed. It rained. Back on the 9th."
    assert _values(text)["the 9th"] != "1911-04-09"
