"""A relative's given name and surname that NER split into two places are one person."""

from vitrina.extract.cluster import _kin_name_split
from vitrina.extract.entities import RawMention


def _places(text: str, *names: str) -> list[RawMention]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(RawMention(start, start + len(name), "place", "GPE"))
    return out


def test_a_relative_named_in_two_words_is_one_person():
    text = "The clock passed to his granddaughter Ottilie Brandwein, who sold it."
    joined = _kin_name_split(text, _places(text, "Ottilie", "Brandwein"), 0)
    assert joined is not None and text[joined.start:joined.end] == "Ottilie Brandwein"
    assert joined.type == "person"


def test_two_places_after_a_preposition_stay_places():
    text = "She sailed with her daughter to Lisbon Porto and back."
    assert _kin_name_split(text, _places(text, "Lisbon", "Porto"), 0) is None


def test_places_listed_with_a_comma_stay_places():
    text = "His son Edgar, Leeds and York were named."
    assert _kin_name_split(text, _places(text, "Edgar", "Leeds"), 0) is None
