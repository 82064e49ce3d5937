"""Compare: numbers that label a thing and amounts told of other years are not one fact (round 33, DEF-8)."""

from __future__ import annotations

from tests.test_compare import _db, _doc, _fresh
from vitrina.compare import compare


def _texts(conn) -> list[list[str]]:
    return [[s.text for s in c.statements] for c in compare(conn)]


def test_a_number_after_number_words_labels_its_thing_and_is_never_compared(tmp_path):
    a = _doc("a", ["In 1815 Lind opened the mill number 15 beside the river at Porto."], {"1815": "1815"})
    b = _doc("b", ["In 1815 Lind opened the mill number 75 beside the river at Porto."], {"1815": "1815"})
    found = _texts(_db(tmp_path, a, b))
    assert not any("15" in texts or "75" in texts for texts in found)


def test_amounts_told_in_sentences_set_in_other_years_are_not_compared(tmp_path):
    a = _doc("a", ["In 1815 Lind opened a rope walk at Porto.", "It employed 78 spinners."], {"1815": "1815"},
             amounts={"78 spinners": (78.0, "spinners", None)})
    b = _doc("b", ["In 1905 Lind opened a rope walk at Porto.", "It employed 108 spinners."], {"1905": "1905"},
             amounts={"108 spinners": (108.0, "spinners", None)})
    assert not any("78 spinners" in texts for texts in _texts(_db(tmp_path, a, b)))


def test_amounts_of_the_same_year_still_contradict(tmp_path):
    a = _doc("a", ["In 1815 Lind opened a rope walk at Porto.", "It employed 78 spinners."], {"1815": "1815"},
             amounts={"78 spinners": (78.0, "spinners", None)})
    c = _doc("c", ["In 1815 Lind opened a rope walk at Porto.", "It employed 108 spinners."], {"1815": "1815"},
             amounts={"108 spinners": (108.0, "spinners", None)})
    found = compare(_db(_fresh(tmp_path / "same"), a, c))
    assert [c.verdict for c in found if "78 spinners" in [s.text for s in c.statements]] == ["differ"]
