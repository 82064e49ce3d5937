"""bench/places_census.py: the kind of a place without a point, and what a longer name holding a place is."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import places_census  # noqa: E402


def test_a_feature_is_classed_by_its_feature_word_else_by_the_annotated_kind() -> None:
    assert places_census.feature_kind({"name": "Little Orwen River", "kind": "water"}) == "river"
    assert places_census.feature_kind({"name": "Skerra Isles", "kind": "other"}) == "island"
    assert places_census.feature_kind({"name": "Old Varnholm", "kind": "Region"}) == "region"


def test_a_longer_name_is_classed_by_its_first_common_noun_or_as_a_person() -> None:
    text = "The Varnholm Assembly met; Ilse Varnholm spoke."
    inner = (4, 12)
    assert places_census.longer_name_class(text, (4, 21, "organization", "e0"), inner).startswith(
        "organization: artifact (assembly)")  # WordNet's first sense of "assembly"
    assert places_census.longer_name_class(text, (27, 40, "person", "e1"), (32, 40)) == "person"
