"""Means questions: "By what means did X V?" read as "How did X V?" (qa/question._asks_means), and a means phrase
ending before an infinitive of purpose set off by a comma (qa/structure.purpose_after_comma); invented sentences."""

from __future__ import annotations

from vitrina.qa.parse import parse
from vitrina.qa.question import analyse
from vitrina.qa.structure import purpose_after_comma


def test_by_what_means_asks_the_manner():
    q = analyse("By what means did the guild raise the money for the granary?")
    assert (q.type, q.slot) == ("how", "manner")
    assert "means" not in q.content


def test_through_what_method_asks_the_manner():
    assert analyse("Through what method did the assessors value the farms?").slot == "manner"


def test_a_route_is_no_means():
    assert analyse("By what route did the drovers reach Kelm?").slot != "manner"


def test_means_phrase_ends_before_a_purpose_infinitive():
    doc = parse("The mayor kept the bakers working by promising them a share of the toll, to calm the town, "
                "and to fill the granary.")
    prep = next(t for t in doc if t.lower_ == "by")
    cut = purpose_after_comma(prep)
    assert cut is not None
    assert doc.text[prep.idx:cut] == "by promising them a share of the toll"
