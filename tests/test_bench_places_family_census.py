"""bench/places_family_census.py: what a place no gazetteer holds is, for the census."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import places_family_census as census  # noqa: E402


def _row(name: str, kind: str) -> dict:
    return {"name": name, "kind": kind, "sentence": f"They met at {name} that spring."}


def test_a_building_is_known_by_its_last_word_in_wordnet() -> None:
    assert census.no_sense_kind(_row("Varnholm Palace", "other")) == "no sense: building or seat"
    assert census.no_sense_kind(_row("Orwen Tower", "city")) == "no sense: building or seat"


def test_other_names_fall_to_a_feature_a_region_or_a_town() -> None:
    assert census.no_sense_kind(_row("Little Orwen River", "water")) == "no sense: natural feature"
    assert census.no_sense_kind(_row("Old Varnholm", "region")) == "no sense: region"
    assert census.no_sense_kind(_row("Skellbury", "city")) == "no sense: town"
