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
