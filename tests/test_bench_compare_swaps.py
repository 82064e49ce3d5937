"""Where an annotated pair of names is lost in the role comparison: bench/compare_swaps.py (own sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

from vitrina import roles
from vitrina.compare import Statement

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import compare_swaps  # noqa: E402


def _name(doc: str, sentence: str, name: str, entity: str, type_: str) -> roles.Named:
    start = sentence.index(name)
    own = (entity, type_, frozenset(w.lower() for w in name.split()))
    s = Statement("participant", doc, start, start + len(name), name, (0, len(sentence)), sentence, (entity,), (),
                  named=(own,), name_spans=((start, start + len(name), entity, type_),), people=(own,))
    return roles.Named(s, ())


def test_pairs_without_two_names_of_one_type_or_a_replacement_are_classed_before_scoring():
    person = _name("a", "Marco Vell founded the harbour guild.", "Marco Vell", "person-vell", "person")
    place = _name("b", "The harbour guild was founded at Porto.", "Porto", "place-porto", "place")
    assert compare_swaps.classify([], [place], {})[0] == "no name"
    assert compare_swaps.classify([person], [place], {})[0] == "one type"
    same = _name("b", "Marco Vell set up the harbour guild.", "Marco Vell", "person-vell", "person")
    assert compare_swaps.classify([person], [same], {})[0] == "no replacement"
