"""A family's surname, initials and kinship titles with initials, feast days, scales and a record's own noun;
an identity statement; one town whichever sentence it stood in (round 55 redents55). Invented texts only."""

from __future__ import annotations

from tests._extract_helpers import make_doc
from vitrina.extract import extract
from vitrina.extract.entities import RawMention
from vitrina.extract.kinnames import (
    bare_apposed_people,
    calendar_and_scale_words,
    family_surnames,
    identity_statement,
    initial_names,
    record_words,
)


def _spans(text: str, mentions: list[RawMention]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in mentions]


def _at(text: str, word: str, kind: str = "place", source: str = "GPE") -> RawMention:
    start = text.index(word)
    return RawMention(start, start + len(word), kind, source)  # type: ignore[arg-type]


def test_a_family_name_is_a_persons_not_a_place() -> None:
    text = "The mill took its name from the Denholm family and not from the town."
    out = family_surnames(text, [_at(text, "Denholm")])
    assert _spans(text, out) == [("Denholm", "person")]
    assert out[0].source == "family"
    clan = "the Orrin clan settled there"
    assert _spans(clan, family_surnames(clan, [_at(clan, "Orrin")])) == [("Orrin", "person")]


def test_a_place_before_another_noun_stays_a_place() -> None:
    text = "We walked to the Denholm station at noon."
    assert _spans(text, family_surnames(text, [_at(text, "Denholm")])) == [("Denholm", "place")]


def test_initials_are_one_name() -> None:
    text = "Friday. R. T. came to dinner."
    start = text.index("R.")
    out = initial_names(text, [RawMention(start, start + 2, "person", "PERSON")])
    assert _spans(text, out) == [("R. T.", "person")]


def test_initials_before_a_surname_are_left_to_the_model() -> None:
    text = "R. T. Garrow came."
    start = text.index("R.")
    assert _spans(text, initial_names(text, [RawMention(start, start + 2, "person", "PERSON")])) == [("R.", "person")]


def test_a_kinship_title_with_an_initial_is_one_person_and_stops_before_its_place() -> None:
    text = "The cat stayed with Uncle P. at Dunmore all winter."
    start = text.index("Uncle")
    ran_on = RawMention(start, text.index(" all"), "person", "PERSON")
    assert _spans(text, initial_names(text, [ran_on])) == [("Uncle P.", "person"), ("Dunmore", "place")]
    assert _spans("Uncle P. called.", initial_names("Uncle P. called.", [])) == [("Uncle P.", "person")]


def test_a_title_that_is_no_kinship_noun_adds_nothing() -> None:
    assert initial_names("Captain P. called.", []) == []


def test_feast_days_and_scales_name_no_entity() -> None:
    text = "Rent due at Martinmas and Candlemas; the glass stood at 31 degrees Celsius."
    kept = calendar_and_scale_words(text, [_at(text, w, "person") for w in ("Martinmas", "Candlemas", "Celsius")])
    assert kept == []
    other = "Rent paid to Hobbs at noon."
    assert len(calendar_and_scale_words(other, [_at(other, "Hobbs", "person")])) == 1


def test_a_records_own_noun_is_no_entity() -> None:
    text = "Journal, 1902\n\nTHIS DEED witnesses the sale. The Journal printed it."
    mentions = [RawMention(0, 7, "organization", "ORG"), _at(text, "DEED", "organization"),
                RawMention(text.rindex("Journal"), text.rindex("Journal") + 7, "organization", "ORG")]
    assert _spans(text, record_words(text, mentions)) == [("Journal", "organization")]


def test_a_name_with_a_bare_noun_of_a_person_after_its_comma_is_a_person() -> None:
    text = "Witnessed by Arnold Pike, notary at Selby, and Hobart Mill, town of the dales."
    out = bare_apposed_people(text, [_at(text, "Arnold Pike", "organization"), _at(text, "Hobart Mill")])
    assert _spans(text, out) == [("Arnold Pike", "person"), ("Hobart Mill", "place")]


def test_identity_statements() -> None:
    assert identity_statement("Uncle P.", " is Mr. ", "Piers Orme")
    assert identity_statement("R. T.", " was ", "Rufus Tamm")
    assert not identity_statement("Rufus", " was ", "Piers Orme")  # no short name
    assert not identity_statement("R. T.", " met ", "Piers Orme")
    assert not identity_statement("R. T.", " is ", "Orme")


def test_a_short_name_said_to_be_a_full_name_is_one_person() -> None:
    doc = extract(make_doc(["Tuesday. Uncle P. is Mr. Piers Orme, my father's brother. He brought apples."]))
    ids = {m.entity for m in doc.mentions if doc.text[m.start : m.end] in ("Uncle P.", "Piers Orme")}
    assert len(ids) == 1


def test_a_verb_opening_a_diary_line_is_no_part_of_its_place() -> None:
    from vitrina.extract.kinnames import verb_led_places
    from vitrina.extract.places import gazetteer

    text = "Sailed Lisbon at dawn.\nBroken Hill is far."
    mentions = [_at(text, "Sailed Lisbon"), _at(text, "Broken Hill")]
    assert _spans(text, verb_led_places(text, mentions, gazetteer())) == [("Lisbon", "place"), ("Broken Hill", "place")]


def test_initials_a_tag_cut_before_the_last_stop_get_it_back() -> None:
    text = "Then R. T. came."
    start = text.index("R.")
    cut = RawMention(start, start + 4, "person", "markup")
    assert _spans(text, initial_names(text, [cut])) == [("R. T.", "person")]


def test_a_place_word_before_a_vessel_noun_is_the_shipping_line() -> None:
    from vitrina.extract.kinnames import vessel_line_names

    text = "We came home on the Orient steamer. The Orient coast was far."
    mentions = [_at(text, "Orient", "organization", "ORG"),
                RawMention(text.rindex("Orient"), text.rindex("Orient") + 6, "place", "GPE")]
    out = vessel_line_names(text, mentions)
    assert _spans(text, out) == [("Orient", "organization"), ("Orient", "place")]
    assert out[0].source == "line"
    ship = "After the Ruritania battleship sank."
    assert _spans(ship, vessel_line_names(ship, [_at(ship, "Ruritania")])) == [("Ruritania", "place")]
