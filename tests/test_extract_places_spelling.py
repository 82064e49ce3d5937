"""A place name spelt with or without its diacritics has the same senses (red team 49 D9)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("marked", "plain"), [("Jalālābād", "Jalalabad"), ("Hérat", "Herat")])
def test_a_name_with_diacritics_has_every_sense_of_its_plain_spelling(marked: str, plain: str) -> None:
    from vitrina.extract.places import gazetteer

    g = gazetteer()
    assert {p.key for p in g.candidates(marked)} == {p.key for p in g.candidates(plain)}
