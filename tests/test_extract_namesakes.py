"""Namesakes told apart by their life dates, and places NER typed as people (round 43, issue #13)."""

from __future__ import annotations

import pytest

from tests._extract_helpers import make_doc
from vitrina.extract import extract

pytest.importorskip("vitrina.extract.dates")


def _people_named(doc, name: str) -> list[str]:
    return [m.entity for m in doc.mentions if doc.text[m.start : m.end] == name and m.type == "person"]


def test_two_namesakes_of_one_household_list_stay_two():
    doc = extract(make_doc([
        "Return of 1881, the mill cottages.",
        "Cottage 4. Walter Penhale, head, widower, aged 67, miller. "
        "Cottage 5. Walter Penhale, head, married, aged 31, carter.",
    ]))
    old, young = _people_named(doc, "Walter Penhale")
    assert old != young


def test_one_persons_variants_still_join():
    doc = extract(make_doc([
        "Walter Penhale was born in 1814 at the mill. In 1881 W. Penhale, aged 67, still ground corn there, "
        "and Walter Penhale died in 1890.",
    ]))
    ids = {m.entity for m in doc.mentions if "Penhale" in doc.text[m.start : m.end] and m.type == "person"}
    assert len(ids) == 1


def test_a_lane_and_a_farm_named_like_people_are_places():
    doc = extract(make_doc([
        "Grace Tonkin lived at the end of Quarry Lane, beyond Home Farm. "
        "Her brother kept the forge on Quarry Lane until 1880.",
    ]))
    types = {doc.text[m.start : m.end]: m.type for m in doc.mentions}
    assert types.get("Grace Tonkin") == "person"
    assert types.get("Quarry Lane") != "person" and types.get("Home Farm") != "person"


def _ids_of(doc, name: str) -> list[str]:
    return [m.entity for m in doc.mentions if doc.text[m.start : m.end].startswith(name) and m.type == "person"]


@pytest.mark.parametrize("older, younger", [
    (" senior", " junior"),
    (", senior,", ", junior,"),
    (", Sr.", ", Jr."),
    (" Snr", " Jnr"),
])
def test_father_and_son_marked_after_the_name_are_two(older, younger):
    doc = extract(make_doc([
        "The mill by the ford.",
        f"Walter Penhale{older} kept the mill until the flood of 1850. Walter Penhale{younger} took it over that year.",
    ]))
    old, young = _ids_of(doc, "Walter Penhale")
    assert old != young


def test_roman_numerals_after_a_comma_set_namesakes_apart():
    doc = extract(make_doc([
        "The mill by the ford.",
        "Walter Penhale, II, kept the mill until the flood of 1850. Walter Penhale, III, took it over that year.",
    ]))
    old, young = _ids_of(doc, "Walter Penhale")
    assert old != young


def test_one_marked_persons_repeated_name_stays_one():
    doc = extract(make_doc([
        "The mill by the ford.",
        "Walter Penhale junior was born at the mill. In 1851 Walter Penhale junior sold it, and Penhale left for Bristol.",
    ]))
    assert len(set(_ids_of(doc, "Walter Penhale")) | set(_ids_of(doc, "Penhale"))) == 1


def test_a_mark_that_modifies_a_noun_is_no_generation():
    doc = extract(make_doc([
        "The bank in Fore Street.",
        "Walter Penhale, senior clerk of the bank, opened the ledger. Walter Penhale closed it in 1850.",
    ]))
    assert len(set(_ids_of(doc, "Walter Penhale"))) == 1


def test_the_son_of_a_father_named_by_initial_is_not_the_father():
    doc = extract(make_doc([
        "The mill by the ford.",
        "Walter Penhale kept the mill. Son of Mr. W. Penhale, the boy Walter Penhale junior went to sea in 1840.",
    ]))
    ids = _ids_of(doc, "Walter Penhale")
    assert ids[0] != ids[-1]


def test_a_lone_marked_person_keeps_the_bare_name_for_linking():
    doc = extract(make_doc([
        "The mill by the ford.",
        "Walter Penhale, Jr., kept the mill until the flood of 1850, and Penhale rebuilt it in 1852.",
    ]))
    names = [e.name for e in doc.entities if e.type == "person"]
    assert names == ["Walter Penhale"]


def test_namesakes_marked_after_the_name_carry_their_generation_in_their_names():
    doc = extract(make_doc([
        "The mill by the ford.",
        "Walter Penhale senior kept the mill until the flood of 1850. Walter Penhale junior took it over that year.",
    ]))
    names = sorted(e.name for e in doc.entities if e.type == "person")
    assert len(names) == 2 and names[0] != names[1] and all(n.startswith("Walter Penhale ") for n in names)


def test_an_unmarked_name_after_a_lone_marked_one_refers_back_to_it():
    doc = extract(make_doc([
        "The mill by the ford.",
        "Walter K. Penhale, Jr., kept the mill until the flood of 1850. In 1852 Walter Penhale rebuilt it.",
    ]))
    assert len(set(_ids_of(doc, "Walter"))) == 1


def test_marks_in_table_rows_set_father_and_son_apart():
    doc = extract(make_doc([
        "Tenants of the estate, 1871",
        "Tenant | Holding | Rent",
        "Walter Penhale senior | The mill and yard | 3s. 4d.",
        "Walter Penhale junior | A cottage by the ford | 1s. 2d.",
    ]))
    old, young = _ids_of(doc, "Walter Penhale")
    assert old != young
    assert len({e.name for e in doc.entities if e.name.startswith("Walter Penhale")}) == 2
