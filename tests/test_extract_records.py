"""A registrar's record: its field labels name no one, its object's name is a thing, and a name's particles keep
it whole (round 46 red team, defects 5 and 6; #13). Texts written for these tests."""

from __future__ import annotations

from tests._extract_helpers import make_doc
from vitrina.extract import extract
from vitrina.extract.entities import RawMention, join_particle_names
from vitrina.extract.records import fields, record_mentions
from vitrina.ingest import text as text_ingest


def _typed(doc) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities}


def _record(raw: str):
    return extract(text_ingest.read(raw.encode(), "ledger_04.txt")[0])


RECORD = ("Entry Sheet: Brass Theodolite (L.2210)\n\n"
          "Inventory number: L.2210\nObject name: Brass theodolite with level and tripod head\n"
          "Maker: Owen Farrant, Leeds\nDate: about 1840, the maker's shop records give 1838-1841\n"
          "Measurements: height 31 cm\nCondition: the level vial is cracked\n\n"
          "History\nOwen Farrant sold the Brass Theodolite to a surveyor in 1841.\n")


def test_a_records_fields_are_its_lines_and_a_labels_mention_is_dropped() -> None:
    assert [m["label"] for m in fields("Maker: A B\nDate: 1840\nMeasurements: 4 cm\n")] == \
        ["Maker", "Date", "Measurements"]
    assert fields("Maker: A B\nDate: 1840\n") == []  # two lines are no record
    text = "Maker: Rosa Pell\nDate: 1840\nMeasurements: 4 cm\n"
    at = text.index("Measurements")
    kept = record_mentions(text, [RawMention(at, at + 12, "person", "PERSON"),
                                  RawMention(7, 16, "person", "PERSON")], [(0, len(text))])
    assert [text[m.start:m.end] for m in kept] == ["Rosa Pell"]


def test_the_object_a_record_names_is_no_person() -> None:
    doc = _record(RECORD)
    typed = _typed(doc)
    assert typed.get("Owen Farrant") == "person"
    assert typed.get("Brass Theodolite") in {None, "other"}
    # the title over the fields is written as a field itself: the fields below it are still one block a line
    lines = [doc.text[b.start:b.end] for b in doc.blocks]
    assert "Measurements: height 31 cm" in lines
    assert "Date: about 1840, the maker's shop records give 1838-1841" in lines  # a long value is still a field


def test_a_mention_across_two_blocks_is_cut_and_a_lone_common_word_dropped() -> None:
    text = "Remarks\nInspected by the keeper"
    kept = record_mentions(text, [RawMention(0, 17, "organization", "ORG")], [(0, 7), (8, len(text))])
    assert kept == []


def test_an_artifact_noun_after_words_that_are_no_names_is_an_object() -> None:
    text = "The Portable Sextant was repaired by Ida Marsh."
    kept = record_mentions(text, [RawMention(4, 20, "person", "PERSON"), RawMention(37, 46, "person", "PERSON")],
                           [(0, len(text))])
    assert [(text[m.start:m.end], m.type) for m in kept] == [("Portable Sextant", "other"), ("Ida Marsh", "person")]
    # a given name WordNet knows as a person keeps a surname that is also a thing's noun
    assert record_mentions("John Cannon came.", [RawMention(0, 11, "person", "PERSON")], [(0, 17)])[0].type == \
        "person"


def test_particles_join_a_name() -> None:
    text = "The lamp was made by Omar ibn Daud al-Harrani in Aleppo and by Eli ben Noah ha-Kohen."
    omar, daud = text.index("Omar"), text.index("Daud")
    eli, cohen = text.index("Eli"), text.index("Kohen")
    mentions = [RawMention(omar, omar + 4, "person", "PERSON"), RawMention(daud, daud + 15, "person", "PERSON"),
                RawMention(eli, eli + 12, "person", "PERSON"), RawMention(cohen, cohen + 5, "person", "PERSON")]
    joined = join_particle_names(text, mentions)
    assert [text[m.start:m.end] for m in joined] == ["Omar ibn Daud al-Harrani", "Eli ben Noah ha-Kohen"]


def test_a_chain_without_a_person_is_left_alone() -> None:
    text = "They sailed to Porto de Lisboa and on."
    at = text.index("Porto")
    place = RawMention(at, at + 15, "place", "GPE")
    assert join_particle_names(text, [place]) == [place]


def test_particle_names_whole_in_the_knowledge() -> None:
    doc = extract(make_doc(["It was signed by Tamar bat Yosef ha-Levi and copied by Eli ben Noah ha-Kohen in Fez."]))
    people = sorted(e.name for e in doc.entities if e.type == "person")
    assert people == ["Eli ben Noah ha-Kohen", "Tamar bat Yosef ha-Levi"]


def test_a_tables_rows_of_two_cells_are_fields_when_the_first_reads_as_a_label() -> None:
    table = "Field | Value\n\nObject name | Pewter inkstand with two wells\n\nMaker | Edwin Rusk\n\nPlace made | York\n"
    assert [m["label"] for m in fields(table)] == ["Field", "Object name", "Maker", "Place made"]
    # a table of people: the first cells are names, not labels, so no record
    assert fields("Edwin Rusk | pewterer\nHanna Dole | engraver\nSilas Beck | carver\n") == []
    text = table + "\nThe Pewter Inkstand stood in the hall.\n"
    at = text.index("Pewter Inkstand")
    kept = record_mentions(text, [RawMention(at, at + 15, "organization", "ORG")], [(0, len(text))])
    assert [m.type for m in kept] == ["other"]


def test_a_label_line_alone_and_an_opening_participle_are_no_names() -> None:
    text = "Maker: Edwin Rusk\nDate: 1790\nPlace made: York\n\nHistory\nSold in Hull by Edwin Rusk.\n\nEngraved by Ada Lum.\n"
    joined = text.index("History")
    opening = text.index("Engraved")
    kept = record_mentions(text, [RawMention(joined, text.index(" in Hull"), "organization", "ORG"),
                                  RawMention(opening, opening + 8, "person", "PERSON")],
                           [(0, text.index("\n\nEngraved")), (opening, len(text))])
    assert kept == []


def test_a_stars_name_after_an_instruments_part_is_no_person() -> None:
    text = "The brass marker for Sirius is bent. Captain Sirius Orme sailed in 1790. Mars wrote to Ada."
    star = text.index("Sirius")
    named = text.index("Sirius", star + 1)
    subject = text.index("Mars")
    kept = record_mentions(text, [RawMention(star, star + 6, "person", "PERSON"),
                                  RawMention(named, named + 6, "person", "PERSON"),
                                  RawMention(subject, subject + 4, "person", "PERSON")], [(0, len(text))])
    assert [m.type for m in kept] == ["other", "person", "person"]


def test_a_label_the_reader_joined_to_its_values_opening_verb_is_no_name() -> None:
    text = "Maker: Edwin Rusk\nDate: 1790\nPlace made: York\n\nHistory Sold in Hull by Edwin Rusk.\n\nGeneral Electric made it.\n"
    joined = text.index("History")
    firm = text.index("General")
    kept = record_mentions(text, [RawMention(joined, joined + 12, "organization", "ORG"),
                                  RawMention(firm, firm + 16, "organization", "ORG")],
                           [(0, 46), (joined, text.index("\n\nGeneral")), (firm, len(text))])
    assert [text[m.start:m.end] for m in kept] == ["General Electric"]
