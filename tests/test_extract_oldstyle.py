"""Older English typography read for matching only: dates over the written text (issues #13/#14)."""

from __future__ import annotations

import pytest

from vitrina.extract.chunks import model_view
from vitrina.extract.dates import find_dates
from vitrina.extract.oldstyle import OLDSTYLE, matching_view, roman_value


def _dates(text: str) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.edtf) for d in find_dates(text)]


def test_a_month_form_written_with_the_long_s_is_looked_up_folded() -> None:
    # the caseless pattern finds "ſeptr" (long s); its table lookup once raised KeyError and the document was skipped
    assert ("1711", "1711") in _dates("The brig was loſt the 3 ſeptr 1711 near the bar.")


@pytest.mark.parametrize(("text", "written", "edtf"), [
    ("Gegeben den 21. Auguſti 1711 zu Prag.", "21. Auguſti 1711", "1711-08-21"),
    ("Écrit le 4 ſeptembre 1711 à Lyon.", "4 ſeptembre 1711", "1711-09-04"),
])
def test_a_month_of_another_language_written_with_the_long_s_is_read(text: str, written: str, edtf: str) -> None:
    assert (written, edtf) in _dates(text)


@pytest.mark.parametrize(("text", "written", "edtf"), [
    ("The sloop came in on the 3d of Auguſt 1762 with salt.", "the 3d of Auguſt 1762", "1762-08-03"),
    ("Your favour of Sept.r 14 1771 came to hand.", "Sept.r 14 1771", "1771-09-14"),
    ("Yours of Octʳ 9ᵗʰ 1771 is before me.", "Octʳ 9ᵗʰ 1771", "1771-10-09"),
    ("Recd. Decr. 2d 1745 of Mr. Hale ten shillings.", "Decr. 2d 1745", "1745-12-02"),
    # a split year marks the day Old Style: its Gregorian day (the written 1745-02-22 kept as ``julian``)
    ("Wrote to my brother Feby 22 1744/5 by the packet.", "Feby 22 1744/5", "1745-03-05"),
    ("We left the island 7ber 4 1702 in fair weather.", "7ber 4 1702", "1702-09-04"),
    ("Printed for the Author in the year MDCCLXXXIV.", "the year MDCCLXXXIV", "1784"),
    ("Given under my hand the xii of May 1712.", "the xii of May 1712", "1712-05-12"),
    ("Set sail from the Texel the 10/21 March 1711 with a fair wind.", "the 10/21 March 1711", "1711-03-21"),
    ("The fleet anchored on March 10/21, 1711 off the Downs.", "March 10/21, 1711", "1711-03-21"),
])
def test_an_older_written_date_is_read_with_its_whole_written_span(text: str, written: str, edtf: str) -> None:
    assert (written, edtf) in _dates(text)


@pytest.mark.parametrize("text", [
    "The MCC and the DCL met in the hall on Tuesday.",  # short upper-case runs are acronyms
    "Item 3/4 of the estate went to his widow.",  # a fraction, not two styles of one day
    "He paid 2/3 March rent and left.",  # a gap no calendar reform made
    "The civil war was a matter for the LXX and the MIX committee.",
])
def test_acronyms_fractions_and_unrelated_numbers_are_no_older_dates(text: str) -> None:
    assert _dates(text) == []


def test_the_view_maps_back_and_the_text_is_untouched() -> None:
    text = "On the 10/21 March 1711 the ſhip ſailed."
    view = matching_view(text)
    assert view is not None and view.text == "On the 21 March 1711 the ship sailed."
    assert view.original(7, 9) == (7, 12)  # "21" stands for "10/21"
    assert view.at(text.index("March")) == view.text.index("March")
    assert matching_view("A plain modern sentence of 1911.") is None


def test_roman_numerals_are_read_only_when_written_the_standard_way() -> None:
    assert roman_value("MDCCXI") == 1711 and roman_value("MCMXC") == 1990
    assert roman_value("MDCCCCX") is None and roman_value("IIII") is None and roman_value("") is None
    assert OLDSTYLE["min_year"] <= roman_value("MDCCLXXXIV") <= OLDSTYLE["max_year"]  # type: ignore[operator]


def test_the_model_reads_the_long_s_as_s_at_the_same_offsets() -> None:
    text = "The ſhip ſailed from Boſton."
    assert model_view(text) == "The ship sailed from Boston." and len(model_view(text)) == len(text)
