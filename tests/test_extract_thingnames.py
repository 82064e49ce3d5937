"""Things named after towns and people: wards, newspapers, trenches, decorations (round 53 red team D4)."""

from __future__ import annotations

from vitrina.extract.entities import RawMention
from vitrina.extract.places import gazetteer
from vitrina.extract.thingnames import (
    named_thing,
    thing_type,
    things_named_after,
    titled_possessors,
    trailing_thing_nouns,
)


def _span(text: str, surface: str, etype: str = "person", source: str = "PERSON") -> RawMention:
    start = text.index(surface)
    return RawMention(start, start + len(surface), etype, source)  # type: ignore[arg-type]


def test_a_name_headed_by_a_noun_of_a_thing_after_a_town_is_that_thing() -> None:
    gaz = gazetteer()
    assert named_thing(["Leeds", "Ward"], gaz) == "place"  # an area of a town
    assert named_thing(["Bristol", "Gazette"], gaz) == "other"  # a newspaper
    assert named_thing(["Royal", "Bridge"], gaz) == "other"  # adjectives before a thing's noun
    assert named_thing(["Agatha", "Gates"], gaz) is None  # a given name, no town
    assert named_thing(["Leeds", "Smith"], gaz) is None  # a person's noun heads it


def test_things_named_after_retypes_and_keeps_the_kind() -> None:
    text = "The member for Leeds Ward wrote to the Bristol Gazette; Agatha Hall replied."
    mentions = [_span(text, "Leeds Ward"), _span(text, "Bristol Gazette", "organization", "ORG"),
                _span(text, "Agatha Hall")]
    out = things_named_after(text, mentions, gazetteer())
    assert [(text[m.start : m.end], m.type) for m in out] == [
        ("Leeds Ward", "place"), ("Bristol Gazette", "other"), ("Agatha Hall", "person")]
    assert thing_type(out[0].source) == "place" and thing_type("PERSON") is None


def test_a_head_used_alone_for_a_person_keeps_the_person() -> None:
    text = "Leeds Ward spoke first. Then Ward sat down."
    mentions = [_span(text, "Leeds Ward"), RawMention(text.index("Ward sat"), text.index("Ward sat") + 4,
                                                      "person", "PERSON")]
    assert things_named_after(text, mentions, gazetteer())[0].type == "person"


def test_a_markup_name_is_trusted() -> None:
    text = "The member for Leeds Ward spoke."
    assert things_named_after(text, [_span(text, "Leeds Ward", source="markup")], gazetteer())[0].type == "person"


def test_a_body_cut_short_of_its_namesakes_title_starts_at_the_title() -> None:
    text = "They relieved the Earl of Dunmore's Fusiliers at noon."
    out = titled_possessors(text, [_span(text, "Dunmore's Fusiliers", "organization", "ORG")])
    assert text[out[0].start : out[0].end] == "Earl of Dunmore's Fusiliers"
    plain = "They met the Friends of Kew's garden."  # "Friends" holds no title
    assert titled_possessors(plain, [_span(plain, "Kew's garden", "organization", "ORG")])[0].start \
        == plain.index("Kew")


def test_an_organization_followed_by_a_noun_of_a_thing_is_that_thing() -> None:
    text = "They held on at Marble Arch redoubt and fell back to the Acme Company offices."
    out = trailing_thing_nouns(text, [_span(text, "Marble Arch", "organization", "ORG"),
                                      _span(text, "Acme Company", "organization", "ORG")])
    assert (text[out[0].start : out[0].end], out[0].type) == ("Marble Arch redoubt", "other")
    assert (text[out[1].start : out[1].end], out[1].type) == ("Acme Company", "organization")  # a plural after it


def test_a_councils_area_named_as_a_body_is_one_organization() -> None:
    """Round 53 red team D9: "the Borough of X" read as a person "Borough" and the place X."""
    from vitrina.extract.thingnames import district_bodies

    text = ("In 1920 the Borough of Quenby and Marl was united with the Rural District of Eskwith. The Borough met."
            " The Rural District of Tarn stayed apart.")
    mentions = [_span(text, "Borough"), _span(text, "Quenby and Marl", "place", "GPE"),
                _span(text, "Rural District", "place", "LOC"), _span(text, "Eskwith", "place", "GPE"),
                RawMention(text.rindex("Borough"), text.rindex("Borough") + 7, "person", "PERSON")]
    out = district_bodies(text, mentions, gazetteer())
    assert [(text[m.start : m.end], m.type) for m in out] == [
        ("Borough of Quenby and Marl", "organization"), ("Rural District of Eskwith", "organization"),
        ("Rural District of Tarn", "organization")]  # the model read the head once: every such phrase


def test_a_head_that_is_a_name_or_not_after_the_is_kept() -> None:
    from vitrina.extract.thingnames import district_bodies

    text = "Agnes Park of Leeds wrote. Borough of Marl minutes follow."
    mentions = [_span(text, "Agnes Park"), _span(text, "Leeds", "place", "GPE"), _span(text, "Borough")]
    assert district_bodies(text, mentions, gazetteer()) == mentions


def test_a_body_keeps_its_type_unless_an_area_or_a_paper_after_a_town_heads_it() -> None:
    gaz = gazetteer()
    assert named_thing(["Leeds", "Gazette"], gaz, body=True) == "other"
    assert named_thing(["Leeds", "Embassy"], gaz, body=True) is None  # a building: as often the body housed there
    assert named_thing(["Royal", "Ward"], gaz, body=True) is None  # adjectives only for a person's reading
    assert named_thing(["White", "House"], gaz) is None  # WordNet knows the whole name


def test_a_noun_after_a_body_without_a_preposition_of_place_is_no_part_of_it() -> None:
    text = "The Supreme Court bench rose; the Union left."
    out = trailing_thing_nouns(text, [_span(text, "Supreme Court", "organization", "ORG")])
    assert text[out[0].start : out[0].end] == "Supreme Court"


def test_an_object_noun_surname_after_a_town_name_stays_a_person_unless_the_text_speaks_of_the_thing() -> None:
    text = "Bristol Bell, the envoy, wrote twice."
    assert things_named_after(text, [_span(text, "Bristol Bell")], gazetteer())[0].type == "person"
    text = "The company dug Bristol Trench at night; the trench held."
    assert things_named_after(text, [_span(text, "Bristol Trench")], gazetteer())[0].type == "other"


def test_a_body_whose_head_can_name_a_body_stays_one() -> None:
    gaz = gazetteer()
    assert named_thing(["Bristol", "Command"], gaz, body=True) is None  # a military unit is a sense of "command"
    assert named_thing(["Bristol", "Gazette"], gaz, body=True) == "other"
