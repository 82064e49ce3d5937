"""ask: an initialism is one word of a name by its form (round 49): "U.S." is not the two names "U." and "S."."""

from __future__ import annotations

import pytest

from vitrina.qa.candidates import CAPITALISED


@pytest.mark.parametrize(("text", "names"), [
    ("The mill shipped flax on U.S. barges to the coast.", ["The", "U.S."]),
    ("A loan from J.K. Varga and the E.U. Fisheries Board followed.", ["A", "J.K. Varga", "E.U. Fisheries Board"]),
    ("Letters from A. Novak reached Brno.", ["Letters", "A. Novak", "Brno."]),
])
def test_an_initialism_is_one_word_of_a_name(text: str, names: list[str]) -> None:
    assert [m.group() for m in CAPITALISED.finditer(text)] == names
