"""Opposite outcomes of one act told in two short clauses (``vitrina.opposed``), on sentences of our own."""

from __future__ import annotations

import pytest

from vitrina.opposed import aligned, arguments, incompatible, opposed

pytest.importorskip("spacy")

def _names(text: str, *found: tuple[str, str, str]) -> list[tuple[int, int, str, str]]:
    """Names of the knowledge base in a sentence: (written, entity id, type) each, at its first place."""
    return [(text.index(w), text.index(w) + len(w), e, t) for w, e, t in found]


def test_antonyms_and_the_antonym_of_a_verb_one_step_above_are_incompatible():
    assert incompatible("acquitted", "convicted")
    assert incompatible("approved", "rejected")  # "reject" in its sense of disapproving
    assert incompatible("welcomed", "refused")  # welcoming is a way of accepting
    assert not incompatible("gave", "took")  # antonyms in one sense only: "take" here may be accepting
    assert not incompatible("began", "ended")  # a phase of an event: two acts, not one turned round
    assert not incompatible("signed", "signing")


def test_a_clause_reads_its_doer_and_what_is_done_to_by_role():
    text = "The town council approved the new bridge."
    clause = next(c for c in arguments(text, 0, _names(text, ("town council", "org-council", "organization")))
                  if c.word == "approved")
    assert "id:org-council" in clause.roles["doer"]
    assert "w:bridge" in clause.roles["done to"]
    passive = next(c for c in arguments("The new bridge was rejected by the council.", 0, []) if c.word == "rejected")
    assert "w:bridge" in passive.roles["done to"] and "w:council" in passive.roles["doer"]


def test_one_act_told_with_opposite_outcomes_in_short_clauses():
    a = "After a long winter of debate, the town council approved the new bridge over the Vell."
    b = "The council rejected the plans for a bridge, citing the cost."
    in_b = [(x + 100, y + 100, e, t) for x, y, e, t in _names(b, ("council", "org-council", "organization"))]
    turn = opposed((a, 0), (b, 100), (_names(a, ("town council", "org-council", "organization")), in_b))
    assert turn is not None and a[turn.a[0]:turn.a[1]] == "approved" and b[turn.b[0] - 100:turn.b[1] - 100] == "rejected"


def test_another_thing_done_to_or_another_doer_is_another_act():
    a = "The town council approved the new bridge."
    b = "The town council rejected the new tax on salt."
    names = (_names(a, ("town council", "org-council", "organization")),) * 2
    assert opposed((a, 0), (b, 0), names) is None  # what was approved and what was rejected share nothing
    c = "The harbour board rejected the new bridge."
    names_c = (names[0], _names(c, ("harbour board", "org-board", "organization")))
    assert opposed((a, 0), (c, 0), names_c) is None  # two bodies, each its own act


def test_a_negated_opposite_is_no_contradiction_and_two_times_are_two_acts():
    a = "The town council approved the new bridge."
    b = "The town council did not reject the new bridge."
    names = (_names(a, ("town council", "org-council", "organization")),) * 2
    assert opposed((a, 0), (b, 0), names) is None
    x = "In 1901 the town council approved the new bridge."
    y = "In 1907 the town council rejected the new bridge."
    assert opposed((x, 0), (y, 0), (_names(x, ("town council", "org-council", "organization")),
                                      _names(y, ("town council", "org-council", "organization")))) is None


def test_roles_aligned_and_apart():
    a = next(c for c in arguments("The council approved the bridge.", 0, []) if c.word == "approved")
    b = next(c for c in arguments("The council rejected the tax.", 0, []) if c.word == "rejected")
    assert aligned(a, b) == (1, 1)
