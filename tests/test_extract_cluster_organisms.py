"""Typing: genera, animals' and plants' common names, land localities and a newspaper's capitals
(``cluster._retype`` with ``taxa``; red team 47 D4, D7). Sentences of our own."""

from __future__ import annotations

from vitrina.extract.entities import RawMention


def _retyped(text: str, name: str, kind: str = "person", people: set[str] | None = None) -> RawMention | None:
    from vitrina.extract.cluster import _retype
    from vitrina.extract.places import gazetteer

    i = text.index(name)
    return _retype(text, RawMention(i, i + len(name), kind, "PERSON"), gazetteer(), set(), people or set())


def test_a_genus_before_its_epithet_or_known_to_wordnet_is_no_person() -> None:
    text = "Netted a Sylvia quornensis by the weir, and two Parus in the hedge."
    assert _retyped(text, "Sylvia") is None
    assert _retyped(text, "Parus", "organization") is None


def test_a_given_name_of_a_named_person_stays_hers() -> None:
    text = "Sylvia Ormsby wrote home. Sylvia said the weir was high."
    kept = _retyped(text, "Sylvia", people={"Sylvia Ormsby"})
    assert kept is not None and kept.type == "person"


def test_common_names_of_birds_are_no_people_but_surnames_stay() -> None:
    text = "A Great Tit and a Yellowhammer came to the feeder that Harriet Crane and Edwin Finch kept."
    assert _retyped(text, "Great Tit") is None
    assert _retyped(text, "Yellowhammer") is None
    for name in ("Harriet Crane", "Edwin Finch"):
        kept = _retyped(text, name)
        assert kept is not None and kept.type == "person"


def test_a_land_headed_name_after_a_preposition_is_a_place_and_a_person_stays() -> None:
    text = "We walked at Quornby Meadow with Henry Wood, then to Tallow Fen, Norfolk."
    place = _retyped(text, "Quornby Meadow", "organization")
    assert place is not None and place.type == "place"
    fen = _retyped(text, "Tallow Fen", "person")
    assert fen is not None and fen.type == "place"
    kept = _retyped(text, "Henry Wood")
    assert kept is not None and kept.type == "person"


def test_a_newspapers_capitals_are_no_names() -> None:
    text = "CONCERT IN THE MARKET HALL.\nMRS. QUILLER'S SOOTHING SYRUP Good for a Cough. PRICE TWO PENCE\n"
    assert _retyped(text, "CONCERT") is None
    assert _retyped(text, "MRS", "place") is None
    assert _retyped(text, "SYRUP Good", "organization") is None
    assert _retyped(text, "PRICE TWO PENCE", "organization") is None
    kept = _retyped(text, "QUILLER", "person")
    assert kept is not None and kept.type == "person"
    nato = "NATO met in Brussels."
    assert _retyped(nato, "NATO", "organization") is not None


def test_a_numeral_or_an_acronym_beside_common_words_is_no_headline() -> None:
    text = "Emperor Leo VI met the envoys; BBC Radio reported it."
    for name, kind in (("Leo VI", "person"), ("BBC Radio", "organization")):
        kept = _retyped(text, name, kind)
        assert kept is not None and kept.type == kind


def test_a_famous_place_named_like_a_plant_part_and_typed_a_person_is_not_dropped():
    # round 47 end: "samara" (a winged fruit) is only a plant word in WordNet; the city NER typed a person stayed out
    from tests._extract_helpers import make_doc
    from vitrina.extract import extract

    doc = extract(make_doc(["Under the Soviets many towns took new names, and Samara on the Volga was called "
                            "Kuybyshev for decades."]))
    assert any(doc.text[m.start:m.end] == "Samara" for m in doc.mentions)
