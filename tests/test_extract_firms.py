"""Firms named after people ("X & Sons", "X Brothers") are organizations, never the person they are named after."""

from __future__ import annotations

from vitrina.extract.entities import RawMention
from vitrina.extract.firms import closes_a_firm, firm_names, firm_spans


def test_a_name_closed_by_a_firms_tail_is_one_span() -> None:
    text = ("Mara Quellin opened Quellin & Sons at the quay. Later the Tovey Brothers and Dorr and Company "
            "bought the yard; her sons and daughters sold it.")
    assert [text[a:b] for a, b in firm_spans(text)] == ["Quellin & Sons", "Tovey Brothers", "Dorr and Company"]


def test_the_founders_name_inside_a_firm_becomes_the_firms_organization_mention() -> None:
    text = "Mara Quellin opened Quellin & Sons at the quay."
    start = text.index("Quellin &")
    raw = [RawMention(0, 12, "person", "PERSON"), RawMention(start, start + 7, "person", "PERSON")]
    out = firm_names(text, raw)
    assert [(text[m.start:m.end], m.type) for m in out] == [
        ("Mara Quellin", "person"), ("Quellin & Sons", "organization")]


def test_a_function_word_opening_the_sentence_is_not_part_of_the_firm() -> None:
    text = "The Quellin & Sons yard was sold."
    out = firm_names(text, [])
    assert [text[m.start:m.end] for m in out] == ["Quellin & Sons"]


def test_tail_words_are_read_from_the_lexicon() -> None:
    assert closes_a_firm("Sons") and closes_a_firm("Company") and not closes_a_firm("Quellin")


def test_a_firm_is_not_split_into_the_people_it_is_named_after() -> None:
    from tests._extract_helpers import make_doc
    from vitrina.extract import extract

    doc = extract(make_doc(["Walter Penrick built boats at Falmouth. In 1890 Penrick & Sons launched a ketch, "
                            "and Alice Penrick kept the books of Penrick & Sons."]))
    by_surface = {doc.text[m.start:m.end]: m.entity for m in doc.mentions}
    types = {e.id: e.type for e in doc.entities}
    assert types[by_surface["Penrick & Sons"]] == "organization"
    assert types[by_surface["Alice Penrick"]] == "person"
    assert by_surface["Penrick & Sons"] not in (by_surface["Alice Penrick"], by_surface["Walter Penrick"])


def test_a_renamed_firm_is_one_organization_under_both_names() -> None:
    from tests._extract_helpers import make_doc
    from vitrina.extract import extract

    doc = extract(make_doc([
        "Jonas Trevail opened the Lanreath Pottery Company at Looe in 1871.",
        "In 1902 the company was renamed the Trevail Pottery Company. The Tamar Clay Company supplied it.",
    ]))
    by_surface = {doc.text[m.start:m.end]: m.entity for m in doc.mentions}
    assert by_surface["Lanreath Pottery Company"] == by_surface["Trevail Pottery Company"]
    assert by_surface["Tamar Clay Company"] != by_surface["Lanreath Pottery Company"]
    merged = next(e for e in doc.entities if e.id == by_surface["Lanreath Pottery Company"])
    assert "Trevail Pottery Company" in (merged.name, *merged.aliases)


def test_a_firm_name_does_not_reach_back_over_a_comma_or_a_line_break() -> None:
    text = "Yours truly,\nAnne Colley\nSecretary, Colley & Sons"
    assert [text[a:b] for a, b in firm_spans(text)] == ["Colley & Sons"]
