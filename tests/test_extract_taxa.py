"""Binomials and their authorities (``vitrina.extract.taxa``) and the dates they are not."""

from vitrina.extract.dates import find_dates
from vitrina.extract.taxa import authority_year, genus_at


def _dates(text: str) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.edtf) for d in find_dates(text)]


def test_an_authority_year_is_no_date_of_the_act() -> None:
    text = "3.iv.1911. Netted a female warbler, Sylvia quornensis Tallow, 1856, by the mill race."
    assert _dates(text) == [("3.iv.1911", "1911-04-03")]


def test_bracketed_authority_with_two_authors_and_et_al() -> None:
    assert _dates("Logged as Parus brevicollis (Ormsby & Tallow, 1871).") == []
    assert _dates("A shrew, Sorex glimmeri Pank et al., 1932, was trapped.") == []


def test_a_year_after_a_name_that_is_no_binomial_stays_a_date() -> None:
    assert _dates("The ship left Paris with Ormsby, 1871.") == [("1871", "1871")]
    assert _dates("Then came Harriet Ormsby, 1871.") == [("1871", "1871")]


def test_authority_year_offsets() -> None:
    text = "Quercus pallidula Ormsby, 1871"
    assert authority_year(text, text.index("1871"))
    assert not authority_year("He wrote in 1871", 12)


def test_genus_by_its_epithet_or_by_wordnet() -> None:
    text = "a Sylvia quornensis and a Parus; Sylvia Ormsby wrote"
    first = text.index("Sylvia")
    assert genus_at(text, first, first + 6)
    parus = text.index("Parus")
    assert genus_at(text, parus, parus + 5)  # WordNet's "genus Parus"
    second = text.rindex("Sylvia")
    assert not genus_at(text, second, second + 6)  # a woman's name before a surname
