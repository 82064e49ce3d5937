"""Vessels, rooms and diseases named after people and places (``extract/namesakes.py``)."""

from __future__ import annotations

from tests._extract_helpers import make_doc
from vitrina.extract import extract
from vitrina.extract.entities import RawMention
from vitrina.extract.namesakes import (
    disease_noun,
    room_noun,
    vessel_names,
    without_disease_eponyms,
    without_room_names,
)
from vitrina.ingest import tei


def _at(text: str, name: str, etype: str = "person", nth: int = 0) -> RawMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    return RawMention(at, at + len(name), etype, "PERSON" if etype == "person" else "GPE")  # type: ignore[arg-type]


def _spans(text: str, mentions: list[RawMention]) -> list[tuple[str, str, str]]:
    return [(m.type, m.source, text[m.start : m.end]) for m in mentions]


def test_the_nouns_come_from_wordnet() -> None:
    assert room_noun("Ward") and room_noun("wards") and not room_noun("Marsh") and not room_noun("Bay")
    assert disease_noun("fever") and disease_noun("syndrome") and disease_noun("influenza")
    assert not disease_noun("harbour") and not disease_noun("Brook")


def test_a_name_after_a_vessel_noun_is_the_vessel_in_every_mention() -> None:
    text = ('The schooner "Prince Alwen" left Dunmere. The crew of the Prince Alwen were paid. '
            'She never called at Dunmere again; the sloop Tolbury Rose sank off Tolbury.')
    raw = [_at(text, "Alwen"), _at(text, "Dunmere", "place"), _at(text, "Prince Alwen", nth=1),
           _at(text, "Dunmere", "place", 1), _at(text, "Tolbury Rose"), _at(text, "Tolbury", "place", 1)]
    got = _spans(text, vessel_names(text, raw))
    assert got == [("other", "vessel", "Prince Alwen"), ("place", "GPE", "Dunmere"),
                   ("other", "vessel", "Prince Alwen"), ("place", "GPE", "Dunmere"),
                   ("other", "vessel", "Tolbury Rose"), ("place", "GPE", "Tolbury")]


def test_the_town_a_vessel_is_named_after_stays_a_place_after_a_preposition() -> None:
    text = 'The brig "Castleford" sailed for Kerrow; she never went to Castleford.'
    raw = [_at(text, "Castleford", "place"), _at(text, "Kerrow", "place"), _at(text, "Castleford", "place", 1)]
    got = _spans(text, vessel_names(text, raw))
    assert got == [("other", "vessel", "Castleford"), ("place", "GPE", "Kerrow"), ("place", "GPE", "Castleford")]


def test_a_quoted_name_with_its_commander_and_a_navy_prefix_are_vessels() -> None:
    text = 'Log of the "General Harlow". The "General Harlow" (Captain Ivo Penn) and HMS Marta Vell met.'
    raw = [_at(text, "Harlow"), _at(text, "General Harlow", nth=1), _at(text, "Ivo Penn"), _at(text, "Marta Vell")]
    got = _spans(text, vessel_names(text, raw))
    assert got == [("other", "vessel", "General Harlow"), ("other", "vessel", "General Harlow"),
                   ("person", "PERSON", "Ivo Penn"), ("other", "vessel", "HMS Marta Vell")]


def test_a_name_without_a_vessel_frame_is_left_alone() -> None:
    text = "The manager Nora Quell met the clerk Sefton Rye."
    raw = [_at(text, "Nora Quell"), _at(text, "Sefton Rye")]
    assert vessel_names(text, raw) == raw


def test_a_vessel_name_has_at_most_the_name_words_and_a_longer_run_is_none() -> None:
    six = "The brig Ardo Belm Cauly Dorn Evick Fallow sailed."
    assert _spans(six, vessel_names(six, [_at(six, "Ardo")])) == [
        ("other", "vessel", "Ardo Belm Cauly Dorn Evick Fallow")]
    seven = "The brig Ardo Belm Cauly Dorn Evick Fallow Gorsey sailed."
    assert vessel_names(seven, [_at(seven, "Ardo")]) == [_at(seven, "Ardo")]


