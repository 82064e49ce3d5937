"""Round 45: a birth year is no anchor for a yearless date, an age counts from it, and a year stated in another
speaker's turn makes a yearless date uncertain (vitrina.extract.dates)."""

from vitrina.extract.dates import find_dates


def _values(text: str) -> dict[str, str]:
    return {text[d.start:d.end]: d.edtf for d in find_dates(text)}


def test_age_with_birth_year_gives_the_year_by_arithmetic():
    found = _values("AB: Born 1920. I was fifteen that winter, when the mill shut.")
    assert found["that winter"] == "1935-24"


def test_birth_year_is_no_anchor_for_a_season_without_an_age():
    found = _values("She was born in 1902. That summer the river froze early.")
    assert "That summer" not in found and found["1902"] == "1902"


def test_birth_with_places_between_is_still_a_birth():
    found = _values("I was born on Quay Lane, in Leith, in March 1930. We left that autumn.")
    assert "that autumn" not in found


def test_relative_unit_still_counts_from_a_birth_year():
    found = _values("Her brother was born in 1871, and her sister was born a year earlier.")
    assert found["a year earlier"] == "1870"


def test_month_read_in_another_speakers_year_is_uncertain():
    text = "CD: We married in 1960.\nEF: I remember the fire starting in June."
    assert _values(text)["June"] == "1960-06?"


def test_month_in_the_same_turn_stays_precise():
    text = "CD: We married in 1960. I remember the fire starting in June.\n\nThe next paragraph of prose."
    assert _values(text)["June"] == "1960-06"


def test_new_prose_paragraph_keeps_the_year_precise():
    text = "The treaty was signed in 1815.\n\nIn June the fleets went home."
    assert _values(text)["June"] == "1815-06"


def test_mixed_case_heading_with_colon_is_no_turn():
    text = "The hall opened in 1899.\nOpening hours: daily. The roof was mended in June."
    assert _values(text)["June"] == "1899-06"


def test_death_year_still_anchors_the_narrative():
    text = "The old king died in January 1066 and the battle came on 14 October."
    assert _values(text)["14 October"] == "1066-10-14"
