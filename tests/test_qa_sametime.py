"""qa/sametime.py: a value of another year is no disagreement of the asked year's (round 56, red team
D-COMPARE-FALSE; invented citations)."""

from vitrina.qa import sametime

ASKED = {"text": "The guild's ledger for 1764 shows 90 crowns paid by the Dover chapter.", "section": None}
OTHER = {"text": "Dover chapter: 40 crowns.", "section": "Ledger of 1751"}
UNDATED = {"text": "Dover chapter: 40 crowns.", "section": "Receipts"}


def test_the_first_place_naming_a_year_dates_a_citation():
    assert sametime.dated_years(ASKED) == {"1764"}
    assert sametime.dated_years(OTHER) == {"1751"}
    assert sametime.dated_years({**UNDATED, "document_title": "Accounts, 1760"}) == {"1760"}
    assert sametime.dated_years(UNDATED) == frozenset()


def test_a_rival_of_another_year_only():
    assert sametime.other_year(ASKED, OTHER, ["1764"])
    assert not sametime.other_year(ASKED, UNDATED, ["1764"])  # undated: it may be the same year's
    assert not sametime.other_year(ASKED, OTHER, [])  # no year asked
    assert not sametime.other_year(OTHER, ASKED, ["1764"])  # the answer is not of the asked year