def test_a_line_of_one_capitalised_word_repeated_is_no_vessel() -> None:
    text = "the brig " + " ".join(["Kellow"] * 3000) + "\n"
    raw = [_at(text, "Kellow", "place", nth) for nth in range(0, 3000, 100)]
    assert vessel_names(text, raw) == raw


def test_wards_named_after_people_are_no_persons_when_the_text_names_rooms() -> None:
    text = "Admitted to Ada Ward. Moved to Tennant Ward. Dr. Ellen Ward saw him."
    raw = [_at(text, "Ada Ward"), _at(text, "Tennant Ward"), _at(text, "Ellen Ward")]
    got = _spans(text, without_room_names(text, raw))
    assert got[:2] == [("other", "room", "Ada Ward"), ("other", "room", "Tennant Ward")]
    # one name headed by the noun, no lower-case "ward": a surname
    text = "Dr. Ellen Ward saw him."
    assert without_room_names(text, [_at(text, "Ellen Ward")])[0].type == "person"


def test_a_name_before_a_disease_noun_is_part_of_the_disease() -> None:
    text = "He had Corvale fever, then Dunn's disease; Corvale is far. Nurse Ida Dunn came."
    raw = [_at(text, "Corvale", "place"), _at(text, "Dunn"), _at(text, "Corvale", "place", 1), _at(text, "Ida Dunn")]
    got = _spans(text, without_disease_eponyms(text, raw))
    assert got == [("place", "GPE", "Corvale"), ("person", "PERSON", "Ida Dunn")]


def test_extraction_types_the_vessel_a_vessel_and_keeps_the_town() -> None:
    doc = extract(make_doc(['The barque "Lady Wrexham" sailed from Hull on 3 May 1850 and reached Wrexham Sound. '
                            'The Lady Wrexham anchored there.']))
    named = {e.name: e.type for e in doc.entities}
    assert named.get("Lady Wrexham") == "vessel"
    assert named.get("Hull") == "place"
    assert "Wrexham" not in named


def test_tei_name_of_a_ship_type_is_vessel_markup(tmp_path) -> None:
    data = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
    <title>A letter</title></titleStmt></fileDesc></teiHeader>
    <text><body><div><p>He came home on the <name type="ship">Town of Orsay</name> and
    <name type="nickname">Bo</name> met him.</p></div></body></text></TEI>"""
    [doc] = tei.read(data, str(tmp_path / "letter.xml"))
    kinds = [(m.kind, doc.text[m.start : m.end]) for m in doc.markup]
    assert ("vessel", "Town of Orsay") in kinds
    assert not any(text == "Bo" for _, text in kinds)
    named = {e.name: e.type for e in extract(doc).entities}
    assert named.get("Town of Orsay") == "vessel"
    assert "Orsay" not in named


def test_compass_points_in_capitals_and_lone_cell_words_are_no_names() -> None:
    from vitrina.extract.logwords import compass_point, without_log_words

    assert compass_point("NE") and compass_point("SSW") and not compass_point("ne") and not compass_point("OK")
    assert not compass_point("SS") and compass_point("S") and compass_point("NW")
    text = "Wind SW, squalls. Omaha, NE is far.\n| Tar | 4 |\nPitch\nTar Hollis came."
    raw = [_at(text, "Wind SW"), _at(text, "NE", "place"), _at(text, "Tar"), _at(text, "Pitch"),
           _at(text, "Tar Hollis")]
    got = _spans(text, without_log_words(text, raw))
    assert got == [("place", "GPE", "NE"), ("person", "PERSON", "Tar Hollis")]


def test_a_medical_colleges_letters_after_a_name_are_post_nominal() -> None:
    from vitrina.extract.entities import is_post_nominal

    assert is_post_nominal("F.R.C.S.") and is_post_nominal("MRCS") and not is_post_nominal("Frcs")


def test_a_ship_named_after_its_class_noun_or_a_navy_prefix_is_a_vessel_entity() -> None:
    doc = extract(make_doc(["The clipper Amy Pellard left Stornoway at dawn. HMS Orrin Vale followed her to the "
                            "Minch, and the Amy Pellard signalled twice."]))
    named = {e.name: e.type for e in doc.entities}
    assert named.get("Amy Pellard") == "vessel"
    assert named.get("HMS Orrin Vale") == "vessel"
