"""The raw-text line-role model (structure/lineroles.py): its features, its fitted table
and how the plain layout asks it. Every text is invented."""

from __future__ import annotations

import pytest

from vitrina.structure import rebuild
from vitrina.structure.lineroles import (
    FEATURE_NAMES,
    FEATURES,
    RULE_ROLES,
    line_features,
    role_scores,
)
from vitrina.structure.lines import split_lines
from vitrina.structure.plainlayout import PLAIN_LIMITS, PlainLayout, rule_roles
from vitrina.structure.roleweights import ROLE_WEIGHTS

BODY = [
    "The miller kept the sluice shut through the dry weeks of the summer and opened it",
    "in the autumn rains, when the river rose high enough to turn both wheels at once and",
    "the stones ran day and night.",
]


def _layout(lines: list[str]) -> PlainLayout:
    return PlainLayout(split_lines("\n".join(lines) + "\n", None))


def test_every_feature_is_named_and_described_once() -> None:
    assert len(set(FEATURE_NAMES)) == len(FEATURES)
    assert all(description for _, description in FEATURES)


def test_the_table_holds_one_weight_per_feature_for_each_role() -> None:
    for weights in ROLE_WEIGHTS.values():
        assert len(weights) == len(FEATURES)


def test_features_read_a_lines_shape_and_neighbours() -> None:
    layout = _layout(["1 The Timber Weir", *BODY, "2 The Stone Weir", *BODY])
    rows = line_features(layout.lines, layout.width, ["other"] * len(layout.lines))
    first = dict(zip(FEATURE_NAMES, rows[0], strict=True))
    assert first["counted_label"] == 1.0 and first["number_lead"] == 1.0
    assert first["ends_sentence"] == 0.0 and first["first_line"] == 1.0
    body_end = dict(zip(FEATURE_NAMES, rows[3], strict=True))
    assert body_end["ends_sentence"] == 1.0 and body_end["counted_label"] == 0.0


def test_a_number_that_does_not_count_up_is_no_counted_label() -> None:
    layout = _layout(["3 The Timber Weir", *BODY, "7 The Stone Weir", *BODY])
    rows = line_features(layout.lines, layout.width, ["other"] * len(layout.lines))
    assert rows[0][FEATURE_NAMES.index("counted_label")] == 0.0


def test_without_weights_every_line_scores_even() -> None:
    assert role_scores([[1.0] * len(FEATURES)] * 2, "no such role") == [0.5, 0.5]


def test_the_rules_roles_name_every_line() -> None:
    layout = _layout(["The River Weir", *BODY, "The Stone Weir", *BODY])
    roles = rule_roles(layout.run(), len(layout.lines))
    assert set(roles) <= set(RULE_ROLES)
    assert roles[:3] == ["heading", "opens", "goes_on"]


def test_a_heading_the_model_is_sure_of_is_set_where_the_rules_found_none(monkeypatch: pytest.MonkeyPatch) -> None:
    # a title in sentence case with a lower-case half the rules do not read as a title
    lines = ["The River Weir", *BODY, "1 The timber weir / le barrage de bois", *BODY]
    sure = [0.0] * len(FEATURES)
    sure[FEATURE_NAMES.index("number_lead")] = 20.0
    sure[FEATURE_NAMES.index("bias")] = -10.0
    monkeypatch.setitem(ROLE_WEIGHTS, "heading", sure)
    monkeypatch.setitem(ROLE_WEIGHTS, "veto", [0.0] * len(FEATURES))
    monkeypatch.setitem(ROLE_WEIGHTS, "opens", [0.0] * len(FEATURES))
    monkeypatch.setitem(PLAIN_LIMITS, "model_heading", 0.9)
    doc = rebuild("\n".join(lines) + "\n", "weir", "weir.txt", "text")
    assert ("1", "The timber weir / le barrage de bois") in [(s.label, s.title) for s in doc.sections]
