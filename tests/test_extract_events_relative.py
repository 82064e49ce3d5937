"""Round 45: a "He/She" stands for the relative a conversation last spoke of, named before by apposition, not for
the last name said (vitrina.extract.events._relative_spoken_of)."""

from __future__ import annotations

import pytest

from tests._extract_helpers import make_doc

pytest.importorskip("vitrina.extract.dates")


def _events(paragraphs: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    from vitrina.extract import extract

    doc = extract(make_doc(paragraphs))
    names = {e.id: e.name for e in doc.entities}
    return [(ev.label, ev.edtf, tuple(names.get(p, p) for p in ev.participants)) for ev in doc.events]


def test_pronoun_after_a_relative_spoken_of_is_that_relative():
    events = _events([
        "My mother, Martha Quill, kept the shop. The landlord, Silas Pennock, raised the rent every spring.",
        "Q: Did your mother ever speak of it?",
        "A: Now and then. She sold the shop in 1968.",
    ])
    dated = [ev for ev in events if ev[1] == "1968"]
    assert dated and any("Quill" in p for p in dated[0][2]) and not any("Pennock" in p for p in dated[0][2])


def test_relative_of_the_other_sex_is_passed_over():
    events = _events([
        "My mother, Martha Quill, kept the shop. The landlord, Silas Pennock, raised the rent every spring.",
        "Q: Did your mother ever speak of it?",
        "A: Now and then. He sold the building in 1968.",
    ])
    dated = [ev for ev in events if ev[1] == "1968"]
    assert dated and not any("Quill" in p for p in dated[0][2])
