import pytest

from vitrina.edtf_bounds import _slow_point, bounds


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1921", ("1921-01-01", "1921-12-31")),
        ("1921-02", ("1921-02-01", "1921-02-28")),
        ("1924-02", ("1924-02-01", "1924-02-29")),
        ("1921-05-04", ("1921-05-04", "1921-05-04")),
        ("1925-21", ("1925-03-01", "1925-05-31")),
        ("1925-24", ("1925-12-01", "1926-02-28")),  # winter runs into the next year
        ("186X", ("1860-01-01", "1869-12-31")),
        ("18XX", ("1800-01-01", "1899-12-31")),
        ("1900~", ("1900-01-01", "1900-12-31")),
        ("1861/1865", ("1861-01-01", "1865-12-31")),
        ("1925-22/1925-23", ("1925-06-01", "1925-11-30")),
        ("../1870", (None, "1870-12-31")),
        ("1870/..", ("1870-01-01", None)),
        ("1921-02-30", (None, None)),
        ("not a date", (None, None)),
    ],
)
def test_bounds(value, expected):
    assert bounds(value) == expected


@pytest.mark.parametrize("value", ["1921", "1921-07", "1921-07-14", "1925-21", "1925-23", "186X", "1900?"])
def test_fast_path_agrees_with_edtf_package(value):
    assert bounds(value) == _slow_point(value)


def test_day_numbers_for_any_signed_year() -> None:
    """Round 35: ISO days before the common era and past 9999, which datetime.date cannot hold."""
    from datetime import date

    from vitrina.edtf_bounds import day_number, iso_day, iso_parts

    assert day_number("1970-01-01") == 0
    assert day_number("1805-06-30") == (date(1805, 6, 30) - date(1970, 1, 1)).days
    assert day_number("-0043-03-16") - day_number("-0043-03-15") == 1
    assert day_number("-0043-12-31") - day_number("-0043-01-01") == 364
    assert day_number("0000-12-31") - day_number("0000-01-01") == 365  # year 0 (1 BC) is a leap year
    for iso in ("-0043-03-15", "12000-02-29", "0000-02-29", "1999-12-31"):
        assert iso_day(day_number(iso)) == iso
    assert iso_parts("12000-06-01") == (12000, 6, 1) and iso_parts("-0499-01-01") == (-499, 1, 1)
    for bad in ("1999-02-29", "1999-13-01", "99-01-01", "1999-01"):
        with pytest.raises(ValueError):
            day_number(bad)
